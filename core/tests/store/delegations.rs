//! Delegations: one record per State (contacts, my meeting notes), added, edited, found by
//! State, listed by name, deleted and restored; a second record for a State, an unknown State
//! refused naming `country` with nothing changed; a deleted one's text forgotten when purged.
use hrc_core::domain::delegation::DelegationInput;

use crate::support::{dump, temp_store};

fn chile() -> DelegationInput {
    DelegationInput {
        country: "Chile".into(),
        contacts: "Human rights counsellor".into(),
        notes: "Met on 2 July: open to co-sponsoring.".into(),
    }
}

#[test]
fn a_delegation_is_added_edited_found_listed_deleted_and_restored() {
    let (mut store, _dir) = temp_store();
    let chile = store.create_delegation(&chile()).unwrap();
    assert_eq!(chile.country_code, "CHL");
    assert_eq!(chile.country_name, "Chile");
    let korea = store
        .create_delegation(&DelegationInput {
            country: "Korea, Republic of".into(),
            ..DelegationInput::default()
        })
        .unwrap();
    assert_eq!(korea.country_name, "Republic of Korea");
    let austria = store
        .create_delegation(&DelegationInput {
            country: "AUT".into(),
            ..DelegationInput::default()
        })
        .unwrap();
    let names: Vec<String> = store
        .delegations()
        .unwrap()
        .into_iter()
        .map(|d| d.country_name)
        .collect();
    assert_eq!(names, ["Austria", "Chile", "Republic of Korea"]);
    assert_eq!(store.delegation_of("chl").unwrap(), Some(chile.clone()));
    assert_eq!(store.delegation_of("Peru").unwrap(), None);

    let mut input = chile.to_input();
    input
        .notes
        .push_str("\nMet again on 5 July: will co-sponsor.");
    let edited = store.update_delegation(chile.id, &input).unwrap();
    assert!(edited.notes.ends_with("will co-sponsor."));
    assert_eq!(store.delegation(chile.id).unwrap(), edited);

    store.delete_delegation(austria.id).unwrap();
    assert!(store.delegation(austria.id).is_err());
    assert_eq!(store.delegations().unwrap().len(), 2);
    // A new record for Austria while the old one is deleted; the old one can then not come back.
    let again = store
        .create_delegation(&DelegationInput {
            country: "Austria".into(),
            ..DelegationInput::default()
        })
        .unwrap();
    let before = dump(&store);
    let e = store.restore_delegation(austria.id).unwrap_err();
    assert_eq!(e.field(), Some("country"), "{e}");
    assert_eq!(dump(&store), before);
    store.delete_delegation(again.id).unwrap();
    assert_eq!(
        store.restore_delegation(austria.id).unwrap().country_code,
        "AUT"
    );
}

#[test]
fn bad_input_is_refused_naming_the_field_and_nothing_changes() {
    let (mut store, _dir) = temp_store();
    let chile = store.create_delegation(&chile()).unwrap();
    let peru = store
        .create_delegation(&DelegationInput {
            country: "Peru".into(),
            ..DelegationInput::default()
        })
        .unwrap();
    let before = dump(&store);
    for country in ["Atlantis", "", "Chile", "CHL"] {
        let input = DelegationInput {
            country: country.into(),
            ..chile.to_input()
        };
        let e = store.create_delegation(&input).unwrap_err();
        assert_eq!(e.field(), Some("country"), "{country}: {e}");
        if !country.is_empty() && country != "Atlantis" {
            assert!(e.to_string().contains("Chile"), "{e}");
        }
        let e = store.update_delegation(peru.id, &input).unwrap_err();
        assert_eq!(e.field(), Some("country"), "{country}: {e}");
        assert_eq!(dump(&store), before, "{country}: nothing stored");
    }
}

#[test]
fn a_deleted_delegation_loses_its_text_when_purged() {
    let (mut store, _dir) = temp_store();
    let chile = store.create_delegation(&chile()).unwrap();
    store.delete_delegation(chile.id).unwrap();
    store.purge_deleted(Some(chile.id)).unwrap();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    let (contacts, notes): (String, String) = conn
        .query_row(
            "SELECT contacts, notes FROM delegations WHERE id = ?1",
            [chile.id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((contacts.as_str(), notes.as_str()), ("", ""));
}

#[test]
fn delegations_are_found_by_state_contact_or_note_case_and_accents_aside() {
    let (mut store, _dir) = temp_store();
    store.create_delegation(&chile()).unwrap();
    store
        .create_delegation(&DelegationInput {
            country: "Côte d'Ivoire".into(),
            contacts: "Premier secrétaire".into(),
            notes: String::new(),
        })
        .unwrap();
    let names = |find: Option<&str>| -> Vec<String> {
        store
            .find_delegations(find)
            .unwrap()
            .into_iter()
            .map(|d| d.country_name)
            .collect()
    };
    assert_eq!(names(None), ["Chile", "Côte d'Ivoire"]);
    assert_eq!(names(Some("  ")), ["Chile", "Côte d'Ivoire"]);
    assert_eq!(names(Some("cote")), ["Côte d'Ivoire"]);
    assert_eq!(names(Some("SECRETAIRE")), ["Côte d'Ivoire"]);
    assert_eq!(names(Some("co-sponsoring")), ["Chile"]);
    assert_eq!(names(Some("CHL")), ["Chile"]);
    assert!(names(Some("Fiji")).is_empty());
}
