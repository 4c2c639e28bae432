//! Signatories pasted from e-mails: near-duplicates merged, acronyms read, order kept; the
//! e-mail around the list left out; the preview says what adding will do and saves nothing.
use hrc_core::domain::organisation::{PasteOutcome, SignatoryPreview};
use hrc_core::domain::signatory_list::SkipReason;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Store, Uuid};

use crate::support::{dump, with_session};

/// A list as it arrives in an e-mail: greeting, numbers and bullets, near-duplicates, a request,
/// the sign-off and the sender's signature.
const EMAIL: &str = include_str!("../fixtures/signatories-email.txt");

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

#[test]
fn a_pasted_email_reads_as_its_list_and_the_preview_is_what_adding_does() {
    use PasteOutcome::*;
    use SkipReason::*;
    let (mut store, _dir, session) = with_session();
    let other = joint(&mut store, session.id);
    store.add_signatories(other, "Al-Haq").unwrap();
    let id = joint(&mut store, session.id);
    store
        .add_signatories(id, "International Service for Human Rights (ISHR)")
        .unwrap();

    let before = dump(&store);
    let preview = store.preview_signatories(id, EMAIL).unwrap();
    assert_eq!(dump(&store), before, "a preview saves nothing");

    // (line as pasted, what it does, the organisation it names, why it is skipped)
    let want: &[(&str, PasteOutcome, &str, Option<SkipReason>)] = &[
        (
            "Dear colleagues, the following organisations have signed on so far:",
            Skipped,
            "",
            Some(Greeting),
        ),
        ("1. Al-Haq", Known, "Al-Haq", None),
        (
            "2) CIVICUS: World Alliance for Citizen Participation",
            New,
            "CIVICUS: World Alliance for Citizen Participation",
            None,
        ),
        (
            "3. L’Association Marocaine des Droits Humains",
            New,
            "L’Association Marocaine des Droits Humains",
            None,
        ),
        (
            "4. L'Association Marocaine des Droits Humains (AMDH)",
            Merged,
            "L’Association Marocaine des Droits Humains",
            None,
        ),
        (
            "- Cairo Institute for Human Rights Studies (CIHRS)",
            New,
            "Cairo Institute for Human Rights Studies",
            None,
        ),
        (
            "• International Service for Human Rights (ISHR)",
            AlreadySigning,
            "International Service for Human Rights",
            None,
        ),
        (
            "* Best Practices Network",
            New,
            "Best Practices Network",
            None,
        ),
        (
            "5. Thanks for Life Foundation",
            New,
            "Thanks for Life Foundation",
            None,
        ),
        ("6. al-haq", Merged, "Al-Haq", None),
        (
            "Please send any further sign-ons by Friday noon Geneva time.",
            Skipped,
            "",
            Some(Sentence),
        ),
        ("Best,", Skipped, "", Some(SignOff)),
        ("Maria Lopez", Skipped, "", Some(Signature)),
        ("Advocacy Officer", Skipped, "", Some(Signature)),
        (
            "International Service for Human Rights (ISHR)",
            Skipped,
            "",
            Some(Signature),
        ),
        (
            "+41 22 919 71 00 | m.lopez@ishr.ch",
            Skipped,
            "",
            Some(Signature),
        ),
    ];
    let got: Vec<_> = preview
        .lines
        .iter()
        .map(|l| (l.line.as_str(), l.outcome, l.name.as_str(), l.reason))
        .collect();
    assert_eq!(got, want);
    assert_eq!(
        preview.lines[4].acronym, "AMDH",
        "the near-duplicate's acronym is shown on the organisation"
    );
    let spelt: Vec<_> = preview.lines.iter().map(|l| l.read.as_str()).collect();
    assert_eq!(
        spelt[1..10],
        [
            "Al-Haq",
            "CIVICUS: World Alliance for Citizen Participation",
            "L’Association Marocaine des Droits Humains",
            "L'Association Marocaine des Droits Humains",
            "Cairo Institute for Human Rights Studies",
            "International Service for Human Rights",
            "Best Practices Network",
            "Thanks for Life Foundation",
            "al-haq",
        ],
        "each name as the line spells it, number, bullet and acronym taken off"
    );
    assert!(spelt[10..].iter().all(|s| s.is_empty()) && spelt[0].is_empty());
    assert_eq!(
        (
            preview.created,
            preview.reused,
            preview.duplicates,
            preview.skipped
        ),
        (5, 1, 3, 7)
    );
    assert_eq!(preview.signatories_after, 7);

    let report = store.add_signatories(id, EMAIL).unwrap();
    assert_eq!(
        SignatoryPreview {
            created: report.created,
            reused: report.reused,
            duplicates: report.duplicates,
            skipped: report.skipped,
            lines: report.lines.clone(),
            signatories_after: report.signatories.len() as u32,
        },
        preview,
        "adding does what the preview said"
    );
    let names: Vec<_> = report
        .signatories
        .iter()
        .map(|o| (o.name.as_str(), o.acronym.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("International Service for Human Rights", "ISHR"),
            ("Al-Haq", ""),
            ("CIVICUS: World Alliance for Citizen Participation", ""),
            ("L’Association Marocaine des Droits Humains", "AMDH"),
            ("Cairo Institute for Human Rights Studies", "CIHRS"),
            ("Best Practices Network", ""),
            ("Thanks for Life Foundation", ""),
        ]
    );
}

#[test]
fn every_line_of_the_hrc38_letter_is_an_organisation() {
    let (store, _dir, session) = with_session();
    let mut store = store;
    let id = joint(&mut store, session.id);
    let preview = store
        .preview_signatories(id, hrc_core::demo::SIGNATORIES)
        .unwrap();
    let skipped: Vec<_> = preview
        .lines
        .iter()
        .filter(|l| l.outcome == PasteOutcome::Skipped)
        .collect();
    assert!(skipped.is_empty(), "{skipped:#?}");
    assert_eq!((preview.created, preview.duplicates), (85, 1));
}

#[test]
fn a_preview_of_an_unknown_statement_is_refused() {
    let (store, _dir, _session) = with_session();
    let err = store
        .preview_signatories(Uuid::nil(), "Al-Haq")
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
}
