//! `hrc export --format ics --mine`: the calendar limited to what is mine — my statements, my side
//! events (not those Sched brought in), the consultations and the meetings I follow — to standard
//! output or a file; with any other format, refused naming the format.
mod support;
use support::*;

/// Sched's calendar with one side event, which the import brings in (not mine).
const SCHED: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:UTC\r\n\
BEGIN:VEVENT\r\nUID:sched-1@hrc38\r\nDTSTART:20180620T130000Z\r\nDTEND:20180620T143000Z\r\n\
SUMMARY:Side event: Water in the Sahel\r\nLOCATION:Room XXIII\r\nCATEGORIES:Side Event\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

fn events(ics: &str) -> usize {
    ics.lines()
        .filter(|l| l.trim_end() == "BEGIN:VEVENT")
        .count()
}

#[test]
fn the_calendar_of_mine_leaves_out_what_is_not_mine() {
    let (dir, db) = demo();
    let file = dir.path().join("all.ics");
    std::fs::write(&file, SCHED).unwrap();
    ok(
        &db,
        &[
            "programme",
            "import",
            "--session",
            "38",
            file.to_str().unwrap(),
        ],
    );
    let all = ok(&db, &["export", "--session", "38", "--format", "ics"]);
    let mine = ok(
        &db,
        &["export", "--session", "38", "--format", "ics", "--mine"],
    );
    assert!(mine.starts_with("BEGIN:VCALENDAR"), "{mine}");
    assert!(all.contains("Water in the Sahel") && !mine.contains("Water in the Sahel"));
    assert!(!mine.contains("Action on text"), "{mine}");
    assert!(mine.contains("SUMMARY:Statement due: "), "{mine}");
    assert!(0 < events(&mine) && events(&mine) < events(&all));

    let out = dir.path().join("mine.ics");
    let run = hrc(
        &db,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "ics",
            "--mine",
            "--out",
            out.to_str().unwrap(),
        ],
    )
    .success()
    .stdout("");
    let said = String::from_utf8(run.get_output().stderr.clone()).unwrap();
    assert!(said.starts_with("Wrote "), "{said}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), mine);
}

#[test]
fn only_the_calendar_can_be_limited_to_what_is_mine() {
    let (_dir, db) = demo();
    let err = refused(
        &db,
        &["export", "--session", "38", "--format", "md", "--mine"],
    );
    assert!(err.starts_with("hrc: format: "), "{err}");
    assert!(err.contains("ics"), "{err}");
}
