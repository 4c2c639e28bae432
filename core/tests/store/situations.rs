//! Country situations: countries by code or name, order by agenda item, edits.
use hrc_core::domain::situation::{Priority, SituationInput};

use crate::support::with_session;

#[test]
fn countries_are_found_by_code_or_name() {
    let (mut store, _dir, session) = with_session();
    for (typed, code, name) in [
        ("BDI", "BDI", "Burundi"),
        ("Syria", "SYR", "Syrian Arab Republic"),
        ("DR Congo", "COD", "Democratic Republic of the Congo"),
        ("eritrea", "ERI", "Eritrea"),
        ("blr", "BLR", "Belarus"),
    ] {
        let s = store
            .create_situation(
                session.id,
                &SituationInput {
                    country: typed.into(),
                    agenda_item: Some(4),
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(
            (s.country_code.as_str(), s.country_name.as_str()),
            (code, name),
            "{typed}"
        );
        assert_eq!(s.priority, Priority::Medium);
    }
    assert_eq!(store.countries().len(), 195);
}

#[test]
fn situations_are_grouped_by_agenda_item() {
    let (mut store, _dir, session) = with_session();
    for (country, item) in [
        ("COD", Some(10)),
        ("Syria", Some(4)),
        ("PSE", Some(7)),
        ("Belarus", None),
        ("Burundi", Some(4)),
    ] {
        store
            .create_situation(
                session.id,
                &SituationInput {
                    country: country.into(),
                    agenda_item: item,
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let order: Vec<_> = store
        .situations(session.id)
        .unwrap()
        .into_iter()
        .map(|s| s.country_code)
        .collect();
    assert_eq!(order, ["BDI", "SYR", "PSE", "COD", "BLR"]);
}

#[test]
fn a_situation_can_be_edited_and_deleted() {
    let (mut store, _dir, session) = with_session();
    let s = store
        .create_situation(
            session.id,
            &SituationInput {
                country: "ERI".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let edited = store
        .update_situation(
            s.id,
            &SituationInput {
                country: "ERI".into(),
                agenda_item: Some(2),
                mechanism: Some(" Special rapporteur ".into()),
                priority: Some("high".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (
            edited.agenda_item,
            edited.mechanism.as_str(),
            edited.priority
        ),
        (Some(2), "Special rapporteur", Priority::High)
    );
    store.delete_situation(s.id).unwrap();
    assert!(store.situations(session.id).unwrap().is_empty());
}
