//! The notes counted for the window's screens: the same counts as the notes read, without them.
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::overview::{AgendaItemNotes, NoteTally};

use crate::support::temp_store;

#[test]
fn counting_notes_agrees_with_reading_them() {
    let (mut store, _dir) = temp_store();
    let session = hrc_core::demo::load(&mut store).unwrap().session;
    let full = store.overview(session.id).unwrap();
    let situation = full.situations[0].id;
    let meeting = full
        .meetings
        .iter()
        .find(|m| m.agenda_item().is_some())
        .unwrap();
    let (meeting_id, item) = (meeting.id, meeting.agenda_item().unwrap());
    let note = |body: &str| NoteInput {
        body: body.into(),
        taken_at: Some("2018-06-21 16:40".into()),
        ..Default::default()
    };
    store
        .create_note(
            session.id,
            &NoteInput {
                meeting_id: Some(meeting_id.to_string()),
                ..note("In the room")
            },
        )
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                situation_id: Some(situation.to_string()),
                agenda_item: Some(4),
                ..note("On a country")
            },
        )
        .unwrap();
    let text = store
        .create_resolution(&crate::resolutions::syria(session.id))
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                resolution_id: Some(text.id.to_string()),
                ..note("Core group: OP 12 will be softened")
            },
        )
        .unwrap();
    let gone = store.create_note(session.id, &note("Deleted")).unwrap();
    store.delete_note(gone.id).unwrap();
    // A link to a record deleted since (its undo still offered) counts as none.
    store.delete_situation(situation).unwrap();

    let read = store.overview(session.id).unwrap();
    let counted = store.overview_counting_notes(session.id).unwrap();
    assert!(counted.notes.is_empty(), "the notes are counted, not read");
    assert!(!read.notes.is_empty());
    assert_eq!(counted.note_tally, read.note_tally);
    assert_eq!(counted.note_tally, NoteTally::of(&read.notes));
    let tally = &counted.note_tally;
    assert_eq!(tally.total as usize, read.notes.len());
    assert_eq!(
        tally.in_meetings as usize,
        read.notes.iter().filter(|n| n.meeting_id.is_some()).count()
    );
    assert!(tally.in_meetings >= 1);
    assert_eq!(
        tally.on_situations as usize,
        read.notes
            .iter()
            .filter(|n| n.situation_id.is_some())
            .count(),
        "the note on the deleted situation is not counted on a situation"
    );
    assert_eq!(tally.on_texts, 1);
    for AgendaItemNotes { agenda_item, notes } in &tally.by_agenda_item {
        let on_item = read
            .notes
            .iter()
            .filter(|n| n.agenda_item == Some(*agenda_item))
            .count();
        assert_eq!(*notes as usize, on_item, "item {agenda_item}");
    }
    assert!(tally.by_agenda_item.iter().any(|x| x.agenda_item == item));
    assert!(tally.by_agenda_item.iter().any(|x| x.agenda_item == 4));
    assert_eq!(
        tally.latest_taken_at,
        read.notes.iter().map(|n| n.taken_at).max()
    );
    // Everything but the notes is the same as the full read.
    assert_eq!(
        (counted.statements, counted.meetings, counted.situations),
        (read.statements, read.meetings, read.situations)
    );
}

#[test]
fn a_session_without_notes_counts_none() {
    let (mut store, _dir) = temp_store();
    let session = store.create_session(&crate::support::hrc38()).unwrap();
    let tally = store
        .overview_counting_notes(session.id)
        .unwrap()
        .note_tally;
    assert_eq!(tally, NoteTally::default());
}
