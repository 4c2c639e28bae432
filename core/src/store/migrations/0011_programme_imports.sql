-- Schema 11: the programme brought in from what the Council publishes (an Order of the Day,
-- Sched's calendar, a CSV). Each import is kept with what it added, changed, moved and removed;
-- each meeting or side event it made or found is tied to the event of its source, so that the
-- next import finds it again and an import that says the same changes nothing; the rules that
-- say which calendar events become meetings and which side events are the person's to see and
-- change. Only new tables: every earlier row stays as it was.

-- One import into a session: the format read and the file's name.
CREATE TABLE programme_imports (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    format TEXT NOT NULL CHECK (format IN ('calendar', 'order-of-the-day', 'csv')),
    file_name TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX programme_imports_session ON programme_imports (session_id, imported_at);

-- A meeting or side event and the event of a source it stands for: "calendar:UID",
-- "order-of-the-day:2018-06-20:7:special rapporteur on …", "csv:…"; with what the source said of
-- it at the last import that changed it (JSON).
CREATE TABLE programme_sources (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    source_key TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('meeting', 'side-event')),
    record_id TEXT NOT NULL,
    source_state TEXT NOT NULL,
    import_id TEXT NOT NULL REFERENCES programme_imports (id),
    PRIMARY KEY (session_id, source_key)
) STRICT;
CREATE INDEX programme_sources_record ON programme_sources (record_id);

-- What an import did to each record, in words ("moved from Tue 19 Jun 15:00–18:00").
CREATE TABLE programme_changes (
    import_id TEXT NOT NULL REFERENCES programme_imports (id),
    record_kind TEXT NOT NULL CHECK (record_kind IN ('meeting', 'side-event')),
    record_id TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('added', 'changed', 'moved', 'removed')),
    detail TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (import_id, record_id)
) STRICT;

-- Which calendar events become meetings, side events, or nothing: the first rule whose pattern
-- the event's category (one of them holds it), room (is it) or title (holds it) matches,
-- compared case and accents aside; an event no rule matches becomes a side event.
CREATE TABLE programme_rules (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    matches TEXT NOT NULL CHECK (matches IN ('category', 'room', 'title')),
    pattern TEXT NOT NULL CHECK (length(trim(pattern)) > 0),
    becomes TEXT NOT NULL CHECK (becomes IN ('meeting', 'side-event', 'skip')),
    created_at TEXT NOT NULL
) STRICT;
INSERT INTO programme_rules (id, position, matches, pattern, becomes, created_at) VALUES
    ('0193b2a0-0000-7000-8000-000000000001', 1, 'category', 'side event', 'side-event', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('0193b2a0-0000-7000-8000-000000000002', 2, 'title', 'side event', 'side-event', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('0193b2a0-0000-7000-8000-000000000003', 3, 'category', 'plenary', 'meeting', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('0193b2a0-0000-7000-8000-000000000004', 4, 'room', 'Room XX', 'meeting', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
