-- Schema 13: each statement's word count, kept beside it, so that a list of statements (the
-- overview, the board) need not measure every text each time it is read: at ten years of data
-- that was a fifth of the overview's work (BENCHMARKS.md). The core writes a count with the text
-- it writes; any other change of a text (a bundle's merge, forgetting a deleted text) drops the
-- count, and a statement without one is measured when read. The hook counts existing texts.
CREATE TABLE statement_word_counts (
    statement_id TEXT PRIMARY KEY REFERENCES statements (id) ON DELETE CASCADE,
    word_count INTEGER NOT NULL CHECK (word_count >= 0)
) STRICT;

CREATE TRIGGER statements_text_changed AFTER UPDATE OF text ON statements
WHEN new.text IS NOT old.text
BEGIN
    DELETE FROM statement_word_counts WHERE statement_id = new.id;
END;

-- The window's overview counts a session's notes by what they were taken on (store/note_tally.rs)
-- from this index alone, without reading the notes' text.
CREATE INDEX notes_by_session_links ON notes (
    session_id, deleted_at, agenda_item, meeting_id, situation_id, key_issue_id, statement_id,
    resolution_id, taken_at
);
