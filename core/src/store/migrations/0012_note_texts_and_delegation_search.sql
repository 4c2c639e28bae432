-- Schema 12: a note can be about a text (a draft or adopted resolution of its session), as it can
-- be about a meeting, a situation, a key issue or a statement; and a State's delegation is found
-- by search. A delegation belongs to no session (one record per State, shared by all), so its
-- rows in the search indexes have an empty session: a search finds it whatever session it is
-- narrowed to. Only a new column, an index and triggers: every earlier row stays as it was.

ALTER TABLE notes ADD COLUMN resolution_id TEXT REFERENCES resolutions (id);
CREATE INDEX notes_resolution ON notes (resolution_id) WHERE resolution_id IS NOT NULL;

-- A delegation by its State's name (in both indexes, as a titled record), its contacts and my
-- notes of meetings (" · " between them, as a snippet shows them); while it is not deleted. The
-- `joined` column is written as schema 6 writes it.
CREATE TRIGGER delegations_search_insert AFTER INSERT ON delegations BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, '', title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'delegation' AS kind, (SELECT name FROM countries WHERE code = new.country_code) AS title, CASE WHEN new.contacts = '' OR new.notes = '' THEN new.contacts || new.notes ELSE new.contacts || ' · ' || new.notes END AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'delegation', new.id, '', title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT (SELECT name FROM countries WHERE code = new.country_code) AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER delegations_search_update AFTER UPDATE OF country_code, contacts, notes, deleted_at ON delegations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, '', title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'delegation' AS kind, (SELECT name FROM countries WHERE code = new.country_code) AS title, CASE WHEN new.contacts = '' OR new.notes = '' THEN new.contacts || new.notes ELSE new.contacts || ' · ' || new.notes END AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'delegation', new.id, '', title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT (SELECT name FROM countries WHERE code = new.country_code) AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER delegations_search_delete AFTER DELETE ON delegations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;

-- The delegations schema 11 holds are indexed as the triggers index them (no time stamp changes).
UPDATE delegations SET contacts = contacts WHERE deleted_at IS NULL;
