//! `hrc <record> show | edit | delete` for every record, and the flags for every field the
//! window has: exit codes, the `--json` shape, only the fields given changed, nothing changed on
//! bad input. Each test runs the binary on the example session in a fresh temporary database.
use std::path::Path;

use serde_json::Value;

mod support;
use support::*;

/// Everything in HRC38 and the session list, as `--json` prints them.
fn snapshot(db: &Path) -> (String, String) {
    (
        ok(db, &["session", "show", "38", "--json"]),
        ok(db, &["session", "list", "--json"]),
    )
}

/// The first record a `list --session 38` of `noun` gives, as `show` gives it, and its id.
fn first(db: &Path, noun: &str) -> (Value, String) {
    let all = json(db, &[noun, "list", "--session", "38"]);
    let mut record = all[0].clone();
    // A side event's listing adds its clashes with my statements, which `show` leaves out.
    record.as_object_mut().map(|r| r.remove("clashes"));
    let id = record["id"].as_str().expect("an id").to_string();
    (record, id)
}

/// Edits `noun` `id` with `flags` and checks that `--json` printed the record itself (its id),
/// and that `show` agrees.
fn edit(db: &Path, noun: &str, id: &str, flags: &[&str]) -> Value {
    let edited = json(db, &[&[noun, "edit", id], flags].concat());
    assert_eq!(edited["id"], id, "hrc {noun} edit printed another record");
    assert_eq!(
        json(db, &[noun, "show", id]),
        edited,
        "{noun} show disagrees"
    );
    edited
}

/// `before` and `after` differ only in `fields` (and the time of the change).
fn only_changed(before: &Value, after: &Value, fields: &[&str]) {
    let object = before.as_object().expect("a record");
    for (key, was) in object {
        if fields.contains(&key.as_str()) || key == "updated_at" {
            continue;
        }
        assert_eq!(&after[key], was, "{key} changed though no flag named it");
    }
}

#[test]
fn every_record_is_edited_field_by_field_and_keeps_the_rest() {
    let (_dir, db) = demo();

    let (before, id) = first(&db, "statement");
    let (issue, issue_id) = first(&db, "issue");
    let (_, situation_id) = first(&db, "situation");
    let after = edit(
        &db,
        "statement",
        &id,
        &[
            "--status",
            "final",
            "--document-symbol",
            "A/HRC/38/NGO/96",
            "--issue",
            &issue_id,
            "--situation",
            &situation_id,
        ],
    );
    assert_eq!(after["status"], "final");
    assert_eq!(after["document_symbol"], "A/HRC/38/NGO/96");
    assert_eq!(after["key_issue_ids"], serde_json::json!([issue_id]));
    assert_eq!(after["situation_ids"], serde_json::json!([situation_id]));
    only_changed(
        &before,
        &after,
        &[
            "status",
            "document_symbol",
            "key_issue_ids",
            "situation_ids",
        ],
    );

    let (before, id) = first(&db, "side-event");
    let after = edit(
        &db,
        "side-event",
        &id,
        &[
            "--status",
            "confirmed",
            "--description",
            "Lunch panel",
            "--co-sponsor",
            "Geneva for Human Rights",
        ],
    );
    assert_eq!(after["status"], "confirmed");
    assert_eq!(after["description"], "Lunch panel");
    let cosponsor = &after["cosponsor_organisations"][0]["name"];
    assert_eq!(cosponsor, "Geneva for Human Rights");
    only_changed(
        &before,
        &after,
        &["status", "description", "cosponsor_organisations"],
    );

    let (before, id) = first(&db, "meeting");
    let after = edit(&db, "meeting", &id, &["--room", "Room XVII"]);
    assert_eq!(after["room"], "Room XVII");
    only_changed(&before, &after, &["room"]);

    let after = edit(&db, "issue", &issue_id, &["--asks", "Renew the mandate"]);
    assert_eq!(after["asks"], "Renew the mandate");
    only_changed(&issue, &after, &["asks"]);

    let (before, id) = first(&db, "situation");
    let after = edit(&db, "situation", &id, &["--priority", "low"]);
    assert_eq!(after["priority"], "low");
    only_changed(&before, &after, &["priority"]);

    let (before, id) = first(&db, "note");
    let after = edit(&db, "note", &id, &["--text", "Corrected"]);
    assert_eq!(after["body"], "Corrected");
    only_changed(&before, &after, &["body"]);

    let before = json(&db, &["session", "list"])[0].clone();
    let after = json(&db, &["session", "edit", "38", "--title", "HRC 38"]);
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["title"], "HRC 38");
    only_changed(&before, &after, &["title"]);
}

#[test]
fn add_takes_every_field_and_prints_the_record_with_its_id() {
    let (_dir, db) = demo();
    let (_, issue_id) = first(&db, "issue");
    let s = json(
        &db,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            "Written statement on reprisals",
            "--kind",
            "written",
            "--document-symbol",
            "A/HRC/38/NGO/96",
            "--issue",
            &issue_id,
        ],
    );
    assert!(s["id"].is_string());
    assert_eq!(s["document_symbol"], "A/HRC/38/NGO/96");
    assert_eq!(s["key_issue_ids"], serde_json::json!([issue_id]));

    let e = json(
        &db,
        &[
            "side-event",
            "add",
            "--session",
            "38",
            "--title",
            "Defenders at risk",
            "--date",
            "2018-06-20",
            "--start",
            "13:00",
            "--end",
            "14:00",
            "--description",
            "Lunch panel",
            "--co-sponsor",
            "ISHR",
            "--issue",
            &issue_id,
        ],
    );
    assert_eq!(e["description"], "Lunch panel");
    assert_eq!(e["key_issue_ids"], serde_json::json!([issue_id]));
}

#[test]
fn a_note_from_a_notebook_keeps_the_time_it_was_taken_in_geneva() {
    let (_dir, db) = demo();
    let (_, meeting_id) = first(&db, "meeting");
    let (_, statement_id) = first(&db, "statement");
    let n = json(
        &db,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "Burundi delegation walked out",
            "--at",
            "2018-06-20 10:15",
            "--meeting",
            &meeting_id,
            "--statement",
            &statement_id,
        ],
    );
    // 10:15 in Geneva in June is 08:15 UTC (summer time).
    assert_eq!(n["taken_at"], "2018-06-20T08:15:00Z");
    assert_eq!(n["meeting_id"], meeting_id);
    assert_eq!(n["statement_id"], statement_id);
    let shown = ok(&db, &["note", "show", n["id"].as_str().unwrap()]);
    assert!(shown.starts_with("2018-06-20 10:15"), "{shown}");

    let line = refused(
        &db,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "x",
            "--at",
            "20 June",
        ],
    );
    assert!(line.contains("at"), "{line}");
}

#[test]
fn delete_is_final_and_the_record_is_gone() {
    let (_dir, db) = demo();
    for noun in [
        "note",
        "statement",
        "side-event",
        "situation",
        "issue",
        "meeting",
    ] {
        let (_, id) = first(&db, noun);
        let said = ok(&db, &[noun, "delete", &id]);
        assert!(said.contains("no undo"), "{said}");
        let line = refused(&db, &[noun, "show", &id]);
        assert!(
            line.contains("not found"),
            "hrc {noun} show after delete: {line}"
        );
        let help = ok(&db, &[noun, "delete", "--help"]);
        assert!(help.contains("no undo"), "{help}");
    }
    ok(&db, &["session", "delete", "38"]);
    assert_eq!(json(&db, &["session", "list"]), serde_json::json!([]));
}

#[test]
fn bad_input_on_edit_names_the_field_and_changes_nothing() {
    let (_dir, db) = demo();
    let (_, statement) = first(&db, "statement");
    let (_, side_event) = first(&db, "side-event");
    let (_, meeting) = first(&db, "meeting");
    let (_, note) = first(&db, "note");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["statement", "edit", &statement, "--status", "finished"],
            "status",
        ),
        (
            vec!["statement", "edit", &statement, "--issue", "nonsense"],
            "key_issue",
        ),
        (
            vec!["side-event", "edit", &side_event, "--status", "maybe"],
            "status",
        ),
        (
            vec!["meeting", "edit", &meeting, "--start", "25:00"],
            "start",
        ),
        (
            vec!["note", "edit", &note, "--meeting", "nonsense"],
            "meeting",
        ),
        (
            vec!["statement", "edit", "not-an-id", "--status", "final"],
            "statement",
        ),
        (
            vec!["session", "edit", "38", "--start", "2018-13-01"],
            "start",
        ),
    ];
    for (args, field) in cases {
        let before = snapshot(&db);
        let line = refused(&db, &args);
        assert!(
            line.contains(field),
            "hrc {args:?} did not name {field}: {line}"
        );
        assert_eq!(snapshot(&db), before, "hrc {args:?} changed the data");
    }
}

#[test]
fn side_event_list_shows_the_clashes_with_my_statements() {
    let (_dir, db) = demo();
    let statements = json(&db, &["statement", "list", "--session", "38"]);
    // A statement of mine due in a meeting whose time is known.
    let (s, meeting) = statements
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["meeting_id"].is_string() && s["status"] != "withdrawn")
        .map(|s| {
            (
                s,
                json(&db, &["meeting", "show", s["meeting_id"].as_str().unwrap()]),
            )
        })
        .find(|(_, m)| m["start"].is_string())
        .expect("a statement due in a meeting with a time");
    let start = meeting["start"].as_str().unwrap();
    json(
        &db,
        &[
            "side-event",
            "add",
            "--session",
            "38",
            "--title",
            "Clashing lunch",
            "--date",
            meeting["date"].as_str().unwrap(),
            "--start",
            &start[..5],
            "--end",
            meeting["end"].as_str().unwrap().get(..5).unwrap(),
        ],
    );
    let list = ok(&db, &["side-event", "list", "--session", "38"]);
    let at = list
        .find("Clashing lunch")
        .expect("the side event is listed");
    let after = &list[at..];
    // "clashes with General debate on item 4 — Wed 27 June, midday (12:00–15:00): you speak in it (‘…’)"
    let clash = format!("clashes with {} — ", meeting["title"].as_str().unwrap());
    let why = format!("you speak in it (‘{}’)", s["title"].as_str().unwrap());
    assert!(after.contains(&clash) && after.contains(&why), "{list}");

    // --json: each event's fields as `show` gives them, and its clashes as the core's Clash.
    let listed = json(&db, &["side-event", "list", "--session", "38"]);
    let listed = listed.as_array().unwrap();
    let lunch = listed
        .iter()
        .find(|e| e["title"] == "Clashing lunch")
        .expect("the side event is listed");
    let id = lunch["id"].as_str().unwrap();
    let mut record = lunch.clone();
    let clashes = record.as_object_mut().unwrap().remove("clashes").unwrap();
    assert_eq!(record, json(&db, &["side-event", "show", id]));
    let mine = clashes
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["meeting_id"] == meeting["id"])
        .expect("the clash with the meeting where I speak");
    let keys: Vec<&str> = mine
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "meeting_id",
            "meeting_time",
            "meeting_title",
            "reasons",
            "side_event_id",
            "side_event_title"
        ]
    );
    assert_eq!(mine["side_event_id"], id);
    let speaking = mine["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["record_id"] == s["id"])
        .expect("my statement is a reason");
    assert_eq!(speaking["kind"], "speaking");
    assert_eq!(speaking["name"], s["title"]);
    assert!(listed.iter().all(|e| e["clashes"].is_array()));
}

#[test]
fn a_second_situation_for_a_country_under_the_same_item_is_refused() {
    let (_dir, db) = demo();
    let (s, id) = first(&db, "situation");
    let item = s["agenda_item"].to_string();
    let code = s["country_code"].as_str().unwrap();
    let before = snapshot(&db);
    let add = [
        "situation",
        "add",
        "--session",
        "38",
        "--country",
        code,
        "--item",
        &item,
    ];
    let line = refused(&db, &add);
    assert!(line.starts_with("hrc: country:"), "{line}");
    assert!(line.contains("already followed"), "{line}");
    assert_eq!(snapshot(&db), before);
    // Under another item it is welcome; moved back under the first, it is refused again.
    let other = if item == "4" { "2" } else { "4" };
    let moved = json(&db, &[&add[..6], &["--item", other]].concat());
    let moved = moved["id"].as_str().unwrap();
    let before = snapshot(&db);
    let line = refused(&db, &["situation", "edit", moved, "--item", &item]);
    assert!(line.starts_with("hrc: country:"), "{line}");
    assert_eq!(snapshot(&db), before);
    assert_eq!(json(&db, &["situation", "show", &id])["id"], id.as_str());
}

#[test]
fn agenda_notes_and_signatories_are_changed_as_in_the_window() {
    let (_dir, db) = demo();
    let item = json(
        &db,
        &[
            "agenda",
            "edit",
            "--session",
            "38",
            "--item",
            "4",
            "--notes",
            "Ask about Burundi",
        ],
    );
    assert_eq!(item["number"], 4);
    assert_eq!(item["notes"], "Ask about Burundi");
    let items = json(&db, &["agenda", "list", "--session", "38"]);
    assert_eq!(items.as_array().unwrap().len(), 10);
    assert_eq!(items[3]["notes"], "Ask about Burundi");
    let before = snapshot(&db);
    let line = refused(
        &db,
        &[
            "agenda",
            "edit",
            "--session",
            "38",
            "--item",
            "11",
            "--notes",
            "x",
        ],
    );
    assert!(line.contains("agenda_item"), "{line}");
    assert_eq!(snapshot(&db), before);

    let statements = json(&db, &["statement", "list", "--session", "38"]);
    let signed = statements
        .as_array()
        .unwrap()
        .iter()
        .find(|s| !s["signatories"].as_array().unwrap().is_empty())
        .expect("a statement with signatories");
    let id = signed["id"].as_str().unwrap();
    let organisation = signed["signatories"][0]["id"].as_str().unwrap();
    let after = json(
        &db,
        &[
            "statement",
            "remove-signatory",
            id,
            "--organisation",
            organisation,
        ],
    );
    assert_eq!(after["id"], id);
    let left = after["signatories"].as_array().unwrap();
    assert_eq!(
        left.len() + 1,
        signed["signatories"].as_array().unwrap().len()
    );
    assert!(left.iter().all(|o| o["id"] != organisation));
}

#[test]
fn no_flags_empty_lists_and_links_and_keep_the_rest() {
    let (_dir, db) = demo();
    let (_, meeting) = first(&db, "meeting");
    let (_, issue) = first(&db, "issue");
    let (_, situation) = first(&db, "situation");
    let (_, statement) = first(&db, "statement");

    let links = [
        "--meeting",
        &meeting,
        "--document-symbol",
        "A/HRC/38/NGO/96",
        "--issue",
        &issue,
        "--situation",
        &situation,
    ];
    let before = edit(&db, "statement", &statement, &links);
    let after = edit(
        &db,
        "statement",
        &statement,
        &[
            "--no-meeting",
            "--no-item",
            "--no-document-symbol",
            "--no-issues",
            "--no-situations",
        ],
    );
    assert_eq!(after["meeting_id"], Value::Null);
    assert_eq!(after["agenda_item"], Value::Null);
    assert_eq!(after["document_symbol"], "");
    assert_eq!(after["key_issue_ids"], serde_json::json!([]));
    assert_eq!(after["situation_ids"], serde_json::json!([]));
    only_changed(
        &before,
        &after,
        &[
            "meeting_id",
            "agenda_item",
            "document_symbol",
            "key_issue_ids",
            "situation_ids",
        ],
    );

    let (_, side_event) = first(&db, "side-event");
    let lists = [
        "--organiser",
        "ISHR",
        "--co-sponsor",
        "Geneva for Human Rights",
        "--cosponsor-state",
        "Switzerland",
        "--speaker",
        "A defender",
        "--issue",
        &issue,
        "--situation",
        &situation,
    ];
    let before = edit(&db, "side-event", &side_event, &lists);
    let emptied = [
        "organisers",
        "cosponsor_organisations",
        "cosponsor_states",
        "speakers",
        "key_issue_ids",
        "situation_ids",
    ];
    for field in emptied {
        assert_ne!(before[field], serde_json::json!([]), "{field} was set");
    }
    let after = edit(
        &db,
        "side-event",
        &side_event,
        &[
            "--no-organisers",
            "--no-co-sponsors",
            "--no-cosponsor-states",
            "--no-speakers",
            "--no-issues",
            "--no-situations",
        ],
    );
    for field in emptied {
        assert_eq!(after[field], serde_json::json!([]), "{field}");
    }
    only_changed(&before, &after, &emptied);

    let (_, note) = first(&db, "note");
    let about = [
        "--meeting",
        &meeting,
        "--situation",
        &situation,
        "--issue",
        &issue,
        "--statement",
        &statement,
    ];
    let before = edit(&db, "note", &note, &about);
    let unlinked = [
        "meeting_id",
        "agenda_item",
        "situation_id",
        "key_issue_id",
        "statement_id",
    ];
    let after = edit(
        &db,
        "note",
        &note,
        &[
            "--no-meeting",
            "--no-item",
            "--no-situation",
            "--no-issue",
            "--no-statement",
        ],
    );
    for field in unlinked {
        assert_eq!(after[field], Value::Null, "{field}");
    }
    only_changed(&before, &after, &unlinked);

    for (noun, id) in [("issue", &issue), ("situation", &situation)] {
        let before = edit(&db, noun, id, &["--item", "4"]);
        let after = edit(&db, noun, id, &["--no-item"]);
        assert_eq!(after["agenda_item"], Value::Null, "{noun}");
        only_changed(&before, &after, &["agenda_item"]);
    }
    // A meeting covers several items: --no-items (or --no-item) empties them.
    let before = edit(&db, "meeting", &meeting, &["--item", "4", "--item", "5"]);
    assert_eq!(before["agenda_items"], serde_json::json!([4, 5]));
    let after = edit(&db, "meeting", &meeting, &["--no-item"]);
    assert_eq!(after["agenda_items"], serde_json::json!([]));
    only_changed(&before, &after, &["agenda_items"]);
}

#[test]
fn setting_and_emptying_one_field_at_once_is_refused_naming_it() {
    let (_dir, db) = demo();
    let (_, statement) = first(&db, "statement");
    let (_, side_event) = first(&db, "side-event");
    let (_, note) = first(&db, "note");
    let (_, meeting) = first(&db, "meeting");
    let cases: [(&str, &str, &str, &str, &str); 6] = [
        ("statement", &statement, "--issue", &meeting, "--no-issues"),
        (
            "statement",
            &statement,
            "--document-symbol",
            "A/HRC/38/NGO/96",
            "--no-document-symbol",
        ),
        (
            "side-event",
            &side_event,
            "--co-sponsor",
            "ISHR",
            "--no-co-sponsors",
        ),
        ("note", &note, "--meeting", &meeting, "--no-meeting"),
        ("meeting", &meeting, "--item", "4", "--no-item"),
        (
            "situation",
            &first(&db, "situation").1,
            "--item",
            "4",
            "--no-item",
        ),
    ];
    for (noun, id, set, value, clear) in cases {
        let before = snapshot(&db);
        let line = refused(&db, &[noun, "edit", id, set, value, clear]);
        assert!(line.contains(set) && line.contains(clear), "{line}");
        assert_eq!(snapshot(&db), before, "hrc {noun} edit {set} {clear}");
    }
    // On add there is nothing to empty: the flags are not offered.
    let line = refused(
        &db,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "x",
            "--no-meeting",
        ],
    );
    assert!(line.contains("--no-meeting"), "{line}");
}
