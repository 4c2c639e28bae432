//! `hrc session renumber` and `hrc import FILE --as-copy`: a session given another number (one in
//! use refused, naming the field), and an exported session brought back beside itself.
use std::path::Path;

mod support;
use support::*;

fn labels(db: &Path) -> Vec<String> {
    let list = json(db, &["session", "list"]);
    let mut labels: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap().to_string())
        .collect();
    labels.sort();
    labels
}

#[test]
fn a_session_is_renumbered_unless_the_number_is_in_use() {
    let (_dir, db) = demo();
    let s = json(&db, &["session", "renumber", "38", "--to", "39"]);
    assert_eq!(s["label"], "39");
    assert_eq!(
        s["title"],
        "39th regular session of the Human Rights Council"
    );
    assert!(!json(&db, &["statement", "list", "--session", "39"])
        .as_array()
        .unwrap()
        .is_empty());
    json(
        &db,
        &[
            "session",
            "add",
            "--number",
            "40",
            "--start",
            "2019-02-25",
            "--end",
            "2019-03-22",
        ],
    );
    let before = json(&db, &["session", "list"]);
    let out = hrc(&db, &["session", "renumber", "39", "--to", "40"])
        .code(2)
        .stdout("")
        .get_output()
        .clone();
    let line = String::from_utf8(out.stderr).unwrap();
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(
        line.contains("number") && line.contains("already exists"),
        "{line}"
    );
    assert_eq!(json(&db, &["session", "list"]), before);
}

#[test]
fn an_import_as_a_copy_comes_in_beside_the_session_under_a_free_number() {
    let (dir, db) = demo();
    // HRC38 as a colleague's database has it (other ids): importing it here clashes.
    let elsewhere = tempfile::tempdir().unwrap();
    let other = elsewhere.path().join("colleague.db");
    for args in [
        &[
            "session",
            "add",
            "--number",
            "38",
            "--start",
            "2018-06-18",
            "--end",
            "2018-07-06",
        ][..],
        &["issue", "add", "--session", "38", "--title", "Reprisals"],
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "Met the Special Rapporteur",
        ],
    ] {
        json(&other, args);
    }
    let file = dir.path().join("hrc38.json");
    let out = file.to_str().unwrap();
    hrc(
        &other,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "json",
            "--with-notes",
            "--out",
            out,
        ],
    )
    .success();
    json(
        &db,
        &[
            "session",
            "add",
            "--number",
            "39",
            "--start",
            "2018-09-10",
            "--end",
            "2018-09-28",
        ],
    );
    let file = file.to_str().unwrap();
    let before = json(&db, &["session", "list"]);
    let hrc38 = json(&db, &["session", "show", "38"]);
    let out = hrc(&db, &["import", file]).code(2).get_output().clone();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.starts_with("hrc: bundle: "), "{said}");
    assert!(said.contains("already exists"), "{said}");
    assert!(said.contains("hrc import FILE --as-copy"), "{said}");
    assert_eq!(json(&db, &["session", "list"]), before);
    json(&db, &["import", file, "--as-copy"]);
    assert_eq!(labels(&db), ["38", "39", "40"]);
    let copy = json(&db, &["session", "show", "40"]);
    let colleague = json(&other, &["session", "show", "38"]);
    assert_eq!(
        copy["session"]["title"],
        "40th regular session of the Human Rights Council"
    );
    assert_ne!(
        copy["session"]["id"], colleague["session"]["id"],
        "the copy has new ids"
    );
    assert_eq!(copy["key_issues"][0]["title"], "Reprisals");
    assert_ne!(
        copy["key_issues"][0]["id"],
        colleague["key_issues"][0]["id"]
    );
    assert_eq!(copy["notes"][0]["body"], "Met the Special Rapporteur");
    // The demo's HRC38 is as it was.
    assert_eq!(json(&db, &["session", "show", "38"]), hrc38);
}
