-- Schema 7: the programme as the Council publishes it, documents, mandates, sources and speaking
-- rules. A meeting may have no date yet ("to be announced"), a date and no time, a slot (morning,
-- midday, afternoon) or exact times, estimated or not; a number ("7th meeting"), one or more
-- agenda items, the meeting it continues ("cont'd"), the first meeting of its cluster, a status
-- with the time it had before it moved, a room not yet known (null, never invented) and the
-- speaking times its modalities state. SQLite cannot make a column nullable in place, so the
-- table is rebuilt as SQLite's documentation shows, with foreign keys off (its rows keep their
-- ids: statements and notes still name them, checked by `PRAGMA foreign_key_check` before the
-- update commits). Each row's Geneva date is first the UTC date an hour on (right but
-- for late evenings in summer) and then set exactly by the migration's hook.

-- The search triggers are declared again for the new table; an update reindexes a meeting only
-- when a column the index holds changes (a meeting moved as the schedule rolls is not).
DROP TRIGGER meetings_search_insert;
DROP TRIGGER meetings_search_update;
DROP TRIGGER meetings_search_delete;

CREATE TABLE meetings_new (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    -- Geneva date; null while "to be announced".
    date TEXT,
    slot TEXT CHECK (slot IN ('morning', 'midday', 'afternoon')),
    -- UTC instants; null while the time is not known.
    starts_at TEXT,
    ends_at TEXT,
    -- 1 when the times are an estimate ("time to be confirmed").
    estimated INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1)),
    number INTEGER CHECK (number >= 1),
    -- The agenda items it covers, a JSON array of numbers 1–10 in the order published.
    agenda_items TEXT NOT NULL DEFAULT '[]',
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    -- Null while not yet known.
    room TEXT,
    continues_id TEXT REFERENCES meetings (id),
    cluster_id TEXT REFERENCES meetings (id),
    status TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (status IN ('scheduled', 'moved', 'postponed', 'cancelled', 'held')),
    -- The date, slot and times it had before it last moved (JSON), or null.
    moved_from TEXT,
    -- Speaking times the modalities state: observers and NGOs, and members; when the list of
    -- speakers closes (UTC); the modalities as published.
    speaking_seconds INTEGER CHECK (speaking_seconds > 0),
    member_speaking_seconds INTEGER CHECK (member_speaking_seconds > 0),
    list_closes_at TEXT,
    modalities TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK ((starts_at IS NULL) = (ends_at IS NULL)),
    CHECK (ends_at > starts_at),
    CHECK (date IS NOT NULL OR (starts_at IS NULL AND slot IS NULL))
) STRICT;

INSERT INTO meetings_new (id, session_id, date, starts_at, ends_at, agenda_items, kind, title,
                          room, status, created_at, updated_at, deleted_at)
    SELECT id, session_id, date(starts_at, '+1 hour'), starts_at, ends_at,
           CASE WHEN agenda_item IS NULL THEN '[]' ELSE json_array(agenda_item) END,
           kind, title, room, 'scheduled',
           created_at, updated_at, deleted_at
    FROM meetings;

DROP TABLE meetings;
ALTER TABLE meetings_new RENAME TO meetings;
CREATE INDEX meetings_session_start ON meetings (session_id, deleted_at, starts_at, title);
CREATE INDEX meetings_cluster ON meetings (cluster_id) WHERE cluster_id IS NOT NULL;
CREATE INDEX meetings_continues ON meetings (continues_id) WHERE continues_id IS NOT NULL;

CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'meeting' AS kind, new.title AS title, coalesce(new.room, '') || ' ' || new.modalities AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'meeting', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE OF title, room, modalities, deleted_at ON meetings BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'meeting' AS kind, new.title AS title, coalesce(new.room, '') || ' ' || new.modalities AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'meeting', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;

-- Speaking times a session sets for a kind of meeting (observers and NGOs), the default of each
-- meeting of that kind that states none.
CREATE TABLE session_speaking_rules (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    meeting_kind TEXT NOT NULL,
    speaking_seconds INTEGER NOT NULL CHECK (speaking_seconds > 0),
    PRIMARY KEY (session_id, meeting_kind)
) STRICT;

-- UN documents, known by their symbol (A/HRC/38/44, A/HRC/38/44/Add.1, A/HRC/38/L.10,
-- A/HRC/38/NGO/96, A/HRC/RES/38/1 …). Like organisations, shared by every session.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    symbol TEXT NOT NULL,
    -- The symbol in one spelling (upper case, no spaces), to find it however it is typed.
    symbol_key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX documents_symbol_key ON documents (symbol_key) WHERE deleted_at IS NULL;

-- Special procedures and other mandates: special rapporteurs, independent experts, working
-- groups, commissions of inquiry, OHCHR reports. Shared by every session.
CREATE TABLE mandates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    country_code TEXT REFERENCES countries (code),
    theme TEXT NOT NULL DEFAULT '',
    -- Its holders, a JSON array of names.
    holders TEXT NOT NULL DEFAULT '[]',
    -- The resolution that created or last renewed it (a symbol), and the session where its
    -- renewal falls.
    resolution TEXT NOT NULL DEFAULT '',
    renewal_session INTEGER CHECK (renewal_session >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX mandates_name_key ON mandates (name_key) WHERE deleted_at IS NULL;

-- The documents a meeting takes up, a situation or key issue follows, a statement answers.
CREATE TABLE document_links (
    record_id TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('meeting', 'situation', 'key-issue', 'statement')),
    document_id TEXT NOT NULL REFERENCES documents (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, document_id)
) STRICT;
CREATE INDEX document_links_document ON document_links (document_id);

-- The mandates presenting at a meeting, and those following a country situation.
CREATE TABLE mandate_links (
    record_id TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('meeting', 'situation')),
    mandate_id TEXT NOT NULL REFERENCES mandates (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, mandate_id)
) STRICT;
CREATE INDEX mandate_links_mandate ON mandate_links (mandate_id);

-- Source links (a title and an address) of key issues, situations, side events, meetings, notes.
CREATE TABLE sources (
    record_id TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('key-issue', 'situation', 'side-event', 'meeting', 'note')),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
) STRICT;
