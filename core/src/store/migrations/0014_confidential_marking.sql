-- Schema 14: a note, statement, country situation or key issue can be marked confidential (it
-- names people at risk, a source, a tactic). A marked record is left out of every export and
-- bundle unless the person asks to include it, and is then marked "Confidential" in the
-- document (export/confidential.rs). Existing records are not confidential.
ALTER TABLE notes ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));
ALTER TABLE statements ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));
ALTER TABLE situations ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));
ALTER TABLE key_issues ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));
