//! Statements: default limits, the speaking-time maths through the store, settings, status.
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::organisation::EcosocStatus;
use hrc_core::domain::statement::{StatementInput, StatementKind, StatementStatus};

use crate::support::{with_session, words};

#[test]
fn limits_default_by_meeting_and_kind() {
    let (mut store, _dir, session) = with_session();
    let gd = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-27".into(),
                start: "15:00".into(),
                end: "18:00".into(),
                kind: Some("general-debate".into()),
                agenda_items: vec![4],
                title: "GD item 4".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let id = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-27".into(),
                start: "09:00".into(),
                end: "12:00".into(),
                kind: Some("interactive-dialogue".into()),
                title: "ID".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let cases = [
        (Some(gd.id), "oral", None, (Some(90), None)),
        (Some(id.id), "oral", None, (Some(120), None)),
        (None, "oral", None, (Some(120), None)),
        (Some(gd.id), "joint-oral", Some(60), (Some(60), None)),
        (None, "video", None, (Some(120), None)),
        (None, "written", None, (None, Some(2000))),
        (None, "joint-written", None, (None, Some(2000))),
    ];
    for (meeting, kind, limit, want) in cases {
        let s = store
            .create_statement(
                session.id,
                &StatementInput {
                    title: "T".into(),
                    kind: Some(kind.into()),
                    meeting_id: meeting.map(|m| m.to_string()),
                    limit_seconds: limit,
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(
            (s.limit_seconds, s.limit_words),
            want,
            "{kind} in {meeting:?}"
        );
    }
    let in_gd = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "T".into(),
                meeting_id: Some(gd.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(in_gd.agenda_item, Some(4), "the meeting's item is taken");
}

#[test]
fn written_limits_follow_my_ecosoc_status() {
    let (mut store, _dir, session) = with_session();
    let mut settings = store.settings().unwrap();
    settings.my_ecosoc_status = EcosocStatus::Special;
    store.save_settings(&settings).unwrap();
    let s = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "W".into(),
                kind: Some("written".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(s.limit_words, Some(1500));
    assert_eq!(s.kind, StatementKind::Written);
}

#[test]
fn timing_is_derived_from_the_text() {
    let (mut store, _dir, session) = with_session();
    let cases = [(225, 90, false), (226, 91, true), (0, 0, false)];
    for (n, secs, over) in cases {
        let s = store
            .create_statement(
                session.id,
                &StatementInput {
                    title: "T".into(),
                    text: Some(words(n)),
                    limit_seconds: Some(90),
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(
            (
                s.timing.word_count,
                s.timing.estimated_seconds,
                s.timing.over_limit
            ),
            (n as u32, secs, over),
            "{n} words"
        );
        assert_eq!(
            store.statements(session.id).unwrap().last().unwrap().timing,
            s.timing
        );
    }
    let over_words = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "W".into(),
                kind: Some("written".into()),
                limit_words: Some(10),
                text: Some(words(11)),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(over_words.timing.over_limit);
}

#[test]
fn the_speaking_rate_setting_changes_estimates() {
    let (mut store, _dir, session) = with_session();
    let s = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "T".into(),
                text: Some(words(200)),
                limit_seconds: Some(90),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (s.timing.estimated_seconds, s.timing.over_limit),
        (80, false)
    );
    let mut settings = store.settings().unwrap();
    settings.words_per_minute = 120;
    store.save_settings(&settings).unwrap();
    let slower = store.statement(s.id).unwrap();
    assert_eq!(
        (
            slower.timing.estimated_seconds,
            slower.timing.over_limit,
            slower.timing.words_per_minute
        ),
        (100, true, 120)
    );
    assert_eq!(
        store
            .measure_draft(
                session.id,
                &StatementInput {
                    title: "Draft".into(),
                    text: Some(words(240)),
                    limit_seconds: Some(120),
                    ..Default::default()
                }
            )
            .unwrap()
            .estimated_seconds,
        120
    );
    settings.words_per_minute = 20;
    assert_eq!(
        store.save_settings(&settings).unwrap_err().field(),
        Some("words_per_minute")
    );
}

#[test]
fn status_moves_and_edits_keep_signatories() {
    let (mut store, _dir, session) = with_session();
    let s = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "Joint".into(),
                kind: Some("joint-oral".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(s.status, StatementStatus::Drafting);
    store
        .add_signatories(s.id, "ActionAid International\nBroederlijk Delen")
        .unwrap();
    let s = store.set_statement_status(s.id, "final").unwrap();
    assert_eq!(s.status, StatementStatus::Final);
    assert_eq!(
        store
            .set_statement_status(s.id, "lost")
            .unwrap_err()
            .field(),
        Some("status")
    );
    let edited = store
        .update_statement(
            s.id,
            &StatementInput {
                title: "Joint statement on Burundi".into(),
                kind: Some("joint-oral".into()),
                status: Some("final".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(edited.signatories.len(), 2);
    assert_eq!(edited.title, "Joint statement on Burundi");
    store.delete_statement(s.id).unwrap();
    assert!(store.statements(session.id).unwrap().is_empty());
}

#[test]
fn a_draft_is_measured_against_the_limit_it_will_get() {
    let (mut store, _dir, session) = with_session();
    let gd = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-27".into(),
                start: "12:00".into(),
                end: "15:00".into(),
                kind: Some("general-debate".into()),
                title: "GD".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let draft = |n: usize, kind: &str, meeting: Option<String>| StatementInput {
        text: Some(words(n)),
        kind: Some(kind.into()),
        meeting_id: meeting,
        ..Default::default()
    };
    let in_gd = store
        .measure_draft(session.id, &draft(226, "oral", Some(gd.id.to_string())))
        .unwrap();
    assert_eq!(
        (
            in_gd.limit_seconds,
            in_gd.estimated_seconds,
            in_gd.over_limit
        ),
        (Some(90), 91, true)
    );
    let elsewhere = store
        .measure_draft(session.id, &draft(226, "oral", None))
        .unwrap();
    assert_eq!(
        (elsewhere.limit_seconds, elsewhere.over_limit),
        (Some(120), false)
    );
    let written = store
        .measure_draft(session.id, &draft(2001, "written", None))
        .unwrap();
    assert_eq!(
        (written.limit_words, written.over_limit),
        (Some(2000), true)
    );
    let forgiving = store
        .measure_draft(session.id, &draft(10, "???", Some("not-an-id".into())))
        .unwrap();
    assert_eq!(forgiving.limit_seconds, Some(120));
    assert_eq!(
        store.statements(session.id).unwrap().len(),
        0,
        "nothing stored"
    );
}
