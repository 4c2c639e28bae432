-- Schema 6: search folds hyphens as schema 5 folded apostrophes, at a smaller cost. The column
-- `joined` now holds only the words written with an apostrophe (' ’ ‘ ʼ) or a hyphen (- ‐ ‑),
-- each without them: "co-sponsors' follow-up on 2018-06-20" gives "cosponsors followup
-- 20180620". So "cosponsor" finds "co-sponsor", "followup" finds "follow-up" and
-- "divoire" still finds "d'Ivoire" (a search's words may each match in any column: "cote
-- divoire" finds "Côte" in the text as written and "divoire" here). Schema 5 held the whole text
-- again wherever one apostrophe was; with hyphens that would have been six rows in ten, and the
-- indexes 45 % larger at ten years.
-- The words are cut at spaces by SQLite's JSON functions (the text quoted as one JSON string,
-- each space turned into a string's end and the next one's start; json_each reads them back).
-- Slashes and dots are left as they are: joined, "A/HRC/38", "and/or" or "ohchr.org" would make
-- words nobody types.
-- The indexes are kept: the triggers are declared again with the new `joined`, and only the rows
-- holding an apostrophe or a hyphen after a letter are written again (about two in three at ten
-- years; a row whose only hyphens are in dates or dashes keeps `joined` as schema 5 left it).
-- A word is tested by one class of characters: a pattern such as '[A-Za-z]-' on every word
-- doubled the time the triggers take.

DROP TRIGGER notes_search_insert;
DROP TRIGGER notes_search_update;
DROP TRIGGER notes_search_delete;
DROP TRIGGER statements_search_insert;
DROP TRIGGER statements_search_update;
DROP TRIGGER statements_search_delete;
DROP TRIGGER key_issues_search_insert;
DROP TRIGGER key_issues_search_update;
DROP TRIGGER key_issues_search_delete;
DROP TRIGGER situations_search_insert;
DROP TRIGGER situations_search_update;
DROP TRIGGER situations_search_delete;
DROP TRIGGER side_events_search_insert;
DROP TRIGGER side_events_search_update;
DROP TRIGGER side_events_search_delete;
DROP TRIGGER meetings_search_insert;
DROP TRIGGER meetings_search_update;
DROP TRIGGER meetings_search_delete;

UPDATE search_index SET joined = coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
    WHERE (title || ' ' || body) GLOB '*[''’‘ʼ]*' OR (title || ' ' || body) GLOB '*[A-Za-z][-‐‑][A-Za-z0-9]*';
UPDATE search_titles SET joined = coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
    WHERE title GLOB '*[''’‘ʼ]*' OR title GLOB '*[A-Za-z][-‐‑][A-Za-z0-9]*';
-- One tree per index, as a search reads fastest (the rows written again leave many segments).
INSERT INTO search_index (search_index) VALUES ('optimize');
INSERT INTO search_titles (search_titles) VALUES ('optimize');

CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'note' AS kind, '' AS title, new.body AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER notes_search_update AFTER UPDATE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'note' AS kind, '' AS title, new.body AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER statements_search_insert AFTER INSERT ON statements BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'statement' AS kind, new.title AS title, new.speaker || ' ' || new.document_symbol || ' ' || new.text AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'statement', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER statements_search_update AFTER UPDATE ON statements BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'statement' AS kind, new.title AS title, new.speaker || ' ' || new.document_symbol || ' ' || new.text AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'statement', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER key_issues_search_insert AFTER INSERT ON key_issues BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'key-issue' AS kind, new.title AS title, new.overview || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'key-issue', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER key_issues_search_update AFTER UPDATE ON key_issues BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'key-issue' AS kind, new.title AS title, new.overview || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'key-issue', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER key_issues_search_delete AFTER DELETE ON key_issues BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER situations_search_insert AFTER INSERT ON situations BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'situation' AS kind, (SELECT name FROM countries WHERE code = new.country_code) AS title, new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'situation', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT (SELECT name FROM countries WHERE code = new.country_code) AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER situations_search_update AFTER UPDATE ON situations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'situation' AS kind, (SELECT name FROM countries WHERE code = new.country_code) AS title, new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'situation', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT (SELECT name FROM countries WHERE code = new.country_code) AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER situations_search_delete AFTER DELETE ON situations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER side_events_search_insert AFTER INSERT ON side_events BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'side-event' AS kind, new.title AS title, new.room || ' ' || new.description || ' ' || new.speakers AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'side-event', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER side_events_search_update AFTER UPDATE ON side_events BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'side-event' AS kind, new.title AS title, new.room || ' ' || new.description || ' ' || new.speakers AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'side-event', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER side_events_search_delete AFTER DELETE ON side_events BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'meeting' AS kind, new.title AS title, new.room AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'meeting', new.id, new.session_id, title, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote(title), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE ON meetings BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, coalesce((SELECT group_concat(replace(replace(replace(replace(replace(replace(replace(value, '''', ''), '’', ''), '‘', ''), 'ʼ', ''), '-', ''), '‐', ''), '‑', ''), ' ') FROM json_each('[' || replace(json_quote((title || ' ' || body)), ' ', '","') || ']') WHERE value GLOB '*[''’‘ʼ‐‑-]*'), '')
        FROM (SELECT 'meeting' AS kind, new.title AS title, new.room AS body) WHERE new.deleted_at IS NULL;
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
