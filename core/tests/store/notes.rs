//! Notes: links, inherited agenda item, autosave edits, delete and restore.
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::note::NoteInput;

use crate::support::with_session;

#[test]
fn a_note_in_a_meeting_takes_its_agenda_item() {
    let (mut store, _dir, session) = with_session();
    let m = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-27".into(),
                start: "09:00".into(),
                end: "12:00".into(),
                agenda_items: vec![4],
                title: "COI Burundi".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let n = store
        .create_note(
            session.id,
            &NoteInput {
                body: "Delegation silent.".into(),
                meeting_id: Some(m.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!((n.meeting_id, n.agenda_item), (Some(m.id), Some(4)));
}

#[test]
fn autosave_edits_keep_the_time_taken() {
    let (mut store, _dir, session) = with_session();
    let n = store
        .create_note(
            session.id,
            &NoteInput {
                taken_at: Some("2018-06-19T16:10:00+02:00".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(n.body, "");
    let mut body = String::new();
    for word in [
        "The ",
        "SR ",
        "presented ",
        "her report — «très» بالعربية 🙂",
    ] {
        body.push_str(word);
        store
            .update_note(
                n.id,
                &NoteInput {
                    body: body.clone(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let saved = store.note(n.id).unwrap();
    assert_eq!(
        saved.body,
        "The SR presented her report — «très» بالعربية 🙂"
    );
    assert_eq!(saved.taken_at, n.taken_at);
    assert_eq!(
        hrc_core::geneva::stamp(saved.taken_at),
        "2018-06-19T14:10:00.000Z"
    );
}

#[test]
fn notes_list_newest_first_and_come_back_after_delete() {
    let (mut store, _dir, session) = with_session();
    let early = store
        .create_note(
            session.id,
            &NoteInput {
                body: "first".into(),
                taken_at: Some("2018-06-18T09:00:00Z".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let late = store
        .create_note(
            session.id,
            &NoteInput {
                body: "second".into(),
                taken_at: Some("2018-06-19T09:00:00Z".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let ids: Vec<_> = store
        .notes(session.id)
        .unwrap()
        .into_iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(ids, [late.id, early.id]);
    store.delete_note(early.id).unwrap();
    assert_eq!(store.notes(session.id).unwrap().len(), 1);
    assert_eq!(store.restore_note(early.id).unwrap().body, "first");
    assert_eq!(store.notes(session.id).unwrap().len(), 2);
}

#[test]
fn a_note_from_a_notebook_takes_the_geneva_time_it_was_taken_at() {
    let (mut store, _dir, session) = with_session();
    let at = |n: &hrc_core::domain::note::Note| hrc_core::geneva::stamp(n.taken_at);
    let n = store
        .create_note(
            session.id,
            &NoteInput {
                body: "From my notebook.".into(),
                taken_at: Some("2018-06-20 10:15".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        at(&n),
        "2018-06-20T08:15:00.000Z",
        "Geneva summer time is UTC+2"
    );
    let moved = store
        .update_note(
            n.id,
            &NoteInput {
                body: n.body.clone(),
                taken_at: Some("2018-06-21T09:00".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(at(&moved), "2018-06-21T07:00:00.000Z");
    let before = crate::support::dump(&store);
    let err = store
        .update_note(
            n.id,
            &NoteInput {
                body: "changed".into(),
                taken_at: Some("2018-06-21 25:00".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("taken_at"));
    assert_eq!(crate::support::dump(&store), before, "nothing changed");
}
