-- Schema 5: search finds words as people type them. Both indexes are rebuilt, rows and rowids
-- kept (search_map stays valid), with:
--   * the porter stemmer over the same tokenizer (`porter unicode61 remove_diacritics 2`), so
--     "reprisals" finds "reprisal" and "defender" finds "defenders"; a prefix is stemmed too
--     ("repri"* still finds "reprisals", stored as "repris");
--   * a column `joined`: the text again with its apostrophes (' ’ ‘ ʼ) dropped, so that a word
--     typed without one ("divoire", "womens") finds it as written ("d'Ivoire", "women's"),
--     while the text as written still finds "ivoire" and "women" and still gives the snippets.
--     It is filled only for texts holding an apostrophe (about one row in ten at ten years);
--     otherwise it is empty and costs nothing.
-- The triggers keeping both in step are declared again to fill `joined`; the FTS5 tables are
-- renamed into place, which SQLite allows only once no trigger names the old ones.

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

CREATE VIRTUAL TABLE search_index_v5 USING fts5 (
    kind,
    entity_id UNINDEXED,
    session_id,
    title,
    body,
    joined,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO search_index_v5 (rowid, kind, entity_id, session_id, title, body, joined)
    SELECT rowid, kind, entity_id, session_id, title, body,
        CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
    FROM search_index ORDER BY rowid;

CREATE VIRTUAL TABLE search_titles_v5 USING fts5 (
    kind,
    entity_id UNINDEXED,
    session_id,
    title,
    joined,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO search_titles_v5 (rowid, kind, entity_id, session_id, title, joined)
    SELECT rowid, kind, entity_id, session_id, title,
        CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
    FROM search_titles ORDER BY rowid;

DROP TABLE search_index;
DROP TABLE search_titles;
ALTER TABLE search_index_v5 RENAME TO search_index;
ALTER TABLE search_titles_v5 RENAME TO search_titles;
-- One tree per index, as a search reads fastest (the bulk insert leaves many segments).
INSERT INTO search_index (search_index) VALUES ('optimize');
INSERT INTO search_titles (search_titles) VALUES ('optimize');

CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'note' AS kind, '' AS title, new.body AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER notes_search_update AFTER UPDATE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'note' AS kind, '' AS title, new.body AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER statements_search_insert AFTER INSERT ON statements BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'statement' AS kind, new.title AS title, new.speaker || ' ' || new.document_symbol || ' ' || new.text AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'statement', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER statements_search_update AFTER UPDATE ON statements BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'statement' AS kind, new.title AS title, new.speaker || ' ' || new.document_symbol || ' ' || new.text AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'statement', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER key_issues_search_insert AFTER INSERT ON key_issues BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'key-issue' AS kind, new.title AS title, new.overview || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'key-issue', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER key_issues_search_update AFTER UPDATE ON key_issues BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'key-issue' AS kind, new.title AS title, new.overview || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'key-issue', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER key_issues_search_delete AFTER DELETE ON key_issues BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER situations_search_insert AFTER INSERT ON situations BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'situation' AS kind, (SELECT name FROM countries WHERE code = new.country_code) AS title, new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'situation', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT (SELECT name FROM countries WHERE code = new.country_code) AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER situations_search_update AFTER UPDATE ON situations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'situation' AS kind, (SELECT name FROM countries WHERE code = new.country_code) AS title, new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'situation', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT (SELECT name FROM countries WHERE code = new.country_code) AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER situations_search_delete AFTER DELETE ON situations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER side_events_search_insert AFTER INSERT ON side_events BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'side-event' AS kind, new.title AS title, new.room || ' ' || new.description || ' ' || new.speakers AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'side-event', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER side_events_search_update AFTER UPDATE ON side_events BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'side-event' AS kind, new.title AS title, new.room || ' ' || new.description || ' ' || new.speakers AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'side-event', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER side_events_search_delete AFTER DELETE ON side_events BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'meeting' AS kind, new.title AS title, new.room AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'meeting', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE ON meetings BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body, joined)
        SELECT kind, new.id, new.session_id, title, body, CASE WHEN (title || ' ' || body) GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace((title || ' ' || body), '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM (SELECT 'meeting' AS kind, new.title AS title, new.room AS body) WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title, joined)
        SELECT fts_rowid, 'meeting', new.id, new.session_id, title, CASE WHEN title GLOB '*[''’‘ʼ]*' THEN replace(replace(replace(replace(title, '''', ''), '’', ''), '‘', ''), 'ʼ', '') ELSE '' END
        FROM search_map, (SELECT new.title AS title) WHERE entity_id = new.id;
END;
CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
