//! What is deleted or edited is forgotten: no deleted or edited-away text stays anywhere in the
//! database file, its write-ahead log, or a backup taken afterwards (secure_delete, the purge of
//! deleted rows' text once their undo is no longer offered, and the merge of the search indexes).
use std::path::Path;

use hrc_core::domain::note::NoteInput;
use hrc_core::domain::search::SearchQuery;
use hrc_core::Store;

use crate::support::with_session;

/// Whether `word` (lower-case ASCII) is anywhere in the file, in any case.
fn holds(path: &Path, word: &str) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let bytes = bytes.to_ascii_lowercase();
    bytes.windows(word.len()).any(|w| w == word.as_bytes())
}

fn files_of(db: &Path) -> Vec<std::path::PathBuf> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|s| db.with_file_name(format!("hrc.db{s}")))
        .collect()
}

fn note(body: &str) -> NoteInput {
    NoteInput {
        body: body.into(),
        ..Default::default()
    }
}

#[test]
fn edited_and_deleted_text_is_nowhere_in_the_file_its_log_or_a_later_backup() {
    let (mut store, dir, session) = with_session();
    let db = dir.path().join("hrc.db");
    let edited = store
        .create_note(session.id, &note("Met Zanzibarwordx at the Palais"))
        .unwrap();
    let deleted = store
        .create_note(session.id, &note("Quixotewordy fears reprisals"))
        .unwrap();
    for i in 0..50 {
        store
            .create_note(session.id, &note(&format!("Ordinary note {i}")))
            .unwrap();
    }
    store.empty_log().unwrap();
    assert!(holds(&db, "zanzibarwordx") && holds(&db, "quixotewordy"));

    store
        .update_note(edited.id, &note("Met [redacted] at the Palais"))
        .unwrap();
    store.delete_note(deleted.id).unwrap();
    // The undo is no longer offered.
    assert_eq!(store.purge_deleted(Some(deleted.id)).unwrap(), 1);
    assert!(store.has_words_to_forget());
    store.forget_old_words().unwrap();
    assert!(!store.has_words_to_forget());
    for file in files_of(&db) {
        for word in ["zanzibarwordx", "quixotewordy"] {
            assert!(!holds(&file, word), "{word} is still in {}", file.display());
        }
    }
    // Edited again, and backed up without a merge asked for: the backup merges first.
    store
        .update_note(edited.id, &note("Met Oubliettewordz, then [redacted]"))
        .unwrap();
    store
        .update_note(edited.id, &note("Met [redacted] at the Palais"))
        .unwrap();
    let backup = store.back_up().unwrap();

    for file in files_of(&db).iter().chain([&backup.path]) {
        for word in ["zanzibarwordx", "quixotewordy", "oubliettewordz"] {
            assert!(!holds(file, word), "{word} is still in {}", file.display());
        }
    }
    let search = |text: &str| {
        store
            .search(&SearchQuery {
                text: text.into(),
                ..Default::default()
            })
            .unwrap()
    };
    assert!(search("zanzibarwordx").is_empty() && search("quixotewordy").is_empty());
    assert_eq!(search("redacted").len(), 1);
    // The tombstone stays, for bundles: it can no longer be brought back with its text.
    assert_eq!(store.restore_note(deleted.id).unwrap().body, "");
}

/// A purge touches only deleted rows, and only the one asked for: a deletion still offered for
/// undo elsewhere (the window's notice) keeps its text until its own purge.
#[test]
fn a_purge_keeps_live_rows_and_other_deletions() {
    let (mut store, _dir, session) = with_session();
    let live = store.create_note(session.id, &note("Live note")).unwrap();
    let first = store.create_note(session.id, &note("First gone")).unwrap();
    let second = store.create_note(session.id, &note("Second gone")).unwrap();
    store.delete_note(first.id).unwrap();
    store.delete_note(second.id).unwrap();
    assert_eq!(store.purge_deleted(Some(first.id)).unwrap(), 1);
    assert_eq!(store.purge_deleted(Some(live.id)).unwrap(), 0);
    assert_eq!(store.restore_note(second.id).unwrap().body, "Second gone");
    assert_eq!(store.note(live.id).unwrap().body, "Live note");
    store.delete_note(second.id).unwrap();
    assert_eq!(store.purge_deleted(None).unwrap(), 1);
    assert_eq!(store.purge_deleted(None).unwrap(), 0);
}

/// A schema-3 database: its deleted note's text, and the word in the search index, are gone
/// once it is opened by this version (schema 4 and later: schema 5 rebuilds the indexes too).
#[test]
fn a_schema_3_database_forgets_what_was_deleted_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v3.db");
    std::fs::copy(fixture, &db).unwrap();
    assert!(holds(&db, "tombstonewordq"));
    let store = Store::open(&db).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        hrc_core::store::SCHEMA_VERSION
    );
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    store.empty_log().unwrap();
    for file in files_of(&db) {
        assert!(!holds(&file, "tombstonewordq"), "{}", file.display());
    }
    let hrc38 = store.find_session("38").unwrap();
    let notes = store.notes(hrc38.id).unwrap();
    assert!(notes.iter().any(|n| n.body.contains("Genève")));
    assert!(notes
        .iter()
        .any(|n| n.body.starts_with("Item 4 general debate")));
}

/// Every record keeps its text while its undo is offered (the bundle leaves it out either
/// way) and loses it when the undo goes: a statement, a key issue, a situation, a side event,
/// a meeting, a note.
#[test]
fn records_keep_their_text_until_their_undo_goes() {
    let (mut store, _dir) = crate::support::temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    let o = store.overview(id).unwrap();
    store.delete_statement(o.statements[0].id).unwrap();
    store.delete_key_issue(o.key_issues[0].id).unwrap();
    store.delete_situation(o.situations[0].id).unwrap();
    store.delete_side_event(o.side_events[0].id).unwrap();
    store.delete_meeting(o.meetings[0].id).unwrap();
    store.delete_note(o.notes[0].id).unwrap();
    let bundle = store.export_bundle(id).unwrap().to_json();
    for text in [
        o.statements[0].title.as_str(),
        o.key_issues[0].overview.as_str(),
        o.situations[0].summary.as_str(),
        o.side_events[0].title.as_str(),
        o.meetings[0].title.as_str(),
    ] {
        assert!(!text.is_empty());
        assert!(!bundle.contains(text), "{text}");
    }
    // Each one purged, and the sources of those that cite one (a source forgotten is one).
    let sources = o.key_issues[0].sources.len()
        + o.situations[0].sources.len()
        + o.side_events[0].sources.len()
        + o.meetings[0].sources.len()
        + o.notes[0].sources.len();
    assert_eq!(
        store.purge_deleted(None).unwrap(),
        6 + sources,
        "each one purged"
    );
}
