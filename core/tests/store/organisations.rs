//! Organisations added, edited, listed with how much each is used, deleted and restored: a
//! duplicate by folded name or acronym refused naming the field, an organisation that signs or
//! co-sponsors refused deletion (its signatures never vanish), nothing changed on bad input.
use hrc_core::domain::organisation::{EcosocStatus, OrganisationInput};
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Error, Store, Uuid};

use crate::support::{dump, temp_store, with_session};

fn input(name: &str, acronym: &str, status: &str) -> OrganisationInput {
    OrganisationInput {
        name: name.into(),
        acronym: Some(acronym.into()),
        ecosoc_status: Some(status.into()),
    }
}

fn ishr(store: &mut Store) -> Uuid {
    store
        .create_organisation(&input(
            "International Service for Human Rights",
            "ISHR",
            "special",
        ))
        .unwrap()
        .id
}

/// The field and rule code of a validation error.
fn refused(e: Error) -> (String, String) {
    match e {
        Error::Validation { field, rule } => (field, rule.code()),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn an_organisation_is_added_shown_edited_and_listed() {
    let (mut store, _dir) = temp_store();
    let added = store
        .create_organisation(&OrganisationInput {
            name: "  CIVICUS: World Alliance for Citizen Participation ".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        added.name,
        "CIVICUS: World Alliance for Citizen Participation"
    );
    assert_eq!(added.ecosoc_status, EcosocStatus::None, "none unless given");
    let id = ishr(&mut store);
    let shown = store.organisation(id).unwrap();
    assert_eq!(shown.organisation.acronym, "ISHR");
    assert_eq!(shown.organisation.ecosoc_status, EcosocStatus::Special);
    assert_eq!(
        (
            shown.statements,
            shown.side_events_organised,
            shown.side_events_cosponsored
        ),
        (0, 0, 0)
    );

    let edited = store
        .update_organisation(
            id,
            &input("International Service for Human Rights", "ISHR", "general"),
        )
        .unwrap();
    assert_eq!(edited.ecosoc_status, EcosocStatus::General);
    assert_eq!(edited.ecosoc_status.written_word_limit(), 2000);
    let names: Vec<String> = store
        .organisation_summaries()
        .unwrap()
        .into_iter()
        .map(|s| s.organisation.name)
        .collect();
    assert_eq!(
        names,
        [
            "CIVICUS: World Alliance for Citizen Participation",
            "International Service for Human Rights"
        ],
        "by name"
    );
    let json = serde_json::to_value(store.organisation(id).unwrap()).unwrap();
    assert_eq!(json["id"], id.to_string(), "the record's own fields, flat");
    assert_eq!(json["statements"], 0);
}

#[test]
fn bad_input_is_refused_naming_the_field_and_changes_nothing() {
    let (mut store, _dir) = temp_store();
    let id = ishr(&mut store);
    store
        .create_organisation(&input("Amnesty International", "", "special"))
        .unwrap();
    let before = dump(&store);
    let cases: [(&str, OrganisationInput, &str, &str); 7] = [
        ("blank name", input("  ", "X", "none"), "name", "empty"),
        (
            "same name, folded",
            input("international service for human rights.", "", "none"),
            "name",
            "already_exists",
        ),
        (
            "same acronym, another case",
            input("Independent Service for Human Rights", "ishr", "none"),
            "acronym",
            "names_another_organisation",
        ),
        (
            "a one-word name that is an acronym here",
            input("ISHR", "", "none"),
            "name",
            "names_another_organisation",
        ),
        (
            "an acronym that is a name here",
            input(
                "Amnesty International Secretariat",
                "Amnesty International",
                "none",
            ),
            "acronym",
            "names_another_organisation",
        ),
        (
            "unknown status",
            input("Human Rights Watch", "HRW", "consultative"),
            "ecosoc_status",
            "not_a_choice",
        ),
        (
            "status checked before any clash",
            input("Amnesty International", "", "party"),
            "ecosoc_status",
            "not_a_choice",
        ),
    ];
    for (what, bad, field, rule) in cases {
        let e = store.create_organisation(&bad).unwrap_err();
        assert_eq!(refused(e), (field.into(), rule.into()), "create: {what}");
    }
    // Edited into another's name or acronym: refused the same way; its own are fine.
    let e = store
        .update_organisation(id, &input("Amnesty International", "ISHR", "none"))
        .unwrap_err();
    assert_eq!(refused(e), ("name".into(), "already_exists".into()));
    let e = store
        .update_organisation(id, &input("  ", "ISHR", "none"))
        .unwrap_err();
    assert_eq!(refused(e), ("name".into(), "empty".into()));
    assert_eq!(dump(&store), before, "nothing changed");
    store
        .update_organisation(
            id,
            &input("International Service for Human Rights", "ISHR", "special"),
        )
        .expect("its own name and acronym are not a clash");

    let missing = Uuid::now_v7();
    assert!(matches!(
        store.update_organisation(missing, &input("X", "", "none")),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        store.organisation(missing),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn the_list_counts_statements_signed_and_side_events_organised_and_cosponsored() {
    let (mut store, _dir, session) = with_session();
    for title in ["Joint letter on reprisals", "Joint letter on civic space"] {
        let st = store
            .create_statement(
                session.id,
                &StatementInput {
                    title: title.into(),
                    kind: Some("joint-written".into()),
                    ..Default::default()
                },
            )
            .unwrap();
        store
            .add_signatories(
                st.id,
                "International Service for Human Rights (ISHR)\nCIVICUS",
            )
            .unwrap();
    }
    store
        .create_side_event(
            session.id,
            &SideEventInput {
                title: "Defenders at risk".into(),
                date: "2018-06-25".into(),
                start: "13:00".into(),
                end: "14:30".into(),
                organisers: vec!["ISHR".into()],
                cosponsor_organisations: vec!["CIVICUS".into(), "Front Line Defenders".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let counts: Vec<(String, u32, u32, u32)> = store
        .organisation_summaries()
        .unwrap()
        .into_iter()
        .map(|s| {
            (
                s.organisation.name,
                s.statements,
                s.side_events_organised,
                s.side_events_cosponsored,
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("CIVICUS".to_string(), 2, 0, 1),
            ("Front Line Defenders".to_string(), 0, 0, 1),
            (
                "International Service for Human Rights".to_string(),
                2,
                1,
                0
            ),
        ]
    );
    // A deleted statement no longer counts.
    let first = store.statements(session.id).unwrap()[0].id;
    store.delete_statement(first).unwrap();
    let civicus = &store.organisation_summaries().unwrap()[0];
    assert_eq!(civicus.statements, 1);
}

#[test]
fn an_organisation_in_use_is_not_deleted_and_its_signatures_stay() {
    let (mut store, _dir, session) = with_session();
    let st = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "Joint letter".into(),
                kind: Some("joint-written".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let signing = store
        .add_signatories(st.id, "International Service for Human Rights (ISHR)")
        .unwrap()
        .signatories[0]
        .id;
    store
        .create_side_event(
            session.id,
            &SideEventInput {
                title: "Defenders at risk".into(),
                date: "2018-06-25".into(),
                start: "13:00".into(),
                end: "14:30".into(),
                organisers: vec!["ISHR".into()],
                cosponsor_organisations: vec!["ISHR".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let before = dump(&store);
    let e = store.delete_organisation(signing).unwrap_err();
    assert_eq!(
        e.to_string(),
        "organisation: signs 1 statement and organises or co-sponsors 1 side event: take it off \
         them first (to correct its name, edit it instead)"
    );
    assert_eq!(dump(&store), before, "nothing changed");
    assert_eq!(store.statement(st.id).unwrap().signatories.len(), 1);

    // Taken off the statement, it still co-sponsors the side event; taken off that too, it goes.
    store.remove_signatory(st.id, signing).unwrap();
    let e = store.delete_organisation(signing).unwrap_err();
    assert_eq!(
        refused(e),
        ("organisation".into(), "organisation_in_use".into())
    );
    let event = store.side_events(session.id).unwrap()[0].clone();
    let mut edit = SideEventInput::from(&event);
    edit.organisers = vec!["Front Line Defenders".into()];
    edit.cosponsor_organisations = vec![];
    store.update_side_event(event.id, &edit).unwrap();
    store.delete_organisation(signing).unwrap();
    assert!(store.organisation(signing).is_err());
}

#[test]
fn a_deleted_organisation_comes_back_with_undo_unless_its_name_was_taken_since() {
    let (mut store, _dir) = temp_store();
    let id = ishr(&mut store);
    store.delete_organisation(id).unwrap();
    assert!(matches!(
        store.organisation(id),
        Err(Error::NotFound { .. })
    ));
    assert!(store.organisation_summaries().unwrap().is_empty());
    assert!(matches!(
        store.delete_organisation(id),
        Err(Error::NotFound { .. })
    ));
    let back = store.restore_organisation(id).unwrap();
    assert_eq!(
        (back.name.as_str(), back.acronym.as_str()),
        ("International Service for Human Rights", "ISHR")
    );
    assert!(matches!(
        store.restore_organisation(id),
        Err(Error::NotFound { .. })
    ));

    // Deleted, then a new one takes the acronym: the undo is refused on that field.
    store.delete_organisation(id).unwrap();
    store
        .create_organisation(&input(
            "Independent Service for Human Rights",
            "ISHR",
            "none",
        ))
        .unwrap();
    let e = store.restore_organisation(id).unwrap_err();
    assert_eq!(
        refused(e),
        ("acronym".into(), "names_another_organisation".into())
    );

    // Once its undo is over, its name is gone from the file and it cannot come back.
    store.purge_deleted(Some(id)).unwrap();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    let (name, acronym): (String, String) = conn
        .query_row(
            "SELECT name, acronym FROM organisations WHERE id = ?1",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((name.as_str(), acronym.as_str()), ("", ""));
    assert!(matches!(
        store.restore_organisation(id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn a_pasted_list_does_not_sign_with_a_deleted_organisation() {
    let (mut store, _dir, session) = with_session();
    let id = ishr(&mut store);
    store.delete_organisation(id).unwrap();
    let st = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "Joint letter".into(),
                kind: Some("joint-written".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let report = store
        .add_signatories(st.id, "International Service for Human Rights")
        .unwrap();
    assert_eq!(report.created, 1, "a new one, not the deleted one");
    assert_ne!(report.signatories[0].id, id);
}

#[test]
fn a_session_deleted_for_good_keeps_the_organisations_it_named() {
    let (mut store, _dir, session) = with_session();
    let st = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "Joint letter".into(),
                kind: Some("joint-written".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .add_signatories(st.id, "International Service for Human Rights (ISHR)")
        .unwrap();
    store.delete_session_for_good(session.id).unwrap();
    let left = store.organisation_summaries().unwrap();
    assert_eq!(left.len(), 1, "shared by every session, not the session's");
    assert_eq!(left[0].organisation.acronym, "ISHR");
    assert_eq!(left[0].statements, 0, "its statement went with the session");
}

#[test]
fn organisations_are_found_by_folded_name_or_acronym() {
    let (mut store, _dir) = temp_store();
    ishr(&mut store);
    for name in ["Amnesty International", "Solidarité Socialiste", "CIVICUS"] {
        store.find_or_create_organisation(name).unwrap();
    }
    let found = |q: &str| -> Vec<String> {
        store
            .organisation_summaries_matching(q)
            .unwrap()
            .into_iter()
            .map(|s| s.organisation.name)
            .collect()
    };
    assert_eq!(found("").len(), 4, "a blank query finds every one");
    assert_eq!(found("  SOLIDARITE "), ["Solidarité Socialiste"]);
    assert_eq!(found("ishr"), ["International Service for Human Rights"]);
    assert_eq!(
        found("inter"),
        [
            "Amnesty International",
            "International Service for Human Rights"
        ]
    );
    assert!(found("Greenpeace").is_empty());
}

/// A statement signed by `names` (one per line).
fn signed(store: &mut Store, session: Uuid, title: &str, names: &str) -> Uuid {
    let st = store
        .create_statement(
            session,
            &StatementInput {
                title: title.into(),
                kind: Some("joint-written".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store.add_signatories(st.id, names).unwrap();
    st.id
}

#[test]
fn a_duplicate_is_merged_its_signatures_and_side_events_moved_once() {
    let (mut store, _dir, session) = with_session();
    let both = signed(
        &mut store,
        session.id,
        "Joint letter on reprisals",
        "International Service for Human Rights\nISHR Geneva\nCIVICUS",
    );
    let only_dup = signed(
        &mut store,
        session.id,
        "Joint letter on civic space",
        "ISHR Geneva",
    );
    store
        .create_side_event(
            session.id,
            &SideEventInput {
                title: "Defenders at risk".into(),
                date: "2018-06-25".into(),
                start: "13:00".into(),
                end: "14:30".into(),
                organisers: vec!["ISHR Geneva".into()],
                cosponsor_organisations: vec!["CIVICUS".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let all = store.organisations().unwrap();
    let id = |name: &str| all.iter().find(|o| o.name == name).unwrap().id;
    let (dup, keep) = (
        id("ISHR Geneva"),
        id("International Service for Human Rights"),
    );
    let mut with_acronym = OrganisationInput::from(&store.organisation(dup).unwrap().organisation);
    with_acronym.acronym = Some("ISHR-G".into());
    with_acronym.ecosoc_status = Some("special".into());
    store.update_organisation(dup, &with_acronym).unwrap();
    let bundle_before = store.export_bundle(session.id).unwrap().to_json();

    let kept = store.merge_organisations(dup, keep).unwrap();
    assert_eq!(kept.organisation.id, keep);
    assert_eq!(
        kept.organisation.name,
        "International Service for Human Rights"
    );
    assert_eq!(
        kept.organisation.acronym, "ISHR-G",
        "taken where it had none"
    );
    assert_eq!(kept.organisation.ecosoc_status, EcosocStatus::Special);
    assert_eq!(
        (
            kept.statements,
            kept.side_events_organised,
            kept.side_events_cosponsored
        ),
        (2, 1, 0),
        "one signature on the letter both signed"
    );
    let names = |st: Uuid| -> Vec<String> {
        (store.statement(st).unwrap().signatories.iter())
            .map(|s| s.name.clone())
            .collect()
    };
    assert_eq!(
        names(both),
        ["International Service for Human Rights", "CIVICUS"]
    );
    assert_eq!(names(only_dup), ["International Service for Human Rights"]);
    assert_eq!(store.organisations().unwrap().len(), 2);
    assert!(store.organisation(dup).is_err(), "the duplicate is gone");
    let forgotten: String = rusqlite::Connection::open(store.path().unwrap())
        .unwrap()
        .query_row(
            "SELECT name || name_key || acronym FROM organisations WHERE id = ?1 AND deleted_at IS NOT NULL",
            [dup.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(forgotten, "", "its text is forgotten");

    // Its bundle changed, and carries the merge across: export → import → export is identical.
    let exported = store.export_bundle(session.id).unwrap().to_json();
    assert_ne!(exported, bundle_before);
    let (mut other, _d2) = temp_store();
    other
        .import_bundle(&hrc_core::bundle::Bundle::from_json(&exported).unwrap())
        .unwrap();
    assert_eq!(other.export_bundle(session.id).unwrap().to_json(), exported);
}

#[test]
fn a_merge_into_itself_or_a_missing_organisation_is_refused_and_changes_nothing() {
    let (mut store, _dir) = temp_store();
    let keep = ishr(&mut store);
    let other = store.find_or_create_organisation("CIVICUS").unwrap().id;
    let missing = Uuid::new_v4();
    let before = dump(&store);
    for (from, into, field, code) in [
        (keep, keep, "into", "merge_into_itself"),
        (other, missing, "into", "no_such_row"),
        (missing, keep, "organisation", "no_such_row"),
    ] {
        let e = store.merge_organisations(from, into).unwrap_err();
        assert_eq!(refused(e), (field.into(), code.into()));
    }
    assert_eq!(dump(&store), before, "nothing changed");
    let e = store.merge_organisations(keep, keep).unwrap_err();
    assert_eq!(
        e.to_string(),
        "into: must be another organisation: one cannot be merged into itself"
    );
}
