//! Delegations found by search (schema 12): by their State's name (any of its names), contacts
//! and my notes; belonging to no session, found whatever session a search is narrowed to, with
//! no session in the hit; written again as they change, gone while deleted, back when restored.
use hrc_core::domain::delegation::DelegationInput;
use hrc_core::domain::search::{SearchHit, SearchKind, SearchQuery};
use hrc_core::Store;

use crate::support::{temp_store, with_session};

fn search(
    store: &Store,
    text: &str,
    session: Option<&str>,
    kinds: &[SearchKind],
) -> Vec<SearchHit> {
    store
        .search(&SearchQuery {
            text: text.into(),
            session: session.map(str::to_string),
            kinds: kinds.iter().map(|k| k.key().to_string()).collect(),
            limit: None,
        })
        .unwrap()
}

fn turkey() -> DelegationInput {
    DelegationInput {
        country: "Türkiye".into(),
        contacts: "Ms Ayşe Demir, First Secretary (human rights)".into(),
        notes: "Met on 19 June: cautious on the text on civil-society space".into(),
    }
}

#[test]
fn a_delegation_is_found_by_its_states_name_contacts_and_notes_from_any_session() {
    let (mut store, _dir, _session) = with_session();
    let d = store.create_delegation(&turkey()).unwrap();
    for typed in [
        "Türkiye",
        "turkiye",
        "Turkey",
        "Demir",
        "first secretary",
        "cautious",
        "civilsociety",
    ] {
        let hits = search(&store, typed, None, &[]);
        assert_eq!(hits.len(), 1, "{typed}: {hits:?}");
        let hit = &hits[0];
        assert_eq!(
            (hit.kind, hit.id),
            (SearchKind::Delegation, d.id),
            "{typed}"
        );
        assert_eq!(hit.session_id, None);
        assert_eq!(
            (hit.session_label.as_str(), hit.session_name.as_str()),
            ("", "")
        );
        assert_eq!(hit.title, "Türkiye");
    }
    // A search narrowed to a session, or to delegations, finds it; one narrowed to notes does not.
    assert_eq!(search(&store, "Demir", Some("38"), &[]).len(), 1);
    assert_eq!(
        search(&store, "Demir", Some("38"), &[SearchKind::Delegation]).len(),
        1
    );
    assert!(search(&store, "Demir", None, &[SearchKind::Note]).is_empty());
    // Found by a word of the notes, the snippet shows it.
    let hit = &search(&store, "cautious", None, &[])[0];
    assert!(
        hit.snippet.iter().any(|p| p.hit && p.text == "cautious"),
        "{hit:?}"
    );
}

#[test]
fn a_delegation_is_found_with_no_session_at_all() {
    let (mut store, _dir) = temp_store();
    let d = store.create_delegation(&turkey()).unwrap();
    let hits = search(&store, "Demir", None, &[]);
    assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [d.id]);
}

#[test]
fn a_delegation_is_indexed_again_as_it_changes_and_leaves_search_while_deleted() {
    let (mut store, _dir, _session) = with_session();
    let d = store.create_delegation(&turkey()).unwrap();
    let mut input = turkey();
    input.country = "Chile".into();
    input.contacts = "Mr Pérez, Counsellor".into();
    store.update_delegation(d.id, &input).unwrap();
    assert!(
        search(&store, "Demir", None, &[]).is_empty(),
        "the old contact"
    );
    assert!(
        search(&store, "Türkiye", None, &[]).is_empty(),
        "the old State"
    );
    assert_eq!(search(&store, "perez", None, &[]).len(), 1);
    assert_eq!(search(&store, "Chile", None, &[])[0].title, "Chile");

    store.delete_delegation(d.id).unwrap();
    assert!(search(&store, "perez", None, &[]).is_empty());
    assert!(search(&store, "Chile", None, &[]).is_empty());
    store.restore_delegation(d.id).unwrap();
    assert_eq!(search(&store, "perez", None, &[]).len(), 1);
}
