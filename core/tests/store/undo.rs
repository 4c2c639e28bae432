//! Deletion with undo: each record deleted in the window is hidden everywhere, comes back
//! exactly with its links, loses its text once forgotten, and is refused back (naming the field)
//! when a rule now forbids it.
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::search::SearchQuery;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::export::{export, ExportFormat};
use hrc_core::Store;
use uuid::Uuid;

use crate::support::{hrc38, temp_store};

/// The demo session: a store holding HRC38 and its id.
fn demo() -> (Store, tempfile::TempDir, Uuid) {
    let (mut store, dir) = temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    (store, dir, id)
}

/// Whether the overview, a search for `title`, and the session's markdown export show `id`.
fn shown(store: &Store, session: Uuid, id: Uuid, title: &str) -> [bool; 3] {
    let o = store.overview(session).unwrap();
    let ids: Vec<Uuid> = (o.meetings.iter().map(|r| r.id))
        .chain(o.key_issues.iter().map(|r| r.id))
        .chain(o.situations.iter().map(|r| r.id))
        .chain(o.statements.iter().map(|r| r.id))
        .chain(o.side_events.iter().map(|r| r.id))
        .collect();
    let query = SearchQuery {
        text: title.into(),
        session: None,
        kinds: vec![],
        limit: Some(200),
    };
    let found = store.search(&query).unwrap().iter().any(|h| h.id == id);
    let md =
        String::from_utf8(export(store, session, ExportFormat::Markdown, &[]).unwrap()).unwrap();
    [ids.contains(&id), found, md.contains(title)]
}

/// `value` as JSON without its `updated_at` times, which a restore moves on (for the bundles).
fn as_it_was(value: &impl serde::Serialize) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.remove("updated_at");
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(value).unwrap();
    strip(&mut v);
    v
}

#[test]
fn each_record_deleted_is_hidden_restored_back_and_forgotten() {
    let (mut store, _dir, session) = demo();
    let o = store.overview(session).unwrap();
    type Act = fn(&mut Store, Uuid) -> hrc_core::Result<()>;
    // Each with the number of its sources, forgotten with its text.
    let kinds: [(Uuid, String, usize, Act, Act); 5] = [
        (
            o.statements[0].id,
            o.statements[0].title.clone(),
            0,
            |s, id| s.delete_statement(id),
            |s, id| s.restore_statement(id).map(drop),
        ),
        (
            o.key_issues[0].id,
            o.key_issues[0].title.clone(),
            o.key_issues[0].sources.len(),
            |s, id| s.delete_key_issue(id),
            |s, id| s.restore_key_issue(id).map(drop),
        ),
        (
            o.situations[0].id,
            o.situations[0].summary.clone(),
            o.situations[0].sources.len(),
            |s, id| s.delete_situation(id),
            |s, id| s.restore_situation(id).map(drop),
        ),
        (
            o.side_events[0].id,
            o.side_events[0].title.clone(),
            o.side_events[0].sources.len(),
            |s, id| s.delete_side_event(id),
            |s, id| s.restore_side_event(id).map(drop),
        ),
        (
            o.meetings[0].id,
            o.meetings[0].title.clone(),
            o.meetings[0].sources.len(),
            |s, id| s.delete_meeting(id),
            |s, id| s.restore_meeting(id).map(drop),
        ),
    ];
    for (id, title, sources, delete, restore) in kinds {
        assert!(shown(&store, session, id, &title)[0], "{title}");
        let before = as_it_was(&store.overview(session).unwrap());
        delete(&mut store, id).unwrap();
        assert_eq!(
            shown(&store, session, id, &title),
            [false, false, false],
            "{title}"
        );
        restore(&mut store, id).unwrap();
        assert_eq!(
            shown(&store, session, id, &title)[..2],
            [true, true],
            "{title}"
        );
        assert!(
            as_it_was(&store.overview(session).unwrap()) == before,
            "{title} back exactly"
        );
        // Once the undo is no longer offered, the text goes and the undo with it.
        delete(&mut store, id).unwrap();
        assert_eq!(
            store.purge_deleted(Some(id)).unwrap(),
            1 + sources,
            "{title}: the record and its sources"
        );
        assert_eq!(store.purge_deleted(Some(id)).unwrap(), 0, "{title}");
        assert!(!crate::support::dump(&store).contains(&title), "{title}");
    }
}

#[test]
fn links_to_a_deleted_record_read_as_none_and_come_back_with_it() {
    let (mut store, _dir, session) = demo();
    let o = (
        store.overview(session).unwrap(),
        store.notes(session).unwrap(),
    );
    let statement =
        o.0.statements
            .iter()
            .find(|s| s.meeting_id.is_some())
            .unwrap();
    let meeting = statement.meeting_id.unwrap();
    let issue = *statement
        .key_issue_ids
        .first()
        .expect("the demo statement names a key issue");
    let note = o.1.iter().find(|n| n.meeting_id.is_some()).unwrap();
    let note_meeting = note.meeting_id.unwrap();
    store.delete_meeting(meeting).unwrap();
    store.delete_meeting(note_meeting).ok();
    store.delete_key_issue(issue).unwrap();
    let gone = store.overview(session).unwrap();
    let s = gone
        .statements
        .iter()
        .find(|s| s.id == statement.id)
        .unwrap();
    assert_eq!(s.meeting_id, None);
    assert!(!s.key_issue_ids.contains(&issue));
    assert_eq!(
        gone.notes
            .iter()
            .find(|n| n.id == note.id)
            .unwrap()
            .meeting_id,
        None
    );
    assert!(store
        .clashes(session)
        .unwrap()
        .iter()
        .all(|c| c.meeting.meeting_id != meeting));
    store.restore_meeting(meeting).unwrap();
    store.restore_meeting(note_meeting).ok();
    store.restore_key_issue(issue).unwrap();
    assert_eq!(
        as_it_was(&(
            store.overview(session).unwrap(),
            store.notes(session).unwrap()
        )),
        as_it_was(&o)
    );
}

#[test]
fn an_edit_while_a_linked_record_is_deleted_keeps_the_link_for_its_undo() {
    let (mut store, _dir, session) = demo();
    let statement = (store.statements(session).unwrap().into_iter())
        .find(|s| s.meeting_id.is_some() && !s.key_issue_ids.is_empty())
        .unwrap();
    let note = (store.notes(session).unwrap().into_iter())
        .find(|n| n.meeting_id.is_some() && n.key_issue_id.is_some())
        .unwrap();
    let (meeting, issue) = (statement.meeting_id.unwrap(), statement.key_issue_ids[0]);
    let (note_meeting, note_issue) = (note.meeting_id.unwrap(), note.key_issue_id.unwrap());
    for m in [meeting, note_meeting] {
        store.delete_meeting(m).ok();
    }
    for k in [issue, note_issue] {
        store.delete_key_issue(k).ok();
    }
    // Saved as the window shows them: without the links it cannot see.
    let seen = store.statement(statement.id).unwrap();
    store
        .update_statement(statement.id, &StatementInput::from(&seen))
        .unwrap();
    let seen = store
        .notes(session)
        .unwrap()
        .into_iter()
        .find(|n| n.id == note.id)
        .unwrap();
    store.update_note(note.id, &NoteInput::from(&seen)).unwrap();
    for m in [meeting, note_meeting] {
        store.restore_meeting(m).ok();
    }
    for k in [issue, note_issue] {
        store.restore_key_issue(k).ok();
    }
    let back = store.statement(statement.id).unwrap();
    assert_eq!(back.meeting_id, Some(meeting));
    assert!(back.key_issue_ids.contains(&issue));
    let back = store
        .notes(session)
        .unwrap()
        .into_iter()
        .find(|n| n.id == note.id)
        .unwrap();
    assert_eq!(
        (back.meeting_id, back.key_issue_id),
        (Some(note_meeting), Some(note_issue))
    );
}

#[test]
fn a_restore_a_rule_now_forbids_is_refused_naming_the_field() {
    let (mut store, _dir, session) = demo();
    let situation = store.situations(session).unwrap().remove(0);
    store.delete_situation(situation.id).unwrap();
    let again = store
        .create_situation(session, &SituationInput::from(&situation))
        .unwrap();
    let err = store.restore_situation(situation.id).unwrap_err();
    assert_eq!(err.field(), Some("country"), "{err}");
    store.delete_situation(again.id).unwrap();
    assert_eq!(
        as_it_was(&store.restore_situation(situation.id).unwrap()),
        as_it_was(&situation)
    );

    let (mut store, _dir) = temp_store();
    let old = store.create_session(&hrc38()).unwrap();
    store.delete_session(old.id).unwrap();
    store.create_session(&hrc38()).unwrap();
    let err = store.restore_session(old.id).unwrap_err();
    assert_eq!(err.field(), Some("number"), "{err}");
    assert!(matches!(
        store.restore_session(Uuid::new_v4()),
        Err(hrc_core::Error::NotFound { .. })
    ));
}

#[test]
fn a_session_comes_back_with_everything_in_it_and_is_forgotten_with_it() {
    let (mut store, _dir, session) = demo();
    let before = as_it_was(&store.overview(session).unwrap());
    let title = store.statements(session).unwrap()[0].title.clone();
    store.delete_session(session).unwrap();
    assert!(store.list_sessions().unwrap().is_empty());
    store.restore_session(session).unwrap();
    assert!(as_it_was(&store.overview(session).unwrap()) == before);
    store.delete_session(session).unwrap();
    assert!(store.forget_deleted(session).unwrap() > 0);
    assert!(!crate::support::dump(&store).contains(&title));

    // At start and quit, what a session deleted while its undo was offered holds goes too.
    let (mut store, _dir, session) = demo();
    store.delete_session(session).unwrap();
    assert!(store.purge_deleted(None).unwrap() > 1);
    assert!(!crate::support::dump(&store).contains(&title));
}
