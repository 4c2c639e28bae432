//! Bringing Sched's calendar and a CSV programme in: the rules make plenary meetings meetings and
//! the rest side events (UTC times read as Geneva's), the same file twice changes nothing, an
//! event moved under its UID is found again and marked moved, one gone from the calendar is
//! cancelled, a rule added by the person decides, and a calendar that does not read is refused
//! with its line, nothing stored.
use hrc_core::domain::meeting::MeetingStatus;
use hrc_core::domain::programme_import::{ProgrammeChange, ProgrammeRuleOutcome};
use hrc_core::domain::side_event::SideEventStatus;

use crate::support::{dump, with_session};

/// Sched's all.ics for two days of HRC38 as it publishes it: UTC times, folded lines, escaped
/// text, categories. 13:00Z is 15:00 in Geneva in June.
fn sched(side_event_start: &str, with_second: bool) -> String {
    let second = if with_second {
        "BEGIN:VEVENT\r\nUID:sched-hrc38-0042@hrc38.sched.com\r\nDTSTART:20180620T100000Z\r\nDTEND:20180620T110000Z\r\nSUMMARY:Side event: Civil society space in the Sahel\r\nLOCATION:Room XXIV\r\nCATEGORIES:Side Event\r\nEND:VEVENT\r\n"
    } else {
        ""
    };
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sched.com HRC38//EN\r\nX-WR-CALNAME:HRC38\r\nX-WR-TIMEZONE:UTC\r\n\
BEGIN:VEVENT\r\nUID:sched-hrc38-0007@hrc38.sched.com\r\nDTSTART:20180620T070000Z\r\nDTEND:20180620T100000Z\r\n\
SUMMARY:Clustered interactive dialogue with the Special Rapporteur on the human \r\n rights of migrants\r\n\
LOCATION:Room XX\r\nCATEGORIES:Plenary,Item 3\r\nURL:https://hrc38.sched.com/event/7\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:sched-hrc38-0041@hrc38.sched.com\r\nDTSTART:20180620T{side_event_start}00Z\r\nDTEND:20180620T143000Z\r\n\
SUMMARY:Side event: Defenders at risk\\, reprisals and the UN\r\nDESCRIPTION:Organised by ISHR\\nwith partners.\r\nLOCATION:Room XXIII\r\n\
CATEGORIES:Side Event\r\nEND:VEVENT\r\n{second}END:VCALENDAR\r\n"
    )
}

#[test]
fn plenary_events_become_meetings_and_the_rest_side_events_in_geneva_time() {
    let (mut store, _dir, session) = with_session();
    let report = store
        .import_programme(session.id, "all.ics", sched("1300", true).as_bytes())
        .unwrap();
    assert_eq!(report.count(ProgrammeChange::Added), 3, "{report:#?}");
    let meetings = store.meetings(session.id).unwrap();
    let [m] = meetings.as_slice() else {
        panic!("{meetings:#?}")
    };
    assert_eq!(m.title, "Clustered interactive dialogue with the Special Rapporteur on the human rights of migrants");
    assert_eq!(
        (m.start.map(|t| t.to_string()), m.room.as_deref()),
        (Some("09:00:00".into()), Some("Room XX"))
    );
    assert_eq!(
        m.sources.first().map(|s| s.url.as_str()),
        Some("https://hrc38.sched.com/event/7")
    );
    let events = store.side_events(session.id).unwrap();
    let defenders = events
        .iter()
        .find(|e| e.title.starts_with("Side event: Defenders"))
        .unwrap();
    assert_eq!(
        defenders.title,
        "Side event: Defenders at risk, reprisals and the UN"
    );
    assert_eq!(
        (defenders.start.to_string(), defenders.end.to_string()),
        ("15:00:00".into(), "16:30:00".into())
    );
    assert_eq!(defenders.description, "Organised by ISHR\nwith partners.");
    assert_eq!(defenders.status, SideEventStatus::Confirmed);

    let before = dump(&store);
    let again = store
        .import_programme(session.id, "all.ics", sched("1300", true).as_bytes())
        .unwrap();
    assert!(again.is_empty(), "{again:#?}");
    assert_eq!(dump(&store), before);
}

#[test]
fn a_side_event_moved_under_its_uid_is_moved_and_one_gone_is_cancelled() {
    let (mut store, _dir, session) = with_session();
    store
        .import_programme(session.id, "all.ics", sched("1300", true).as_bytes())
        .unwrap();
    let report = store
        .import_programme(session.id, "all.ics", sched("1400", false).as_bytes())
        .unwrap();
    let moved: Vec<_> = report
        .lines
        .iter()
        .filter(|l| l.change == ProgrammeChange::Moved)
        .collect();
    let [line] = moved.as_slice() else {
        panic!("{report:#?}")
    };
    assert_eq!(line.details, ["moved from Wed 20 Jun, 15:00–16:30"]);
    let removed: Vec<&str> = report
        .lines
        .iter()
        .filter(|l| l.change == ProgrammeChange::Removed)
        .map(|l| l.title.as_str())
        .collect();
    assert_eq!(removed, ["Side event: Civil society space in the Sahel"]);
    let events = store.side_events(session.id).unwrap();
    assert_eq!(events.len(), 2, "cancelled, not deleted");
    let sahel = events.iter().find(|e| e.title.contains("Sahel")).unwrap();
    assert_eq!(sahel.status, SideEventStatus::Cancelled);
    assert_eq!(
        store.meetings(session.id).unwrap()[0].status,
        MeetingStatus::Scheduled
    );
}

#[test]
fn a_rule_the_person_adds_decides_first() {
    let (mut store, _dir, session) = with_session();
    let rules = store.programme_rules().unwrap();
    assert_eq!(rules.len(), 4, "the four rules schema 11 gives");
    let skip = store
        .add_programme_rule("title", "sahel", "skip", Some(1))
        .unwrap();
    assert_eq!(
        (skip.position, skip.becomes),
        (1, ProgrammeRuleOutcome::Skip)
    );
    assert_eq!(store.programme_rules().unwrap()[1].position, 2);
    let report = store
        .import_programme(session.id, "all.ics", sched("1300", true).as_bytes())
        .unwrap();
    assert_eq!(
        (report.count(ProgrammeChange::Added), report.skipped),
        (2, 1)
    );
    let e = store
        .add_programme_rule("title", "  ", "meeting", None)
        .unwrap_err();
    assert_eq!(e.field(), Some("pattern"));
    let e = store
        .add_programme_rule("colour", "red", "meeting", None)
        .unwrap_err();
    assert_eq!(e.field(), Some("matches"));
    store.delete_programme_rule(skip.id).unwrap();
    assert_eq!(store.programme_rules().unwrap().len(), 4);
}

#[test]
fn a_csv_programme_is_brought_in_with_its_ranges_of_addenda_and_a_date_to_be_announced() {
    let (mut store, _dir, session) = with_session();
    let csv = "date,start,end,slot,number,items,kind,title,room,mandates,documents,uid\n\
2018-06-19,15:00,18:00,afternoon,5,3,clustered-interactive-dialogue,ID SR executions,Room XX,\"Special Rapporteur on extrajudicial, summary or arbitrary executions\",A/HRC/38/44 and Add.1–2,hrc38-5-executions\n\
,,,,,10,voting,Action on draft proposals,,,,\n";
    let report = store
        .import_programme(session.id, "programme.csv", csv.as_bytes())
        .unwrap();
    assert_eq!(report.count(ProgrammeChange::Added), 2, "{report:#?}");
    let meetings = store.meetings(session.id).unwrap();
    let executions = meetings
        .iter()
        .find(|m| m.title == "ID SR executions")
        .unwrap();
    assert_eq!(
        executions.documents,
        ["A/HRC/38/44", "A/HRC/38/44/Add.1", "A/HRC/38/44/Add.2"]
    );
    let voting = meetings
        .iter()
        .find(|m| m.title == "Action on draft proposals")
        .unwrap();
    assert_eq!(
        (voting.date, voting.agenda_items.as_slice()),
        (None, &[10][..])
    );
    assert!(store
        .import_programme(session.id, "programme.csv", csv.as_bytes())
        .unwrap()
        .is_empty());
}

#[test]
fn a_calendar_or_csv_that_does_not_read_is_refused_with_its_line_and_nothing_is_stored() {
    let (mut store, _dir, session) = with_session();
    let before = dump(&store);
    let no_uid = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20180620T070000Z\r\nSUMMARY:No UID\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let e = store
        .import_programme(session.id, "all.ics", no_uid.as_bytes())
        .unwrap_err();
    assert_eq!(
        (e.field(), e.rule().map(|r| r.code())),
        (Some("file"), Some("programme_file".into()))
    );
    assert!(
        e.to_string().contains("line 3") && e.to_string().contains("UID"),
        "{e}"
    );
    let bad_time = "date,start,title\n2018-06-19,25:00,Panel\n";
    let e = store
        .import_programme(session.id, "p.csv", bad_time.as_bytes())
        .unwrap_err();
    assert!(e.to_string().contains("line 2, column \"start\""), "{e}");
    assert_eq!(dump(&store), before);
}

#[test]
fn my_layer_on_a_side_event_brought_in_survives_a_re_import_that_moves_it() {
    use hrc_core::domain::key_issue::KeyIssueInput;
    use hrc_core::domain::side_event::SideEventInput;

    let (mut store, _dir, session) = with_session();
    store
        .import_programme(session.id, "all.ics", sched("1300", true).as_bytes())
        .unwrap();
    let issue = store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let defenders = store
        .side_events(session.id)
        .unwrap()
        .into_iter()
        .find(|e| e.title.starts_with("Side event: Defenders"))
        .unwrap();
    let mut mine = SideEventInput::from(&defenders);
    mine.status = Some("held".into());
    mine.key_issue_ids = vec![issue.id.to_string()];
    mine.speakers = vec!["A defender from the region".into()];
    store.update_side_event(defenders.id, &mine).unwrap();

    let report = store
        .import_programme(session.id, "all.ics", sched("1400", true).as_bytes())
        .unwrap();
    assert_eq!(report.count(ProgrammeChange::Moved), 1, "{report:#?}");
    let now = store.side_event(defenders.id).unwrap();
    assert_eq!(now.start.to_string(), "16:00:00", "the calendar's new time");
    assert_eq!(now.status, SideEventStatus::Held, "my status kept");
    assert_eq!(now.key_issue_ids, [issue.id], "my link kept");
    assert_eq!(
        now.speakers,
        ["A defender from the region"],
        "my speakers kept"
    );
}
