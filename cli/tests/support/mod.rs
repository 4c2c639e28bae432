//! Running `hrc` in the command-line tests: a fresh database holding the example, and the
//! binary run on it with its output checked (success, `--json`, or refused with one line).
#![allow(dead_code)] // each test file uses its own part of this module

use std::path::Path;
use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// A fresh database holding the HRC38 example (`hrc demo`).
pub fn demo() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = dir.path().join("t.db");
    ok(&db, &["demo"]);
    (dir, db)
}

/// Runs `hrc --db DB args`, with `HRC_DB` pointing elsewhere so that `--db` is seen to win.
pub fn hrc(db: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("hrc")
        .expect("the hrc binary is built")
        .arg("--db")
        .arg(db)
        .env("HRC_DB", db.with_extension("env.db"))
        .args(args)
        .assert()
}

/// Runs `hrc args`, expects success and nothing on stderr, and returns stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = hrc(db, args).success().stderr("").get_output().clone();
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// Runs `hrc args --json` and parses what it prints.
pub fn json(db: &Path, args: &[&str]) -> Value {
    let out = ok(db, &[args, &["--json"]].concat());
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("hrc {args:?}: {e}\n{out}"))
}

/// Runs `hrc args`, expects exit 2, nothing on stdout and one line on stderr, and returns it.
pub fn refused(db: &Path, args: &[&str]) -> String {
    let out = hrc(db, args).code(2).stdout("").get_output().clone();
    let err = String::from_utf8(out.stderr).expect("stderr is UTF-8");
    assert_eq!(err.lines().count(), 1, "hrc {args:?}: {err}");
    err.trim_end().to_string()
}
