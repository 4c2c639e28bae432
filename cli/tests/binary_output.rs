//! A file that is not text — a Word document, a sealed bundle — is refused on a terminal, where it
//! would show as garbled bytes, with a line that says to give --out or redirect; a sealed bundle
//! before its passphrase is asked. Redirected, or as text, the output is as before. The terminal
//! is a real pseudo-terminal, made by util-linux's `script`.
mod support;

use std::path::Path;
use std::process::Command;

use support::{demo, hrc, json, ok};

/// Runs `hrc --db DB args` on a pseudo-terminal; returns its exit status and all it showed there.
fn on_terminal(db: &Path, args: &[&str]) -> (i32, Vec<u8>) {
    let binary = assert_cmd::cargo::cargo_bin("hrc");
    let line = [binary.to_str().unwrap(), "--db", db.to_str().unwrap()]
        .iter()
        .chain(args)
        .map(|word| format!("'{word}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let run = Command::new("script")
        .args(["--quiet", "--return", "--command", &line, "/dev/null"])
        .env("HRC_DB", db.with_extension("env.db"))
        .output()
        .expect("script (util-linux) runs");
    (run.status.code().unwrap_or(-1), run.stdout)
}

#[test]
fn a_word_document_or_a_sealed_bundle_is_refused_on_a_terminal() {
    let (dir, db) = demo();
    let before = std::fs::read(&db).unwrap();

    let (status, shown) = on_terminal(&db, &["export", "--session", "38", "--format", "docx"]);
    let shown = String::from_utf8_lossy(&shown);
    assert_eq!(status, 2, "{shown}");
    assert!(
        shown.contains("hrc: error: --out: a Word document is not text")
            && shown.contains("give --out FILE, or redirect the output to a file"),
        "{shown}"
    );
    assert!(!shown.contains("PK"), "no byte of the document: {shown}");

    let issues = json(&db, &["issue", "list", "--session", "38"]);
    let issue = issues[0]["id"].as_str().unwrap();
    let brief = ["brief", "--issue", issue, "--format", "docx"];
    let (status, shown) = on_terminal(&db, &brief);
    let shown = String::from_utf8_lossy(&shown);
    assert!(
        status == 2 && shown.contains("a Word document is not text"),
        "{status}: {shown}"
    );

    // A sealed bundle: refused before its passphrase is asked (the file given would be read).
    let passphrase = dir.path().join("seal.txt");
    std::fs::write(&passphrase, "a long passphrase for the team\n").unwrap();
    let sealed = [
        "export",
        "--session",
        "38",
        "--format",
        "json",
        "--seal",
        "--seal-passphrase-file",
        passphrase.to_str().unwrap(),
    ];
    let (status, shown) = on_terminal(&db, &sealed);
    let shown = String::from_utf8_lossy(&shown);
    assert!(
        status == 2 && shown.contains("hrc: error: --out: a sealed bundle is not text"),
        "{status}: {shown}"
    );
    assert!(!shown.contains("age-encryption.org"), "{shown}");
    assert_eq!(std::fs::read(&db).unwrap(), before, "nothing changed");

    // Text is still shown on a terminal.
    let (status, shown) = on_terminal(&db, &["export", "--session", "38", "--format", "md"]);
    assert_eq!(status, 0);
    assert!(String::from_utf8_lossy(&shown).contains("HRC38"));
}

#[test]
fn redirected_the_word_document_is_written_as_before() {
    let (_dir, db) = demo();
    let out = hrc(&db, &["export", "--session", "38", "--format", "docx"])
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(out.starts_with(b"PK\x03\x04"), "a zip (the .docx)");
    let md = ok(&db, &["export", "--session", "38", "--format", "md"]);
    assert!(md.contains("HRC38"));
}
