//! `hrc programme import --session 38 FILE [--dry-run] [--json]`: an Order of the Day brought
//! into the example: the preview writes nothing, the import finds the example's meetings typed by
//! hand rather than doubling them, the same file again changes nothing, and a file that is no
//! programme is refused in one line naming it, nothing stored.
use std::path::{Path, PathBuf};

mod support;
use support::*;

/// The Orders of the Day of 19 and 20 June 2018 as copied from their PDFs (two clusters under
/// item 3, the first continued on 20 June).
fn order_of_the_day() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/order-of-the-day-hrc38-19-20-june.txt")
}

fn meetings(db: &Path) -> usize {
    json(db, &["meeting", "list", "--session", "38"])
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn an_order_of_the_day_is_previewed_then_brought_in_once() {
    let (_dir, db) = demo();
    let file = order_of_the_day();
    let file = file.to_str().unwrap();
    let before = meetings(&db);
    let export = |db: &Path| ok(db, &["export", "--session", "38", "--format", "json"]);
    let untouched = export(&db);

    let preview = ok(
        &db,
        &["programme", "import", "--session", "38", file, "--dry-run"],
    );
    assert!(
        preview.starts_with(
            "Order of the Day “order-of-the-day-hrc38-19-20-june.txt”: 0 added, 6 changed"
        ),
        "{preview}"
    );
    assert!(
        preview.contains("typed by hand before; now kept in step with the programme"),
        "{preview}"
    );
    assert!(
        preview.contains("Nothing was written (--dry-run)"),
        "{preview}"
    );
    assert_eq!(export(&db), untouched, "a preview writes nothing");

    let done = json(&db, &["programme", "import", "--session", "38", file]);
    assert_eq!(done["format"], "order-of-the-day");
    assert_eq!(done["lines"].as_array().unwrap().len(), 6);
    assert_eq!(
        meetings(&db),
        before,
        "the example's meetings found, not doubled"
    );

    let again = ok(&db, &["programme", "import", "--session", "38", file]);
    assert!(
        again.contains("0 added, 0 changed, 0 moved, 0 removed, 6 unchanged"),
        "{again}"
    );
    assert!(again.contains("Nothing to change"), "{again}");
}

#[test]
fn a_file_that_is_no_programme_is_refused_in_one_line_naming_it() {
    let (dir, db) = demo();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Call the mission about the core group.\n").unwrap();
    let said = refused(
        &db,
        &[
            "programme",
            "import",
            "--session",
            "38",
            notes.to_str().unwrap(),
        ],
    );
    assert!(
        said.starts_with("hrc: file: \"notes.txt\" is not a programme"),
        "{said}"
    );
    let unplaced = dir.path().join("od.txt");
    std::fs::write(
        &unplaced,
        "Tuesday, 19 June 2018\n- Special Rapporteur on torture\n",
    )
    .unwrap();
    let said = refused(
        &db,
        &[
            "programme",
            "import",
            "--session",
            "38",
            unplaced.to_str().unwrap(),
        ],
    );
    assert!(
        said.contains("line 2: expected a dialogue heading"),
        "{said}"
    );
    let missing = refused(
        &db,
        &[
            "programme",
            "import",
            "--session",
            "38",
            "/nonexistent/od.txt",
        ],
    );
    assert!(missing.starts_with("hrc: file:"), "{missing}");
}
