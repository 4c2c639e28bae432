//! Country situations: countries by code or name, order by agenda item, edits.
use hrc_core::domain::situation::{Priority, SituationInput};

use crate::support::{dump, with_session};

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

/// A country is shown by the name in use when the session met, and found by either name;
/// the inverted and unpunctuated forms of lists and databases are found too.
#[test]
fn a_country_has_the_name_of_the_sessions_year() {
    let (mut store, _dir, hrc38) = with_session();
    let hrc56 = store
        .create_session(&hrc_core::domain::session::SessionInput {
            number: 56,
            start_date: "2024-06-18".into(),
            end_date: "2024-07-12".into(),
            ..Default::default()
        })
        .unwrap();
    // Each under its own agenda item: one country is followed once under an item.
    let add = |store: &mut hrc_core::Store, session, country: &str, item: u8| {
        store
            .create_situation(
                session,
                &SituationInput {
                    country: country.into(),
                    agenda_item: Some(item),
                    ..Default::default()
                },
            )
            .unwrap()
    };
    for (item, typed) in (1..).zip(["Turkey", "Türkiye", "turkiye", "TUR"]) {
        assert_eq!(
            add(&mut store, hrc38.id, typed, item).country_name,
            "Turkey"
        );
        assert_eq!(
            add(&mut store, hrc56.id, typed, item).country_name,
            "Türkiye"
        );
    }
    let listed = store.situations(hrc38.id).unwrap();
    assert!(listed.iter().all(|s| s.country_name == "Turkey"));
    for (typed, code) in [
        ("Congo, the Democratic Republic of the", "COD"),
        ("cote divoire", "CIV"),
        ("Swaziland", "SWZ"),
    ] {
        assert_eq!(add(&mut store, hrc56.id, typed, 10).country_code, code);
    }
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

/// A country is followed once under an agenda item in a session: a second situation for it is
/// refused on create and on edit, naming the country field, and nothing changes; under another
/// item, or in another session, it is welcome.
#[test]
fn a_country_is_followed_once_under_an_agenda_item() {
    let (mut store, _dir, session) = with_session();
    let input = |country: &str, item: Option<u8>| SituationInput {
        country: country.into(),
        agenda_item: item,
        ..Default::default()
    };
    store
        .create_situation(session.id, &input("BDI", Some(4)))
        .unwrap();
    let other_item = store
        .create_situation(session.id, &input("Burundi", Some(2)))
        .unwrap();
    store
        .create_situation(session.id, &input("BDI", None))
        .unwrap();
    let before = dump(&store);
    for refused in [
        store.create_situation(session.id, &input("Burundi", Some(4))),
        store.create_situation(session.id, &input("bdi", None)),
        store.update_situation(other_item.id, &input("BDI", Some(4))),
    ] {
        let e = refused.unwrap_err();
        assert_eq!(e.field(), Some("country"), "{e}");
        assert_eq!(
            e.rule().map(|r| r.code()).as_deref(),
            Some("situation_exists"),
            "{e}"
        );
        assert!(e.to_string().contains("Burundi is already followed"), "{e}");
    }
    assert_eq!(dump(&store), before);
    // Saving a situation unchanged is not a second one.
    store
        .update_situation(other_item.id, &input("BDI", Some(2)))
        .unwrap();
}
