//! `hrc session edit 38 --slot morning=10:00-13:00 | --no-slot-hours`: a session's own slot
//! hours, shown by `session show` (and in its `--json`), followed by the meetings held at a slot's
//! hours; bad hours refused naming the slot, nothing changed.
use std::path::Path;

mod support;
use support::*;

/// The start and end (Geneva, HH:MM:SS) of HRC38's meeting titled `title`.
fn times(db: &Path, title: &str) -> (String, String) {
    let all = json(db, &["meeting", "list", "--session", "38"]);
    let m = all
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["title"] == title)
        .unwrap_or_else(|| panic!("no meeting {title}"));
    (
        m["start"].as_str().unwrap().into(),
        m["end"].as_str().unwrap().into(),
    )
}

#[test]
fn a_sessions_own_morning_moves_its_morning_meetings_and_is_shown() {
    let (_dir, db) = demo();
    ok(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-21",
            "--slot",
            "morning",
            "--title",
            "Morning slot under test",
        ],
    );
    ok(
        &db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-21",
            "--start",
            "09:30",
            "--end",
            "11:00",
            "--title",
            "Exact times under test",
        ],
    );
    let show = ok(&db, &["session", "show", "38"]);
    assert!(
        show.contains("Slots: morning 09:00–12:00, midday 12:00–15:00, afternoon 15:00–18:00 (the Council's usual hours)"),
        "{show}"
    );
    assert_eq!(
        json(&db, &["session", "show", "38"])["session"]["slot_hours"],
        serde_json::Value::Null
    );

    let edited = ok(
        &db,
        &["session", "edit", "38", "--slot", "morning=10:00-13:00"],
    );
    assert!(
        edited.contains("slots: morning 10:00–13:00, midday 12:00–15:00, afternoon 15:00–18:00"),
        "{edited}"
    );
    assert_eq!(
        times(&db, "Morning slot under test"),
        ("10:00:00".into(), "13:00:00".into())
    );
    assert_eq!(
        times(&db, "Exact times under test"),
        ("09:30:00".into(), "11:00:00".into())
    );
    let list = ok(&db, &["meeting", "list", "--session", "38"]);
    assert!(
        list.lines()
            .any(|l| l.contains("morning (10:00–13:00)") && l.contains("Morning slot under test")),
        "{list}"
    );
    let shown = json(&db, &["session", "show", "38"]);
    let morning = &shown["session"]["slot_hours"]["morning"];
    assert_eq!(
        (morning["start"].as_str(), morning["end"].as_str()),
        (Some("10:00:00"), Some("13:00:00"))
    );
    assert!(ok(&db, &["session", "show", "38"]).contains("(the session's own)"));

    // Another slot given keeps the morning's; the en dash is read too.
    ok(
        &db,
        &["session", "edit", "38", "--slot", "afternoon=15:00–19:00"],
    );
    let shown = json(&db, &["session", "show", "38"]);
    assert_eq!(
        shown["session"]["slot_hours"]["morning"]["start"],
        "10:00:00"
    );
    assert_eq!(
        shown["session"]["slot_hours"]["afternoon"]["end"],
        "19:00:00"
    );

    // Back to the Council's usual hours.
    ok(&db, &["session", "edit", "38", "--no-slot-hours"]);
    assert_eq!(
        json(&db, &["session", "show", "38"])["session"]["slot_hours"],
        serde_json::Value::Null
    );
    assert_eq!(
        times(&db, "Morning slot under test"),
        ("09:00:00".into(), "12:00:00".into())
    );
}

#[test]
fn bad_slot_hours_are_refused_naming_the_slot() {
    let (_dir, db) = demo();
    let before = ok(&db, &["session", "show", "38", "--json"]);
    for (given, field) in [
        ("morning=13:00-10:00", "morning"),
        ("midday=12:00", "midday"),
        ("afternoon=15:00-25:00", "afternoon"),
        ("evening=18:00-20:00", "slot"),
    ] {
        let err = refused(&db, &["session", "edit", "38", "--slot", given]);
        assert!(err.starts_with(&format!("hrc: {field}:")), "{given}: {err}");
    }
    assert_eq!(ok(&db, &["session", "show", "38", "--json"]), before);
}
