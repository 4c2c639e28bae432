//! Full-text search: prefixes, accents and case, snippets, filters, deletions.
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::search::{SearchKind, SearchQuery};
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::situation::SituationInput;

use crate::support::with_session;

fn q(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.into(),
        ..Default::default()
    }
}

#[test]
fn finds_by_prefix_ignoring_case_and_accents() {
    let (mut store, _dir, session) = with_session();
    store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                overview: Some("Intimidation of defenders".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Lunch meeting in Genève with the Burundi coalition".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let cases = [
        ("reprisal", SearchKind::KeyIssue),
        ("REPRISALS", SearchKind::KeyIssue),
        ("intimid", SearchKind::KeyIssue),
        ("geneve", SearchKind::Note),
        ("Genève", SearchKind::Note),
        ("burundi coal", SearchKind::Note),
    ];
    for (text, kind) in cases {
        let hits = store.search(&q(text)).unwrap();
        assert_eq!(hits.len(), 1, "{text}");
        assert_eq!(hits[0].kind, kind, "{text}");
        assert_eq!(hits[0].session_label, "38");
    }
    assert!(store.search(&q("xylophone")).unwrap().is_empty());
    assert!(store.search(&q("  ")).unwrap().is_empty());
}

#[test]
fn snippets_mark_the_words_that_matched() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "The delegation of Eritrea did not engage with the Special Rapporteur."
                    .into(),
                ..Default::default()
            },
        )
        .unwrap();
    let hit = &store.search(&q("eritrea")).unwrap()[0];
    let marked: Vec<_> = hit
        .snippet
        .iter()
        .filter(|p| p.hit)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marked, ["Eritrea"]);
    assert!(
        hit.title.starts_with("The delegation of Eritrea"),
        "a note's title is its first line"
    );
}

#[test]
fn phrases_and_hostile_syntax() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "commission of inquiry on Syria".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "inquiry into the commission".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        store.search(&q("\"commission of inquiry\"")).unwrap().len(),
        1
    );
    assert_eq!(store.search(&q("commission inquiry")).unwrap().len(), 2);
    for hostile in [
        "\"",
        "NEAR(",
        "a OR",
        "*",
        "'; DROP TABLE notes; --",
        "col:umn",
        "((((",
    ] {
        assert!(store.search(&q(hostile)).is_ok(), "{hostile}");
    }
}

#[test]
fn titles_rank_above_bodies() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Reprisals came up twice; reprisals again".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let hits = store.search(&q("reprisals")).unwrap();
    assert_eq!(hits[0].kind, SearchKind::KeyIssue);
}

#[test]
fn filters_by_session_and_kind() {
    let (mut store, _dir, session) = with_session();
    let other = store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Burundi in June".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            other.id,
            &NoteInput {
                body: "Burundi in September".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_situation(
            other.id,
            &SituationInput {
                country: "BDI".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(store.search(&q("burundi")).unwrap().len(), 3);
    assert_eq!(
        store
            .search(&SearchQuery {
                session: Some("39".into()),
                ..q("burundi")
            })
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                kinds: vec!["situation".into()],
                ..q("burundi")
            })
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                kinds: vec!["song".into()],
                ..q("burundi")
            })
            .unwrap_err()
            .field(),
        Some("kinds")
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                limit: Some(1),
                ..q("burundi")
            })
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn edits_and_deletions_reach_the_index() {
    let (mut store, _dir, session) = with_session();
    let n = store
        .create_note(
            session.id,
            &NoteInput {
                body: "Belarus".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .update_note(
            n.id,
            &NoteInput {
                body: "Eritrea".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(store.search(&q("belarus")).unwrap().is_empty());
    assert_eq!(store.search(&q("eritrea")).unwrap().len(), 1);
    store.delete_note(n.id).unwrap();
    assert!(store.search(&q("eritrea")).unwrap().is_empty());
    store.restore_note(n.id).unwrap();
    assert_eq!(store.search(&q("eritrea")).unwrap().len(), 1);
    store.delete_session(session.id).unwrap();
    assert!(
        store.search(&q("eritrea")).unwrap().is_empty(),
        "a deleted session's rows are not found"
    );
}
