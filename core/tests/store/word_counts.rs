//! Each statement's word count kept beside its text: written with the text, dropped when the text
//! changes by other means, counted again on a bundle's import, and always what measuring says.
use hrc_core::domain::statement::{StatementInput, Timing};
use hrc_core::text::word_count;
use hrc_core::Store;
use uuid::Uuid;

use crate::support::{temp_store, with_session};

/// The count kept for statement `id`, read from the file as another program would.
fn kept(store: &Store, id: Uuid) -> Option<u32> {
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    conn.query_row(
        "SELECT word_count FROM statement_word_counts WHERE statement_id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )
    .ok()
}

fn oral(text: &str) -> StatementInput {
    StatementInput {
        title: "Item 4 general debate".into(),
        text: Some(text.into()),
        limit_seconds: Some(90),
        ..Default::default()
    }
}

#[test]
fn the_count_is_written_with_the_text_and_read_instead_of_measuring() {
    let (mut store, _dir, session) = with_session();
    let made = store
        .create_statement(session.id, &oral("Mr President, thank you."))
        .unwrap();
    assert_eq!(kept(&store, made.id), Some(4));
    assert_eq!(made.timing.word_count, 4);
    // An edit that keeps the number of words (a typo mended) keeps a count, the right one.
    let mended = store
        .update_statement(made.id, &oral("Mr President, thank yuo."))
        .unwrap();
    assert_eq!(kept(&store, made.id), Some(4));
    assert_eq!(mended.timing.word_count, 4);
    let longer = store
        .update_statement(
            made.id,
            &oral("Mr President, we thank you for this report."),
        )
        .unwrap();
    assert_eq!(kept(&store, made.id), Some(8));
    assert_eq!(
        longer.timing,
        Timing::measure(&longer.text, longer.timing.words_per_minute, Some(90), None)
    );
}

#[test]
fn a_text_changed_by_other_means_is_measured_again() {
    let (mut store, _dir, session) = with_session();
    let made = store
        .create_statement(session.id, &oral("Mr President, thank you."))
        .unwrap();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    conn.execute(
        "UPDATE statements SET text = 'One two three four five six' WHERE id = ?1",
        [made.id.to_string()],
    )
    .unwrap();
    assert_eq!(
        kept(&store, made.id),
        None,
        "the old count went with the old text"
    );
    assert_eq!(store.statement(made.id).unwrap().timing.word_count, 6);
    assert_eq!(
        store.statements(session.id).unwrap()[0].timing.word_count,
        6
    );
    // A change of anything else keeps the count.
    conn.execute(
        "UPDATE statements SET title = 'Renamed' WHERE id = ?1",
        [made.id.to_string()],
    )
    .unwrap();
    let again = store
        .update_statement(made.id, &oral("Mr President, thank you."))
        .unwrap();
    assert_eq!(kept(&store, again.id), Some(4));
}

#[test]
fn statements_brought_in_by_a_bundle_are_counted() {
    let (mut a, _da) = temp_store();
    let session = hrc_core::demo::load(&mut a).unwrap().session;
    let bundle = a.export_bundle(session.id).unwrap();
    let (mut b, _db) = temp_store();
    let imported = b.import_bundle(&bundle).unwrap().session;
    let statements = b.statements(imported.id).unwrap();
    assert!(!statements.is_empty());
    for s in &statements {
        assert_eq!(kept(&b, s.id), Some(word_count(&s.text)), "{}", s.title);
        assert_eq!(s.timing.word_count, word_count(&s.text));
    }
    assert_eq!(
        statements.iter().map(|s| s.timing).collect::<Vec<_>>(),
        a.statements(session.id)
            .unwrap()
            .iter()
            .map(|s| s.timing)
            .collect::<Vec<_>>()
    );
}
