-- Schema version 1: every table of HRC Planner. Released migrations are never edited, only added.
-- Every row: a UUID key (text), created_at/updated_at (UTC, RFC 3339) and a deleted_at tombstone.

CREATE TABLE countries (
    code TEXT PRIMARY KEY CHECK (length(code) = 3),
    name TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL CHECK (number >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('regular', 'special')),
    title TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date),
    venue TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX sessions_kind_number ON sessions (kind, number) WHERE deleted_at IS NULL;

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 10),
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (session_id, number)
) STRICT;

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
    room TEXT NOT NULL,
    agenda_item INTEGER CHECK (agenda_item BETWEEN 1 AND 10),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX meetings_session_start ON meetings (session_id, starts_at);

CREATE TABLE key_issues (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    title TEXT NOT NULL,
    agenda_item INTEGER CHECK (agenda_item BETWEEN 1 AND 10),
    overview TEXT NOT NULL DEFAULT '',
    asks TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX key_issues_session ON key_issues (session_id);

CREATE TABLE situations (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    country_code TEXT NOT NULL REFERENCES countries (code),
    agenda_item INTEGER CHECK (agenda_item BETWEEN 1 AND 10),
    mechanism TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    asks TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX situations_session ON situations (session_id);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    acronym TEXT NOT NULL DEFAULT '',
    ecosoc_status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX organisations_name_key ON organisations (name_key) WHERE deleted_at IS NULL;

CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    agenda_item INTEGER CHECK (agenda_item BETWEEN 1 AND 10),
    meeting_id TEXT REFERENCES meetings (id),
    speaker TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    limit_seconds INTEGER,
    limit_words INTEGER,
    status TEXT NOT NULL,
    document_symbol TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX statements_session ON statements (session_id);
CREATE INDEX statements_meeting ON statements (meeting_id);

CREATE TABLE statement_signatories (
    statement_id TEXT NOT NULL REFERENCES statements (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (statement_id, organisation_id)
) STRICT;

CREATE TABLE side_events (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
    room TEXT NOT NULL DEFAULT '',
    speakers TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX side_events_session_start ON side_events (session_id, starts_at);

-- Organisers ('organiser') and co-sponsoring organisations ('cosponsor') of a side event.
CREATE TABLE side_event_organisations (
    side_event_id TEXT NOT NULL REFERENCES side_events (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL CHECK (role IN ('organiser', 'cosponsor')),
    position INTEGER NOT NULL,
    PRIMARY KEY (side_event_id, organisation_id, role)
) STRICT;

CREATE TABLE side_event_states (
    side_event_id TEXT NOT NULL REFERENCES side_events (id),
    country_code TEXT NOT NULL REFERENCES countries (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (side_event_id, country_code)
) STRICT;

-- Links from statements and side events to key issues and country situations.
CREATE TABLE links (
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    to_kind TEXT NOT NULL CHECK (to_kind IN ('key-issue', 'situation')),
    PRIMARY KEY (from_id, to_id)
) STRICT;
CREATE INDEX links_to ON links (to_id);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    meeting_id TEXT REFERENCES meetings (id),
    agenda_item INTEGER CHECK (agenda_item BETWEEN 1 AND 10),
    situation_id TEXT REFERENCES situations (id),
    key_issue_id TEXT REFERENCES key_issues (id),
    statement_id TEXT REFERENCES statements (id),
    body TEXT NOT NULL DEFAULT '',
    taken_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX notes_session_taken ON notes (session_id, taken_at);
CREATE INDEX notes_meeting ON notes (meeting_id);

-- Full-text search over everything a person writes. Accents and case fold
-- (unicode61, remove_diacritics 2); search_map ties each indexed row to its FTS rowid.
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    entity_id UNINDEXED,
    session_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE search_map (
    entity_id TEXT PRIMARY KEY,
    fts_rowid INTEGER NOT NULL
) STRICT;

-- Keep search_index in step with each searchable table (soft-deleted rows leave it).
CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'note', new.id, new.session_id, '', new.body WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER notes_search_update AFTER UPDATE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'note', new.id, new.session_id, '', new.body WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER statements_search_insert AFTER INSERT ON statements BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'statement', new.id, new.session_id, new.title, new.speaker || ' ' || new.document_symbol || ' ' || new.text WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER statements_search_update AFTER UPDATE ON statements BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'statement', new.id, new.session_id, new.title, new.speaker || ' ' || new.document_symbol || ' ' || new.text WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER key_issues_search_insert AFTER INSERT ON key_issues BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'key-issue', new.id, new.session_id, new.title, new.overview || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER key_issues_search_update AFTER UPDATE ON key_issues BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'key-issue', new.id, new.session_id, new.title, new.overview || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER key_issues_search_delete AFTER DELETE ON key_issues BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER situations_search_insert AFTER INSERT ON situations BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'situation', new.id, new.session_id, (SELECT name FROM countries WHERE code = new.country_code), new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER situations_search_update AFTER UPDATE ON situations BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'situation', new.id, new.session_id, (SELECT name FROM countries WHERE code = new.country_code), new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER situations_search_delete AFTER DELETE ON situations BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER side_events_search_insert AFTER INSERT ON side_events BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'side-event', new.id, new.session_id, new.title, new.room || ' ' || new.description || ' ' || new.speakers WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER side_events_search_update AFTER UPDATE ON side_events BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'side-event', new.id, new.session_id, new.title, new.room || ' ' || new.description || ' ' || new.speakers WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER side_events_search_delete AFTER DELETE ON side_events BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'meeting', new.id, new.session_id, new.title, new.room WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'meeting', new.id, new.session_id, new.title, new.room WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
