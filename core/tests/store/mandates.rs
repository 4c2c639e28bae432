//! Mandates added, edited, found, shown with what links them, deleted and restored: a name
//! never split at its commas and unique folded, the kind from the name, the country by the
//! core's country rules, the resolution checked as a symbol; bad input refused naming the field
//! with nothing changed.
use hrc_core::domain::mandate::{MandateInput, MandateKind};
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::Error;

use crate::support::{dump, temp_store, with_session};

const EXECUTIONS: &str = "Special Rapporteur on extrajudicial, summary or arbitrary executions";

fn input(name: &str) -> MandateInput {
    MandateInput {
        name: name.into(),
        ..Default::default()
    }
}

/// The field and rule code of a validation error.
fn refused(e: Error) -> (String, String) {
    match e {
        Error::Validation { field, rule } => (field, rule.code()),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_mandate_is_added_edited_found_and_listed_by_name() {
    let (mut store, _dir) = temp_store();
    let executions = store
        .create_mandate(&MandateInput {
            theme: "Right to life".into(),
            holders: vec!["Agnès Callamard".into(), " ".into()],
            resolution: "a/hrc/res/35/15".into(),
            renewal_session: Some(44),
            ..input(EXECUTIONS)
        })
        .unwrap();
    assert_eq!(executions.name, EXECUTIONS, "never split at its commas");
    assert_eq!(executions.kind, MandateKind::SpecialRapporteur);
    assert_eq!(executions.holders, ["Agnès Callamard"]);
    assert_eq!(executions.resolution, "A/HRC/RES/35/15");
    let burundi = store
        .create_mandate(&MandateInput {
            country: Some("Burundi".into()),
            ..input("Commission of Inquiry on Burundi")
        })
        .unwrap();
    assert_eq!(burundi.kind, MandateKind::CommissionOfInquiry);
    assert_eq!(burundi.country_code.as_deref(), Some("BDI"));
    assert_eq!(burundi.country_name.as_deref(), Some("Burundi"));
    let names = |find: Option<&str>| -> Vec<String> {
        store
            .mandates(find)
            .unwrap()
            .into_iter()
            .map(|m| m.name)
            .collect()
    };
    assert_eq!(
        names(None),
        ["Commission of Inquiry on Burundi", EXECUTIONS]
    );
    assert_eq!(names(Some("callamard")), [EXECUTIONS]);
    assert_eq!(names(Some("agnes")), [EXECUTIONS], "accents ignored");
    assert_eq!(names(Some("burundi")), ["Commission of Inquiry on Burundi"]);

    let edited = store
        .update_mandate(
            executions.id,
            &MandateInput {
                kind: Some("other".into()),
                holders: vec!["Morris Tidball-Binz".into()],
                ..input(EXECUTIONS)
            },
        )
        .unwrap();
    assert_eq!(edited.kind, MandateKind::Other);
    assert_eq!(edited.holders, ["Morris Tidball-Binz"]);
    assert_eq!(edited.resolution, "");
    assert_eq!(store.mandate(executions.id).unwrap().mandate, edited);
}

#[test]
fn bad_input_is_refused_naming_the_field_and_nothing_changes() {
    let (mut store, _dir) = temp_store();
    store.create_mandate(&input(EXECUTIONS)).unwrap();
    let before = dump(&store);
    for (bad, field, code) in [
        (input("  "), "name", "empty"),
        (
            input("special rapporteur on extrajudicial,  summary or arbitrary executions."),
            "name",
            "already_exists",
        ),
        (
            MandateInput {
                kind: Some("envoy".into()),
                ..input("Envoy")
            },
            "kind",
            "not_a_choice",
        ),
        (
            MandateInput {
                country: Some("Atlantis".into()),
                ..input("Independent Expert on Atlantis")
            },
            "country",
            "not_a_country",
        ),
        (
            MandateInput {
                resolution: "resolution 35/15".into(),
                ..input("Independent Expert on Somalia")
            },
            "resolution",
            "not_a_document_symbol",
        ),
        (
            MandateInput {
                renewal_session: Some(0),
                ..input("Independent Expert on Somalia")
            },
            "renewal_session",
            "session_number_from_one",
        ),
    ] {
        let e = store.create_mandate(&bad).unwrap_err();
        assert_eq!(refused(e), (field.into(), code.into()), "{bad:?}");
        assert_eq!(dump(&store), before, "{bad:?}");
    }
}

#[test]
fn a_mandate_shows_the_meetings_that_link_it_and_its_deletion_takes_it_off_until_restored() {
    let (mut store, _dir, session) = with_session();
    let meeting = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                title: "Clustered ID".into(),
                mandates: vec![EXECUTIONS.into()],
                ..Default::default()
            },
        )
        .unwrap();
    let found = &store.mandates(Some("executions")).unwrap()[0];
    assert_eq!(found.kind, MandateKind::SpecialRapporteur);
    let shown = store.mandate(found.id).unwrap();
    assert_eq!(shown.linked.len(), 1);
    assert_eq!(shown.linked[0].id, meeting.id);
    store.delete_mandate(found.id).unwrap();
    assert!(store.meeting(meeting.id).unwrap().mandates.is_empty());
    store.restore_mandate(found.id).unwrap();
    assert_eq!(store.meeting(meeting.id).unwrap().mandates, [EXECUTIONS]);
}

#[test]
fn the_mandates_are_listed_each_with_the_meetings_and_situations_that_link_it() {
    use hrc_core::domain::situation::SituationInput;
    let (mut store, _dir, session) = with_session();
    let meeting = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                title: "Clustered ID".into(),
                mandates: vec![EXECUTIONS.into()],
                ..Default::default()
            },
        )
        .unwrap();
    let burundi = store
        .create_situation(
            session.id,
            &SituationInput {
                country: "Burundi".into(),
                mandates: Some(vec![
                    "Commission of Inquiry on Burundi".into(),
                    EXECUTIONS.into(),
                ]),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_mandate(&input(
            "Independent Expert on sexual orientation and gender identity",
        ))
        .unwrap();

    let listed = store.mandate_summaries(None).unwrap();
    let seen: Vec<(&str, Vec<hrc_core::Uuid>)> = listed
        .iter()
        .map(|m| {
            (
                m.mandate.name.as_str(),
                m.linked.iter().map(|l| l.id).collect(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("Commission of Inquiry on Burundi", vec![burundi.id]),
            (
                "Independent Expert on sexual orientation and gender identity",
                vec![]
            ),
            (EXECUTIONS, vec![meeting.id, burundi.id]),
        ]
    );
    for summary in &listed {
        assert_eq!(summary, &store.mandate(summary.mandate.id).unwrap());
    }
    let found = store.mandate_summaries(Some("burundi")).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].linked[0].kind, "situation");
}
