//! Clashes: a side event held while a plenary meeting that matters to me sits — one where I speak,
//! or one on a high-priority situation or a key issue — each with why; the warning a side event
//! not yet saved gets; and the today view's side events that clash with a statement I deliver.
use chrono::{DateTime, Utc};
use hrc_core::domain::clash::ClashReasonKind;
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Store, Uuid};

use crate::support::{dump, with_session};

fn meeting(date: &str, start: &str, end: &str, title: &str) -> MeetingInput {
    MeetingInput {
        date: date.into(),
        start: start.into(),
        end: end.into(),
        title: title.into(),
        ..Default::default()
    }
}

fn event(title: &str, date: &str, start: &str, end: &str) -> SideEventInput {
    SideEventInput {
        title: title.into(),
        date: date.into(),
        start: start.into(),
        end: end.into(),
        ..Default::default()
    }
}

/// Runs SQL on the store's file, for links no door writes yet.
fn sql(store: &Store, text: &str) {
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    conn.execute_batch(text).unwrap();
}

/// HRC38 with a week of meetings, some of which matter to me, and my situations, key issues and
/// statements.
fn programme() -> (Store, tempfile::TempDir, Uuid) {
    let (mut store, dir, session) = with_session();
    let sid = session.id;
    let situation = |country: &str, priority: &str| SituationInput {
        country: country.into(),
        priority: Some(priority.into()),
        ..Default::default()
    };
    for (country, priority) in [
        ("Burundi", "high"),
        ("Syria", "high"),
        ("Eritrea", "high"),
        ("Belarus", "medium"),
    ] {
        store
            .create_situation(sid, &situation(country, priority))
            .unwrap();
    }
    for title in ["Reprisals", "Sexual orientation and gender identity"] {
        store
            .create_key_issue(
                sid,
                &KeyIssueInput {
                    title: title.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let gd = store
        .create_meeting(
            sid,
            &meeting("2018-06-27", "12:00", "15:00", "General debate on item 4"),
        )
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
    store
        .create_meeting(
            sid,
            &meeting(
                "2018-06-27",
                "09:00",
                "12:00",
                "Oral briefing of the Commission of Inquiry on Burundi",
            ),
        )
        .unwrap();
    store
        .create_meeting(
            sid,
            &MeetingInput {
                mandates: vec!["Commission of Inquiry on the Syrian Arab Republic".into()],
                ..meeting(
                    "2018-06-28",
                    "09:00",
                    "12:00",
                    "ID with the Commission of Inquiry",
                )
            },
        )
        .unwrap();
    store
        .create_meeting(
            sid,
            &MeetingInput {
                mandates: vec![
                    "Special Rapporteur on the situation of human rights in Eritrea".into(),
                ],
                ..meeting(
                    "2018-06-28",
                    "12:00",
                    "15:00",
                    "ID with the Special Rapporteur",
                )
            },
        )
        .unwrap();
    store
        .create_meeting(
            sid,
            &meeting("2018-06-29", "09:00", "12:00", "ID on Belarus"),
        )
        .unwrap();
    store
        .create_meeting(
            sid,
            &MeetingInput {
                documents: vec!["A/HRC/38/44".into()],
                ..meeting("2018-06-29", "12:00", "15:00", "Panel on the report")
            },
        )
        .unwrap();
    store
        .create_meeting(
            sid,
            &meeting(
                "2018-06-29",
                "15:00",
                "18:00",
                "ID with the IE on Sexual Orientation and Gender Identity",
            ),
        )
        .unwrap();
    // Where I would speak, but cancelled; or with no time yet.
    for input in [
        MeetingInput {
            status: Some("cancelled".into()),
            ..meeting("2018-07-02", "09:00", "12:00", "General debate on item 7")
        },
        MeetingInput {
            date: "2018-07-03".into(),
            title: "General debate on item 8".into(),
            ..Default::default()
        },
    ] {
        let m = store.create_meeting(sid, &input).unwrap();
        store
            .create_statement(
                sid,
                &StatementInput {
                    title: format!("On {}", m.title),
                    meeting_id: Some(m.id.to_string()),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    // The Syria commission covers Syria; Eritrea follows its rapporteur; Reprisals follows
    // the report A/HRC/38/44.
    sql(
        &store,
        "UPDATE mandates SET country_code = 'SYR' WHERE name LIKE '%Syrian%';
             INSERT INTO mandate_links (record_id, record_kind, mandate_id, position)
               SELECT (SELECT id FROM situations WHERE country_code = 'ERI'), 'situation', id, 0
               FROM mandates WHERE name LIKE '%Eritrea%';
             INSERT INTO document_links (record_id, record_kind, document_id, position)
               SELECT (SELECT id FROM key_issues WHERE title = 'Reprisals'), 'key-issue', id, 0
               FROM documents WHERE symbol = 'A/HRC/38/44';",
    );
    (store, dir, sid)
}

/// A side event's date, start and end, and the meetings it clashes with, each with why.
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
);

#[test]
fn a_side_event_clashes_with_a_meeting_that_matters_to_me_and_says_why() {
    let (mut store, _dir, sid) = programme();
    let cases: [Case; 10] = [
        (
            "2018-06-27",
            "13:30",
            "15:00",
            &[(
                "General debate on item 4",
                &["you speak in it (‘Item 4 general debate’)"],
            )],
        ),
        (
            "2018-06-27",
            "11:00",
            "13:00",
            &[
                (
                    "Oral briefing of the Commission of Inquiry on Burundi",
                    &["Burundi, high priority"],
                ),
                (
                    "General debate on item 4",
                    &["you speak in it (‘Item 4 general debate’)"],
                ),
            ],
        ),
        // A mandate that covers the country; a mandate the situation follows.
        (
            "2018-06-28",
            "10:00",
            "11:00",
            &[(
                "ID with the Commission of Inquiry",
                &["Syrian Arab Republic, high priority"],
            )],
        ),
        (
            "2018-06-28",
            "13:00",
            "14:00",
            &[(
                "ID with the Special Rapporteur",
                &["Eritrea, high priority"],
            )],
        ),
        // Belarus is not a high priority.
        ("2018-06-29", "10:00", "11:00", &[]),
        // A document the key issue follows; the key issue's title in the meeting's.
        (
            "2018-06-29",
            "13:00",
            "14:00",
            &[("Panel on the report", &["Reprisals, a key issue"])],
        ),
        (
            "2018-06-29",
            "16:00",
            "17:00",
            &[(
                "ID with the IE on Sexual Orientation and Gender Identity",
                &["Sexual orientation and gender identity, a key issue"],
            )],
        ),
        // Touching is not overlapping.
        ("2018-06-29", "18:00", "19:00", &[]),
        // A cancelled meeting, and one with no time yet, clash with nothing.
        ("2018-07-02", "10:00", "11:00", &[]),
        ("2018-07-03", "10:00", "11:00", &[]),
    ];
    let mut ids = Vec::new();
    for (i, (date, start, end, _)) in cases.iter().enumerate() {
        let e = store
            .create_side_event(sid, &event(&format!("Event {i}"), date, start, end))
            .unwrap();
        ids.push(e.id);
    }
    let clashes = store.clashes(sid).unwrap();
    for (i, (date, start, _, expected)) in cases.iter().enumerate() {
        let got: Vec<(String, Vec<String>)> = clashes
            .iter()
            .filter(|c| c.side_event_id == ids[i])
            .map(|c| {
                assert_eq!(c.side_event_title, format!("Event {i}"));
                (
                    c.meeting.meeting_title.clone(),
                    c.meeting.reasons.iter().map(|r| r.words.clone()).collect(),
                )
            })
            .collect();
        let want: Vec<(String, Vec<String>)> = expected
            .iter()
            .map(|(m, w)| (m.to_string(), w.iter().map(|s| s.to_string()).collect()))
            .collect();
        assert_eq!(got, want, "a side event on {date} at {start}");
    }
    let gd = clashes
        .iter()
        .find(|c| c.meeting.meeting_title == "General debate on item 4")
        .unwrap();
    assert_eq!(gd.meeting.meeting_time, "Wed 27 June, 12:00–15:00");
    let speaking = &gd.meeting.reasons[0];
    assert_eq!(
        (
            speaking.kind,
            speaking.short.as_str(),
            speaking.name.as_str()
        ),
        (
            ClashReasonKind::Speaking,
            "you speak",
            "Item 4 general debate"
        )
    );

    // A cancelled side event clashes with nothing; a withdrawn statement no longer matters.
    let mut cancelled = event("Event 0", "2018-06-27", "13:30", "15:00");
    cancelled.status = Some("cancelled".into());
    store.update_side_event(ids[0], &cancelled).unwrap();
    assert!(store
        .clashes(sid)
        .unwrap()
        .iter()
        .all(|c| c.side_event_id != ids[0]));
    let st = store.statements(sid).unwrap();
    let item4 = st
        .iter()
        .find(|s| s.title == "Item 4 general debate")
        .unwrap();
    store.set_statement_status(item4.id, "withdrawn").unwrap();
    assert!(store
        .clashes(sid)
        .unwrap()
        .iter()
        .all(|c| c.meeting.meeting_title != "General debate on item 4"));
}

#[test]
fn a_side_event_not_yet_saved_is_warned_of_its_clashes_and_nothing_is_stored() {
    let (store, _dir, sid) = programme();
    let before = dump(&store);
    let found = store
        .preview_clashes(sid, &event("Draft", "2018-06-27", "11:30", "12:30"))
        .unwrap();
    let titles: Vec<&str> = found.iter().map(|m| m.meeting_title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Oral briefing of the Commission of Inquiry on Burundi",
            "General debate on item 4"
        ]
    );
    assert_eq!(found[1].reasons[0].kind, ClashReasonKind::Speaking);
    let mut cancelled = event("Draft", "2018-06-27", "11:30", "12:30");
    cancelled.status = Some("cancelled".into());
    assert!(store.preview_clashes(sid, &cancelled).unwrap().is_empty());
    assert!(store
        .preview_clashes(sid, &event("", "2018-06-26", "13:00", "14:00"))
        .unwrap()
        .is_empty());
    // Times the form cannot save are refused naming the field.
    for (input, field) in [
        (event("Draft", "2018-06-27", "13:00", "12:00"), "end"),
        (event("Draft", "2018-06-27", "lunch", "14:00"), "start"),
        (event("Draft", "2018-08-01", "13:00", "14:00"), "date"),
    ] {
        let err = store.preview_clashes(sid, &input).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert_eq!(dump(&store), before);
}

#[test]
fn today_flags_a_side_event_that_clashes_with_a_statement_i_deliver() {
    let (mut store, _dir, sid) = programme();
    let lunch = store
        .create_side_event(sid, &event("Lunch panel", "2018-06-27", "13:30", "15:00"))
        .unwrap();
    let morning = store
        .create_side_event(
            sid,
            &event("Burundi briefing", "2018-06-27", "10:00", "11:00"),
        )
        .unwrap();
    let now: DateTime<Utc> = "2018-06-27T08:30:00Z".parse().unwrap();
    let today = store.today(now, None).unwrap();
    assert_eq!(today.side_events.len(), 2);
    // Only the clash with my statement: the Burundi one is the calendar's to flag.
    let flagged: Vec<(Uuid, Vec<&str>)> = today
        .side_event_clashes
        .iter()
        .map(|c| {
            (
                c.side_event_id,
                c.meeting.reasons.iter().map(|r| r.short.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(flagged, [(lunch.id, vec!["you speak"])]);
    assert!(store
        .clashes(sid)
        .unwrap()
        .iter()
        .any(|c| c.side_event_id == morning.id));
    let tomorrow = store
        .today("2018-06-28T08:30:00Z".parse().unwrap(), None)
        .unwrap();
    assert!(tomorrow.side_event_clashes.is_empty());
}
