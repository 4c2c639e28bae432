//! Shared fixtures: a store in a temporary file, a blank session, and a dump of every row.
use hrc_core::domain::session::{Session, SessionInput};
use hrc_core::Store;
use rusqlite::types::Value;
use tempfile::TempDir;

/// A store in its own temporary directory (kept alive by the returned guard).
pub fn temp_store() -> (Store, TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("hrc.db")).expect("open store");
    (store, dir)
}

/// HRC38's dates, as a session input.
pub fn hrc38() -> SessionInput {
    SessionInput {
        number: 38,
        start_date: "2018-06-18".into(),
        end_date: "2018-07-06".into(),
        ..Default::default()
    }
}

/// A store holding a blank HRC38.
pub fn with_session() -> (Store, TempDir, Session) {
    let (mut store, dir) = temp_store();
    let session = store.create_session(&hrc38()).expect("create session");
    (store, dir, session)
}

/// Every row of every table of the store's file, as text: equal dumps mean nothing changed.
pub fn dump(store: &Store) -> String {
    let conn =
        rusqlite::Connection::open(store.path().expect("a file store")).expect("open for dump");
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'search_titles_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.retain(|t| t != "countries");
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("# {t}\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {t} ORDER BY rowid"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get::<_, Value>(i).unwrap()))
                .collect();
            out.push_str(&cells.join(" | "));
            out.push('\n');
        }
    }
    out
}

/// `n` words of text.
pub fn words(n: usize) -> String {
    vec!["word"; n].join(" ")
}
