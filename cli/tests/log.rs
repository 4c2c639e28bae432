//! The log `hrc` keeps beside the database: each command's name, duration and failure code,
//! never what was typed.
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn hrc(db: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("hrc")
        .expect("the hrc binary is built")
        .arg("--db")
        .arg(db)
        .args(args)
        .assert()
}

fn log_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir.join("logs"))
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

#[test]
fn a_command_is_logged_by_name_duration_and_code_never_by_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    hrc(&db, &["demo"]).success();
    hrc(
        &db,
        &["note", "add", "--session", "38", "--text", "Zanzibarite"],
    )
    .success();
    hrc(
        &db,
        &[
            "note",
            "add",
            "--session",
            "Quetzalcoatlus",
            "--text",
            "Zanzibarite",
        ],
    )
    .code(2);
    hrc(&db, &["search", "Zanzibarite"]).success();

    let files = log_files(dir.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_str().unwrap().to_string();
    assert!(name.starts_with("cli.") && name.ends_with(".log"), "{name}");
    let log = std::fs::read_to_string(&files[0]).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 5, "{log}");
    assert!(
        lines[0].contains("hrc{command=\"demo\"}: close time.busy="),
        "{log}"
    );
    assert!(
        lines[1].contains("hrc{command=\"note add\"}: close time.busy="),
        "{log}"
    );
    assert!(
        lines[2].contains("WARN hrc{command=\"note add\"}: error=\"validation\""),
        "{log}"
    );
    assert!(
        lines[3].contains("hrc{command=\"note add\"}: close time.busy="),
        "{log}"
    );
    assert!(
        lines[4].contains("hrc{command=\"search\"}: close time.busy="),
        "{log}"
    );
    for typed in ["Zanzibarite", "Quetzalcoatlus"] {
        assert!(!log.contains(typed), "{typed} in the log: {log}");
    }
}

#[test]
fn a_refused_command_line_or_help_logs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    hrc(&db, &["--help"]).success();
    hrc(&db, &["note", "ad"]).code(2);
    assert!(!dir.path().join("logs").exists());
}
