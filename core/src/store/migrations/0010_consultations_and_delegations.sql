-- Schema 10: informal consultations on a draft, and a record of each State's delegation (its
-- mission in Geneva: contacts and my meeting notes). Texts and their consultations are found by
-- search. Only new tables and triggers: every earlier row stays as it was.

-- An informal consultation on a draft, convened by its core group: its Geneva day (null while
-- to be announced), its hours (HH:MM, Geneva time) and room when known, who convenes it, my notes.
CREATE TABLE consultations (
    id TEXT PRIMARY KEY,
    resolution_id TEXT NOT NULL REFERENCES resolutions (id),
    date TEXT,
    start_time TEXT,
    end_time TEXT,
    room TEXT,
    convenor TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (start_time IS NULL OR date IS NOT NULL),
    CHECK (end_time IS NULL OR (start_time IS NOT NULL AND end_time > start_time))
) STRICT;
CREATE INDEX consultations_resolution ON consultations (resolution_id, deleted_at, date, start_time);
CREATE INDEX consultations_date ON consultations (date, start_time) WHERE date IS NOT NULL;

-- A State's delegation (its permanent mission): the people to reach and my notes of meetings
-- with them. One live record per State, shared by every session.
CREATE TABLE delegations (
    id TEXT PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES countries (code),
    contacts TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX delegations_one_live ON delegations (country_code) WHERE deleted_at IS NULL;

-- Search: a text by its title (in both indexes, as a titled record), its symbols, its main
-- sponsors' names, my position and asks; a consultation (in search_index only, as a note) by my
-- notes, its convenor and room, under its text's session, while its text is not deleted. The
-- `joined` column is written as schema 6 writes it.
CREATE TRIGGER resolutions_search_insert AFTER INSERT ON resolutions BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'resolution' AS kind, new.title AS title, coalesce(new.draft_symbol, '') || ' ' || coalesce(new.adopted_symbol, '') || ' ' || (SELECT coalesce(group_concat(c.name, ' '), '') FROM resolution_sponsors s JOIN countries c ON c.code = s.country_code WHERE s.resolution_id = new.id AND s.role = 'main') || ' ' || new.position || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'resolution', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER resolutions_search_update AFTER UPDATE OF title, draft_symbol, adopted_symbol, position, asks, deleted_at ON resolutions BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'resolution' AS kind, new.title AS title, coalesce(new.draft_symbol, '') || ' ' || coalesce(new.adopted_symbol, '') || ' ' || (SELECT coalesce(group_concat(c.name, ' '), '') FROM resolution_sponsors s JOIN countries c ON c.code = s.country_code WHERE s.resolution_id = new.id AND s.role = 'main') || ' ' || new.position || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'resolution', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER resolutions_search_delete AFTER DELETE ON resolutions BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;

CREATE TRIGGER consultations_search_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, (SELECT session_id FROM resolutions WHERE id = new.resolution_id), title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'consultation' AS kind, '' AS title, new.notes || ' ' || new.convenor || ' ' || coalesce(new.room, '') AS body) WHERE new.deleted_at IS NULL AND (SELECT deleted_at FROM resolutions WHERE id = new.resolution_id) IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL AND (SELECT deleted_at FROM resolutions WHERE id = new.resolution_id) IS NULL;
END;
CREATE TRIGGER consultations_search_update AFTER UPDATE OF room, convenor, notes, deleted_at ON consultations BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, (SELECT session_id FROM resolutions WHERE id = new.resolution_id), title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'consultation' AS kind, '' AS title, new.notes || ' ' || new.convenor || ' ' || coalesce(new.room, '') AS body) WHERE new.deleted_at IS NULL AND (SELECT deleted_at FROM resolutions WHERE id = new.resolution_id) IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL AND (SELECT deleted_at FROM resolutions WHERE id = new.resolution_id) IS NULL;
END;
CREATE TRIGGER consultations_search_delete AFTER DELETE ON consultations BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;

-- A text's main sponsors are in its index row: it is written again when they change (the core
-- group is a few States; co-sponsors, often dozens, are not indexed).
CREATE TRIGGER resolution_sponsors_search_insert AFTER INSERT ON resolution_sponsors
    WHEN new.role = 'main' BEGIN
    UPDATE resolutions SET title = title WHERE id = new.resolution_id;
END;
CREATE TRIGGER resolution_sponsors_search_update AFTER UPDATE OF country_code, role ON resolution_sponsors
    WHEN old.role = 'main' OR new.role = 'main' BEGIN
    UPDATE resolutions SET title = title WHERE id = new.resolution_id;
END;
CREATE TRIGGER resolution_sponsors_search_delete AFTER DELETE ON resolution_sponsors
    WHEN old.role = 'main' BEGIN
    UPDATE resolutions SET title = title WHERE id = old.resolution_id;
END;

-- A text deleted or restored takes its consultations out of search or puts them back.
CREATE TRIGGER resolutions_consultations_search AFTER UPDATE OF deleted_at ON resolutions
    WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
    UPDATE consultations SET deleted_at = deleted_at WHERE resolution_id = new.id;
END;

-- The texts schema 9 holds are indexed as the triggers index them (no time stamp changes).
UPDATE resolutions SET title = title WHERE deleted_at IS NULL;
