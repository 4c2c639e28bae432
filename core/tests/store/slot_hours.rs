//! A session's own slot hours: stored, checked by slot, followed by the meetings held at a slot's
//! hours (not those at exact times of their own), said in the times words, and carried by bundles.
use chrono::NaiveTime;
use hrc_core::bundle::Bundle;
use hrc_core::domain::meeting::{time_words, MeetingInput, MeetingMove, MeetingStatus};
use hrc_core::domain::session::{SessionInput, SlotHoursInput, SlotSpanInput};
use hrc_core::Store;
use uuid::Uuid;

use super::support::{dump, temp_store, with_session};

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn span(start: &str, end: &str) -> SlotSpanInput {
    SlotSpanInput {
        start: start.into(),
        end: end.into(),
    }
}

/// The session's input as stored, with `hours` typed.
fn with_hours(store: &Store, id: Uuid, hours: SlotHoursInput) -> SessionInput {
    SessionInput {
        slot_hours: Some(hours),
        ..SessionInput::from(&store.session(id).unwrap())
    }
}

/// Mornings 10:00–13:00, the other slots as the Council has them.
fn late_mornings() -> SlotHoursInput {
    SlotHoursInput {
        morning: span("10:00", "13:00"),
        ..Default::default()
    }
}

fn meeting(title: &str, date: &str, slot: Option<&str>, start: &str, end: &str) -> MeetingInput {
    MeetingInput {
        title: title.into(),
        date: date.into(),
        slot: slot.map(Into::into),
        start: start.into(),
        end: end.into(),
        ..Default::default()
    }
}

#[test]
fn a_new_session_has_the_councils_usual_hours() {
    let (_store, _dir, s) = with_session();
    assert_eq!(s.slot_hours, None);
    let hours = s.hours();
    assert!(hours.is_council());
    assert_eq!(
        (hours.morning.start, hours.morning.end),
        (at(9, 0), at(12, 0))
    );
    assert_eq!(
        (hours.midday.start, hours.midday.end),
        (at(12, 0), at(15, 0))
    );
    assert_eq!(
        (hours.afternoon.start, hours.afternoon.end),
        (at(15, 0), at(18, 0))
    );
}

#[test]
fn meetings_at_a_slots_hours_follow_the_sessions_new_hours_and_exact_ones_stay() {
    let (mut store, _dir, s) = with_session();
    let by_slot = store
        .create_meeting(
            s.id,
            &meeting("Opening", "2018-06-18", Some("morning"), "", ""),
        )
        .unwrap();
    let exact = store
        .create_meeting(
            s.id,
            &meeting(
                "Bureau briefing",
                "2018-06-19",
                Some("morning"),
                "09:30",
                "11:00",
            ),
        )
        .unwrap();
    let afternoon = store
        .create_meeting(
            s.id,
            &meeting("General debate", "2018-06-19", Some("afternoon"), "", ""),
        )
        .unwrap();
    let unknown = store
        .create_meeting(s.id, &meeting("Panel", "2018-06-20", None, "", ""))
        .unwrap();

    let edited = store
        .update_session(s.id, &with_hours(&store, s.id, late_mornings()))
        .unwrap();
    let own = edited.slot_hours.expect("its own hours");
    assert_eq!((own.morning.start, own.morning.end), (at(10, 0), at(13, 0)));
    assert_eq!(
        own.afternoon,
        hrc_core::domain::session::SlotHours::council().afternoon
    );

    let m = store.meeting(by_slot.id).unwrap();
    assert_eq!((m.start, m.end), (Some(at(10, 0)), Some(at(13, 0))));
    assert_eq!(
        m.starts_at.unwrap().to_rfc3339(),
        "2018-06-18T08:00:00+00:00"
    );
    assert_eq!(m.status, MeetingStatus::Scheduled, "not moved");
    assert_eq!(m.moved_from, None);
    assert_eq!(
        time_words(&m.when(), &edited.hours()),
        "morning (10:00–13:00)"
    );

    assert_eq!(
        store.meeting(exact.id).unwrap().span(),
        exact.span(),
        "exact times stay"
    );
    assert_eq!(
        store.meeting(afternoon.id).unwrap().span(),
        afternoon.span()
    );
    assert_eq!(store.meeting(unknown.id).unwrap().span(), None);
    assert_eq!(
        time_words(&store.meeting(exact.id).unwrap().when(), &edited.hours()),
        "09:30–11:00"
    );

    // A meeting added or moved to the morning now takes the session's hours.
    let added = store
        .create_meeting(
            s.id,
            &meeting("Dialogue", "2018-06-21", Some("morning"), "", ""),
        )
        .unwrap();
    assert_eq!((added.start, added.end), (Some(at(10, 0)), Some(at(13, 0))));
    let moved = store
        .move_meeting(
            afternoon.id,
            &MeetingMove {
                date: "2018-06-22".into(),
                slot: Some("morning".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!((moved.start, moved.end), (Some(at(10, 0)), Some(at(13, 0))));

    // Back to the Council's usual hours: the meetings at the slot's hours follow back.
    let usual = store
        .update_session(s.id, &with_hours(&store, s.id, SlotHoursInput::default()))
        .unwrap();
    assert_eq!(usual.slot_hours, None);
    let m = store.meeting(by_slot.id).unwrap();
    assert_eq!((m.start, m.end), (Some(at(9, 0)), Some(at(12, 0))));
    assert_eq!(store.meeting(exact.id).unwrap().span(), exact.span());
}

#[test]
fn an_edit_that_leaves_the_hours_out_keeps_them() {
    let (mut store, _dir, s) = with_session();
    store
        .update_session(s.id, &with_hours(&store, s.id, late_mornings()))
        .unwrap();
    let input = SessionInput {
        slot_hours: None,
        venue: Some("Room XX".into()),
        ..SessionInput::from(&store.session(s.id).unwrap())
    };
    let edited = store.update_session(s.id, &input).unwrap();
    assert_eq!(edited.venue, "Room XX");
    assert_eq!(edited.hours().morning.start, at(10, 0));
}

#[test]
fn bad_hours_are_refused_naming_the_slot_and_change_nothing() {
    let (mut store, _dir, s) = with_session();
    store
        .create_meeting(
            s.id,
            &meeting("Opening", "2018-06-18", Some("morning"), "", ""),
        )
        .unwrap();
    let before = dump(&store);
    let cases = [
        ("morning", span("13:00", "10:00")),
        ("morning", span("10:00", "10:00")),
        ("morning", span("10:00", "")),
        ("morning", span("", "13:00")),
        ("morning", span("25:00", "26:00")),
        ("morning", span("ten", "13:00")),
    ];
    for (field, morning) in cases {
        let hours = SlotHoursInput {
            morning: morning.clone(),
            ..Default::default()
        };
        let err = store
            .update_session(s.id, &with_hours(&store, s.id, hours))
            .unwrap_err();
        assert_eq!(err.field(), Some(field), "{morning:?}: {err}");
    }
    for (field, hours) in [
        (
            "midday",
            SlotHoursInput {
                midday: span("15:00", "12:00"),
                ..Default::default()
            },
        ),
        (
            "afternoon",
            SlotHoursInput {
                afternoon: span("15:00", "24:00"),
                ..Default::default()
            },
        ),
    ] {
        let err = store
            .update_session(s.id, &with_hours(&store, s.id, hours))
            .unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert_eq!(dump(&store), before, "nothing changed");

    // A new session with bad hours is not made.
    let err = store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            slot_hours: Some(SlotHoursInput {
                afternoon: span("18:00", "15:00"),
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.field(), Some("afternoon"));
    assert_eq!(dump(&store), before, "no session made");
}

#[test]
fn a_new_session_may_have_its_own_hours() {
    let (mut store, _dir) = temp_store();
    let s = store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            slot_hours: Some(SlotHoursInput {
                afternoon: span("15:00", "19:30"),
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(s.hours().afternoon.end, at(19, 30));
    assert_eq!(s.hours().morning.start, at(9, 0));
    let m = store
        .create_meeting(
            s.id,
            &meeting("Votes", "2018-09-28", Some("afternoon"), "", ""),
        )
        .unwrap();
    assert_eq!(time_words(&m.when(), &s.hours()), "afternoon (15:00–19:30)");
}

#[test]
fn a_bundle_carries_the_hours_and_one_without_them_keeps_the_usual_ones() {
    let (mut store, _dir, s) = with_session();
    store
        .update_session(s.id, &with_hours(&store, s.id, late_mornings()))
        .unwrap();
    let text = store.export_bundle(s.id).unwrap().to_json();
    let (mut other, _d) = temp_store();
    other
        .import_bundle(&Bundle::from_json(&text).unwrap())
        .unwrap();
    let copy = other.find_session("38").unwrap();
    assert_eq!(copy.slot_hours, store.session(s.id).unwrap().slot_hours);
    assert_eq!(other.export_bundle(copy.id).unwrap().to_json(), text);

    // A bundle of format 2 written before schema 8 has no hour columns.
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let row = value["sessions"][0].as_object_mut().unwrap();
    for slot in ["morning", "midday", "afternoon"] {
        row.remove(&format!("{slot}_start"));
        row.remove(&format!("{slot}_end"));
    }
    let (mut older, _d2) = temp_store();
    older
        .import_bundle(&Bundle::from_json(&value.to_string()).unwrap())
        .unwrap();
    assert_eq!(older.find_session("38").unwrap().slot_hours, None);

    // Hours a bundle brings are checked as typed ones are.
    let mut bad: serde_json::Value = serde_json::from_str(&text).unwrap();
    bad["sessions"][0]["morning_start"] = serde_json::json!("13:30");
    let (mut refused, _d3) = temp_store();
    assert!(refused
        .import_bundle(&Bundle::from_json(&bad.to_string()).unwrap())
        .is_err());
    assert!(refused.list_sessions().unwrap().is_empty());
}
