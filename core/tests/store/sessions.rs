//! Sessions: the standing agenda, labels, uniqueness, edits and deletion.
use hrc_core::domain::session::{SessionInput, SessionKind};
use hrc_core::reference::agenda::STANDING_ITEMS;
use hrc_core::Error;

use crate::support::{hrc38, temp_store, with_session};

#[test]
fn a_new_session_gets_the_ten_standing_items() {
    let (store, _dir, session) = with_session();
    let items = store.agenda_items(session.id).unwrap();
    assert_eq!(items.len(), 10);
    for (item, (n, title)) in items.iter().zip(STANDING_ITEMS) {
        assert_eq!((item.number, item.title.as_str()), (n, title));
    }
    assert_eq!(
        items[3].title,
        "Human rights situations that require the Council's attention"
    );
    assert_eq!(
        items[6].title,
        "Human rights situation in Palestine and other occupied Arab territories"
    );
}

#[test]
fn defaults_title_venue_and_label() {
    let (_store, _dir, session) = with_session();
    assert_eq!(session.label, "38");
    assert_eq!(session.kind, SessionKind::Regular);
    assert_eq!(
        session.title,
        "38th regular session of the Human Rights Council"
    );
    assert_eq!(session.venue, "Palais des Nations, Geneva");
}

#[test]
fn special_sessions_are_numbered_apart() {
    let (mut store, _dir, _) = with_session();
    let special = store
        .create_session(&SessionInput {
            number: 38,
            kind: Some("special".into()),
            start_date: "2025-01-10".into(),
            end_date: "2025-01-10".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(special.label, "S-38");
    assert_eq!(store.find_session("S-38").unwrap().id, special.id);
    assert_eq!(
        store.find_session("HRC38").unwrap().kind,
        SessionKind::Regular
    );
    assert_eq!(store.list_sessions().unwrap().len(), 2);
}

#[test]
fn agenda_notes_are_kept_per_session() {
    let (mut store, _dir, session) = with_session();
    let item = store
        .set_agenda_notes(session.id, 4, "Burundi first")
        .unwrap();
    assert_eq!(item.notes, "Burundi first");
    assert_eq!(
        store.agenda_items(session.id).unwrap()[3].notes,
        "Burundi first"
    );
    assert_eq!(
        store
            .set_agenda_notes(session.id, 11, "x")
            .unwrap_err()
            .field(),
        Some("agenda_item")
    );
}

#[test]
fn editing_a_session_keeps_its_items_and_checks_its_programme() {
    let (mut store, _dir, session) = with_session();
    store
        .create_meeting(
            session.id,
            &hrc_core::domain::meeting::MeetingInput {
                date: "2018-07-05".into(),
                start: "09:00".into(),
                end: "12:00".into(),
                title: "ID".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let shorter = SessionInput {
        end_date: "2018-07-04".into(),
        ..hrc38()
    };
    assert_eq!(
        store
            .update_session(session.id, &shorter)
            .unwrap_err()
            .field(),
        Some("start_date")
    );
    let renamed = store
        .update_session(
            session.id,
            &SessionInput {
                title: Some("HRC38 (June)".into()),
                ..hrc38()
            },
        )
        .unwrap();
    assert_eq!(renamed.title, "HRC38 (June)");
    assert_eq!(store.agenda_items(session.id).unwrap().len(), 10);
}

#[test]
fn deleting_hides_and_restoring_brings_back() {
    let (mut store, _dir, session) = with_session();
    store.delete_session(session.id).unwrap();
    assert!(matches!(
        store.find_session("38"),
        Err(Error::NotFound { .. })
    ));
    assert!(store.list_sessions().unwrap().is_empty());
    // The number is free again while the old session is deleted…
    let again = store.create_session(&hrc38()).unwrap();
    // …so the old one cannot come back over it.
    let err = store.restore_session(session.id).unwrap_err();
    assert_eq!(err.field(), Some("number"), "{err}");
    store.delete_session(again.id).unwrap();
    assert_eq!(store.restore_session(session.id).unwrap().id, session.id);
}

#[test]
fn sessions_list_newest_first() {
    let (mut store, _dir) = temp_store();
    for (n, start, end) in [
        (37, "2018-02-26", "2018-03-23"),
        (39, "2018-09-10", "2018-09-28"),
        (38, "2018-06-18", "2018-07-06"),
    ] {
        store
            .create_session(&SessionInput {
                number: n,
                start_date: start.into(),
                end_date: end.into(),
                ..Default::default()
            })
            .unwrap();
    }
    let labels: Vec<_> = store
        .list_sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.label)
        .collect();
    assert_eq!(labels, ["39", "38", "37"]);
}

#[test]
fn summaries_say_where_each_session_stands() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &hrc_core::domain::note::NoteInput {
                body: "x".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let summaries = store
        .session_summaries("2018-06-20".parse().unwrap())
        .unwrap();
    assert_eq!(summaries.len(), 1);
    let s = &summaries[0];
    assert_eq!(
        (s.timing.phase, s.timing.day_number, s.notes, s.statements),
        (hrc_core::domain::session::Phase::Current, Some(3), 1, 0)
    );
}

#[test]
fn a_standard_title_follows_a_new_number() {
    let (mut store, _dir, session) = with_session();
    let moved = store
        .update_session(
            session.id,
            &SessionInput {
                number: 39,
                title: Some(session.title.clone()),
                ..hrc38()
            },
        )
        .unwrap();
    assert_eq!(
        moved.title,
        "39th regular session of the Human Rights Council"
    );
    let own = store
        .update_session(
            session.id,
            &SessionInput {
                number: 40,
                title: Some("June session".into()),
                ..hrc38()
            },
        )
        .unwrap();
    assert_eq!(own.title, "June session");
}

/// The command line's deletion of a session has no undo: the session and everything in it are
/// marked deleted and their text is emptied at once, so no word of a note stays in the file.
#[test]
fn a_session_deleted_for_good_keeps_no_text_of_anything_in_it() {
    let (mut store, _dir, session) = with_session();
    let note = hrc_core::domain::note::NoteInput {
        body: "Zanzibarite witness".into(),
        ..Default::default()
    };
    store.create_note(session.id, &note).unwrap();
    let issue = hrc_core::domain::key_issue::KeyIssueInput {
        title: "Quixotrope reprisals".into(),
        ..Default::default()
    };
    store.create_key_issue(session.id, &issue).unwrap();
    store.delete_session_for_good(session.id).unwrap();
    store.forget_old_words().unwrap();
    assert!(matches!(
        store.find_session("38"),
        Err(Error::NotFound { .. })
    ));
    let dump = crate::support::dump(&store);
    assert!(!dump.contains("Zanzibarite"), "{dump}");
    assert!(!dump.contains("Quixotrope"), "{dump}");
    assert!(store.delete_session_for_good(session.id).is_err());
}
