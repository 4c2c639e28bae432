//! Every validation rule: the error names the field, and the database is left as it was.
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Result, Store, Uuid};

use crate::support::{dump, hrc38, with_session};

type Attempt = Box<dyn Fn(&mut Store, Uuid) -> Result<()>>;

fn meeting(date: &str, start: &str, end: &str) -> MeetingInput {
    MeetingInput {
        date: date.into(),
        start: start.into(),
        end: end.into(),
        title: "General debate".into(),
        ..Default::default()
    }
}

fn side_event(date: &str, start: &str, end: &str) -> SideEventInput {
    SideEventInput {
        title: "Launch".into(),
        date: date.into(),
        start: start.into(),
        end: end.into(),
        ..Default::default()
    }
}

fn cases() -> Vec<(&'static str, &'static str, Attempt)> {
    vec![
        (
            "session end before start",
            "end_date",
            Box::new(|s, _| {
                s.create_session(&SessionInput {
                    number: 39,
                    start_date: "2018-09-28".into(),
                    end_date: "2018-09-10".into(),
                    ..Default::default()
                })
                .map(drop)
            }),
        ),
        (
            "session number below 1",
            "number",
            Box::new(|s, _| {
                s.create_session(&SessionInput {
                    number: 0,
                    ..hrc38()
                })
                .map(drop)
            }),
        ),
        (
            "negative session number",
            "number",
            Box::new(|s, _| {
                s.create_session(&SessionInput {
                    number: -3,
                    ..hrc38()
                })
                .map(drop)
            }),
        ),
        (
            "duplicate session",
            "number",
            Box::new(|s, _| s.create_session(&hrc38()).map(drop)),
        ),
        (
            "session date that does not exist",
            "start_date",
            Box::new(|s, _| {
                s.create_session(&SessionInput {
                    number: 40,
                    start_date: "2018-02-30".into(),
                    ..hrc38()
                })
                .map(drop)
            }),
        ),
        (
            "unknown session kind",
            "kind",
            Box::new(|s, _| {
                s.create_session(&SessionInput {
                    number: 40,
                    kind: Some("extraordinary".into()),
                    ..hrc38()
                })
                .map(drop)
            }),
        ),
        (
            "meeting before the session",
            "date",
            Box::new(|s, id| {
                s.create_meeting(id, &meeting("2018-06-17", "09:00", "12:00"))
                    .map(drop)
            }),
        ),
        (
            "meeting after the session",
            "date",
            Box::new(|s, id| {
                s.create_meeting(id, &meeting("2018-07-07", "09:00", "12:00"))
                    .map(drop)
            }),
        ),
        (
            "meeting ending before it starts",
            "end",
            Box::new(|s, id| {
                s.create_meeting(id, &meeting("2018-06-18", "12:00", "09:00"))
                    .map(drop)
            }),
        ),
        (
            "meeting ending as it starts",
            "end",
            Box::new(|s, id| {
                s.create_meeting(id, &meeting("2018-06-18", "12:00", "12:00"))
                    .map(drop)
            }),
        ),
        (
            "meeting at 25:00",
            "start",
            Box::new(|s, id| {
                s.create_meeting(id, &meeting("2018-06-18", "25:00", "26:00"))
                    .map(drop)
            }),
        ),
        (
            "meeting without a title",
            "title",
            Box::new(|s, id| {
                s.create_meeting(
                    id,
                    &MeetingInput {
                        title: "  ".into(),
                        ..meeting("2018-06-18", "09:00", "12:00")
                    },
                )
                .map(drop)
            }),
        ),
        (
            "meeting of an unknown kind",
            "kind",
            Box::new(|s, id| {
                s.create_meeting(
                    id,
                    &MeetingInput {
                        kind: Some("party".into()),
                        ..meeting("2018-06-18", "09:00", "12:00")
                    },
                )
                .map(drop)
            }),
        ),
        (
            "meeting on item 11",
            "agenda_items",
            Box::new(|s, id| {
                s.create_meeting(
                    id,
                    &MeetingInput {
                        agenda_items: vec![11],
                        ..meeting("2018-06-18", "09:00", "12:00")
                    },
                )
                .map(drop)
            }),
        ),
        (
            "side event outside the session",
            "date",
            Box::new(|s, id| {
                s.create_side_event(id, &side_event("2018-07-09", "13:00", "14:00"))
                    .map(drop)
            }),
        ),
        (
            "side event ending before it starts",
            "end",
            Box::new(|s, id| {
                s.create_side_event(id, &side_event("2018-06-19", "14:00", "13:00"))
                    .map(drop)
            }),
        ),
        (
            "side event with an unknown co-sponsor State",
            "cosponsor_states",
            Box::new(|s, id| {
                s.create_side_event(
                    id,
                    &SideEventInput {
                        cosponsor_states: vec!["Atlantis".into()],
                        ..side_event("2018-06-19", "13:00", "14:00")
                    },
                )
                .map(drop)
            }),
        ),
        (
            "unknown country code",
            "country",
            Box::new(|s, id| {
                s.create_situation(
                    id,
                    &SituationInput {
                        country: "XXX".into(),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "situation of unknown priority",
            "priority",
            Box::new(|s, id| {
                s.create_situation(
                    id,
                    &SituationInput {
                        country: "BDI".into(),
                        priority: Some("urgent".into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "key issue without a title",
            "title",
            Box::new(|s, id| s.create_key_issue(id, &KeyIssueInput::default()).map(drop)),
        ),
        (
            "statement without a title",
            "title",
            Box::new(|s, id| {
                s.create_statement(
                    id,
                    &StatementInput {
                        title: "\t".into(),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "statement of an unknown kind",
            "kind",
            Box::new(|s, id| {
                s.create_statement(
                    id,
                    &StatementInput {
                        title: "T".into(),
                        kind: Some("sung".into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "statement with a zero limit",
            "limit_seconds",
            Box::new(|s, id| {
                s.create_statement(
                    id,
                    &StatementInput {
                        title: "T".into(),
                        limit_seconds: Some(0),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "statement in an unknown meeting",
            "meeting_id",
            Box::new(|s, id| {
                s.create_statement(
                    id,
                    &StatementInput {
                        title: "T".into(),
                        meeting_id: Some(Uuid::now_v7().to_string()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "statement with a malformed meeting id",
            "meeting_id",
            Box::new(|s, id| {
                s.create_statement(
                    id,
                    &StatementInput {
                        title: "T".into(),
                        meeting_id: Some("not-an-id".into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "statement linked to an unknown key issue",
            "key_issue_ids",
            Box::new(|s, id| {
                s.create_statement(
                    id,
                    &StatementInput {
                        title: "T".into(),
                        key_issue_ids: vec![Uuid::now_v7().to_string()],
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "note at an unreadable time",
            "taken_at",
            Box::new(|s, id| {
                s.create_note(
                    id,
                    &NoteInput {
                        body: "x".into(),
                        taken_at: Some("yesterday".into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "note on an unknown statement",
            "statement_id",
            Box::new(|s, id| {
                s.create_note(
                    id,
                    &NoteInput {
                        body: "x".into(),
                        statement_id: Some(Uuid::now_v7().to_string()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ),
    ]
}

#[test]
fn each_rule_names_its_field_and_changes_nothing() {
    for (what, field, attempt) in cases() {
        let (mut store, _dir, session) = with_session();
        let before = dump(&store);
        let err = attempt(&mut store, session.id).expect_err(what);
        assert_eq!(err.field(), Some(field), "{what}: {err}");
        assert_eq!(err.code(), "validation", "{what}");
        let rule = err.rule().expect(what);
        assert_eq!(
            err.to_string(),
            format!("{field}: {}", rule.message()),
            "{what}"
        );
        let payload = err.to_payload();
        assert_eq!(
            payload.rule.map(<&str>::from),
            Some(rule.code().as_str()),
            "{what}"
        );
        assert_eq!(payload.field_message, Some(rule.message()), "{what}");
        assert_eq!(dump(&store), before, "{what} changed the database");
    }
}

#[test]
fn a_failed_edit_changes_nothing() {
    let (mut store, _dir, session) = with_session();
    let m = store
        .create_meeting(session.id, &meeting("2018-06-18", "09:00", "12:00"))
        .unwrap();
    let before = dump(&store);
    let err = store
        .update_meeting(m.id, &meeting("2018-06-18", "12:00", "09:00"))
        .unwrap_err();
    assert_eq!(err.field(), Some("end"));
    assert_eq!(dump(&store), before);
    assert_eq!(store.meeting(m.id).unwrap(), m);
}

#[test]
fn a_link_to_another_sessions_row_is_refused() {
    let (mut store, _dir, session) = with_session();
    let other = store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    let issue = store
        .create_key_issue(
            other.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let err = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "T".into(),
                key_issue_ids: vec![issue.id.to_string()],
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("key_issue_ids"));
    assert!(err.to_string().contains("another session"), "{err}");
    assert_eq!(
        err.rule().map(hrc_core::Rule::code).as_deref(),
        Some("in_another_session")
    );
}
