//! The calendar limited to what is mine (`hrc export --format ics --mine`): my statements at their
//! meetings, my side events (not those a programme import brought in), the informal
//! consultations and the meetings I follow — one where a statement of mine is due, or one on a
//! high-priority situation or a key issue — and nothing else; only the calendar can be so
//! limited. Read back by the icalendar crate's parser.
use hrc_core::domain::consultation::ConsultationInput;
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::export::{mine, ExportFormat};
use hrc_core::Store;
use icalendar::Component;

use crate::resolutions::syria;
use crate::support::{dump, with_session};

fn meeting(start: &str, end: &str, title: &str) -> MeetingInput {
    MeetingInput {
        date: "2018-06-27".into(),
        start: start.into(),
        end: end.into(),
        title: title.into(),
        ..Default::default()
    }
}

/// Sched's calendar for 27 June: a plenary meeting on nothing of mine and a side event.
const SCHED: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sched.com HRC38//EN\r\nX-WR-TIMEZONE:UTC\r\n\
BEGIN:VEVENT\r\nUID:sched-1@hrc38.sched.com\r\nDTSTART:20180627T130000Z\r\nDTEND:20180627T160000Z\r\n\
SUMMARY:ID with the Independent Expert on the Central African Republic\r\nLOCATION:Room XX\r\n\
CATEGORIES:Plenary\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:sched-2@hrc38.sched.com\r\nDTSTART:20180627T110000Z\r\nDTEND:20180627T120000Z\r\n\
SUMMARY:Side event: Water in the Sahel\r\nLOCATION:Room XXIV\r\nCATEGORIES:Side Event\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/// HRC38 on 27 June: the general debate where I speak, a briefing on Burundi (high priority), an
/// ID on reprisals (a key issue), a briefing on Belarus (medium priority), a meeting and a side
/// event from Sched, my own side event, a consultation on the Syria text (which is acted on).
fn the_day() -> (Store, tempfile::TempDir, hrc_core::Uuid) {
    let (mut store, dir, session) = with_session();
    let sid = session.id;
    for (country, priority) in [("Burundi", "high"), ("Belarus", "medium")] {
        store
            .create_situation(
                sid,
                &SituationInput {
                    country: country.into(),
                    priority: Some(priority.into()),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    store
        .create_key_issue(
            sid,
            &KeyIssueInput {
                title: "Reprisals".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let gd = store
        .create_meeting(sid, &meeting("12:00", "15:00", "General debate on item 4"))
        .unwrap();
    store
        .create_statement(
            sid,
            &StatementInput {
                title: "Item 4 general debate".into(),
                meeting_id: Some(gd.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    for (start, end, title) in [
        ("09:00", "12:00", "Oral briefing on Burundi"),
        ("15:00", "18:00", "Panel on reprisals against defenders"),
        ("09:00", "10:00", "Oral update on Belarus"),
    ] {
        store
            .create_meeting(sid, &meeting(start, end, title))
            .unwrap();
    }
    store
        .import_programme(sid, "all.ics", SCHED.as_bytes())
        .unwrap();
    store
        .create_side_event(
            sid,
            &SideEventInput {
                title: "Defenders in the Great Lakes".into(),
                date: "2018-06-27".into(),
                start: "13:00".into(),
                end: "14:00".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let mut text = syria(sid);
    text.action_date = Some("2018-07-06".into());
    let text = store.create_resolution(&text).unwrap();
    store
        .create_consultation(&ConsultationInput {
            resolution_id: text.id,
            date: Some("2018-06-28".into()),
            start: Some("13:00".into()),
            end: Some("14:30".into()),
            ..ConsultationInput::default()
        })
        .unwrap();
    (store, dir, sid)
}

#[test]
fn the_calendar_of_mine_holds_what_is_mine_and_nothing_else() {
    let (store, _dir, sid) = the_day();
    let ics =
        String::from_utf8(mine::export(&store, sid, ExportFormat::Calendar).unwrap()).unwrap();
    let cal: icalendar::Calendar = ics.parse().unwrap();
    let mut summaries: Vec<String> = cal
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| e.get_summary().unwrap().to_string())
        .collect();
    summaries.sort();
    assert_eq!(
        summaries,
        [
            "General debate on item 4",
            "Informal consultation: A/HRC/38/L.10, The human rights situation in the Syrian Arab Republic",
            "Oral briefing on Burundi",
            "Panel on reprisals against defenders",
            "Side event: Defenders in the Great Lakes",
            "Statement due: Item 4 general debate",
        ],
        "{ics}"
    );
    // My statement at its meeting's time (12:00 in Geneva is 10:00 UTC in June), its UID stable.
    let o = store.overview(sid).unwrap();
    let statement = cal
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .find(|e| e.get_summary() == Some("Statement due: Item 4 general debate"))
        .unwrap();
    assert_eq!(
        statement.get_uid(),
        Some(format!("statement-{}@hrc-planner", o.statements[0].id).as_str())
    );
    assert!(
        format!("{:?}", statement.get_start()).contains("2018-06-27T10:00:00"),
        "{ics}"
    );
    // The whole calendar holds more: what I do not follow and what Sched brought in.
    let all = String::from_utf8(
        hrc_core::export::export(&store, sid, ExportFormat::Calendar, &[]).unwrap(),
    )
    .unwrap();
    for other in [
        "Oral update on Belarus",
        "Central African Republic",
        "Water in the Sahel",
        "Action on text",
    ] {
        assert!(all.contains(other), "{other} in the whole calendar");
        assert!(!ics.contains(other), "{other} not in mine: {ics}");
    }
}

#[test]
fn a_meeting_i_follow_that_is_cancelled_stays_to_say_so() {
    let (mut store, _dir, sid) = the_day();
    let burundi = store
        .meetings(sid)
        .unwrap()
        .into_iter()
        .find(|m| m.title == "Oral briefing on Burundi")
        .unwrap();
    store
        .update_meeting(
            burundi.id,
            &MeetingInput {
                status: Some("cancelled".into()),
                ..meeting("09:00", "12:00", "Oral briefing on Burundi")
            },
        )
        .unwrap();
    let ics =
        String::from_utf8(mine::export(&store, sid, ExportFormat::Calendar).unwrap()).unwrap();
    assert!(
        ics.contains("SUMMARY:Cancelled: Oral briefing on Burundi"),
        "{ics}"
    );
    assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
}

#[test]
fn only_the_calendar_can_be_limited_to_what_is_mine() {
    let (store, _dir, sid) = the_day();
    let before = dump(&store);
    for format in [
        ExportFormat::Markdown,
        ExportFormat::CsvSideEvents,
        ExportFormat::Bundle,
    ] {
        let err = mine::export(&store, sid, format).unwrap_err();
        assert_eq!(err.field(), Some("format"), "{err}");
        assert!(err.to_string().contains("ics"), "{err}");
    }
    assert_eq!(dump(&store), before);
}
