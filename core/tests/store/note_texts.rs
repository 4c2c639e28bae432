//! Notes about a text (schema 12): linked as to a meeting or a statement, listed on the text,
//! refused for a deleted text or one of another session (naming `resolution_id`, nothing stored),
//! kept while the text is deleted and back with it, and carried by bundles and their copies.
use hrc_core::bundle::Bundle;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;
use uuid::Uuid;

use crate::resolutions::syria;
use crate::support::{dump, temp_store, with_session};

fn about(text: Uuid, body: &str) -> NoteInput {
    NoteInput {
        body: body.into(),
        resolution_id: Some(text.to_string()),
        ..NoteInput::default()
    }
}

fn refused_naming_the_text(store: &mut Store, session: Uuid, input: &NoteInput) {
    let before = dump(store);
    let err = store.create_note(session, input).unwrap_err();
    assert_eq!(err.field(), Some("resolution_id"), "{err}");
    assert_eq!(dump(store), before, "nothing stored");
}

#[test]
fn a_note_is_about_a_text_of_its_session_and_listed_on_it() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let note = store
        .create_note(
            session.id,
            &about(text.id, "Core group: OP 12 will be softened"),
        )
        .unwrap();
    assert_eq!(note.resolution_id, Some(text.id));
    assert_eq!(store.note(note.id).unwrap().resolution_id, Some(text.id));
    assert_eq!(
        store.notes(session.id).unwrap()[0].resolution_id,
        Some(text.id)
    );
    let other = store
        .create_note(
            session.id,
            &NoteInput {
                body: "Not about it".into(),
                ..NoteInput::default()
            },
        )
        .unwrap();
    let on_text: Vec<Uuid> = store
        .notes_on_text(text.id)
        .unwrap()
        .iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(on_text, [note.id]);

    // Linked on edit, and unlinked.
    let mut input = about(text.id, "Now about it");
    store.update_note(other.id, &input).unwrap();
    assert_eq!(store.notes_on_text(text.id).unwrap().len(), 2);
    input.resolution_id = None;
    let unlinked = store.update_note(other.id, &input).unwrap();
    assert_eq!(unlinked.resolution_id, None);
    assert_eq!(store.notes_on_text(text.id).unwrap().len(), 1);
}

#[test]
fn a_deleted_text_another_sessions_or_no_text_is_refused_naming_the_field() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let hrc39 = store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    let elsewhere = store.create_resolution(&syria(hrc39.id)).unwrap();
    refused_naming_the_text(&mut store, session.id, &about(elsewhere.id, "x"));
    refused_naming_the_text(&mut store, session.id, &about(Uuid::now_v7(), "x"));
    let mut typo = about(text.id, "x");
    typo.resolution_id = Some("L.10".into());
    refused_naming_the_text(&mut store, session.id, &typo);

    let gone = store.create_resolution(&syria(session.id)).unwrap();
    store.delete_resolution(gone.id).unwrap();
    refused_naming_the_text(&mut store, session.id, &about(gone.id, "x"));

    // An edit cannot link a note to a deleted text either.
    let note = store
        .create_note(session.id, &about(text.id, "On L.10"))
        .unwrap();
    let err = store
        .update_note(note.id, &about(gone.id, "On L.10"))
        .unwrap_err();
    assert_eq!(err.field(), Some("resolution_id"));
    assert_eq!(store.note(note.id).unwrap().resolution_id, Some(text.id));
}

#[test]
fn a_note_keeps_its_text_while_the_text_is_deleted_and_gets_it_back_with_it() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let note = store
        .create_note(session.id, &about(text.id, "Typed before"))
        .unwrap();
    store.delete_resolution(text.id).unwrap();
    assert_eq!(
        store.note(note.id).unwrap().resolution_id,
        None,
        "read as none"
    );
    assert!(store.notes_on_text(text.id).is_err(), "the text is gone");
    // The editor, open meanwhile, saves what it shows (no text) or what it held (the text).
    let typed = NoteInput {
        body: "Typed while the text was deleted".into(),
        ..NoteInput::default()
    };
    store.update_note(note.id, &typed).unwrap();
    store
        .update_note(note.id, &about(text.id, "Typed again"))
        .unwrap();
    store.restore_resolution(text.id).unwrap();
    let back = store.note(note.id).unwrap();
    assert_eq!(back.resolution_id, Some(text.id));
    assert_eq!(back.body, "Typed again");
}

#[test]
fn bundles_carry_a_notes_text_and_older_bundles_without_it_still_import() {
    let (mut a, _da, session) = with_session();
    let text = a.create_resolution(&syria(session.id)).unwrap();
    let note = a
        .create_note(session.id, &about(text.id, "Lobby France on OP 3"))
        .unwrap();
    let exported = a.export_bundle(session.id).unwrap().to_json();
    assert!(exported.contains(&format!("\"resolution_id\": \"{}\"", text.id)));

    let (mut b, _db) = temp_store();
    b.import_bundle(&Bundle::from_json(&exported).unwrap())
        .unwrap();
    assert_eq!(b.note(note.id).unwrap(), a.note(note.id).unwrap());
    assert_eq!(
        b.export_bundle(session.id).unwrap().to_json(),
        exported,
        "export → import → export"
    );
    let again = b
        .import_bundle(&Bundle::from_json(&exported).unwrap())
        .unwrap();
    assert_eq!((again.added, again.updated), (0, 0), "{again:?}");

    // A copy's note is about the copy's text.
    let copy = a.export_bundle(session.id).unwrap().into_copy(&a).unwrap();
    let report = a.import_bundle(&copy).unwrap();
    let copied_text = a.resolutions(report.session.id).unwrap()[0].id;
    let copied = &a.notes(report.session.id).unwrap()[0];
    assert_eq!(copied.resolution_id, Some(copied_text));
    assert_ne!(copied_text, text.id);

    // A bundle written before schema 12 has no resolution_id in its notes.
    let mut older: serde_json::Value = serde_json::from_str(&exported).unwrap();
    for n in older["notes"].as_array_mut().unwrap() {
        n.as_object_mut().unwrap().remove("resolution_id");
    }
    let (mut c, _dc) = temp_store();
    c.import_bundle(&Bundle::from_json(&older.to_string()).unwrap())
        .unwrap();
    assert_eq!(c.note(note.id).unwrap().resolution_id, None);
    assert_eq!(c.note(note.id).unwrap().body, "Lobby France on OP 3");
}

#[test]
fn a_bundle_note_about_another_sessions_text_is_refused() {
    let (mut a, _da, session) = with_session();
    let note = a
        .create_note(
            session.id,
            &NoteInput {
                body: "x".into(),
                ..NoteInput::default()
            },
        )
        .unwrap();
    let (mut c, _dc) = temp_store();
    let hrc39 = c
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    let elsewhere = c.create_resolution(&syria(hrc39.id)).unwrap();
    let mut bundle: serde_json::Value =
        serde_json::from_str(&a.export_bundle(session.id).unwrap().to_json()).unwrap();
    bundle["notes"][0]["resolution_id"] = elsewhere.id.to_string().into();
    let before = dump(&c);
    let err = c
        .import_bundle(&Bundle::from_json(&bundle.to_string()).unwrap())
        .unwrap_err();
    assert!(err.to_string().contains(&note.id.to_string()), "{err}");
    assert_eq!(dump(&c), before, "nothing stored");
}

#[test]
fn an_export_with_the_notes_names_the_text_a_note_is_about() {
    use hrc_core::export::{export, ExportFormat, Section};
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    store
        .create_note(session.id, &about(text.id, "Lobby France on OP 3"))
        .unwrap();
    for format in [ExportFormat::Markdown, ExportFormat::Html] {
        let out = String::from_utf8(export(&store, session.id, format, &[Section::Notes]).unwrap())
            .unwrap();
        assert!(
            out.contains("— A/HRC/38/L.10 The human rights situation in the Syrian Arab Republic"),
            "{out}"
        );
    }
}
