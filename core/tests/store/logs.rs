//! The log beside the database: one line per command with its name and duration, a failure by
//! its code, in daily files that are their owner's alone and few.
use std::path::Path;

use hrc_core::logs;

/// Runs `command` with the log of a door named `test` beside `db`, and returns what it wrote.
fn logged(db: &Path, command: impl FnOnce()) -> String {
    let subscriber = logs::subscriber(db, "test", &["store"]).expect("a log");
    tracing::subscriber::with_default(subscriber, command);
    let files = log_files(db);
    assert_eq!(files.len(), 1, "{files:?}");
    std::fs::read_to_string(&files[0]).unwrap()
}

fn log_files(db: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(logs::dir(db))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn a_command_is_logged_by_its_name_duration_and_error_code_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let log = logged(&db, || {
        let _ok = tracing::info_span!("list_notes").entered();
        drop(_ok);
        let _failed = tracing::info_span!("create_note").entered();
        tracing::warn!(error = "validation");
        // Another crate's event (a library's) is not the log's to keep.
        tracing::warn!(target: "zbus", "Zanzibarite");
    });
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 3, "{log}");
    assert!(
        lines[0].contains("INFO list_notes: close time.busy="),
        "{log}"
    );
    assert!(
        lines[1].contains("WARN create_note: error=\"validation\""),
        "{log}"
    );
    assert!(
        lines[2].contains("INFO create_note: close time.busy="),
        "{log}"
    );
    assert!(!log.contains("Zanzibarite"), "{log}");
    assert_eq!(logs::dir(&db), dir.path().join("logs"));
}

#[test]
fn no_log_is_made_for_a_database_in_a_folder_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("Dcuments").join("hrc.db");
    assert!(logs::subscriber(&db, "test", &["store"]).is_none());
    assert!(!dir.path().join("Dcuments").exists());
}

#[test]
fn only_the_latest_files_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let folder = logs::dir(&db);
    std::fs::create_dir(&folder).unwrap();
    for day in 1..=20 {
        std::fs::write(folder.join(format!("test.2020-01-{day:02}.log")), "old\n").unwrap();
    }
    std::fs::write(folder.join("app.2020-01-01.log"), "another door's\n").unwrap();
    let _log = logs::subscriber(&db, "test", &["store"]).expect("a log");
    let files = log_files(&db);
    let ours = files
        .iter()
        .filter(|f| {
            f.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("test.")
        })
        .count();
    assert_eq!(ours, logs::KEPT, "{files:?}");
    let today = format!("test.{}.log", chrono::Utc::now().format("%Y-%m-%d"));
    assert!(folder.join(today).exists(), "{files:?}");
    assert!(folder.join("app.2020-01-01.log").exists(), "{files:?}");
}

#[cfg(unix)]
#[test]
fn the_log_is_its_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    logged(&db, || tracing::info!("started"));
    assert_eq!(mode(&logs::dir(&db)), 0o700);
    for file in log_files(&db) {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}
