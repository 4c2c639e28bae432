-- Schema version 2: when a statement was delivered (UTC, RFC 3339); unknown for those delivered before.
ALTER TABLE statements ADD COLUMN delivered_at TEXT;
