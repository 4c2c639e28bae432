//! Speaking rules: a statement's default limit from its meeting, the session's rule for the
//! meeting's kind or the settings; a change previewed (nothing stored) and applied to exactly
//! the statements held to the old default; bad seconds refused naming the field.
use hrc_core::domain::meeting::{Meeting, MeetingInput};
use hrc_core::domain::session::Session;
use hrc_core::domain::statement::{Statement, StatementInput};
use hrc_core::{Store, Uuid};

use crate::support::{dump, with_session, words};

fn meeting(store: &mut Store, session: &Session, kind: &str, seconds: Option<u32>) -> Meeting {
    store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                kind: Some(kind.into()),
                title: format!("A {kind}"),
                speaking_seconds: seconds,
                ..Default::default()
            },
        )
        .unwrap()
}

/// A statement of `kind` at `meeting` with `n` words and the limit typed, if any.
fn statement(
    store: &mut Store,
    session: &Session,
    title: &str,
    meeting: Option<&Meeting>,
    n: usize,
    limit: Option<u32>,
    kind: &str,
) -> Statement {
    store
        .create_statement(
            session.id,
            &StatementInput {
                title: title.into(),
                kind: Some(kind.into()),
                meeting_id: meeting.map(|m| m.id.to_string()),
                text: Some(words(n)),
                limit_seconds: limit,
                ..Default::default()
            },
        )
        .unwrap()
}

fn limits(store: &Store, session: &Session) -> Vec<(String, Option<u32>)> {
    store
        .statements(session.id)
        .unwrap()
        .into_iter()
        .map(|s| (s.title, s.limit_seconds))
        .collect()
}

#[test]
fn a_statements_default_limit_is_its_meetings_then_the_sessions_rule_then_the_settings() {
    let (mut store, _dir, session) = with_session();
    store
        .set_speaking_rule(session.id, "interactive-dialogue", 150)
        .unwrap();
    let own = meeting(&mut store, &session, "interactive-dialogue", Some(60));
    let by_rule = meeting(&mut store, &session, "interactive-dialogue", None);
    let debate = meeting(&mut store, &session, "general-debate", None);
    let panel = meeting(&mut store, &session, "panel", None);
    let cases = [
        ("own", Some(&own), None, Some(60)),
        ("rule", Some(&by_rule), None, Some(150)),
        ("debate", Some(&debate), None, Some(90)),
        ("panel", Some(&panel), None, Some(120)),
        ("none", None, None, Some(120)),
        ("typed", Some(&own), Some(75), Some(75)),
    ];
    for (title, at, typed, want) in cases {
        let s = statement(&mut store, &session, title, at, 10, typed, "oral");
        assert_eq!(s.limit_seconds, want, "{title}");
        // A draft is measured against the same default.
        let draft = store
            .measure_draft(
                session.id,
                &StatementInput {
                    meeting_id: at.map(|m| m.id.to_string()),
                    limit_seconds: typed,
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(draft.limit_seconds, want, "draft {title}");
    }
    let written = statement(&mut store, &session, "w", Some(&own), 10, None, "written");
    assert_eq!(written.limit_seconds, None);
}

/// A dialogue held to the settings' 2:00 with statements of every sort, and one elsewhere.
fn dialogue_with_statements() -> (Store, tempfile::TempDir, Session, Meeting) {
    let (mut store, dir, session) = with_session();
    let id = meeting(&mut store, &session, "interactive-dialogue", None);
    let other = meeting(&mut store, &session, "interactive-dialogue", None);
    // 300 words at 150 a minute: 2:00, over 1:30; 200 words: 1:20, within it.
    let statements = [
        ("Long", Some(&id), 300, None, "oral"),
        ("Short", Some(&id), 200, None, "joint-oral"),
        ("Own limit", Some(&id), 300, Some(60), "oral"),
        ("Written", Some(&id), 300, None, "written"),
        ("Other meeting", Some(&other), 300, None, "oral"),
        ("No meeting", None, 300, None, "oral"),
        ("Delivered", Some(&id), 300, None, "oral"),
        ("Withdrawn", Some(&id), 300, None, "oral"),
        ("Deleted", Some(&id), 300, None, "oral"),
    ];
    for (title, at, n, limit, kind) in statements {
        let added = statement(&mut store, &session, title, at, n, limit, kind);
        match title {
            "Delivered" => drop(store.set_statement_status(added.id, "delivered").unwrap()),
            "Withdrawn" => drop(store.set_statement_status(added.id, "withdrawn").unwrap()),
            "Deleted" => store.delete_statement(added.id).unwrap(),
            _ => {}
        }
    }
    (store, dir, session, id)
}

#[test]
fn a_preview_lists_exactly_the_statements_held_to_the_old_default_and_stores_nothing() {
    let (store, _dir, _session, id) = dialogue_with_statements();
    let before = dump(&store);
    let change = store.preview_speaking_time(id.id, Some(90)).unwrap();
    assert_eq!((change.old_seconds, change.new_seconds), (120, 90));
    let listed: Vec<_> = change
        .statements
        .iter()
        .map(|s| {
            (
                s.title.as_str(),
                s.old_limit_seconds,
                s.new_limit_seconds,
                s.estimated_seconds,
                s.over_limit,
            )
        })
        .collect();
    assert_eq!(
        listed,
        [("Long", 120, 90, 120, true), ("Short", 120, 90, 80, false)]
    );
    assert_eq!(change.over, 1);
    assert_eq!(dump(&store), before, "a preview stores nothing");
    // The same time again changes nothing.
    let same = store.preview_speaking_time(id.id, Some(120)).unwrap();
    assert!(same.statements.is_empty());
}

#[test]
fn applying_updates_the_meeting_and_those_statements_and_nothing_else() {
    let (mut store, _dir, session, id) = dialogue_with_statements();
    let before = store.statements(session.id).unwrap();
    let preview = store.preview_speaking_time(id.id, Some(90)).unwrap();
    let applied = store.set_speaking_time(id.id, Some(90)).unwrap();
    assert_eq!(applied, preview);
    assert_eq!(store.meeting(id.id).unwrap().speaking_seconds, Some(90));
    let after = store.statements(session.id).unwrap();
    let followed: Vec<Uuid> = preview.statements.iter().map(|s| s.statement_id).collect();
    for (b, a) in before.iter().zip(&after) {
        if followed.contains(&b.id) {
            assert_eq!(a.limit_seconds, Some(90), "{}", b.title);
            assert_eq!(a.timing.over_limit, b.title == "Long", "{}", b.title);
        } else {
            assert_eq!(a, b, "{} untouched", b.title);
        }
    }
    // Back to no time of its own: the settings' 2:00 again, for the same two.
    let back = store.set_speaking_time(id.id, None).unwrap();
    assert_eq!((back.old_seconds, back.new_seconds), (90, 120));
    assert_eq!(back.statements.len(), 2);
    assert_eq!(store.meeting(id.id).unwrap().speaking_seconds, None);
    let limits_back: Vec<_> = store
        .statements(session.id)
        .unwrap()
        .iter()
        .map(|s| s.limit_seconds)
        .collect();
    let limits_before: Vec<_> = before.iter().map(|s| s.limit_seconds).collect();
    assert_eq!(limits_back, limits_before);
}

#[test]
fn a_sessions_rule_for_a_kind_reaches_its_meetings_without_a_time_of_their_own() {
    let (mut store, _dir, session) = with_session();
    let plain = meeting(&mut store, &session, "interactive-dialogue", None);
    let own = meeting(&mut store, &session, "interactive-dialogue", Some(120));
    let panel = meeting(&mut store, &session, "panel", None);
    for (title, at) in [("Plain", &plain), ("Own", &own), ("Panel", &panel)] {
        statement(&mut store, &session, title, Some(at), 300, None, "oral");
    }

    let set = store
        .set_speaking_rule(session.id, "interactive-dialogue", 90)
        .unwrap();
    let titles: Vec<_> = set.statements.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Plain"]);
    assert_eq!(set.over, 1);
    let rules = store.speaking_rules(session.id).unwrap();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].meeting_kind.key(), "interactive-dialogue");
    assert_eq!(rules[0].speaking_seconds, 90);
    assert_eq!(
        limits(&store, &session),
        [
            ("Plain".into(), Some(90)),
            ("Own".into(), Some(120)),
            ("Panel".into(), Some(120))
        ]
    );
    // A meeting's time cleared falls back to the session's rule.
    let own_cleared = store.preview_speaking_time(own.id, None).unwrap();
    assert_eq!(
        (own_cleared.old_seconds, own_cleared.new_seconds),
        (120, 90)
    );

    let cleared = store
        .clear_speaking_rule(session.id, "interactive-dialogue")
        .unwrap();
    assert_eq!((cleared.old_seconds, cleared.new_seconds), (90, 120));
    assert!(store.speaking_rules(session.id).unwrap().is_empty());
    assert_eq!(limits(&store, &session)[0], ("Plain".into(), Some(120)));
}

#[test]
fn bad_seconds_and_kinds_are_refused_naming_the_field_and_change_nothing() {
    let (mut store, _dir, session, id) = dialogue_with_statements();
    let before = dump(&store);
    for bad in [0, 9, 1801, 5000] {
        let errors = [
            store.preview_speaking_time(id.id, Some(bad)).unwrap_err(),
            store.set_speaking_time(id.id, Some(bad)).unwrap_err(),
            store
                .set_speaking_rule(session.id, "interactive-dialogue", bad)
                .unwrap_err(),
        ];
        for e in errors {
            assert_eq!(e.field(), Some("speaking_seconds"), "{bad}");
            assert_eq!(e.rule().map(|r| r.code()).as_deref(), Some("out_of_range"));
        }
    }
    for attempt in [
        store.set_speaking_rule(session.id, "tea-break", 90),
        store.clear_speaking_rule(session.id, "tea-break"),
    ] {
        assert_eq!(attempt.unwrap_err().field(), Some("meeting_kind"));
    }
    assert_eq!(dump(&store), before);
}
