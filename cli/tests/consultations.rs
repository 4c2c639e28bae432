//! `hrc resolution consultation …`: added, edited (only the flags given), listed by text and by
//! session, shown on the text's page, deleted; `--json` prints the record with its id; bad input
//! refused with exit 2 and one line naming the field, nothing stored.
mod support;
use support::*;

/// A text of HRC38 in the example database, and its id.
fn a_text(db: &std::path::Path) -> String {
    let text = json(
        db,
        &[
            "resolution",
            "add",
            "--session",
            "38",
            "--title",
            "The human rights situation in the Syrian Arab Republic",
            "--draft-symbol",
            "A/HRC/38/L.10",
        ],
    );
    text["id"].as_str().unwrap().to_string()
}

#[test]
fn a_consultation_is_added_edited_listed_shown_and_deleted() {
    let (_dir, db) = demo();
    let text = a_text(&db);
    let added = json(
        &db,
        &[
            "resolution",
            "consultation",
            "add",
            &text,
            "--date",
            "2018-07-02",
            "--start",
            "13:00",
            "--end",
            "14:00",
            "--room",
            "Room XXIII",
            "--convenor",
            "United Kingdom (core group)",
            "--notes",
            "First reading.",
        ],
    );
    let id = added["id"].as_str().unwrap().to_string();
    assert_eq!(added["resolution_id"], text.as_str());
    assert_eq!(added["date"], "2018-07-02");
    assert_eq!(added["start"], "13:00:00");
    assert_eq!(added["end"], "14:00:00");
    assert_eq!(added["room"], "Room XXIII");
    assert_eq!(added["draft_symbol"], "A/HRC/38/L.10");

    // Edit: only the flags given change; the room given empty is no longer known.
    let edited = json(
        &db,
        &[
            "resolution",
            "consultation",
            "edit",
            &id,
            "--end",
            "14:30",
            "--room",
            "",
        ],
    );
    assert_eq!(edited["id"], id.as_str());
    assert_eq!(edited["start"], "13:00:00");
    assert_eq!(edited["end"], "14:30:00");
    assert_eq!(edited["room"], serde_json::Value::Null);
    assert_eq!(edited["notes"], "First reading.");

    // One to be announced: listed last, in words and in JSON.
    ok(
        &db,
        &[
            "resolution",
            "consultation",
            "add",
            &text,
            "--convenor",
            "United Kingdom",
        ],
    );
    let listed = ok(&db, &["resolution", "consultation", "list", &text]);
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines.len(), 2, "{listed}");
    assert!(
        lines[0].starts_with(
            "2018-07-02 13:00–14:30  convened by United Kingdom (core group)  A/HRC/38/L.10"
        ),
        "{listed}"
    );
    assert!(lines[1].starts_with("date to be announced"), "{listed}");
    let by_session = json(
        &db,
        &["resolution", "consultation", "list", "--session", "38"],
    );
    assert_eq!(by_session.as_array().unwrap().len(), 2);
    assert_eq!(by_session[0]["id"], id.as_str());

    // The text's page lists them.
    let page = ok(&db, &["resolution", "show", &text]);
    assert!(
        page.contains("Informal consultations:\n2018-07-02 13:00–14:30"),
        "{page}"
    );

    let said = ok(&db, &["resolution", "consultation", "delete", &id]);
    assert!(
        said.contains("Deleted the consultation of 2018-07-02 13:00–14:30 on A/HRC/38/L.10"),
        "{said}"
    );
    assert_eq!(
        json(&db, &["resolution", "consultation", "list", &text])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn bad_input_names_the_field_and_stores_nothing() {
    let (_dir, db) = demo();
    let text = a_text(&db);
    for (field, args) in [
        ("date", vec!["--date", "2 July", "--start", "13:00"]),
        ("date", vec!["--date", "2018-07-09"]),
        ("date", vec!["--start", "13:00", "--end", "14:00"]),
        ("start", vec!["--date", "2018-07-02", "--start", "1pm"]),
        ("start", vec!["--date", "2018-07-02", "--end", "14:00"]),
        (
            "end",
            vec!["--date", "2018-07-02", "--start", "13:00", "--end", "12:00"],
        ),
    ] {
        let mut all = vec!["resolution", "consultation", "add", text.as_str()];
        all.extend(args);
        let said = refused(&db, &all);
        assert!(said.contains(field), "{field}: {said}");
    }
    assert!(refused(&db, &["resolution", "consultation", "add", "not-an-id"]).contains("id"));
    assert_eq!(
        json(&db, &["resolution", "consultation", "list", &text]),
        serde_json::json!([])
    );
}

#[test]
fn today_lists_the_days_consultations_with_what_they_clash_with() {
    // The example's 27 June: the item 4 general debate (12:00–15:00) where my oral statement is
    // due, and a side event at 13:00.
    let (_dir, db) = demo();
    let text = a_text(&db);
    ok(
        &db,
        &[
            "side-event",
            "add",
            "--session",
            "38",
            "--title",
            "Defenders in the Great Lakes",
            "--date",
            "2018-06-27",
            "--start",
            "13:00",
            "--end",
            "14:00",
        ],
    );
    for (start, end) in [("13:30", "14:30"), ("18:00", "19:00")] {
        ok(
            &db,
            &[
                "resolution",
                "consultation",
                "add",
                &text,
                "--date",
                "2018-06-27",
                "--start",
                start,
                "--end",
                end,
                "--room",
                "Room XXIII",
            ],
        );
    }
    let today = ok(&db, &["today", "--at", "2018-06-27 10:00"]);
    let listed = today
        .split("Informal consultations today:\n")
        .nth(1)
        .unwrap_or_else(|| panic!("{today}"));
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(
        lines[0],
        "  13:30–14:30  Informal consultation on A/HRC/38/L.10  Room XXIII; clashes with \
         General debate on item 4 (you speak), Defenders in the Great Lakes (side event), \
         Strengthening the Human Rights Council from the ground up (side event)",
        "{today}"
    );
    assert_eq!(
        lines[1],
        "  18:00–19:00  Informal consultation on A/HRC/38/L.10  Room XXIII"
    );
    let as_json = json(&db, &["today", "--at", "2018-06-27 10:00"]);
    assert_eq!(as_json["consultations"].as_array().unwrap().len(), 2);
    assert_eq!(
        as_json["consultation_clashes"][0]["meetings"][0]["reasons"][0]["kind"],
        "speaking"
    );
    assert_eq!(
        as_json["consultation_clashes"][0]["side_events"][0]["side_event_title"],
        "Defenders in the Great Lakes"
    );
    // Another day: none.
    assert!(!ok(&db, &["today", "--at", "2018-06-28 10:00"]).contains("Informal consultations"));
}
