//! The Export dialog's last format and sections, kept per session by the core (issue 19, item 5):
//! read back by another store on the same file, as a new window would; kept through an undone
//! deletion of its session and forgotten with the session.
use hrc_core::export::choice::ExportChoice;
use hrc_core::export::{ExportFormat, Section};
use hrc_core::{Error, Store, Uuid};

use crate::support::{hrc38, temp_store};

#[test]
fn each_session_keeps_its_last_format_and_sections() {
    let (mut store, dir) = temp_store();
    let first = store.create_session(&hrc38()).unwrap();
    let mut other_input = hrc38();
    other_input.number = 39;
    other_input.start_date = "2018-09-10".into();
    other_input.end_date = "2018-09-28".into();
    let other = store.create_session(&other_input).unwrap();
    assert_eq!(store.export_choice(first.id).unwrap(), None);

    // Kept in the overview's order, each once.
    let kept = store
        .remember_export_choice(
            first.id,
            &ExportChoice {
                format: ExportFormat::Html,
                sections: vec![Section::Notes, Section::KeyIssues, Section::Notes],
            },
        )
        .unwrap();
    assert_eq!(kept.sections, [Section::KeyIssues, Section::Notes]);
    store
        .remember_export_choice(
            other.id,
            &ExportChoice {
                format: ExportFormat::Calendar,
                sections: vec![],
            },
        )
        .unwrap();
    // A later choice replaces it.
    let last = ExportChoice {
        format: ExportFormat::Word,
        sections: vec![Section::Statements, Section::Notes],
    };
    store.remember_export_choice(first.id, &last).unwrap();

    let again = Store::open(dir.path().join("hrc.db")).unwrap();
    assert_eq!(again.export_choice(first.id).unwrap(), Some(last));
    assert_eq!(
        again.export_choice(other.id).unwrap().unwrap().format,
        ExportFormat::Calendar
    );
    // Not one of the advocate's settings.
    assert_eq!(again.settings().unwrap(), store.settings().unwrap());
}

#[test]
fn a_session_that_does_not_exist_keeps_nothing() {
    let (mut store, _dir) = temp_store();
    let nowhere = Uuid::nil();
    let err = store
        .remember_export_choice(
            nowhere,
            &ExportChoice {
                format: ExportFormat::Markdown,
                sections: vec![],
            },
        )
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    assert!(matches!(
        store.export_choice(nowhere),
        Err(Error::NotFound { .. })
    ));
}

/// The export choices kept in the file, by their settings key.
fn kept_rows(dir: &tempfile::TempDir) -> Vec<String> {
    let conn = rusqlite::Connection::open(dir.path().join("hrc.db")).unwrap();
    let mut stmt = conn
        .prepare("SELECT key FROM settings WHERE key GLOB 'export_choice:*' ORDER BY key")
        .unwrap();
    let keys = stmt.query_map([], |r| r.get(0)).unwrap();
    keys.collect::<Result<_, _>>().unwrap()
}

#[test]
fn a_choice_stays_through_an_undone_deletion_and_goes_when_its_session_is_forgotten() {
    let (mut store, dir) = temp_store();
    let sessions: Vec<Uuid> = (38..=41)
        .map(|number| {
            let mut input = hrc38();
            input.number = number;
            store.create_session(&input).unwrap().id
        })
        .collect();
    let choice = ExportChoice {
        format: ExportFormat::Html,
        sections: vec![Section::Statements],
    };
    for id in &sessions {
        store.remember_export_choice(*id, &choice).unwrap();
    }
    let key = |id: &Uuid| format!("export_choice:{id}");
    let [undone, forgotten, purged, for_good] = sessions[..] else {
        unreachable!()
    };

    // Deleted, then undone (the window's undo): the dialog opens on the choice it had.
    store.delete_session(undone).unwrap();
    assert!(matches!(
        store.export_choice(undone),
        Err(Error::NotFound { .. })
    ));
    store.restore_session(undone).unwrap();
    assert_eq!(store.export_choice(undone).unwrap(), Some(choice.clone()));

    // Forgotten once the undo is no longer offered: its row goes with its text, the others stay.
    store.delete_session(forgotten).unwrap();
    assert_eq!(kept_rows(&dir).len(), 4);
    store.forget_deleted(forgotten).unwrap();
    assert!(!kept_rows(&dir).contains(&key(&forgotten)));

    // Forgotten with every deletion (the app's start and quit), and deleted for good (the
    // command line): the same.
    store.delete_session(purged).unwrap();
    store.purge_deleted(None).unwrap();
    store.delete_session_for_good(for_good).unwrap();
    assert_eq!(kept_rows(&dir), [key(&undone)]);
    assert_eq!(store.export_choice(undone).unwrap(), Some(choice));
}
