//! Two processes write to one database at the same time, as the app, its backups and a script
//! using `hrc` do: every write waits for the other within the busy timeout, none fails, and
//! every acknowledged note is there afterwards.
//!
//! The test re-executes its own binary to run the ignored `writer` test as each child (selected
//! by `HRC_CONCURRENT_DB`); each child opens the file, writes `NOTES` notes one transaction at a
//! time and reads a little between writes (the pattern that made a deferred transaction fail at
//! once with "database is locked" when it came to write), then prints how many it wrote.
use std::path::Path;
use std::process::{Command, Stdio};

use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;

/// The database the child writes to; set only for the children.
const CHILD_DB: &str = "HRC_CONCURRENT_DB";
/// The child's name, written into its notes.
const CHILD_NAME: &str = "HRC_CONCURRENT_NAME";
/// Notes each child writes.
const NOTES: usize = 500;

/// One child's work: `NOTES` notes, each in its own transaction, read back between writes.
#[test]
#[ignore = "run by `two_processes_write_at_once_and_lose_nothing` as a child process"]
fn writer() {
    let db = std::env::var(CHILD_DB).expect("run as a child");
    let name = std::env::var(CHILD_NAME).expect("run as a child");
    let mut store = Store::open(Path::new(&db)).expect("the child opens the file");
    let session = store.list_sessions().unwrap()[0].id;
    for i in 0..NOTES {
        let input = NoteInput {
            body: format!("{name} note {i}"),
            ..Default::default()
        };
        if let Err(e) = store.create_note(session, &input) {
            panic!("{name}: note {i} failed: {e}");
        }
        // Read between writes, as the app does when it shows what it saved.
        store.today(session_now(), Some(session)).ok();
    }
    println!("WROTE {NOTES}");
}

fn session_now() -> chrono::DateTime<chrono::Utc> {
    "2018-06-27T10:30:00Z".parse().unwrap()
}

#[test]
fn two_processes_write_at_once_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    Store::open(&db)
        .unwrap()
        .create_session(&SessionInput {
            number: 38,
            start_date: "2018-06-18".into(),
            end_date: "2018-07-06".into(),
            ..Default::default()
        })
        .unwrap();

    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = ["alpha", "beta"]
        .into_iter()
        .map(|name| {
            let child = Command::new(&exe)
                .args(["writer", "--exact", "--ignored", "--nocapture"])
                .args(["--test-threads", "1"])
                .env(CHILD_DB, &db)
                .env(CHILD_NAME, name)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("the test binary starts again as a writer");
            (name, child)
        })
        .collect();
    for (name, child) in children {
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.contains(&format!("WROTE {NOTES}")),
            "{name} failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let store = Store::open(&db).unwrap();
    let session = store.list_sessions().unwrap()[0].id;
    let notes = store.notes(session).unwrap();
    assert_eq!(notes.len(), 2 * NOTES);
    for name in ["alpha", "beta"] {
        for i in 0..NOTES {
            let body = format!("{name} note {i}");
            assert!(notes.iter().any(|n| n.body == body), "{body} is missing");
        }
    }
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
}
