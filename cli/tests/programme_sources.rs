//! `hrc programme import` with Sched's calendar and a CSV programme, and `hrc programme rules`
//! list, add and delete: a rule added first decides; bad input refused in one line naming the
//! field, nothing stored.
use std::path::Path;

mod support;
use support::*;

const SCHED: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:UTC\r\n\
BEGIN:VEVENT\r\nUID:sched-1@hrc38\r\nDTSTART:20180620T130000Z\r\nDTEND:20180620T143000Z\r\n\
SUMMARY:Side event: Defenders at risk\r\nLOCATION:Room XXIII\r\nCATEGORIES:Side Event\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:sched-2@hrc38\r\nDTSTART:20180621T100000Z\r\nDTEND:20180621T110000Z\r\n\
SUMMARY:Informal consultations on L.10\r\nLOCATION:Room XXII\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

fn side_events(db: &Path) -> Vec<String> {
    json(db, &["side-event", "list", "--session", "38"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_calendar_is_brought_in_by_the_rules_and_a_rule_added_first_decides() {
    let (dir, db) = demo();
    let ics = dir.path().join("all.ics");
    std::fs::write(&ics, SCHED).unwrap();
    let rules = json(&db, &["programme", "rules", "list"]);
    assert_eq!(rules.as_array().unwrap().len(), 4);
    let said = ok(
        &db,
        &[
            "programme",
            "rules",
            "add",
            "--matches",
            "title",
            "--pattern",
            "informal consultations",
            "--becomes",
            "skip",
            "--position",
            "1",
        ],
    );
    assert!(
        said.starts_with("1. title holds “informal consultations” → nothing (left out)"),
        "{said}"
    );
    let before = side_events(&db).len();
    let report = json(
        &db,
        &[
            "programme",
            "import",
            "--session",
            "38",
            ics.to_str().unwrap(),
        ],
    );
    assert_eq!(
        (report["format"].as_str(), report["skipped"].as_u64()),
        (Some("calendar"), Some(1))
    );
    let now = side_events(&db);
    assert_eq!(now.len(), before + 1);
    assert!(now.iter().any(|t| t == "Side event: Defenders at risk"));

    let refused_rule = refused(
        &db,
        &[
            "programme",
            "rules",
            "add",
            "--matches",
            "colour",
            "--pattern",
            "x",
            "--becomes",
            "skip",
        ],
    );
    assert!(refused_rule.starts_with("hrc: matches:"), "{refused_rule}");
    let id = rules[0]["id"].as_str().unwrap();
    ok(&db, &["programme", "rules", "delete", id]);
    assert_eq!(
        json(&db, &["programme", "rules", "list"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn a_csv_row_that_does_not_read_is_refused_naming_its_line_and_column() {
    let (dir, db) = demo();
    let csv = dir.path().join("programme.csv");
    std::fs::write(
        &csv,
        "date,start,title\n2018-06-19,25:00,Panel on the rights of women\n",
    )
    .unwrap();
    let said = refused(
        &db,
        &[
            "programme",
            "import",
            "--session",
            "38",
            csv.to_str().unwrap(),
        ],
    );
    assert_eq!(
        said,
        "hrc: file: line 2, column \"start\": \"25:00\" is not a time (HH:MM)"
    );
}
