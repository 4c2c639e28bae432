//! What stays private on a shared laptop: the files HRC Planner makes are its owner's alone, and
//! a backup killed half-way leaves no copy of the notes behind.
use std::path::Path;

use hrc_core::export::{export_to_file, ExportFormat, Section};
use hrc_core::store::backup_dir;
use hrc_core::Store;

use crate::support::hrc38;

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn database_backups_and_exports_are_the_owners_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("new folder").join("inner");
    hrc_core::private_files::create_dir_all(&data).unwrap();
    let db = data.join("hrc.db");
    let mut store = Store::open(&db).unwrap();
    let session = store.create_session(&hrc38()).unwrap();
    let backup = store.back_up().unwrap();
    let export = dir.path().join("overview.md");
    export_to_file(
        &store,
        session.id,
        ExportFormat::Markdown,
        &Section::defaults(),
        &Default::default(),
        &export,
    )
    .unwrap();
    for file in [
        db.clone(),
        db.with_file_name("hrc.db-wal"),
        db.with_file_name("hrc.db-shm"),
        backup.path.clone(),
        export.clone(),
    ] {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    for folder in [data.parent().unwrap(), &data, &backup_dir(&db)] {
        assert_eq!(mode(folder), 0o700, "{}", folder.display());
    }
}

/// A database an earlier version left readable by everyone is made its owner's alone.
#[cfg(unix)]
#[test]
fn an_older_database_readable_by_all_is_restricted_when_opened() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    drop(Store::open(&db).unwrap());
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    drop(Store::open(&db).unwrap());
    assert_eq!(mode(&db), 0o600);
}

/// What a killed `hrc backup` leaves — the half-written copy, its journal — goes at the next
/// open and the next backup; a copy still being written by a running process stays. (Linux, where
/// a process id tells whether its writer still runs; elsewhere such files go after an hour.)
#[cfg(target_os = "linux")]
#[test]
fn an_interrupted_backup_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::open(&db).unwrap();
    store.create_session(&hrc38()).unwrap();
    store.back_up().unwrap();
    let backups = backup_dir(&db);
    // A process id no process has (above Linux's pid_max), and this process's own.
    let dead = 4_999_999;
    let own = std::process::id();
    let name = "hrc-2018-06-27T103000.250Z.db";
    let leftovers = [
        format!(".{name}.{dead}.partial"),
        format!(".{name}.{dead}.partial-journal"),
    ];
    let running = format!(".{name}.{own}.partial");
    for file in leftovers.iter().chain([&running]) {
        std::fs::write(backups.join(file), "notes naming a defender").unwrap();
    }
    drop(store);

    let mut store = Store::open(&db).unwrap();
    for file in &leftovers {
        assert!(!backups.join(file).exists(), "{file} is still there");
    }
    assert!(
        backups.join(&running).exists(),
        "a copy being written was removed"
    );

    std::fs::write(backups.join(&leftovers[0]), "again").unwrap();
    store.back_up().unwrap();
    assert!(!backups.join(&leftovers[0]).exists());
    let listed = hrc_core::store::backups(&db).unwrap();
    assert_eq!(listed.len(), 2, "{listed:?}");
}

/// A database in a folder that does not exist is refused, naming the folder, and nothing is
/// created (a typing slip is not a place to keep notes).
#[test]
fn a_database_in_a_missing_folder_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("Dcuments");
    let err = match Store::open(missing.join("hrc.db")) {
        Err(e) => e,
        Ok(_) => panic!("opened a database in a missing folder"),
    };
    assert_eq!(err.field(), Some("database"), "{err}");
    assert!(err.to_string().contains("Dcuments"), "{err}");
    assert!(!missing.exists());
}
