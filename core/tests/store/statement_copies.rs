//! The statement editor's safety copies kept inside the database (issue 20): kept, read back by
//! another store on the same file (a restart), forgotten one by one, and gone with their
//! statement or session once these are forgotten.
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Error, Store, Uuid};

use crate::support::{hrc38, temp_store};

#[test]
fn a_copy_is_kept_read_back_after_a_restart_and_forgotten() {
    let (mut store, dir) = temp_store();
    let session = store.create_session(&hrc38()).unwrap();
    let new = format!("new:{}", session.id);
    store.keep_statement_copy(&new, r#"{"draft":1}"#).unwrap();
    store.keep_statement_copy(&new, r#"{"draft":2}"#).unwrap();
    drop(store);

    let mut again = Store::open(dir.path().join("hrc.db")).unwrap();
    let copies = again.statement_copies().unwrap();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[&new], r#"{"draft":2}"#);

    again.forget_statement_copy(&new).unwrap();
    assert!(again.statement_copies().unwrap().is_empty());
    // Forgetting what is not kept is no error.
    again.forget_statement_copy(&new).unwrap();
}

#[test]
fn a_copy_names_a_statement_or_a_new_one_and_has_a_size() {
    let (mut store, _dir) = temp_store();
    let err = store.keep_statement_copy("../settings", "{}").unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "copy"),
        "{err:?}"
    );
    let session = store.create_session(&hrc38()).unwrap();
    let huge = "x".repeat(4_000_001);
    let err = store
        .keep_statement_copy(&format!("new:{}", session.id), &huge)
        .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "value"),
        "{err:?}"
    );
    assert!(store.statement_copies().unwrap().is_empty());
}

#[test]
fn copies_go_with_their_forgotten_statement_or_session() {
    let (mut store, _dir) = temp_store();
    let session = store.create_session(&hrc38()).unwrap();
    let mut other_input = hrc38();
    other_input.number = 39;
    let other = store.create_session(&other_input).unwrap();
    let statement = oral(&mut store, session.id);
    let kept = oral(&mut store, session.id);
    for copy in [
        statement.to_string(),
        kept.to_string(),
        format!("new:{}", session.id),
        format!("new:{}", other.id),
    ] {
        store.keep_statement_copy(&copy, "{}").unwrap();
    }

    store.delete_statement(statement).unwrap();
    store.forget_deleted(statement).unwrap();
    let left: Vec<String> = store.statement_copies().unwrap().into_keys().collect();
    let mut expected = vec![
        kept.to_string(),
        format!("new:{}", session.id),
        format!("new:{}", other.id),
    ];
    expected.sort();
    assert_eq!(left, expected);

    store.delete_session(other.id).unwrap();
    store.forget_deleted(other.id).unwrap();
    let left: Vec<String> = store.statement_copies().unwrap().into_keys().collect();
    let mut expected = vec![kept.to_string(), format!("new:{}", session.id)];
    expected.sort();
    assert_eq!(left, expected);

    store.delete_session(session.id).unwrap();
    store.forget_deleted(session.id).unwrap();
    assert!(store.statement_copies().unwrap().is_empty());
}

/// A new oral statement of `session`.
fn oral(store: &mut Store, session: Uuid) -> Uuid {
    let input = StatementInput {
        title: "Item 4 general debate".into(),
        ..Default::default()
    };
    store.create_statement(session, &input).unwrap().id
}
