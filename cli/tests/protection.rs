//! `hrc encrypt`, `hrc decrypt`, `hrc passphrase change`, `hrc init --protect` and every other
//! command on a protected database: the passphrase read from `--passphrase-file` or the file
//! `HRC_PASSPHRASE_FILE` names, never from an argument; a wrong one refused, changing no byte.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod support;
use support::*;

const NOTE: &str = "Quillowmere fears reprisals after Geneva";

fn file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("{text}\n")).unwrap();
    path.to_str().unwrap().to_string()
}

/// Every file beside the database and in its backups, with its bytes (the lock file aside).
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut all = BTreeMap::new();
    for folder in [dir.to_path_buf(), dir.join("backups")] {
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_file() && !path.to_string_lossy().ends_with(".lock") {
                all.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    all
}

fn holds(bytes: &[u8], word: &str) -> bool {
    let lower = bytes.to_ascii_lowercase();
    lower.windows(word.len()).any(|w| w == word.as_bytes())
}

#[test]
fn a_database_is_encrypted_used_with_its_passphrase_file_and_decrypted_back() {
    let (dir, db) = demo();
    ok(&db, &["note", "add", "--session", "38", "--text", NOTE]);
    ok(&db, &["backup"]);
    let pass = file(dir.path(), "pass.txt", "correct horse battery staple");
    let key_out = dir.path().join("recovery.txt");
    let done = json(
        &db,
        &[
            "encrypt",
            "--passphrase-file",
            &pass,
            "--recovery-key-out",
            key_out.to_str().unwrap(),
        ],
    );
    assert_eq!(done["protected"], true);
    assert_eq!(done["backups_converted"], 1);
    assert!(
        done["recovery_key"].is_null(),
        "written to the file instead"
    );
    for (path, bytes) in files(dir.path()) {
        if path.extension().is_some_and(|e| e == "txt") || path.starts_with(dir.path().join("logs"))
        {
            continue;
        }
        assert!(!holds(&bytes, "quillowmere"), "in {}", path.display());
    }

    // Without the passphrase: no terminal here to ask on, so it is refused naming the option.
    let said = refused(&db, &["note", "list", "--session", "38"]);
    assert!(said.contains("--passphrase-file"), "{said}");
    // With it, by option and by the variable naming the file.
    let notes = ok(
        &db,
        &[
            "--passphrase-file",
            &pass,
            "note",
            "list",
            "--session",
            "38",
        ],
    );
    assert!(notes.contains("Quillowmere"), "{notes}");
    let by_variable = assert_cmd::Command::cargo_bin("hrc")
        .unwrap()
        .args(["--db", db.to_str().unwrap(), "session", "list"])
        .env("HRC_PASSPHRASE_FILE", &pass)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(by_variable).unwrap().contains("HRC38"));
    // The recovery key opens it too.
    let notes = ok(
        &db,
        &[
            "--recovery-key-file",
            key_out.to_str().unwrap(),
            "note",
            "list",
            "--session",
            "38",
        ],
    );
    assert!(notes.contains("Quillowmere"));
    // Backups are written and restored protected.
    ok(&db, &["--passphrase-file", &pass, "backup"]);
    ok(&db, &["--passphrase-file", &pass, "restore", "latest"]);

    let done = json(&db, &["--passphrase-file", &pass, "decrypt"]);
    assert_eq!(done["protected"], false);
    let notes = ok(&db, &["note", "list", "--session", "38"]);
    assert!(notes.contains("Quillowmere"));
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_no_byte() {
    let (dir, db) = demo();
    ok(&db, &["note", "add", "--session", "38", "--text", NOTE]);
    let pass = file(dir.path(), "pass.txt", "correct horse battery staple");
    let wrong = file(dir.path(), "wrong.txt", "incorrect horse battery staple");
    let new = file(dir.path(), "new.txt", "a brand new long passphrase");
    ok(
        &db,
        &[
            "encrypt",
            "--passphrase-file",
            &pass,
            "--recovery-key-out",
            &file(dir.path(), "rk.txt", ""),
        ],
    );
    ok(&db, &["--passphrase-file", &pass, "backup"]);
    let before = files(dir.path());
    for args in [
        vec![
            "--passphrase-file",
            &wrong,
            "note",
            "list",
            "--session",
            "38",
        ],
        vec![
            "--passphrase-file",
            &wrong,
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "x",
        ],
        vec!["--passphrase-file", &wrong, "decrypt"],
        vec![
            "--passphrase-file",
            &wrong,
            "passphrase",
            "change",
            "--new-passphrase-file",
            &new,
        ],
        vec!["--passphrase-file", &wrong, "restore", "latest"],
        vec!["--passphrase-file", &wrong, "backup"],
    ] {
        let said = refused(&db, &args);
        assert!(said.contains("wrong passphrase"), "{args:?}: {said}");
    }
    let after = files(dir.path());
    let same = |m: &BTreeMap<PathBuf, Vec<u8>>| {
        m.iter()
            .filter(|(p, _)| !p.starts_with(dir.path().join("logs")))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    assert!(
        same(&before) == same(&after),
        "a wrong passphrase changed a file"
    );
}

#[test]
fn the_passphrase_is_changed_and_the_old_one_no_longer_opens_it() {
    let (dir, db) = demo();
    let pass = file(dir.path(), "pass.txt", "correct horse battery staple");
    let new = file(dir.path(), "new.txt", "a brand new long passphrase");
    ok(
        &db,
        &[
            "encrypt",
            "--passphrase-file",
            &pass,
            "--recovery-key-out",
            &file(dir.path(), "rk.txt", ""),
        ],
    );
    let done = json(
        &db,
        &[
            "--passphrase-file",
            &pass,
            "passphrase",
            "change",
            "--new-passphrase-file",
            &new,
        ],
    );
    assert!(done["recovery_key"].as_str().is_some_and(|k| k.len() == 71));
    let said = refused(&db, &["--passphrase-file", &pass, "session", "list"]);
    assert!(said.contains("wrong passphrase"), "{said}");
    assert!(ok(&db, &["--passphrase-file", &new, "session", "list"]).contains("HRC38"));
}

#[test]
fn a_new_database_is_plain_unless_asked_and_a_short_passphrase_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.db");
    ok(&plain, &["init"]);
    assert!(std::fs::read(&plain)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));

    let short = file(dir.path(), "short.txt", "too short");
    let protected = dir.path().join("protected.db");
    let said = refused(
        &protected,
        &["init", "--protect", "--passphrase-file", &short],
    );
    assert!(
        said.contains("passphrase-file") && said.contains("12"),
        "{said}"
    );
    assert!(!protected.exists() || std::fs::metadata(&protected).unwrap().len() == 0);

    let pass = file(dir.path(), "pass.txt", "correct horse battery staple");
    let key_out = dir.path().join("rk.txt");
    ok(
        &protected,
        &[
            "init",
            "--protect",
            "--passphrase-file",
            &pass,
            "--recovery-key-out",
            key_out.to_str().unwrap(),
        ],
    );
    assert!(!std::fs::read(&protected)
        .unwrap()
        .starts_with(b"SQLite format 3"));
    assert_eq!(std::fs::read_to_string(&key_out).unwrap().trim().len(), 71);
    ok(&protected, &["--passphrase-file", &pass, "demo"]);
}
