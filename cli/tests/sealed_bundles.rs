//! `hrc export --format json --seal --seal-passphrase-file F` and `hrc import FILE
//! --seal-passphrase-file F`: a sealed bundle written, recognised by its header and opened; a
//! wrong or short passphrase, no terminal to ask on, and another format refused, changing nothing.
use std::path::Path;

mod support;
use support::*;

const PASSPHRASE: &str = "a long passphrase for the team";
const NOTE: &str = "Zorbavelle met the Burundi delegation";

/// A file holding `text` and a line break, as an editor saves it.
fn passphrase_file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("{text}\n")).unwrap();
    path.to_str().unwrap().to_string()
}

fn sessions(db: &Path) -> String {
    ok(db, &["session", "list", "--json"])
}

#[test]
fn a_sealed_bundle_is_written_and_imported_with_its_passphrase_file() {
    let (dir, db) = demo();
    ok(&db, &["note", "add", "--session", "38", "--text", NOTE]);
    let pass = passphrase_file(dir.path(), "pass.txt", PASSPHRASE);
    let sealed = dir.path().join("hrc38.json.age");
    let sealed = sealed.to_str().unwrap();
    let said = hrc(
        &db,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "json",
            "--with-notes",
            "--seal",
            "--seal-passphrase-file",
            &pass,
            "--out",
            sealed,
        ],
    )
    .success()
    .get_output()
    .stderr
    .clone();
    let said = String::from_utf8(said).unwrap();
    assert!(said.starts_with("Wrote "), "{said}");
    let bytes = std::fs::read(sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains("Zorbavelle") && !text.contains("HRC38"),
        "readable: {text}"
    );

    let other = tempfile::tempdir().unwrap();
    let target = other.path().join("other.db");
    let report = json(
        &target,
        &["import", sealed, "--seal-passphrase-file", &pass],
    );
    assert_eq!(report["session"]["label"], "38");
    assert!(report["added"].as_u64().unwrap() > 100, "{report}");
    let found = ok(&target, &["search", "Zorbavelle", "--json"]);
    assert!(found.contains(NOTE), "the note came through: {found}");
}

#[test]
fn a_wrong_passphrase_or_no_terminal_is_refused_and_changes_nothing() {
    let (dir, db) = demo();
    let pass = passphrase_file(dir.path(), "pass.txt", PASSPHRASE);
    let wrong = passphrase_file(dir.path(), "wrong.txt", "not the passphrase at all");
    let sealed = dir.path().join("hrc38.json.age");
    let sealed = sealed.to_str().unwrap();
    hrc(
        &db,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "json",
            "--seal",
            "--seal-passphrase-file",
            &pass,
            "--out",
            sealed,
        ],
    )
    .success();
    let other = tempfile::tempdir().unwrap();
    let target = other.path().join("other.db");
    let before = sessions(&target);

    let err = refused(
        &target,
        &["import", sealed, "--seal-passphrase-file", &wrong],
    );
    assert!(err.starts_with("hrc: wrong passphrase"), "{err}");
    assert_eq!(sessions(&target), before);

    // No terminal here (assert_cmd gives none): the option to use is named.
    let err = refused(&target, &["import", sealed]);
    assert!(err.starts_with("hrc: passphrase: "), "{err}");
    assert!(err.contains("--seal-passphrase-file"), "{err}");
    assert_eq!(sessions(&target), before);

    let mut bytes = std::fs::read(sealed).unwrap();
    bytes.truncate(bytes.len() - 20);
    let cut = dir.path().join("cut.json.age");
    std::fs::write(&cut, bytes).unwrap();
    let err = refused(
        &target,
        &[
            "import",
            cut.to_str().unwrap(),
            "--seal-passphrase-file",
            &pass,
        ],
    );
    assert!(
        err.starts_with("hrc: bundle: ") && err.contains("unreadable"),
        "{err}"
    );
    assert_eq!(sessions(&target), before);
}

#[test]
fn a_short_passphrase_or_another_format_is_refused_and_nothing_is_written() {
    let (dir, db) = demo();
    let short = passphrase_file(dir.path(), "short.txt", "too short");
    let pass = passphrase_file(dir.path(), "pass.txt", PASSPHRASE);
    let out = dir.path().join("hrc38.json.age");
    let out_arg = out.to_str().unwrap();
    let err = refused(
        &db,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "json",
            "--seal",
            "--seal-passphrase-file",
            &short,
            "--out",
            out_arg,
        ],
    );
    assert!(
        err.starts_with("hrc: seal-passphrase-file: must be at least 12"),
        "{err}"
    );
    let err = refused(
        &db,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "md",
            "--seal",
            "--seal-passphrase-file",
            &pass,
            "--out",
            out_arg,
        ],
    );
    assert!(err.starts_with("hrc: format: "), "{err}");
    assert!(!out.exists(), "nothing written");
}
