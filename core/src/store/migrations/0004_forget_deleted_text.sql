-- Schema 4: what is deleted or edited is forgotten. The words of rows deleted or changed before
-- are merged out of the search indexes now ('optimize', as store/purge.rs does after each purge);
-- and the
-- text of every row deleted before is emptied — its tombstone (id, links, times) stays, for
-- bundles (store/purge.rs empties the rows deleted from now on, once their undo is no longer
-- offered). With `PRAGMA secure_delete`, set on every connection, freed pages are zeroed.


UPDATE sessions SET title = '', venue = '', notes = '' WHERE deleted_at IS NOT NULL;
UPDATE agenda_items SET notes = '' WHERE deleted_at IS NOT NULL;
UPDATE meetings SET title = '', room = '' WHERE deleted_at IS NOT NULL;
UPDATE key_issues SET title = '', overview = '', asks = '' WHERE deleted_at IS NOT NULL;
UPDATE situations SET mechanism = '', summary = '', asks = '' WHERE deleted_at IS NOT NULL;
UPDATE statements SET title = '', speaker = '', text = '', document_symbol = ''
    WHERE deleted_at IS NOT NULL;
UPDATE side_events SET title = '', room = '', speakers = '[]', description = ''
    WHERE deleted_at IS NOT NULL;
UPDATE notes SET body = '' WHERE deleted_at IS NOT NULL;

INSERT INTO search_index (search_index) VALUES ('optimize');
INSERT INTO search_titles (search_titles) VALUES ('optimize');
