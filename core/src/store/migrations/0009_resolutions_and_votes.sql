-- Schema 9: resolutions and votes. A text from its first draft (an L-document) to its action:
-- its revisions, main sponsors and co-sponsors, amendments, recorded votes with each State's
-- vote, and the members of the Council in each session against whom a vote is checked. Only new
-- tables: every earlier row stays as it was.

-- A draft or adopted text of a session: a resolution, a decision or a President's statement.
CREATE TABLE resolutions (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    agenda_item INTEGER CHECK (agenda_item BETWEEN 1 AND 10),
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'resolution'
        CHECK (kind IN ('resolution', 'decision', 'presidents-statement')),
    -- Symbols as the UN writes them (A/HRC/38/L.10, A/HRC/RES/38/16), or null while not known.
    draft_symbol TEXT,
    adopted_symbol TEXT,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'tabled', 'adopted-with-vote', 'adopted-without-vote',
                          'rejected', 'withdrawn')),
    -- The Geneva date and the number of the meeting at which the Council acted on it.
    action_date TEXT,
    action_meeting INTEGER CHECK (action_meeting >= 1),
    -- What the programme-budget implications statement says, as typed.
    programme_budget TEXT NOT NULL DEFAULT '',
    -- My position on it and my asks.
    position TEXT NOT NULL DEFAULT '',
    asks TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX resolutions_session ON resolutions (session_id, deleted_at, title);

-- Revisions of a draft, in order: a symbol (A/HRC/38/L.10/Rev.1) or an oral revision and its day.
CREATE TABLE resolution_revisions (
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    position INTEGER NOT NULL,
    symbol TEXT,
    oral INTEGER NOT NULL DEFAULT 0 CHECK (oral IN (0, 1)),
    date TEXT,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (resolution_id, position),
    CHECK (symbol IS NOT NULL OR oral = 1)
) STRICT;

-- Main sponsors (the core group) and co-sponsors (States, observers included), each co-sponsor
-- with the day it joined when known.
CREATE TABLE resolution_sponsors (
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    country_code TEXT NOT NULL REFERENCES countries (code),
    role TEXT NOT NULL CHECK (role IN ('main', 'co')),
    joined_on TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (resolution_id, country_code)
) STRICT;

-- What a text links: key issues, situations, documents, my statements, and mandates with what it
-- does to each (creates, renews, ends).
CREATE TABLE resolution_links (
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    record_kind TEXT NOT NULL
        CHECK (record_kind IN ('key-issue', 'situation', 'mandate', 'document', 'statement')),
    record_id TEXT NOT NULL,
    mandate_effect TEXT CHECK (mandate_effect IN ('creates', 'renews', 'ends')),
    position INTEGER NOT NULL,
    PRIMARY KEY (resolution_id, record_id),
    CHECK (mandate_effect IS NULL OR record_kind = 'mandate')
) STRICT;
CREATE INDEX resolution_links_record ON resolution_links (record_id);

-- An amendment to a draft: its own L-symbol, its sponsors (a JSON array of country codes), what
-- became of it.
CREATE TABLE amendments (
    id TEXT PRIMARY KEY,
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    symbol TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    sponsors TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'tabled'
        CHECK (status IN ('tabled', 'adopted', 'rejected', 'withdrawn')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX amendments_resolution ON amendments (resolution_id);

-- The Council's action on a text or an amendment: a recorded vote (its counts) or adoption
-- without a vote (no counts). A text has at most one live vote of its own, and each amendment one.
CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    amendment_id TEXT REFERENCES amendments (id),
    date TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'adopted-without-vote')),
    in_favour INTEGER CHECK (in_favour >= 0),
    against INTEGER CHECK (against >= 0),
    abstaining INTEGER CHECK (abstaining >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK ((outcome = 'adopted-without-vote') = (in_favour IS NULL)),
    CHECK ((in_favour IS NULL) = (against IS NULL) AND (against IS NULL) = (abstaining IS NULL))
) STRICT;
CREATE UNIQUE INDEX votes_one_live ON votes (resolution_id, coalesce(amendment_id, ''))
    WHERE deleted_at IS NULL;

-- Each State's vote in a recorded vote whose lists were entered.
CREATE TABLE state_votes (
    vote_id TEXT NOT NULL REFERENCES votes (id),
    country_code TEXT NOT NULL REFERENCES countries (code),
    vote TEXT NOT NULL CHECK (vote IN ('in-favour', 'against', 'abstaining')),
    position INTEGER NOT NULL,
    PRIMARY KEY (vote_id, country_code)
) STRICT;

-- The members of the Council in a session, each with its regional group and the days it sat.
CREATE TABLE council_members (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    country_code TEXT NOT NULL REFERENCES countries (code),
    regional_group TEXT NOT NULL
        CHECK (regional_group IN ('african', 'asia-pacific', 'latin-american-caribbean',
                                  'western-european-other', 'eastern-european')),
    joined_on TEXT NOT NULL,
    left_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (left_on >= joined_on)
) STRICT;
CREATE INDEX council_members_session ON council_members (session_id, deleted_at);
