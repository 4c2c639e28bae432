-- Schema version 3: speed at ten years of data (BENCHMARKS.md): ~100,000 notes, 9,000 statements.
--
-- Lists read in index order, with no sort: a session's notes newest first, its statements in the
-- order they were added, its side events by time, a statement's signatories and a side event's
-- organisations in order. With `deleted_at` in them, the sessions list counts a session's live
-- notes, statements and side events from the indexes alone, without reading every row.
DROP INDEX notes_session_taken;
CREATE INDEX notes_session_taken ON notes (session_id, deleted_at, taken_at, id);
DROP INDEX statements_session;
CREATE INDEX statements_session ON statements (session_id, deleted_at, created_at, id);
DROP INDEX side_events_session_start;
CREATE INDEX side_events_session_start ON side_events (session_id, deleted_at, starts_at, title);
CREATE INDEX statement_signatories_order ON statement_signatories (statement_id, position, organisation_id);
CREATE INDEX side_event_organisations_order ON side_event_organisations (side_event_id, role, position, organisation_id);

-- Search lists matches in titles first, then the others, each most recently written first,
-- reading only as far as the page they show. For that the full-text index is rebuilt, rows and
-- rowids kept (search_map stays valid), with:
--   * prefix indexes for 2 and 3 characters, so "co" or "rep" read one list instead of merging
--     the lists of every word that starts so;
--   * kind and session_id indexed, so a search narrowed to a session or to kinds is narrowed
--     inside the index (`session_id : "…"`) instead of reading every match's row to filter it;
--     what a person typed is sought under `{title body} : (…)`, so these columns never match it;
-- and search_titles, the titles alone (notes have none), under the same rowids, so that
-- matches in titles are found without reading through every body that holds the words.
-- The triggers keeping both in step are declared again; those of notes are unchanged.

CREATE VIRTUAL TABLE search_index_v3 USING fts5 (
    kind,
    entity_id UNINDEXED,
    session_id,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO search_index_v3 (rowid, kind, entity_id, session_id, title, body)
    SELECT rowid, kind, entity_id, session_id, title, body FROM search_index;

CREATE VIRTUAL TABLE search_titles USING fts5 (
    kind,
    entity_id UNINDEXED,
    session_id,
    title,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
    SELECT rowid, kind, entity_id, session_id, title FROM search_index WHERE title <> '';

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
DROP TABLE search_index;
ALTER TABLE search_index_v3 RENAME TO search_index;

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
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'statement', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER statements_search_update AFTER UPDATE ON statements BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'statement', new.id, new.session_id, new.title, new.speaker || ' ' || new.document_symbol || ' ' || new.text WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'statement', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER key_issues_search_insert AFTER INSERT ON key_issues BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'key-issue', new.id, new.session_id, new.title, new.overview || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'key-issue', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER key_issues_search_update AFTER UPDATE ON key_issues BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'key-issue', new.id, new.session_id, new.title, new.overview || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'key-issue', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER key_issues_search_delete AFTER DELETE ON key_issues BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER situations_search_insert AFTER INSERT ON situations BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'situation', new.id, new.session_id, (SELECT name FROM countries WHERE code = new.country_code), new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'situation', new.id, new.session_id, (SELECT name FROM countries WHERE code = new.country_code) FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER situations_search_update AFTER UPDATE ON situations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'situation', new.id, new.session_id, (SELECT name FROM countries WHERE code = new.country_code), new.country_code || ' ' || new.mechanism || ' ' || new.summary || ' ' || new.asks WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'situation', new.id, new.session_id, (SELECT name FROM countries WHERE code = new.country_code) FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER situations_search_delete AFTER DELETE ON situations BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER side_events_search_insert AFTER INSERT ON side_events BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'side-event', new.id, new.session_id, new.title, new.room || ' ' || new.description || ' ' || new.speakers WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'side-event', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER side_events_search_update AFTER UPDATE ON side_events BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'side-event', new.id, new.session_id, new.title, new.room || ' ' || new.description || ' ' || new.speakers WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'side-event', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER side_events_search_delete AFTER DELETE ON side_events BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'meeting', new.id, new.session_id, new.title, new.room WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'meeting', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE ON meetings BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
    INSERT INTO search_index (kind, entity_id, session_id, title, body)
        SELECT 'meeting', new.id, new.session_id, new.title, new.room WHERE new.deleted_at IS NULL;
    INSERT INTO search_map (entity_id, fts_rowid) SELECT new.id, last_insert_rowid() WHERE new.deleted_at IS NULL;
    INSERT INTO search_titles (rowid, kind, entity_id, session_id, title)
        SELECT fts_rowid, 'meeting', new.id, new.session_id, new.title FROM search_map WHERE entity_id = new.id;
END;
CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM search_titles WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_index WHERE rowid = (SELECT fts_rowid FROM search_map WHERE entity_id = old.id);
    DELETE FROM search_map WHERE entity_id = old.id;
END;
