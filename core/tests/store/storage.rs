//! Storage safety: pragmas, the migration path, refusal of newer or foreign files, durability.
use hrc_core::domain::note::NoteInput;
use hrc_core::store::SCHEMA_VERSION;
use hrc_core::{Error, Store};

use crate::support::{temp_store, with_session};

#[test]
fn pragmas_are_safe() {
    let (store, _dir) = temp_store();
    assert_eq!(store.pragma("journal_mode").unwrap(), "wal");
    assert_eq!(store.pragma("synchronous").unwrap(), "2", "FULL");
    assert_eq!(store.pragma("foreign_keys").unwrap(), "1");
    assert_eq!(
        store.schema_version().unwrap(),
        hrc_core::store::SCHEMA_VERSION
    );
}

#[test]
fn migrating_an_empty_file_creates_every_table_and_the_countries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA user_version = 0;")
        .unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let countries: i64 = conn
        .query_row("SELECT count(*) FROM countries", [], |r| r.get(0))
        .unwrap();
    assert_eq!(countries, 195);
    for table in [
        "sessions",
        "agenda_items",
        "meetings",
        "key_issues",
        "situations",
        "statements",
        "organisations",
        "side_events",
        "notes",
        "search_index",
    ] {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    }
}

#[test]
fn data_survives_reopening() {
    let (mut store, dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "saved means saved".into(),
                ..Default::default()
            },
        )
        .unwrap();
    drop(store);
    let store = Store::open(dir.path().join("hrc.db")).unwrap();
    let notes = store.notes(store.find_session("38").unwrap().id).unwrap();
    assert_eq!(notes[0].body, "saved means saved");
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE future (x); PRAGMA user_version = {};",
            hrc_core::store::SCHEMA_VERSION + 1
        ))
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(
        matches!(
            err,
            Error::NewerDatabase {
                found,
                supported: SCHEMA_VERSION
            } if found == SCHEMA_VERSION + 1
        ),
        "{err}"
    );
    assert!(err.to_string().contains("newer version"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("newer.db-wal").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "Dear colleagues, please find attached… ".repeat(200)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code(), "not_a_database", "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_default_path_follows_hrc_db() {
    // HRC_DB is read at call time; set it for this process only.
    std::env::set_var("HRC_DB", "/tmp/elsewhere/hrc.db");
    assert_eq!(
        hrc_core::store::default_path().unwrap(),
        std::path::PathBuf::from("/tmp/elsewhere/hrc.db")
    );
    std::env::remove_var("HRC_DB");
    let default = hrc_core::store::default_path().unwrap();
    assert!(
        default.ends_with("hrc-planner/hrc-planner.db"),
        "{}",
        default.display()
    );
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photos.db");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code(), "not_a_database", "{err}");
    assert!(err.to_string().contains("another program"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// The bytes of a file and of the log beside it (empty when there is none).
fn file_and_log(path: &std::path::Path) -> (Vec<u8>, Vec<u8>) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    (
        std::fs::read(path).unwrap(),
        std::fs::read(std::path::PathBuf::from(wal)).unwrap_or_default(),
    )
}

#[test]
fn a_refused_file_keeps_its_write_ahead_log() {
    let dir = tempfile::tempdir().unwrap();
    // A newer database in WAL mode whose last writes are still only in its log (the
    // writer is kept open, so nothing is checkpointed).
    let path = dir.path().join("newer.db");
    let writer = rusqlite::Connection::open(&path).unwrap();
    writer
        .execute_batch(&format!(
            "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE future (x);
             PRAGMA user_version = {}; INSERT INTO future VALUES ('only in the log');",
            SCHEMA_VERSION + 1
        ))
        .unwrap();
    let before = file_and_log(&path);
    assert!(!before.1.is_empty(), "the log holds the last writes");
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code(), "newer_database", "{err}");
    assert!(
        file_and_log(&path) == before,
        "the newer file or its log changed"
    );
    drop(writer);

    // Junk bytes with a stray log beside them: neither is read into the other.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![0x5a; 8192]).unwrap();
    std::fs::write(dir.path().join("junk.db-wal"), vec![0xa5; 4096]).unwrap();
    let before = file_and_log(&junk);
    let err = Store::open(&junk).err().expect("refused");
    assert_eq!(err.code(), "not_a_database", "{err}");
    assert!(
        file_and_log(&junk) == before,
        "the junk file or its stray log changed"
    );
}

/// HRC38 with sixty long notes, closed: a file of enough pages for some to be damaged.
fn sixty_long_notes() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    hrc_core::domain::session::Session,
) {
    let (mut store, dir) = crate::support::temp_store();
    let db = dir.path().join("hrc.db");
    let session = store.create_session(&crate::support::hrc38()).unwrap();
    for i in 0..60 {
        store
            .create_note(
                session.id,
                &hrc_core::domain::note::NoteInput {
                    body: format!("Note {i}: {}", "words of a long note ".repeat(60)),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    (dir, db, session)
}

/// A database with damaged pages is refused at open — before anything is written to it — and
/// is not copied over the backups.
#[test]
fn a_file_with_damaged_pages_is_refused_and_never_written_or_backed_up() {
    let (_dir, db, _session) = sixty_long_notes();
    // 8 KB of zeros over pages 11 and 12 (the database's pages are 4 KB).
    let mut bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() > 49_152, "{}", bytes.len());
    bytes[40_960..49_152].fill(0);
    std::fs::write(&db, &bytes).unwrap();

    let err = match hrc_core::Store::open(&db) {
        Err(e) => e,
        Ok(_) => panic!("a damaged file was opened"),
    };
    assert_eq!(err.code(), "not_a_database", "{err}");
    assert!(err.to_string().contains("damaged"), "{err}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the file was written to"
    );
    let backup = hrc_core::store::back_up_file(&db, None, 10, chrono::Utc::now()).unwrap_err();
    assert_eq!(backup.code(), "not_a_database", "{backup}");
    assert!(hrc_core::store::backups(&db).unwrap().is_empty());
}

/// A file too large to check at every open (over 64 MB) opens at once for reading and is checked
/// before its first write: damaged, it is refused and not written to.
#[test]
fn a_large_damaged_file_is_checked_before_its_first_write() {
    let (_dir, db, session) = sixty_long_notes();
    // Grown past the size checked at open with a table of padding, appended after the notes.
    let raw = rusqlite::Connection::open(&db).unwrap();
    raw.execute_batch(
        "CREATE TABLE padding (b BLOB);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100)
         INSERT INTO padding SELECT zeroblob(65536) FROM n;
         PRAGMA wal_checkpoint(TRUNCATE);",
    )
    .unwrap();
    drop(raw);
    let mut bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() as u64 > hrc_core::store::CHECKED_AT_OPEN_BYTES);
    bytes[40_960..49_152].fill(0);
    std::fs::write(&db, &bytes).unwrap();

    // Checked beside the store (as the app does at low priority), it is found damaged too.
    let beside = hrc_core::store::check_file(&db, None).unwrap_err();
    assert_eq!(beside.code(), "not_a_database", "{beside}");
    let mut store = hrc_core::Store::open(&db).expect("a large file opens for reading");
    assert_eq!(store.find_session("38").unwrap().id, session.id);
    let err = store
        .create_note(
            session.id,
            &hrc_core::domain::note::NoteInput {
                body: "Not to be written".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "not_a_database", "{err}");
    drop(store);
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the file was written to"
    );
}

/// A write killed midway in rollback mode leaves a hot journal beside the file: the store opens
/// it as its last commit left it (SQLite rolls the journal back), rather than calling it
/// read-only.
#[test]
fn a_hot_journal_left_by_a_killed_write_is_rolled_back_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    let copy = dir.path().join("killed.db");
    {
        let mut store = Store::open(&path).unwrap();
        hrc_core::demo::load(&mut store).unwrap();
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.pragma_update(None, "cache_size", 1).unwrap();
    conn.execute_batch("BEGIN; CREATE TABLE spill (x);")
        .unwrap();
    for _ in 0..2000 {
        conn.execute("INSERT INTO spill VALUES (?1)", ["x".repeat(500)])
            .unwrap();
    }
    // The file and its journal as a kill at this moment leaves them.
    std::fs::copy(&path, &copy).unwrap();
    let mut journal = copy.as_os_str().to_owned();
    journal.push("-journal");
    std::fs::copy(path.with_file_name("hrc.db-journal"), &journal).unwrap();
    drop(conn);

    let store = Store::open(&copy).unwrap();
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    assert_eq!(store.find_session("38").unwrap().number, 38);
}
