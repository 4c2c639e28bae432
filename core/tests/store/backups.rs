//! Backups on real files: rotation keeps N (one a day first), the daily one is due after a day, a backup taken while
//! another connection writes is sound, restore brings the data back and keeps the current file,
//! and a damaged, foreign or newer backup is refused with nothing changed.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::store::{backup_dir, backups, latest_backup, restore, set_aside, BackupKind};
use hrc_core::{Error, Store};

use crate::support::{hrc38, temp_store};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 instant")
}

fn keep(store: &mut Store, n: u32) {
    let mut settings = store.settings().unwrap();
    settings.backups_kept = n;
    store.save_settings(&settings).unwrap();
}

fn session(number: i64) -> SessionInput {
    SessionInput { number, ..hrc38() }
}

/// The session labels in the database file at `path`, read through a fresh store.
fn labels(path: &Path) -> Vec<String> {
    let store = Store::open(path).unwrap();
    let mut labels: Vec<String> = store
        .list_sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.label)
        .collect();
    labels.sort();
    labels
}

/// The labels in a backup file, read from a copy (with its log) so the backup itself stays as it is.
fn labels_in_copy(backup: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    std::fs::copy(backup, &copy).unwrap();
    let log = PathBuf::from(format!("{}-wal", backup.display()));
    if log.exists() {
        std::fs::copy(&log, dir.path().join("copy.db-wal")).unwrap();
    }
    labels(&copy)
}

/// Every file under `dir` with its bytes: equal snapshots mean nothing on disk changed.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    out
}

fn integrity(path: &Path) -> String {
    rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_backup_is_a_sound_copy_in_the_backups_folder_beside_the_database() {
    let (mut store, dir) = temp_store();
    store.create_session(&hrc38()).unwrap();
    let backup = store.back_up_at(at("2018-06-27T10:30:00Z")).unwrap();

    assert_eq!(
        backup.path,
        dir.path().join("backups").join(&backup.file_name)
    );
    assert_eq!(backup.file_name, "hrc-2018-06-27T103000.000Z.db");
    assert_eq!(backup.taken_at, at("2018-06-27T10:30:00Z"));
    assert_eq!(backup.kind, BackupKind::Routine);
    assert_eq!(
        backup.size_bytes,
        std::fs::metadata(&backup.path).unwrap().len()
    );
    assert_eq!(integrity(&backup.path), "ok");
    assert_eq!(labels_in_copy(&backup.path), ["38"]);
    assert_eq!(
        backups(store.path().unwrap()).unwrap(),
        [backup],
        "listed, and nothing half-written left beside it"
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("backups"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn rotation_keeps_the_newest_n() {
    let (mut store, _dir) = temp_store();
    keep(&mut store, 3);
    let start = at("2018-06-18T07:00:00Z");
    for hour in 0..5 {
        store.back_up_at(start + TimeDelta::hours(hour)).unwrap();
    }
    let kept: Vec<DateTime<Utc>> = backups(store.path().unwrap())
        .unwrap()
        .into_iter()
        .map(|b| b.taken_at)
        .collect();
    let hours = |h| start + TimeDelta::hours(h);
    assert_eq!(kept, [hours(4), hours(3), hours(2)], "newest first");

    // Keeping more later deletes nothing; keeping fewer deletes the oldest at the next backup.
    keep(&mut store, 1);
    let newest = store.back_up_at(hours(5)).unwrap();
    assert_eq!(backups(store.path().unwrap()).unwrap(), [newest]);
}

/// The times of the routine backups kept, newest first.
fn kept_times(store: &Store) -> Vec<DateTime<Utc>> {
    backups(store.path().unwrap())
        .unwrap()
        .into_iter()
        .filter(|b| b.kind == BackupKind::Routine)
        .map(|b| b.taken_at)
        .collect()
}

#[test]
fn rotation_keeps_one_a_day_before_several_of_the_same_day() {
    let (mut store, _dir) = temp_store();
    keep(&mut store, 3);
    // Monday and Tuesday once each, then Wednesday: the app started four times.
    let times = [
        "2018-06-18T07:00:00Z",
        "2018-06-19T07:00:00Z",
        "2018-06-20T07:00:00Z",
        "2018-06-20T08:00:00Z",
        "2018-06-20T09:00:00Z",
        "2018-06-20T10:00:00Z",
    ]
    .map(at);
    for t in times {
        store.back_up_at(t).unwrap();
    }
    assert_eq!(
        kept_times(&store),
        [times[5], times[1], times[0]],
        "Wednesday's newest, then the days before"
    );

    // Fewer days than places: the rest of the places go to the newest of the same day.
    store.back_up_at(at("2018-06-20T11:00:00Z")).unwrap();
    keep(&mut store, 4);
    store.back_up_at(at("2018-06-20T12:00:00Z")).unwrap();
    assert_eq!(
        kept_times(&store),
        [
            at("2018-06-20T12:00:00Z"),
            at("2018-06-20T11:00:00Z"),
            times[1],
            times[0]
        ]
    );

    // Days are Geneva days: 22:30 UTC on 20 June is 00:30 on 21 June in Geneva (summer time).
    keep(&mut store, 2);
    store.back_up_at(at("2018-06-20T22:30:00Z")).unwrap();
    assert_eq!(
        kept_times(&store),
        [at("2018-06-20T22:30:00Z"), at("2018-06-20T12:00:00Z")]
    );
}

#[test]
fn two_backups_in_the_same_millisecond_get_two_files() {
    let (mut store, _dir) = temp_store();
    let when = at("2018-06-18T07:00:00.123Z");
    let a = store.back_up_at(when).unwrap();
    let b = store.back_up_at(when).unwrap();
    assert_ne!(a.path, b.path);
    assert_eq!(b.taken_at - a.taken_at, TimeDelta::milliseconds(1));
    assert_eq!(backups(store.path().unwrap()).unwrap().len(), 2);
}

#[test]
fn the_daily_backup_is_due_a_day_after_the_newest() {
    let (mut store, _dir) = temp_store();
    let t0 = at("2018-06-18T07:00:00Z");
    let path = store.path().unwrap().to_path_buf();
    assert!(hrc_core::store::backup_due(&path, t0).unwrap(), "none yet");
    assert!(
        hrc_core::store::back_up_file_if_due(&path, None, 10, t0)
            .unwrap()
            .is_some(),
        "none yet"
    );
    assert!(!hrc_core::store::backup_due(&path, t0 + TimeDelta::hours(1)).unwrap());
    assert!(
        hrc_core::store::back_up_file_if_due(&path, None, 10, t0 + TimeDelta::hours(1))
            .unwrap()
            .is_none()
    );
    assert!(hrc_core::store::back_up_file_if_due(
        &path,
        None,
        10,
        t0 + TimeDelta::hours(24) - TimeDelta::seconds(1)
    )
    .unwrap()
    .is_none());
    let next =
        hrc_core::store::back_up_file_if_due(&path, None, 10, t0 + TimeDelta::hours(24)).unwrap();
    assert_eq!(next.unwrap().taken_at, t0 + TimeDelta::hours(24));
    // A backup taken "now" by hand also counts as the day's.
    store.back_up_at(t0 + TimeDelta::hours(30)).unwrap();
    assert!(
        hrc_core::store::back_up_file_if_due(&path, None, 10, t0 + TimeDelta::hours(47))
            .unwrap()
            .is_none()
    );
    assert!(
        hrc_core::store::back_up_file_if_due(&path, None, 10, t0 + TimeDelta::hours(54))
            .unwrap()
            .is_some()
    );
    // A clock put far back (the newest backup more than a day ahead) starts again.
    assert!(hrc_core::store::back_up_file_if_due(&path, None, 10, t0)
        .unwrap()
        .is_some());
    assert_eq!(backups(store.path().unwrap()).unwrap().len(), 5);
}

#[test]
fn an_in_memory_store_has_nothing_to_back_up() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.back_up().unwrap_err().code(), "io");
}

#[test]
fn a_backup_taken_while_another_connection_writes_is_sound() {
    let (mut store, dir) = temp_store();
    let session = store.create_session(&hrc38()).unwrap();
    let path = dir.path().join("hrc.db");
    let writer = {
        let path = path.clone();
        std::thread::spawn(move || {
            let mut other = Store::open(&path).unwrap();
            for i in 0..150 {
                let input = NoteInput {
                    body: format!("note {i}: {}", "words ".repeat(50)),
                    ..Default::default()
                };
                other.create_note(session.id, &input).unwrap();
            }
        })
    };
    let mut taken = Vec::new();
    let start = at("2018-06-18T07:00:00Z");
    for i in 0..5 {
        taken.push(store.back_up_at(start + TimeDelta::minutes(i)).unwrap());
    }
    writer.join().unwrap();
    for backup in taken {
        assert_eq!(integrity(&backup.path), "ok", "{}", backup.file_name);
        let conn = rusqlite::Connection::open(&backup.path).unwrap();
        let (notes, indexed): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM search_index WHERE kind = 'note')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(notes, indexed, "each note and its search entry, or neither");
    }
}

#[test]
fn restore_brings_the_data_back_and_keeps_the_current_file() {
    let (mut store, dir) = temp_store();
    let db = dir.path().join("hrc.db");
    store.create_session(&hrc38()).unwrap();
    let backup = store.back_up().unwrap();
    store.create_session(&session(39)).unwrap();
    drop(store);
    assert_eq!(labels(&db), ["38", "39"]);

    let restored = restore(&db, &backup.path, None).unwrap();
    assert_eq!(restored.database, db);
    assert_eq!(restored.restored_from, backup.path);
    assert_eq!(labels(&db), ["38"]);
    assert_eq!(integrity(&db), "ok");

    let kept = restored.kept_copy.expect("a copy of the current file");
    assert_eq!(kept.parent(), Some(backup_dir(&db).as_path()));
    assert_eq!(labels_in_copy(&kept), ["38", "39"]);
    let listed = backups(&db).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].path, kept);
    assert_eq!(listed[0].kind, BackupKind::BeforeRestore);
    assert_eq!(
        latest_backup(&db).unwrap().path,
        backup.path,
        "latest is routine"
    );
    assert!(backup.path.exists(), "the backup itself stays");

    // Nothing is left behind in the folder: no temporary file, no stray log.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "backups")
        .collect();
    assert!(
        names.iter().all(|n| n.starts_with("hrc.db"))
            && !names.iter().any(|n| n.contains("restoring")),
        "{names:?}"
    );

    // The copy can be restored in turn: the restore is undone.
    restore(&db, &kept, None).unwrap();
    assert_eq!(labels(&db), ["38", "39"]);
}

#[test]
fn restore_keeps_writes_still_in_the_log_of_a_file_left_open() {
    let (mut store, dir) = temp_store();
    let db = dir.path().join("hrc.db");
    store.create_session(&hrc38()).unwrap();
    let backup = store.back_up().unwrap();
    store.create_session(&session(39)).unwrap();
    // As if the app had died: a connection is never closed, so session 39 stays only in the
    // log (the app's lock goes with its process, as the store's goes here).
    let left_open = rusqlite::Connection::open(&db).unwrap();
    let _: i64 = left_open
        .query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    drop(store);
    std::mem::forget(left_open);
    assert!(dir.path().join("hrc.db-wal").exists());

    let restored = restore(&db, &backup.path, None).unwrap();
    assert_eq!(
        labels(&db),
        ["38"],
        "the old log was not replayed into the backup"
    );
    let kept = restored.kept_copy.unwrap();
    assert_eq!(
        labels_in_copy(&kept),
        ["38", "39"],
        "the kept copy has its log"
    );
}

#[test]
fn restore_into_a_folder_with_no_database_keeps_nothing_and_works() {
    let (mut store, dir) = temp_store();
    store.create_session(&hrc38()).unwrap();
    let backup = store.back_up().unwrap();
    drop(store);
    let elsewhere = dir.path().join("new").join("hrc.db");
    let restored = restore(&elsewhere, &backup.path, None).unwrap();
    assert_eq!(restored.kept_copy, None);
    assert_eq!(labels(&elsewhere), ["38"]);
}

#[test]
fn an_older_schema_backup_is_restored_and_brought_up_to_date() {
    let (store, dir) = temp_store();
    let db = dir.path().join("hrc.db");
    drop(store);
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db");
    let restored = restore(&db, &fixture, None).unwrap();
    assert!(restored.kept_copy.is_some());
    assert!(labels(&db).contains(&"38".to_string()));
}

/// Restoring `backup` is refused with `code`, and not one byte under the folder changes.
fn refused(backup: &Path, dir: &Path, code: &str) -> Error {
    let db = dir.join("hrc.db");
    let before = files(dir);
    let err = restore(&db, backup, None).expect_err("refused");
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(files(dir), before, "nothing changed after: {err}");
    assert_eq!(labels(&db), ["38"]);
    err
}

/// A store holding HRC38 with one backup, closed; the backup's path.
fn closed_store_with_backup() -> (tempfile::TempDir, PathBuf) {
    let (mut store, dir) = temp_store();
    store.create_session(&hrc38()).unwrap();
    let backup = store.back_up().unwrap();
    (dir, backup.path)
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_changes() {
    let (dir, backup) = closed_store_with_backup();
    let damaged = dir.path().join("damaged.db");
    let mut bytes = std::fs::read(&backup).unwrap();
    let page = 4096;
    assert!(bytes.len() > 6 * page);
    for b in &mut bytes[3 * page + 100..5 * page] {
        *b = 0x5a;
    }
    std::fs::write(&damaged, &bytes).unwrap();
    let err = refused(&damaged, dir.path(), "not_a_database");
    assert!(err.to_string().contains("damaged"), "{err}");

    let truncated = dir.path().join("truncated.db");
    std::fs::write(&truncated, &std::fs::read(&backup).unwrap()[..3 * page]).unwrap();
    refused(&truncated, dir.path(), "not_a_database");
}

#[test]
fn a_foreign_file_is_refused_and_nothing_changes() {
    let (dir, _) = closed_store_with_backup();
    let text = dir.path().join("letter.db");
    std::fs::write(&text, "Dear colleagues, please find attached… ".repeat(200)).unwrap();
    refused(&text, dir.path(), "not_a_database");

    let photos = dir.path().join("photos.db");
    rusqlite::Connection::open(&photos)
        .unwrap()
        .execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);")
        .unwrap();
    let err = refused(&photos, dir.path(), "not_a_database");
    assert!(
        err.to_string().contains("not an HRC Planner database"),
        "{err}"
    );

    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    refused(&empty, dir.path(), "not_a_database");
}

#[test]
fn a_backup_from_a_newer_version_is_refused_and_nothing_changes() {
    let (dir, backup) = closed_store_with_backup();
    let newer = dir.path().join("newer.db");
    std::fs::copy(&backup, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .execute_batch("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;")
        .unwrap();
    let err = refused(&newer, dir.path(), "newer_database");
    assert!(err.to_string().contains("newer version"), "{err}");
}

#[test]
fn a_missing_backup_or_the_database_itself_is_refused() {
    let (dir, _) = closed_store_with_backup();
    let db = dir.path().join("hrc.db");
    let missing = dir.path().join("nowhere.db");
    assert_eq!(
        refused(&missing, dir.path(), "not_found").code(),
        "not_found"
    );
    let err = restore(&db, &db, None).unwrap_err();
    assert_eq!(err.field(), Some("backup"), "{err}");

    let empty = tempfile::tempdir().unwrap();
    let err = latest_backup(&empty.path().join("hrc.db")).unwrap_err();
    assert_eq!(err.code(), "not_found", "{err}");
}

#[test]
fn set_aside_moves_the_file_and_its_log_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    std::fs::write(&db, b"not a database at all").unwrap();
    std::fs::write(dir.path().join("hrc.db-wal"), b"a stray log").unwrap();

    let moved = set_aside(&db).unwrap();
    assert_eq!(moved.parent(), Some(dir.path()));
    assert!(moved
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("hrc-set-aside-"));
    assert_eq!(std::fs::read(&moved).unwrap(), b"not a database at all");
    assert_eq!(
        std::fs::read(format!("{}-wal", moved.display())).unwrap(),
        b"a stray log"
    );
    assert!(!db.exists() && !dir.path().join("hrc.db-wal").exists());

    let store = Store::open(&db).unwrap();
    assert!(
        store.list_sessions().unwrap().is_empty(),
        "a new, empty database"
    );
    drop(store);
    std::fs::write(&db, b"damaged again").unwrap();
    let again = set_aside(&db).unwrap();
    assert_ne!(again, moved);
    assert_eq!(std::fs::read(&moved).unwrap(), b"not a database at all");
    assert_eq!(set_aside(&db).unwrap_err().code(), "not_found");
}

#[test]
fn how_many_backups_to_keep_is_a_setting_from_1_to_100() {
    let (mut store, _dir) = temp_store();
    assert_eq!(store.settings().unwrap().backups_kept, 10);
    for wrong in [0, 101] {
        let mut settings = store.settings().unwrap();
        settings.backups_kept = wrong;
        let err = store.save_settings(&settings).unwrap_err();
        assert_eq!(err.field(), Some("backups_kept"), "{err}");
        assert!(err.to_string().contains("between 1 and 100"), "{err}");
    }
    keep(&mut store, 30);
    assert_eq!(store.settings().unwrap().backups_kept, 30);
}

#[test]
fn a_backup_through_its_own_connection_leaves_the_store_free() {
    let (mut store, dir) = temp_store();
    store.create_session(&hrc38()).unwrap();
    let path = dir.path().join("hrc.db");
    let backup =
        hrc_core::store::back_up_file(&path, None, 10, at("2018-06-18T07:00:00Z")).unwrap();
    // The store writes on while (and after) the other connection copies.
    store.create_session(&session(39)).unwrap();
    assert_eq!(labels_in_copy(&backup.path), ["38"]);
    assert_eq!(integrity(&backup.path), "ok");
    assert_eq!(backups(&path).unwrap().len(), 1);
}

/// A restore is refused while another program has the database open (its next write would go
/// to the old file and be lost), saying to close it first; two stores open at once are fine.
#[test]
fn a_restore_waits_for_the_other_programs_to_close_the_database() {
    let (mut store, dir) = temp_store();
    let db = dir.path().join("hrc.db");
    store.create_session(&hrc38()).unwrap();
    let backup = store.back_up().unwrap();
    let mut second = Store::open(&db).unwrap();
    second.create_session(&session(39)).unwrap();
    let before = files(dir.path());
    let err = restore(&db, &backup.path, None).unwrap_err();
    assert_eq!(err.code(), "conflict", "{err}");
    assert!(err.to_string().contains("close it first"), "{err}");
    assert_eq!(files(dir.path()), before, "nothing moved");
    drop(store);
    drop(second);
    restore(&db, &backup.path, None).unwrap();
    assert_eq!(labels(&db), ["38"]);
}
