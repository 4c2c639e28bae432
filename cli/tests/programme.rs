//! `hrc meeting` as the Council publishes its programme: slots, days with no time, dates to be
//! announced, numbers, several items, clusters, cont'd, mandates, documents and moves.
mod support;
use serde_json::json;
use support::*;

#[test]
fn the_7th_meeting_is_entered_as_the_order_of_the_day_gives_it() {
    let (_dir, db) = demo();
    let executions = "Special Rapporteur on extrajudicial, summary or arbitrary executions";
    let first = json(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-19",
            "--slot",
            "afternoon",
            "--number",
            "5",
            "--item",
            "3",
            "--kind",
            "clustered-interactive-dialogue",
            "--mandate",
            executions,
            "--document",
            "A/HRC/38/44",
            "--document",
            "a/hrc/38/44/add.1",
            "--speaking-time-seconds",
            "120",
            "--title",
            "Clustered ID on executions and expression",
        ],
    );
    assert_eq!(first["slot"], "afternoon");
    assert_eq!(first["start"], "15:00:00");
    assert_eq!(first["number"], 5);
    assert_eq!(first["agenda_items"], json!([3]));
    assert_eq!(
        first["mandates"],
        json!([executions]),
        "not split at commas"
    );
    assert_eq!(
        first["documents"],
        json!(["A/HRC/38/44", "A/HRC/38/44/Add.1"])
    );
    assert_eq!(first["speaking_seconds"], 120);
    assert_eq!(first["room"], serde_json::Value::Null, "not invented");
    let first_id = first["id"].as_str().unwrap();

    let contd = json(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-20",
            "--slot",
            "morning",
            "--number",
            "7",
            "--room",
            "Room XX",
            "--continues",
            first_id,
            "--title",
            "Clustered ID on executions and expression",
        ],
    );
    assert_eq!(contd["continues_id"], first_id);
    let shown = ok(&db, &["meeting", "show", contd["id"].as_str().unwrap()]);
    assert!(shown.contains("(cont'd)"), "{shown}");
    assert!(shown.contains("7th meeting"), "{shown}");
    assert!(shown.contains("morning (09:00–12:00)"), "{shown}");

    let next = json(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-20",
            "--cluster",
            contd["id"].as_str().unwrap(),
            "--item",
            "3",
            "--item",
            "5",
            "--title",
            "Clustered ID on violence against women and migrants",
        ],
    );
    assert_eq!(next["cluster_id"], contd["id"]);
    assert_eq!(
        next["start"],
        serde_json::Value::Null,
        "time to be confirmed"
    );
    assert_eq!(next["agenda_items"], json!([3, 5]));

    let tba = json(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--title",
            "Panel to be announced",
        ],
    );
    assert_eq!(tba["date"], serde_json::Value::Null);
    let listed = ok(&db, &["meeting", "list", "--session", "38"]);
    assert!(
        listed
            .trim_end()
            .lines()
            .last()
            .unwrap()
            .contains("date TBA"),
        "{listed}"
    );
}

#[test]
fn a_meeting_moves_and_keeps_the_time_it_had() {
    let (_dir, db) = demo();
    let m = json(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-27",
            "--slot",
            "midday",
            "--title",
            "General debate on item 4",
        ],
    );
    let id = m["id"].as_str().unwrap();
    let moved = json(
        &db,
        &[
            "meeting",
            "move",
            id,
            "--date",
            "2018-06-28",
            "--slot",
            "morning",
        ],
    );
    assert_eq!(moved["status"], "moved");
    assert_eq!(moved["moved_from"]["date"], "2018-06-27");
    assert_eq!(moved["moved_from"]["slot"], "midday");
    assert_eq!(moved["date"], "2018-06-28");
    let postponed = json(&db, &["meeting", "move", id, "--to-be-announced"]);
    assert_eq!(postponed["status"], "postponed");
    assert_eq!(postponed["date"], serde_json::Value::Null);
    // Times outside the session and a slot with no date are refused naming the field.
    let line = refused(&db, &["meeting", "move", id, "--date", "2018-08-01"]);
    assert!(line.starts_with("hrc: date: "), "{line}");
    let line = refused(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--slot",
            "morning",
            "--title",
            "x",
        ],
    );
    assert!(line.starts_with("hrc: date: "), "{line}");
    let line = refused(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--document",
            "HRC 38 44",
            "--title",
            "x",
        ],
    );
    assert!(line.starts_with("hrc: documents: "), "{line}");
}
