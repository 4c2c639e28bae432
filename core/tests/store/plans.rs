//! Query plans at ten years of data: the lists a session overview reads come in index order,
//! with no sort (schema 3's indexes), and search reads the full-text indexes. Each case is the
//! store's query as written in `core/src/store/`; see BENCHMARKS.md for the figures.
use crate::support::with_session;

/// The plan SQLite chooses for `sql` (its parameters `?1`… bound to text), one line per step.
fn plan(conn: &rusqlite::Connection, sql: &str) -> String {
    let sql = sql
        .replace("?1", "'a'")
        .replace("?2", "'b'")
        .replace("?3", "'c'");
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let steps: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    steps.join("\n")
}

#[test]
fn session_lists_are_read_in_index_order() {
    let (store, _dir, _session) = with_session();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    // (what, the store's query, the index it must use)
    let cases = [
        (
            "a session's notes, newest first",
            "SELECT * FROM notes WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY taken_at DESC, id DESC",
            "notes_session_taken",
        ),
        (
            "today's notes",
            "SELECT * FROM notes WHERE session_id = ?1 AND deleted_at IS NULL AND taken_at >= ?2 AND taken_at < ?3 ORDER BY taken_at DESC, id DESC",
            "notes_session_taken",
        ),
        (
            "a session's statements, as added",
            "SELECT * FROM statements WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id",
            "statements_session",
        ),
        (
            "a session's side events, by time",
            "SELECT * FROM side_events WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY starts_at, title",
            "side_events_session_start",
        ),
        (
            "a statement's signatories",
            "SELECT o.name FROM statement_signatories s JOIN organisations o ON o.id = s.organisation_id
             WHERE s.statement_id = ?1 ORDER BY s.position",
            "statement_signatories_order",
        ),
        (
            "a side event's organisers",
            "SELECT o.name FROM side_event_organisations s JOIN organisations o ON o.id = s.organisation_id
             WHERE s.side_event_id = ?1 AND s.role = ?2 ORDER BY s.position",
            "side_event_organisations_order",
        ),
    ];
    for (what, sql, index) in cases {
        let plan = plan(&conn, sql);
        assert!(!plan.contains("TEMP B-TREE"), "{what} is sorted:\n{plan}");
        assert!(plan.contains(index), "{what} does not use {index}:\n{plan}");
    }
}

#[test]
fn the_sessions_list_counts_from_the_indexes() {
    let (store, _dir, _session) = with_session();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    for table in ["notes", "statements", "side_events"] {
        let plan = plan(
            &conn,
            &format!("SELECT count(*) FROM {table} WHERE session_id = ?1 AND deleted_at IS NULL"),
        );
        assert!(plan.contains("COVERING INDEX"), "{table}:\n{plan}");
    }
}

#[test]
fn search_reads_the_full_text_indexes_newest_first() {
    let (store, _dir, _session) = with_session();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    for (table, sql) in [
        (
            "search_titles",
            "SELECT t.entity_id FROM search_titles t JOIN sessions s ON s.id = t.session_id AND s.deleted_at IS NULL
             WHERE search_titles MATCH '{title} : (\"reprisals\"*)' ORDER BY t.rowid DESC LIMIT 50",
        ),
        (
            "search_index",
            "SELECT i.entity_id FROM search_index i JOIN sessions s ON s.id = i.session_id AND s.deleted_at IS NULL
             WHERE search_index MATCH '{title body} : (\"reprisals\"*)' ORDER BY i.rowid DESC LIMIT 50",
        ),
    ] {
        let plan = plan(&conn, sql);
        assert!(plan.contains("VIRTUAL TABLE INDEX"), "{table}:\n{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{table} is sorted:\n{plan}");
    }
}
