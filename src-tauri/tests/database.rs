//! The shell's database: a backup restored in place (the store closed, the file replaced, the
//! store reopened), only a listed backup accepted, the ways forward when the file cannot be
//! opened (restore, open another file, start a new one with the old file moved aside), and the
//! routine backups (at start, then daily when due).
use std::path::{Path, PathBuf};

use hrc_core::domain::session::SessionInput;
use hrc_core::Store;
use hrc_planner::Database;

fn session(number: i64) -> SessionInput {
    SessionInput {
        number,
        start_date: "2018-06-18".into(),
        end_date: "2018-07-06".into(),
        ..Default::default()
    }
}

fn labels(db: &Database) -> Vec<String> {
    let mut labels: Vec<String> = db
        .store()
        .expect("an open store")
        .list_sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.label)
        .collect();
    labels.sort();
    labels
}

/// A database file holding HRC38 with one backup, closed again.
fn file_with_backup(dir: &Path) -> (PathBuf, PathBuf) {
    let path = dir.join("hrc.db");
    let mut store = Store::open(&path).unwrap();
    store.create_session(&session(38)).unwrap();
    let backup = store.back_up().unwrap().path;
    (path, backup)
}

const JUNK: &[u8] = b"the battery died while this was written";

#[test]
fn a_backup_is_restored_in_place_and_the_store_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let (path, backup) = file_with_backup(dir.path());
    let db = Database::open_at(path.clone());
    db.store().unwrap().create_session(&session(39)).unwrap();
    assert_eq!(labels(&db), ["38", "39"]);

    let restored = db.restore(&backup).unwrap();
    assert_eq!(restored.database, path);
    assert_eq!(
        labels(&db),
        ["38"],
        "the same Database now reads the backup"
    );
    let kept = restored.kept_copy.unwrap();
    let listed: Vec<PathBuf> = db.backups().unwrap().into_iter().map(|b| b.path).collect();
    assert_eq!(listed, [kept, backup]);
    db.store().unwrap().create_session(&session(40)).unwrap();
    assert_eq!(labels(&db), ["38", "40"], "and writes to it");
}

#[test]
fn only_a_listed_backup_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = file_with_backup(dir.path());
    let other = tempfile::tempdir().unwrap();
    let (_, elsewhere) = file_with_backup(other.path());
    let db = Database::open_at(path);
    db.store().unwrap().create_session(&session(39)).unwrap();

    let err = db.restore(&elsewhere).unwrap_err();
    assert_eq!(err.0.code, "not_found", "{err:?}");
    assert_eq!(labels(&db), ["38", "39"], "nothing changed");
    assert_eq!(db.backups().unwrap().len(), 1);
}

#[test]
fn a_database_that_cannot_be_opened_can_be_restored() {
    let dir = tempfile::tempdir().unwrap();
    let (path, backup) = file_with_backup(dir.path());
    std::fs::write(&path, JUNK).unwrap();
    let db = Database::open_at(path);
    assert_eq!(db.startup().database_error.unwrap().code, "not_a_database");
    assert!(db.store().is_err());
    assert_eq!(db.backups().unwrap().len(), 1, "listed without opening it");

    let restored = db.restore(&backup).unwrap();
    assert!(db.startup().database_error.is_none());
    assert_eq!(labels(&db), ["38"]);
    assert_eq!(std::fs::read(restored.kept_copy.unwrap()).unwrap(), JUNK);
}

#[test]
fn a_new_database_moves_the_damaged_file_aside_and_only_then() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    std::fs::write(&path, JUNK).unwrap();
    let db = Database::open_at(path.clone());

    let moved = db.start_new().unwrap();
    assert_eq!(moved.parent(), Some(dir.path()));
    assert_eq!(
        std::fs::read(&moved).unwrap(),
        JUNK,
        "moved, not overwritten"
    );
    assert!(db.startup().database_error.is_none());
    assert_eq!(labels(&db), Vec::<String>::new(), "a new, empty database");
    assert!(path.exists());

    let err = db.start_new().unwrap_err();
    assert_eq!(
        err.0.code, "conflict",
        "a sound database is never moved: {err:?}"
    );
}

#[test]
fn another_file_can_be_opened_instead_of_one_that_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let damaged = dir.path().join("damaged.db");
    std::fs::write(&damaged, JUNK).unwrap();
    let other = tempfile::tempdir().unwrap();
    let (good, _) = file_with_backup(other.path());
    let db = Database::open_at(damaged.clone());

    let missing = dir.path().join("nowhere.db");
    assert_eq!(db.open_file(&missing).unwrap_err().0.code, "not_found");
    assert!(!missing.exists(), "no file is created");
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, JUNK).unwrap();
    assert_eq!(db.open_file(&junk).unwrap_err().0.code, "not_a_database");
    assert!(db.store().is_err());

    let started = db.open_file(&good).unwrap();
    assert_eq!(started.database_path, Some(good.display().to_string()));
    assert!(started.database_error.is_none());
    assert_eq!(labels(&db), ["38"]);
    assert_eq!(db.backups().unwrap().len(), 2, "backed up on opening");
    assert_eq!(std::fs::read(&damaged).unwrap(), JUNK, "left as it was");

    let err = db.open_file(&good).unwrap_err();
    assert_eq!(err.0.code, "conflict", "{err:?}");
}

#[test]
fn routine_backups_are_taken_at_start_then_when_a_day_has_passed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = file_with_backup(dir.path());
    let db = Database::open_at(path.clone());
    let t0: chrono::DateTime<chrono::Utc> = "2030-01-01T08:00:00Z".parse().unwrap();
    let hours = |h: i64| t0 + chrono::TimeDelta::hours(h);
    db.back_up_at_start(t0);
    db.back_up_if_due(hours(1)); // not due: the one at start is an hour old
    db.back_up_if_due(hours(24));
    let taken: Vec<_> = db
        .backups()
        .unwrap()
        .into_iter()
        .map(|b| b.taken_at)
        .collect();
    assert_eq!(taken[..2], [hours(24), t0]);
    assert_eq!(taken.len(), 3, "the file's first backup and these two");
}

/// A copy of one of the core's committed fixture databases, in `dir`.
fn fixture(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join("hrc.db");
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures")
        .join(name);
    std::fs::copy(&from, &to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    to
}

#[test]
fn a_file_that_needs_a_schema_update_is_opened_beside_the_window_with_its_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture(dir.path(), "schema-v2.db");
    let db = Database::start_at(path.clone());
    assert!(db.is_updating());
    let started = db.startup();
    let progress = started.migration.expect("the update is announced at once");
    // Schema 2 to the current one: one step each.
    let steps = hrc_core::store::SCHEMA_VERSION as u32 - 2;
    assert_eq!((progress.done, progress.steps), (0, steps));
    assert!(started.database_error.is_none(), "{started:?}");
    assert!(db.store().is_err(), "commands wait for the update");

    std::thread::scope(|s| {
        s.spawn(|| db.finish_update());
        // What the window polls: progress until the update ends, never an error.
        loop {
            let now = db.startup();
            assert!(now.database_error.is_none(), "{now:?}");
            if now.migration.is_none() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    });
    assert!(!db.is_updating());
    assert_eq!(labels(&db), ["38"]);
    assert_eq!(
        db.store().unwrap().schema_version().unwrap(),
        hrc_core::store::SCHEMA_VERSION
    );
    db.finish_update(); // Nothing waits: nothing happens.
    assert_eq!(labels(&db), ["38"]);

    // Up to date now: the next start opens it at once.
    drop(db);
    let again = Database::start_at(path);
    assert!(!again.is_updating());
    assert!(again.startup().migration.is_none());
}

#[test]
fn a_file_the_core_refuses_is_refused_at_start_as_before_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, JUNK).unwrap();
    let newer = fixture(dir.path(), "schema-v2.db");
    // The schema version a newer HRC Planner would write: SQLite keeps it at offset 60 of the header.
    let mut bytes = std::fs::read(&newer).unwrap();
    let version = (hrc_core::store::SCHEMA_VERSION + 1) as u32;
    bytes[60..64].copy_from_slice(&version.to_be_bytes());
    std::fs::write(&newer, bytes).unwrap();
    for (path, code) in [(junk, "not_a_database"), (newer, "newer_database")] {
        let before = std::fs::read(&path).unwrap();
        let db = Database::start_at(path.clone());
        assert!(!db.is_updating());
        let started = db.startup();
        assert!(started.migration.is_none());
        assert_eq!(started.database_error.expect("refused").code, code);
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}

/// At start (before the start backup) and when the app quits, the text of what was deleted is
/// emptied, and its words merged out of the search index: no undo is offered across a restart.
#[test]
fn deleted_text_is_forgotten_when_the_app_starts_and_quits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    let db = Database::open_at(path.clone());
    let note = {
        let mut store = db.store().unwrap();
        let session = store.create_session(&session(38)).unwrap();
        let input = hrc_core::domain::note::NoteInput {
            body: "Names a defender at risk".into(),
            ..Default::default()
        };
        let note = store.create_note(session.id, &input).unwrap();
        store.delete_note(note.id).unwrap();
        note
    };
    db.forget_deleted();
    assert!(db.has_words_to_forget());
    // The app's backup thread merges the index a step at a time: the word leaves the file.
    db.forget_old_words();
    assert!(!db.has_words_to_forget());
    let file = std::fs::read(&path).unwrap().to_ascii_lowercase();
    assert!(!file.windows(8).any(|w| w == b"defender"));
    // Brought back, it has no text left.
    let restored = db.store().unwrap().restore_note(note.id).unwrap();
    assert_eq!(restored.body, "");
}

/// The check of a sound file beside the store lets the first write go without waiting for it.
#[test]
fn a_sound_file_checked_beside_the_store_is_written_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    let db = Database::open_at(path);
    db.check_before_first_write();
    db.store().unwrap().create_session(&session(38)).unwrap();
    assert_eq!(labels(&db), ["38"]);
}
