//! Signatories pasted from e-mails: near-duplicates merged, acronyms read, order kept.
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Store, Uuid};

use crate::support::with_session;

fn joint(store: &mut Store, session: Uuid) -> Uuid {
    store
        .create_statement(
            session,
            &StatementInput {
                title: "Joint letter".into(),
                kind: Some("joint-written".into()),
                ..Default::default()
            },
        )
        .unwrap()
        .id
}

#[test]
fn near_duplicates_become_one_organisation() {
    let (mut store, _dir, session) = with_session();
    let id = joint(&mut store, session.id);
    let pasted = "L’Association Marocaine des Droits Humains\n\n   \nL'Association Marocaine des Droits Humains\nl'association  marocaine des droits humains.\nL'Association Marocaine des Droits Humains (AMDH)\nAssociation AMAL pour La Femme et le Développement\nAssociation AMAL pour la femme et le developpement\nCommunity Action Center – Al-Quds University\nCommunity Action Center - Al-Quds University\n";
    let report = store.add_signatories(id, pasted).unwrap();
    assert_eq!(report.signatories.len(), 3, "{:#?}", report.signatories);
    assert_eq!(
        (report.created, report.reused, report.duplicates),
        (3, 0, 5)
    );
    assert_eq!(
        report.signatories[0].name, "L’Association Marocaine des Droits Humains",
        "the first spelling is kept"
    );
    assert_eq!(
        report.signatories[0].acronym, "AMDH",
        "a later line's acronym fills the gap"
    );
    assert_eq!(store.organisations().unwrap().len(), 3);
}

#[test]
fn organisations_are_reused_across_statements() {
    let (mut store, _dir, session) = with_session();
    let first = joint(&mut store, session.id);
    let second = joint(&mut store, session.id);
    store.add_signatories(first, "International Service for Human Rights (ISHR)\nCIVICUS: World Alliance for Citizen Participation").unwrap();
    let report = store.add_signatories(second, "INTERNATIONAL SERVICE FOR HUMAN RIGHTS\nISHR\nCIVICUS: World Alliance for Citizen Participation").unwrap();
    assert_eq!(
        (report.created, report.reused, report.duplicates),
        (0, 2, 1)
    );
    assert_eq!(report.signatories[0].acronym, "ISHR");
    assert_eq!(store.organisations().unwrap().len(), 2);
}

#[test]
fn adding_the_same_list_again_changes_nothing() {
    let (mut store, _dir, session) = with_session();
    let id = joint(&mut store, session.id);
    let first = store
        .add_signatories(id, hrc_core::demo::SIGNATORIES)
        .unwrap();
    let again = store
        .add_signatories(id, hrc_core::demo::SIGNATORIES)
        .unwrap();
    assert_eq!(again.signatories, first.signatories);
    assert_eq!((again.created, again.reused), (0, 0));
    // The HRC38 letter: 86 lines, one near-duplicate ("L’Association" / "L'Association").
    assert_eq!(first.signatories.len(), 85);
    let names: Vec<_> = first
        .signatories
        .iter()
        .map(|o| (o.name.as_str(), o.acronym.as_str()))
        .collect();
    assert!(names.contains(&("Asian Forum for Human Rights and Development", "FORUM-ASIA")));
    assert!(names.contains(&("Women in Black (Vienna)", "")));
}

#[test]
fn signatories_can_be_removed() {
    let (mut store, _dir, session) = with_session();
    let id = joint(&mut store, session.id);
    let report = store
        .add_signatories(
            id,
            "ActionAid International\nBroederlijk Delen\nKvinna till Kvinna",
        )
        .unwrap();
    let after = store
        .remove_signatory(id, report.signatories[1].id)
        .unwrap();
    let names: Vec<_> = after.signatories.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["ActionAid International", "Kvinna till Kvinna"]);
    assert!(store
        .remove_signatory(id, report.signatories[1].id)
        .is_err());
}
