//! Meetings and side events: Geneva time stored as UTC, order, edits, links, deletion.
use hrc_core::domain::meeting::{MeetingInput, MeetingKind};
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::side_event::{SideEventInput, SideEventStatus};
use hrc_core::geneva::stamp;

use crate::support::{temp_store, with_session};

fn meeting(date: &str, start: &str, end: &str, title: &str) -> MeetingInput {
    MeetingInput {
        date: date.into(),
        start: start.into(),
        end: end.into(),
        title: title.into(),
        ..Default::default()
    }
}

#[test]
fn meetings_keep_geneva_time_and_store_utc() {
    // A June session (CEST, UTC+2) and a March one (CET, UTC+1).
    let (mut store, _dir) = temp_store();
    let june = store
        .create_session(&SessionInput {
            number: 38,
            start_date: "2018-06-18".into(),
            end_date: "2018-07-06".into(),
            ..Default::default()
        })
        .unwrap();
    let march = store
        .create_session(&SessionInput {
            number: 40,
            start_date: "2019-02-25".into(),
            end_date: "2019-03-22".into(),
            ..Default::default()
        })
        .unwrap();
    let cases = [
        (june.id, "2018-06-18", "09:00", "2018-06-18T07:00:00.000Z"),
        (march.id, "2019-03-01", "09:00", "2019-03-01T08:00:00.000Z"),
    ];
    for (session, date, start, utc) in cases {
        let m = store
            .create_meeting(session, &meeting(date, start, "12:00", "ID"))
            .unwrap();
        assert_eq!(stamp(m.starts_at.unwrap()), utc);
        assert_eq!(m.start.unwrap().format("%H:%M").to_string(), start);
        assert_eq!(m.date.unwrap().to_string(), date);
        assert_eq!(store.meeting(m.id).unwrap(), m);
    }
}

#[test]
fn the_programme_is_in_time_order_and_a_room_not_given_is_not_known() {
    let (mut store, _dir, session) = with_session();
    store
        .create_meeting(session.id, &meeting("2018-06-19", "15:00", "18:00", "B"))
        .unwrap();
    store
        .create_meeting(session.id, &meeting("2018-06-18", "09:00", "12:00", "A"))
        .unwrap();
    store
        .create_meeting(
            session.id,
            &MeetingInput {
                kind: Some("general debate".into()),
                agenda_items: vec![4],
                room: Some("Room XVII".into()),
                ..meeting("2018-06-19", "09:00", "12:00", "C")
            },
        )
        .unwrap();
    let programme = store.meetings(session.id).unwrap();
    let titles: Vec<_> = programme.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(titles, ["A", "C", "B"]);
    assert_eq!(programme[0].room, None, "never invented");
    assert_eq!(programme[0].kind, MeetingKind::Other);
    assert_eq!(
        (
            programme[1].kind,
            programme[1].agenda_item(),
            programme[1].room.as_deref()
        ),
        (MeetingKind::GeneralDebate, Some(4), Some("Room XVII"))
    );
}

#[test]
fn a_meeting_rolls_to_the_next_day() {
    let (mut store, _dir, session) = with_session();
    let m = store
        .create_meeting(
            session.id,
            &meeting("2018-06-19", "15:00", "18:00", "ID on Eritrea"),
        )
        .unwrap();
    let moved = store
        .update_meeting(
            m.id,
            &meeting("2018-06-20", "09:00", "12:00", "ID on Eritrea"),
        )
        .unwrap();
    assert_eq!(moved.date.unwrap().to_string(), "2018-06-20");
    assert!(moved.updated_at >= m.updated_at);
    assert_eq!(moved.created_at, m.created_at);
}

#[test]
fn deleting_a_meeting_unlinks_its_statements_and_notes() {
    let (mut store, _dir, session) = with_session();
    let m = store
        .create_meeting(session.id, &meeting("2018-06-19", "15:00", "18:00", "GD"))
        .unwrap();
    let st = store
        .create_statement(
            session.id,
            &hrc_core::domain::statement::StatementInput {
                title: "S".into(),
                meeting_id: Some(m.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    store.delete_meeting(m.id).unwrap();
    assert!(store.meetings(session.id).unwrap().is_empty());
    assert_eq!(store.statement(st.id).unwrap().meeting_id, None);
}

#[test]
fn side_events_keep_their_people() {
    let (mut store, _dir, session) = with_session();
    let e = store
        .create_side_event(
            session.id,
            &SideEventInput {
                title: "Public dialogue: sport and human rights".into(),
                date: "2018-06-25".into(),
                start: "13:00".into(),
                end: "14:30".into(),
                room: Some("Room XXIII".into()),
                organisers: vec![
                    "Sport and Rights Alliance".into(),
                    "International Service for Human Rights (ISHR)".into(),
                ],
                cosponsor_organisations: vec!["international service for human rights".into()],
                cosponsor_states: vec!["CHE".into(), "Mexico".into(), "Switzerland".into()],
                speakers: vec!["Thomas Bach".into(), "  ".into()],
                status: Some("confirmed".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(e.organisers.len(), 2);
    assert_eq!(e.organisers[1].acronym, "ISHR");
    assert_eq!(
        e.cosponsor_organisations[0].id, e.organisers[1].id,
        "the same organisation, not a near-duplicate"
    );
    let states: Vec<_> = e.cosponsor_states.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(states, ["CHE", "MEX"]);
    assert_eq!(e.speakers, ["Thomas Bach"]);
    assert_eq!(e.status, SideEventStatus::Confirmed);
    assert_eq!(stamp(e.starts_at), "2018-06-25T11:00:00.000Z");
    assert_eq!(store.side_events(session.id).unwrap(), vec![e.clone()]);
    store.delete_side_event(e.id).unwrap();
    assert!(store.side_events(session.id).unwrap().is_empty());
}

#[test]
fn side_events_that_overlap_my_statements_meetings_clash() {
    let (mut store, _dir, session) = with_session();
    let gd = store
        .create_meeting(
            session.id,
            &meeting("2018-06-27", "12:00", "15:00", "GD item 4"),
        )
        .unwrap();
    store
        .create_meeting(
            session.id,
            &meeting("2018-06-28", "12:00", "15:00", "ID Belarus"),
        )
        .unwrap();
    let mine = hrc_core::domain::statement::StatementInput {
        title: "Our GD statement".into(),
        meeting_id: Some(gd.id.to_string()),
        ..Default::default()
    };
    let st = store.create_statement(session.id, &mine).unwrap();
    let event = |date: &str, start: &str, end: &str, status: &str| SideEventInput {
        title: format!("{date} {start}"),
        date: date.into(),
        start: start.into(),
        end: end.into(),
        status: Some(status.into()),
        ..Default::default()
    };
    let clashing = store
        .create_side_event(
            session.id,
            &event("2018-06-27", "13:30", "15:00", "confirmed"),
        )
        .unwrap();
    store
        .create_side_event(
            session.id,
            &event("2018-06-27", "15:00", "16:00", "confirmed"),
        )
        .unwrap(); // starts as the meeting ends
    store
        .create_side_event(
            session.id,
            &event("2018-06-27", "13:00", "14:00", "cancelled"),
        )
        .unwrap();
    store
        .create_side_event(
            session.id,
            &event("2018-06-28", "13:00", "14:00", "confirmed"),
        )
        .unwrap(); // no statement of mine there
    let clashes = store.clashes(session.id).unwrap();
    assert_eq!(clashes.len(), 1, "{clashes:#?}");
    assert_eq!(
        (
            clashes[0].side_event_id,
            clashes[0].meeting.meeting_id,
            clashes[0].meeting.reasons[0].record_id
        ),
        (clashing.id, gd.id, st.id)
    );
    store.set_statement_status(st.id, "withdrawn").unwrap();
    assert!(store.clashes(session.id).unwrap().is_empty());
}
