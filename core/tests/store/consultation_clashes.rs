//! Informal consultations on Today and their clashes: a consultation at known times held while a
//! plenary meeting that matters to me sits (a statement of mine due in it, or one of my
//! high-priority situations) or while one of my side events is held — the side events' checks —
//! each with why; none for a consultation whose hours are not known, a cancelled side event, or a
//! meeting that does not matter to me. Hours that do not exist in Geneva are refused.
use chrono::{DateTime, Utc};
use hrc_core::domain::clash::ClashReasonKind;
use hrc_core::domain::consultation::ConsultationInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Store, Uuid};

use crate::resolutions::syria;
use crate::support::{dump, with_session};

fn at(t: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(t).unwrap().with_timezone(&Utc)
}

fn meeting(date: &str, start: &str, end: &str, title: &str) -> MeetingInput {
    MeetingInput {
        date: date.into(),
        start: start.into(),
        end: end.into(),
        title: title.into(),
        ..Default::default()
    }
}

fn consultation(text: Uuid, date: &str, start: &str, end: &str) -> ConsultationInput {
    ConsultationInput {
        resolution_id: text,
        date: Some(date.into()),
        start: Some(start.into()),
        end: Some(end.into()),
        ..ConsultationInput::default()
    }
}

/// HRC38 on 27 June: the item 4 general debate where I speak (12:00–15:00), an oral briefing on
/// Burundi, a high-priority situation (09:00–12:00), an ID that matters to me in no way
/// (15:00–18:00); my side event at 13:00–14:00 and a cancelled one at 16:00–17:00; the Syria
/// text.
fn the_day() -> (Store, tempfile::TempDir, Uuid, Uuid) {
    let (mut store, dir, session) = with_session();
    let sid = session.id;
    store
        .create_situation(
            sid,
            &SituationInput {
                country: "Burundi".into(),
                priority: Some("high".into()),
                ..Default::default()
            },
        )
        .unwrap();
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
    for (start, end, title) in [
        (
            "09:00",
            "12:00",
            "Oral briefing of the Commission of Inquiry on Burundi",
        ),
        (
            "15:00",
            "18:00",
            "ID with the Independent Expert on the Central African Republic",
        ),
    ] {
        store
            .create_meeting(sid, &meeting("2018-06-27", start, end, title))
            .unwrap();
    }
    for (title, start, end, status) in [
        ("Defenders in the Great Lakes", "13:00", "14:00", None),
        ("Cancelled panel", "16:00", "17:00", Some("cancelled")),
    ] {
        store
            .create_side_event(
                sid,
                &SideEventInput {
                    title: title.into(),
                    date: "2018-06-27".into(),
                    start: start.into(),
                    end: end.into(),
                    status: status.map(str::to_string),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let text = store.create_resolution(&syria(sid)).unwrap();
    (store, dir, sid, text.id)
}

#[test]
fn a_consultation_clashes_with_the_meetings_that_matter_and_my_side_events() {
    let (mut store, _dir, sid, text) = the_day();
    // 11:30–13:30: the Burundi briefing (a high-priority situation), the general debate where I
    // speak, and my side event.
    let busy = store
        .create_consultation(&consultation(text, "2018-06-27", "11:30", "13:30"))
        .unwrap();
    // 16:00–17:00: only the ID that matters to me in no way, and a cancelled side event.
    store
        .create_consultation(&consultation(text, "2018-06-27", "16:00", "17:00"))
        .unwrap();
    // The day known, not the hours.
    store
        .create_consultation(&ConsultationInput {
            resolution_id: text,
            date: Some("2018-06-27".into()),
            ..ConsultationInput::default()
        })
        .unwrap();

    let clashes = store.consultation_clashes(sid).unwrap();
    assert_eq!(clashes.len(), 1, "{clashes:#?}");
    let c = &clashes[0];
    assert_eq!(c.consultation_id, busy.id);
    assert_eq!(
        c.consultation_title,
        "Informal consultation on A/HRC/38/L.10"
    );
    assert_eq!(c.consultation_time, "Wed 27 June, 11:30–13:30");
    let meetings: Vec<(&str, Vec<ClashReasonKind>)> = c
        .meetings
        .iter()
        .map(|m| {
            (
                m.meeting_title.as_str(),
                m.reasons.iter().map(|r| r.kind).collect(),
            )
        })
        .collect();
    assert_eq!(
        meetings,
        [
            (
                "Oral briefing of the Commission of Inquiry on Burundi",
                vec![ClashReasonKind::Situation]
            ),
            ("General debate on item 4", vec![ClashReasonKind::Speaking]),
        ]
    );
    assert_eq!(c.side_events.len(), 1);
    assert_eq!(
        c.side_events[0].side_event_title,
        "Defenders in the Great Lakes"
    );
    assert_eq!(c.side_events[0].side_event_time, "Wed 27 June, 13:00–14:00");
}

#[test]
fn today_lists_the_days_consultations_and_their_clashes() {
    let (mut store, _dir, _sid, text) = the_day();
    let busy = store
        .create_consultation(&consultation(text, "2018-06-27", "13:30", "14:30"))
        .unwrap();
    let later = store
        .create_consultation(&ConsultationInput {
            resolution_id: text,
            date: Some("2018-06-27".into()),
            ..ConsultationInput::default()
        })
        .unwrap();
    store
        .create_consultation(&consultation(text, "2018-06-28", "13:00", "14:00"))
        .unwrap();
    let today = store.today(at("2018-06-27T10:00:00+02:00"), None).unwrap();
    let ids: Vec<Uuid> = today.consultations.iter().map(|c| c.id).collect();
    assert_eq!(ids, [busy.id, later.id], "the day's, hours not known last");
    assert_eq!(today.consultation_clashes.len(), 1);
    let clash = &today.consultation_clashes[0];
    assert_eq!(clash.consultation_id, busy.id);
    assert_eq!(clash.meetings[0].meeting_title, "General debate on item 4");
    assert_eq!(clash.side_events.len(), 1);

    // Its text deleted: gone from the day.
    store.delete_resolution(text).unwrap();
    let today = store.today(at("2018-06-27T10:00:00+02:00"), None).unwrap();
    assert!(today.consultations.is_empty());
    assert!(today.consultation_clashes.is_empty());
}

#[test]
fn hours_that_do_not_exist_in_geneva_are_refused() {
    let (mut store, _dir, session) = with_session();
    let spring = store
        .create_session(&hrc_core::domain::session::SessionInput {
            number: 37,
            start_date: "2018-02-26".into(),
            end_date: "2018-03-26".into(),
            ..Default::default()
        })
        .unwrap();
    let mut input = syria(session.id);
    input.session_id = spring.id;
    let text = store.create_resolution(&input).unwrap();
    let before = dump(&store);
    // Clocks went forward at 02:00 on 25 March 2018: 02:30 was never read on a Geneva clock.
    let e = store
        .create_consultation(&consultation(text.id, "2018-03-25", "02:30", "03:30"))
        .unwrap_err();
    assert_eq!(e.field(), Some("start"), "{e}");
    assert_eq!(dump(&store), before);
}
