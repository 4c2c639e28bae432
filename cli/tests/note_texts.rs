//! `hrc note add|edit --resolution ID`: a note about a text, shown with the text's symbol and title
//! in `note show` and `note list` and with its id in `--json`; `--no-resolution` unlinks it; a text
//! of another session or a deleted one refused with exit 2 and one line naming `resolution_id`,
//! nothing stored. `hrc search` finds a delegation by its State, contacts and notes, from any
//! session, said as in "all" sessions.
mod support;
use support::*;

#[test]
fn a_note_is_about_a_text_shown_listed_and_unlinked() {
    let (_dir, db) = demo();
    let text = json(
        &db,
        &[
            "resolution",
            "add",
            "--session",
            "38",
            "--title",
            "Civil society space",
            "--draft",
            "A/HRC/38/L.17",
        ],
    );
    let text_id = text["id"].as_str().unwrap();
    let note = json(
        &db,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "Core group: OP 5 stays",
            "--resolution",
            text_id,
        ],
    );
    let id = note["id"].as_str().unwrap().to_string();
    assert_eq!(note["resolution_id"], text_id);

    let shown = ok(&db, &["note", "show", &id]);
    assert!(
        shown.contains("(text: A/HRC/38/L.17 Civil society space)"),
        "{shown}"
    );
    let listed = ok(&db, &["note", "list", "--session", "38"]);
    let line = listed.lines().find(|l| l.contains(&id)).unwrap();
    assert!(
        line.ends_with("Core group: OP 5 stays  (text: A/HRC/38/L.17 Civil society space)"),
        "{line}"
    );

    let unlinked = json(&db, &["note", "edit", &id, "--no-resolution"]);
    assert!(unlinked["resolution_id"].is_null());
    assert_eq!(unlinked["body"], "Core group: OP 5 stays");
    let again = json(&db, &["note", "edit", &id, "--resolution", text_id]);
    assert_eq!(again["resolution_id"], text_id);
}

#[test]
fn a_text_of_another_session_or_deleted_is_refused_naming_the_field() {
    let (_dir, db) = demo();
    ok(
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
    let other = json(
        &db,
        &[
            "resolution",
            "add",
            "--session",
            "39",
            "--title",
            "Elsewhere",
        ],
    );
    let gone = json(
        &db,
        &["resolution", "add", "--session", "38", "--title", "Gone"],
    );
    let gone_id = gone["id"].as_str().unwrap();
    ok(&db, &["resolution", "delete", gone_id]);
    let before = json(&db, &["note", "list", "--session", "38"]);
    for text in [other["id"].as_str().unwrap(), gone_id, "L.17"] {
        let said = refused(
            &db,
            &[
                "note",
                "add",
                "--session",
                "38",
                "--text",
                "x",
                "--resolution",
                text,
            ],
        );
        assert!(said.contains("resolution_id"), "{said}");
    }
    assert_eq!(json(&db, &["note", "list", "--session", "38"]), before);
}

#[test]
fn search_finds_a_delegation_from_any_session() {
    let (_dir, db) = demo();
    let d = json(
        &db,
        &[
            "delegation",
            "add",
            "--country",
            "Norway",
            "--contacts",
            "Ms Hansen, First Secretary",
            "--notes",
            "Supportive on reprisals paragraph",
        ],
    );
    let id = d["id"].as_str().unwrap();
    for (typed, session) in [
        ("Norway", None),
        ("Hansen", Some("38")),
        ("supportive", None),
    ] {
        let mut args = vec!["search", typed, "--kinds", "delegation"];
        if let Some(s) = session {
            args.extend(["--session", s]);
        }
        let hits = json(&db, &args);
        assert_eq!(hits.as_array().unwrap().len(), 1, "{typed}: {hits}");
        assert_eq!(hits[0]["kind"], "delegation");
        assert_eq!(hits[0]["id"], id);
        assert!(hits[0]["session_id"].is_null());
    }
    let said = ok(&db, &["search", "Hansen"]);
    let first = said.lines().next().unwrap();
    assert!(first.starts_with("Delegation"), "{said}");
    assert!(
        first.contains(" all ") && first.contains("Norway") && first.contains(id),
        "{first}"
    );
    assert!(said.contains("[Hansen]"), "{said}");
}
