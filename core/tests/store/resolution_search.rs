//! Texts found by search (schema 10): by title, symbols, main sponsors, my position and asks,
//! written again in the index as they change, gone while deleted and back when restored.
use hrc_core::domain::search::{SearchKind, SearchQuery};
use hrc_core::Store;
use uuid::Uuid;

use crate::resolutions::syria;
use crate::support::with_session;

/// The ids of the texts a search finds.
fn texts(store: &Store, text: &str) -> Vec<Uuid> {
    store
        .search(&SearchQuery {
            text: text.into(),
            session: None,
            kinds: vec![SearchKind::Resolution.key().into()],
            limit: None,
        })
        .unwrap()
        .into_iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn a_text_is_found_by_title_symbol_main_sponsor_and_my_asks() {
    let (mut store, _dir, session) = with_session();
    let mut input = syria(session.id);
    input.asks = "Keep the accountability paragraph".into();
    let text = store.create_resolution(&input).unwrap();
    for typed in [
        "Syrian",
        "A/HRC/38/L.10",
        "a/hrc/38/l.10",
        "France",
        "United Kingdom",
        "accountability",
    ] {
        assert_eq!(texts(&store, typed), [text.id], "{typed}");
    }
    // Co-sponsors are not indexed (dozens a text); the title and sponsors are found in titles first.
    assert!(texts(&store, "Chile").is_empty());

    // Sponsors and symbols changed: found by the new ones only.
    input.sponsors = vec!["Netherlands".into()];
    input.draft_symbol = Some("A/HRC/38/L.11".into());
    input.revisions = vec![hrc_core::domain::resolution::RevisionInput {
        symbol: Some("A/HRC/38/L.11/Rev.1".into()),
        ..Default::default()
    }];
    store.update_resolution(text.id, &input).unwrap();
    assert!(texts(&store, "France").is_empty());
    assert!(texts(&store, "A/HRC/38/L.10").is_empty());
    assert_eq!(texts(&store, "Netherlands"), [text.id]);
    assert_eq!(texts(&store, "A/HRC/38/L.11"), [text.id]);
    assert_eq!(texts(&store, "A/HRC/38/L.11/Rev.1"), [text.id]);

    store.delete_resolution(text.id).unwrap();
    assert!(texts(&store, "Syrian").is_empty());
    assert!(texts(&store, "A/HRC/38/L.11").is_empty());
    store.restore_resolution(text.id).unwrap();
    assert_eq!(texts(&store, "Netherlands"), [text.id]);
    assert_eq!(
        store.pragma("integrity_check").unwrap(),
        "ok",
        "the index agrees with its rows"
    );
}
