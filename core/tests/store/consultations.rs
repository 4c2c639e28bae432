//! Informal consultations on a text: added, edited, listed by text and by session, deleted and
//! restored, found by search; a day within the session or to be announced, hours only with a
//! day, the end after the start, the room only as typed; bad input refused naming the field
//! with nothing changed; a deleted one's text forgotten once its undo is no longer offered.
use hrc_core::domain::consultation::ConsultationInput;
use hrc_core::domain::search::{SearchKind, SearchQuery};
use hrc_core::Store;
use uuid::Uuid;

use crate::resolutions::syria;
use crate::support::{dump, with_session};

/// The consultation on the Syria text at the start of the last week, as a core group announces it.
fn first_reading(resolution: Uuid) -> ConsultationInput {
    ConsultationInput {
        resolution_id: resolution,
        date: Some("2018-07-02".into()),
        start: Some("13:00".into()),
        end: Some("14:00".into()),
        room: Some("Room XXIII".into()),
        convenor: "United Kingdom (core group)".into(),
        notes: "First reading: the accountability paragraph questioned by two delegations.".into(),
    }
}

/// The ids of the consultations a search finds.
fn found(store: &Store, text: &str) -> Vec<Uuid> {
    store
        .search(&SearchQuery {
            text: text.into(),
            session: Some("38".into()),
            kinds: vec![SearchKind::Consultation.key().into()],
            limit: None,
        })
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn a_consultation_is_added_edited_listed_deleted_and_restored() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let c = store.create_consultation(&first_reading(text.id)).unwrap();
    assert_eq!(c.resolution_id, text.id);
    assert_eq!(c.session_id, session.id);
    assert_eq!(c.draft_symbol.as_deref(), Some("A/HRC/38/L.10"));
    assert_eq!(c.when(), "2018-07-02 13:00–14:00");
    assert_eq!(c.room.as_deref(), Some("Room XXIII"));
    assert_eq!(store.consultation(c.id).unwrap(), c);

    // A second one, its day still to be announced, and no room given: none is invented.
    let later = store
        .create_consultation(&ConsultationInput {
            resolution_id: text.id,
            convenor: "United Kingdom".into(),
            ..ConsultationInput::default()
        })
        .unwrap();
    assert_eq!(later.date, None);
    assert_eq!(later.room, None);
    assert_eq!(later.when(), "date to be announced");
    let listed: Vec<Uuid> = store
        .consultations(text.id)
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(listed, [c.id, later.id], "by day, to be announced last");

    // Its day set, earlier than the first: it comes first.
    let mut input = later.to_input();
    input.date = Some("2018-06-28".into());
    input.start = Some("15:00".into());
    input.room = Some("  ".into());
    let later = store.update_consultation(later.id, &input).unwrap();
    assert_eq!(later.when(), "2018-06-28 from 15:00");
    assert_eq!(later.room, None, "a blank room is none");
    let listed: Vec<Uuid> = store
        .session_consultations(session.id)
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(listed, [later.id, c.id]);

    store.delete_consultation(c.id).unwrap();
    assert!(store.consultation(c.id).is_err());
    assert_eq!(store.consultations(text.id).unwrap().len(), 1);
    let back = store.restore_consultation(c.id).unwrap();
    assert_eq!(back.notes, c.notes);
    assert_eq!(store.consultations(text.id).unwrap().len(), 2);
}

#[test]
fn bad_input_is_refused_naming_the_field_and_nothing_changes() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let c = store.create_consultation(&first_reading(text.id)).unwrap();
    let before = dump(&store);
    type Spoil = Box<dyn Fn(&mut ConsultationInput)>;
    let bad: Vec<(&str, Spoil)> = vec![
        ("date", Box::new(|i| i.date = Some("2 July".into()))),
        (
            "date",
            Box::new(|i| i.date = Some("2018-07-09".into())), // after the session
        ),
        (
            "date",
            Box::new(|i| i.date = None), // hours without a day
        ),
        ("start", Box::new(|i| i.start = Some("1pm".into()))),
        ("start", Box::new(|i| i.start = None)), // an end without a start
        ("end", Box::new(|i| i.end = Some("25:00".into()))),
        ("end", Box::new(|i| i.end = Some("12:30".into()))),
        ("end", Box::new(|i| i.end = Some("13:00".into()))),
    ];
    for (field, spoil) in &bad {
        let mut input = first_reading(text.id);
        spoil(&mut input);
        let e = store.create_consultation(&input).unwrap_err();
        assert_eq!(e.field(), Some(*field), "{e}");
        let e = store.update_consultation(c.id, &input).unwrap_err();
        assert_eq!(e.field(), Some(*field), "{e}");
        assert_eq!(dump(&store), before, "{field}: nothing stored");
    }
    // On a text that is not there, or deleted.
    let mut input = first_reading(Uuid::nil());
    assert!(store.create_consultation(&input).is_err());
    let other = store.create_resolution(&syria(session.id)).unwrap();
    store.delete_resolution(other.id).unwrap();
    let before = dump(&store);
    input.resolution_id = other.id;
    assert!(store.create_consultation(&input).is_err());
    assert_eq!(dump(&store), before);
}

#[test]
fn consultations_are_found_by_my_notes_convenor_and_room_while_their_text_is_live() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let c = store.create_consultation(&first_reading(text.id)).unwrap();
    for typed in ["accountability paragraph", "core group", "XXIII"] {
        assert_eq!(found(&store, typed), [c.id], "{typed}");
    }
    let hit = &store
        .search(&SearchQuery {
            text: "accountability".into(),
            ..SearchQuery::default()
        })
        .unwrap()[0];
    assert_eq!(hit.kind, SearchKind::Consultation);
    assert!(hit.title.starts_with("First reading"), "{}", hit.title);

    let mut input = c.to_input();
    input.notes = "Second reading postponed.".into();
    store.update_consultation(c.id, &input).unwrap();
    assert!(found(&store, "accountability").is_empty());
    assert_eq!(found(&store, "postponed"), [c.id]);

    // Its text deleted: out of search and of the lists; restored: back in both.
    store.delete_resolution(text.id).unwrap();
    assert!(found(&store, "postponed").is_empty());
    assert!(store.session_consultations(session.id).unwrap().is_empty());
    assert!(store.consultation(c.id).is_err());
    store.restore_resolution(text.id).unwrap();
    assert_eq!(found(&store, "postponed"), [c.id]);

    store.delete_consultation(c.id).unwrap();
    assert!(found(&store, "postponed").is_empty());
    store.restore_consultation(c.id).unwrap();
    assert_eq!(found(&store, "postponed"), [c.id]);
}

#[test]
fn a_deleted_consultation_and_those_of_a_deleted_text_lose_their_text_when_purged() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let kept = store.create_resolution(&syria(session.id)).unwrap();
    let gone = store.create_consultation(&first_reading(text.id)).unwrap();
    let with_text = store.create_consultation(&first_reading(text.id)).unwrap();
    let live = store.create_consultation(&first_reading(kept.id)).unwrap();
    store.delete_consultation(gone.id).unwrap();
    store.delete_resolution(text.id).unwrap();
    store.purge_deleted(None).unwrap();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    let stored = |id: Uuid| -> (Option<String>, String, String, bool) {
        conn.query_row(
            "SELECT room, convenor, notes, deleted_at IS NOT NULL FROM consultations WHERE id = ?1",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap()
    };
    for id in [gone.id, with_text.id] {
        assert_eq!(
            stored(id),
            (Some(String::new()), String::new(), String::new(), true)
        );
    }
    assert_eq!(stored(live.id).2, live.notes, "a live text's are kept");
    assert!(store.restore_resolution(text.id).is_ok());
    assert!(
        store.consultations(text.id).unwrap().is_empty(),
        "forgotten with it"
    );
}

#[test]
fn a_session_deleted_for_good_takes_its_consultations_text_with_it() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let c = store.create_consultation(&first_reading(text.id)).unwrap();
    store.delete_session_for_good(session.id).unwrap();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    let (notes, convenor, deleted): (String, String, bool) = conn
        .query_row(
            "SELECT notes, convenor, deleted_at IS NOT NULL FROM consultations WHERE id = ?1",
            [c.id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((notes.as_str(), convenor.as_str(), deleted), ("", "", true));
    let anywhere = store
        .search(&SearchQuery {
            text: "accountability".into(),
            ..SearchQuery::default()
        })
        .unwrap();
    assert!(anywhere.is_empty(), "{anywhere:?}");
}
