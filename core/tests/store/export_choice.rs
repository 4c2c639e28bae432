//! The Export dialog's last format and sections, kept per session by the core (issue 19, item 5):
//! read back by another store on the same file, as a new window would.
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
