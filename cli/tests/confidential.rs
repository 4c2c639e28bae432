//! `--confidential` and `--not-confidential` on add and edit of notes, statements, situations and
//! key issues, shown by list, show and --json; `--with-confidential` on `hrc export` and
//! `hrc brief`, without which nothing marked leaves the database.
mod support;
use support::*;

fn id(v: &serde_json::Value) -> String {
    v["id"].as_str().unwrap().to_string()
}

#[test]
fn each_record_is_marked_on_add_and_edit_and_shown_so() {
    let (_dir, db) = demo();
    let issue = json(
        &db,
        &[
            "issue",
            "add",
            "--session",
            "38",
            "--title",
            "Zorblattq defenders",
            "--confidential",
        ],
    );
    assert_eq!(issue["confidential"], true);
    let situation = json(
        &db,
        &[
            "situation",
            "add",
            "--session",
            "38",
            "--country",
            "NIC",
            "--summary",
            "Vexmoorq",
            "--confidential",
        ],
    );
    assert_eq!(situation["confidential"], true);
    let statement = json(
        &db,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            "Plimsquallq statement",
            "--confidential",
        ],
    );
    assert_eq!(statement["confidential"], true);
    let note = json(
        &db,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "Gravendishq met us",
            "--confidential",
        ],
    );
    assert_eq!(note["confidential"], true);
    let plain = json(
        &db,
        &["note", "add", "--session", "38", "--text", "Plain note"],
    );
    assert_eq!(plain["confidential"], false);

    // Shown in list and show.
    assert!(ok(&db, &["issue", "list", "--session", "38"])
        .lines()
        .any(|l| l.starts_with("Zorblattq defenders") && l.contains("[Confidential]")));
    assert!(ok(&db, &["situation", "show", &id(&situation)]).contains("[Confidential]"));
    assert!(ok(&db, &["statement", "show", &id(&statement)]).contains("[Confidential]"));
    assert!(ok(&db, &["note", "list", "--session", "38"])
        .lines()
        .any(|l| l.contains("Gravendishq") && l.contains("[Confidential]")));
    assert!(!ok(&db, &["note", "list", "--session", "38"])
        .lines()
        .any(|l| l.contains("Plain note") && l.contains("[Confidential]")));
    // And in what a search finds, as the window's results say it.
    let found = ok(&db, &["search", "Gravendishq"]);
    assert!(
        found
            .lines()
            .next()
            .is_some_and(|l| l.ends_with("[Confidential]")),
        "{found}"
    );
    assert!(!ok(&db, &["search", "Plain note"]).contains("[Confidential]"));

    // An edit that says nothing of it keeps the mark; --not-confidential takes it off.
    let kept = json(&db, &["issue", "edit", &id(&issue), "--asks", "More"]);
    assert_eq!(kept["confidential"], true);
    let off = json(&db, &["issue", "edit", &id(&issue), "--not-confidential"]);
    assert_eq!(off["confidential"], false);
    let on = json(&db, &["note", "edit", &id(&plain), "--confidential"]);
    assert_eq!(on["confidential"], true);
    let off = json(
        &db,
        &["statement", "edit", &id(&statement), "--not-confidential"],
    );
    assert_eq!(off["confidential"], false);
    let off = json(
        &db,
        &["situation", "edit", &id(&situation), "--not-confidential"],
    );
    assert_eq!(off["confidential"], false);

    // Both at once is refused, and changes nothing.
    let before = std::fs::read(&db).unwrap();
    hrc(
        &db,
        &[
            "note",
            "edit",
            &id(&note),
            "--confidential",
            "--not-confidential",
        ],
    )
    .code(2);
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn exports_and_briefs_leave_confidential_items_out_unless_asked() {
    let (dir, db) = demo();
    let issue = json(
        &db,
        &[
            "issue",
            "add",
            "--session",
            "38",
            "--title",
            "Zorblattq defenders",
            "--confidential",
        ],
    );
    ok(
        &db,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "Gravendishq met us",
            "--confidential",
        ],
    );
    for format in ["md", "html", "json", "csv-statements", "ics"] {
        let out = ok(
            &db,
            &[
                "export",
                "--session",
                "38",
                "--format",
                format,
                "--with-notes",
            ],
        );
        assert!(!out.contains("Zorblattq"), "{format}");
        assert!(!out.contains("Gravendishq"), "{format}");
    }
    let md = ok(
        &db,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "md",
            "--with-notes",
            "--with-confidential",
        ],
    );
    assert!(md.contains("Zorblattq defenders (Confidential)"), "{md}");
    assert!(md.contains("Gravendishq"), "{md}");
    let json_out = ok(
        &db,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "json",
            "--with-notes",
            "--with-confidential",
        ],
    );
    assert!(json_out.contains("Gravendishq"));
    // The bundle keeps the mark in another database.
    let file = dir.path().join("hrc38.json");
    std::fs::write(&file, &json_out).unwrap();
    let other = dir.path().join("other.db");
    ok(&other, &["import", file.to_str().unwrap()]);
    let issues = json(&other, &["issue", "list", "--session", "38"]);
    assert!(issues
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k["title"] == "Zorblattq defenders" && k["confidential"] == true));

    // A brief on the confidential issue is refused without the flag, and writes nothing.
    let out = dir.path().join("brief.md");
    let err = hrc(
        &db,
        &[
            "brief",
            "--issue",
            &id(&issue),
            "--format",
            "md",
            "--out",
            out.to_str().unwrap(),
        ],
    )
    .failure()
    .get_output()
    .clone();
    assert!(String::from_utf8(err.stderr)
        .unwrap()
        .contains("confidential"));
    assert!(!out.exists());
    let brief = ok(
        &db,
        &[
            "brief",
            "--issue",
            &id(&issue),
            "--format",
            "md",
            "--with-confidential",
        ],
    );
    assert!(
        brief.starts_with("# Zorblattq defenders (Confidential): brief for HRC38"),
        "{brief}"
    );
}
