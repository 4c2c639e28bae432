//! The programme as the Council publishes it: slots, days with no time, dates to be announced, numbers, several items, clusters, cont'd, moves, documents and mandates.
use hrc_core::domain::meeting::{MeetingInput, MeetingMove, MeetingSlot, MeetingStatus};

use crate::support::{dump, with_session};

fn titled(title: &str) -> MeetingInput {
    MeetingInput {
        title: title.into(),
        ..Default::default()
    }
}

#[test]
fn a_meeting_is_held_as_far_as_it_is_known() {
    let (mut store, _dir, session) = with_session();
    let tba = store
        .create_meeting(session.id, &titled("Panel on reprisals"))
        .unwrap();
    assert_eq!((tba.date, tba.starts_at, tba.slot), (None, None, None));
    let day = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-18".into(),
                ..titled("ID with the Independent Expert on SOGI")
            },
        )
        .unwrap();
    assert_eq!(day.date.unwrap().to_string(), "2018-06-18");
    assert_eq!(day.starts_at, None, "time to be confirmed");
    let morning = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                number: Some(7),
                agenda_items: vec![3],
                room: Some("Room XX".into()),
                ..titled("Clustered ID")
            },
        )
        .unwrap();
    assert_eq!(morning.slot, Some(MeetingSlot::Morning));
    assert_eq!(
        (
            morning.start.unwrap().to_string(),
            morning.end.unwrap().to_string()
        ),
        ("09:00:00".into(), "12:00:00".into())
    );
    assert_eq!(
        morning.starts_at.unwrap().to_rfc3339(),
        "2018-06-20T07:00:00+00:00"
    );
    let estimated = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("afternoon".into()),
                start: "15:30".into(),
                end: "18:00".into(),
                estimated: true,
                ..titled("GD item 3")
            },
        )
        .unwrap();
    assert!(estimated.estimated);
    assert_eq!(estimated.start.unwrap().to_string(), "15:30:00");
    // The programme: by day and time, a day's meetings with no time after the timed ones,
    // those to be announced last.
    let order: Vec<_> = store
        .meetings(session.id)
        .unwrap()
        .into_iter()
        .map(|m| m.title)
        .collect();
    assert_eq!(
        order,
        [
            "ID with the Independent Expert on SOGI",
            "Clustered ID",
            "GD item 3",
            "Panel on reprisals"
        ]
    );
}

#[test]
fn a_time_without_a_date_is_refused_naming_the_date() {
    let (mut store, _dir, session) = with_session();
    let before = dump(&store);
    for input in [
        MeetingInput {
            slot: Some("morning".into()),
            ..titled("x")
        },
        MeetingInput {
            start: "09:00".into(),
            end: "12:00".into(),
            ..titled("x")
        },
    ] {
        let e = store.create_meeting(session.id, &input).unwrap_err();
        assert_eq!(e.field(), Some("date"), "{e}");
    }
    let e = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("evening".into()),
                ..titled("x")
            },
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("slot"), "{e}");
    let e = store
        .create_meeting(
            session.id,
            &MeetingInput {
                number: Some(0),
                ..titled("x")
            },
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("number"), "{e}");
    let e = store
        .create_meeting(
            session.id,
            &MeetingInput {
                documents: vec!["A/HRC/38/44".into(), "HRC 38 44".into()],
                ..titled("x")
            },
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("documents"), "{e}");
    assert_eq!(dump(&store), before, "nothing stored");
}

#[test]
fn clustered_dialogues_continue_and_take_up_mandates_and_documents() {
    let (mut store, _dir, session) = with_session();
    let executions = "Special Rapporteur on extrajudicial, summary or arbitrary executions";
    let expression = "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression";
    let first = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-19".into(),
                slot: Some("afternoon".into()),
                kind: Some("clustered-interactive-dialogue".into()),
                mandates: vec![executions.into(), expression.into()],
                documents: vec![
                    "a/hrc/38/44".into(),
                    "A/HRC/38/44/add.1".into(),
                    "A/HRC/38/NGO/96".into(),
                ],
                ..titled("Clustered ID: executions and expression")
            },
        )
        .unwrap();
    assert_eq!(
        first.mandates,
        [executions, expression],
        "never split at commas"
    );
    assert_eq!(
        first.documents,
        ["A/HRC/38/44", "A/HRC/38/44/Add.1", "A/HRC/38/NGO/96"]
    );
    let contd = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                number: Some(7),
                continues_id: Some(first.id),
                mandates: vec![executions.to_uppercase()],
                ..titled("Clustered ID: executions and expression")
            },
        )
        .unwrap();
    assert_eq!(contd.continues_id, Some(first.id));
    assert_eq!(
        contd.mandates,
        [executions],
        "the same mandate, found by name"
    );
    let next = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                number: Some(7),
                cluster_id: Some(contd.id),
                ..titled("Clustered ID: violence against women and migrants")
            },
        )
        .unwrap();
    assert_eq!(next.cluster_id, Some(contd.id));
    // Joining through a member of a cluster joins its first meeting.
    let third = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                cluster_id: Some(next.id),
                ..titled("Third")
            },
        )
        .unwrap();
    assert_eq!(third.cluster_id, Some(contd.id));
    // A meeting cannot continue itself or lead its own cluster.
    let mut own = MeetingInput::from(&contd);
    own.continues_id = Some(contd.id);
    let e = store.update_meeting(contd.id, &own).unwrap_err();
    assert_eq!(e.field(), Some("continues_id"), "{e}");
    let mut own = MeetingInput::from(&contd);
    own.cluster_id = Some(next.id);
    let e = store.update_meeting(contd.id, &own).unwrap_err();
    assert_eq!(e.field(), Some("cluster_id"), "{e}");
    // A meeting of another session is refused.
    let other = store
        .create_session(&hrc_core::domain::session::SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    let e = store
        .create_meeting(
            other.id,
            &MeetingInput {
                continues_id: Some(first.id),
                ..titled("x")
            },
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("continues_id"), "{e}");
    assert!(e.is_input_error(), "{e}");
}

#[test]
fn a_moved_meeting_keeps_the_time_it_had() {
    let (mut store, _dir, session) = with_session();
    let m = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-27".into(),
                slot: Some("midday".into()),
                ..titled("General debate on item 4")
            },
        )
        .unwrap();
    assert_eq!(m.status, MeetingStatus::Scheduled);
    let moved = store
        .move_meeting(
            m.id,
            &MeetingMove {
                date: "2018-06-28".into(),
                slot: Some("morning".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(moved.status, MeetingStatus::Moved);
    let was = moved.moved_from.clone().unwrap();
    assert_eq!(was.date.unwrap().to_string(), "2018-06-27");
    assert_eq!(was.slot, Some(MeetingSlot::Midday));
    assert_eq!(moved.date.unwrap().to_string(), "2018-06-28");
    // Postponed: no date, the time kept.
    let postponed = store
        .move_meeting(moved.id, &MeetingMove::default())
        .unwrap();
    assert_eq!(postponed.status, MeetingStatus::Postponed);
    assert_eq!(postponed.date, None);
    assert_eq!(
        postponed.moved_from.unwrap().date.unwrap().to_string(),
        "2018-06-28"
    );
    // An edit that changes the day marks it moved too.
    let n = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-19".into(),
                start: "15:00".into(),
                end: "18:00".into(),
                ..titled("ID on Eritrea")
            },
        )
        .unwrap();
    let mut input = MeetingInput::from(&n);
    input.date = "2018-06-20".into();
    let edited = store.update_meeting(n.id, &input).unwrap();
    assert_eq!(edited.status, MeetingStatus::Moved);
    assert_eq!(
        edited.moved_from.unwrap().start.unwrap().to_string(),
        "15:00:00"
    );
    // A move outside the session is refused naming the date, nothing changed.
    let before = dump(&store);
    let e = store
        .move_meeting(
            n.id,
            &MeetingMove {
                date: "2018-07-20".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("date"), "{e}");
    assert_eq!(dump(&store), before);
}

#[test]
fn filling_the_schedule_in_is_not_a_move() {
    let (mut store, _dir, session) = with_session();
    let tba = store
        .create_meeting(session.id, &titled("Panel on the rights of older persons"))
        .unwrap();
    let edit = |store: &mut hrc_core::Store, id, f: &dyn Fn(&mut MeetingInput)| {
        let mut input = MeetingInput::from(&store.meeting(id).unwrap());
        f(&mut input);
        store.update_meeting(id, &input).unwrap()
    };
    // A date given to a meeting to be announced, then a slot to its day, then exact times that
    // start when the slot did, then a later end, then the time confirmed: filled in, not moved.
    let steps: [&dyn Fn(&mut MeetingInput); 5] = [
        &|i| i.date = "2018-06-21".into(),
        &|i| i.slot = Some("morning".into()),
        &|i| {
            i.slot = None;
            (i.start, i.end) = ("09:00".into(), "12:00".into());
        },
        &|i| i.end = "13:00".into(),
        &|i| i.estimated = !i.estimated,
    ];
    for (n, step) in steps.iter().enumerate() {
        let m = edit(&mut store, tba.id, step);
        assert_eq!(m.status, MeetingStatus::Scheduled, "step {n}: {m:?}");
        assert_eq!(m.moved_from, None, "step {n}");
    }
    // A later start is a move, the time it had kept.
    let m = edit(&mut store, tba.id, &|i| i.start = "10:00".into());
    assert_eq!(m.status, MeetingStatus::Moved);
    assert_eq!(m.moved_from.unwrap().start.unwrap().to_string(), "09:00:00");
}

#[test]
fn contd_is_said_once() {
    let (mut store, _dir, session) = with_session();
    let first = store
        .create_meeting(session.id, &titled("ID with the SR on executions"))
        .unwrap();
    let next = |store: &mut hrc_core::Store, title: &str| {
        let m = store
            .create_meeting(
                session.id,
                &MeetingInput {
                    continues_id: Some(first.id),
                    ..titled(title)
                },
            )
            .unwrap();
        format!("{}{}", m.title, m.contd_mark())
    };
    assert_eq!(first.contd_mark(), "");
    assert_eq!(
        next(&mut store, "ID with the SR on executions"),
        "ID with the SR on executions (cont'd)"
    );
    for typed in [
        "Clustered ID (cont'd)",
        "Clustered ID (Cont’d)",
        "Clustered ID (continued)",
    ] {
        assert_eq!(next(&mut store, typed), typed, "said once");
    }
}
