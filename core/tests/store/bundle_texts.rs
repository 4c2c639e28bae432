//! Bundles carry a session's texts (with their revisions, sponsors, links, amendments and votes,
//! each State's vote included) and the Council's members: an exact round trip, links to mandates
//! already here by name, a format-2 bundle still read, and rows hanging from a text of another
//! session refused with nothing stored.
use hrc_core::bundle::Bundle;
use hrc_core::domain::mandate::MandateInput;
use hrc_core::domain::resolution::{
    AmendmentInput, MandateLinkInput, ResolutionInput, RevisionInput, VoteEntry, VoteInput,
};
use hrc_core::domain::vote_list::VoteCounts;
use hrc_core::{Store, Uuid};

use crate::membership::hrc38_members;
use crate::resolutions::syria;
use crate::support::{dump, temp_store};
use crate::votes::LISTS;

const COI: &str = "Independent International Commission of Inquiry on the Syrian Arab Republic";

/// The HRC38 example with its members, a text on Syria linking a situation, a mandate and a
/// document, revised, with an amendment rejected by a vote and its own vote by lists; and a
/// deleted text. Returns the session and the text.
fn with_texts() -> (Store, tempfile::TempDir, Uuid, Uuid) {
    let (mut store, dir) = temp_store();
    let session = hrc_core::demo::load(&mut store).unwrap().session.id;
    hrc38_members(&mut store, session);
    let situation = store
        .situations(session)
        .unwrap()
        .into_iter()
        .find(|s| s.country_code == "SYR")
        .expect("the example follows Syria");
    let mut input = syria(session);
    input.situation_ids = vec![situation.id];
    input.mandates = vec![MandateLinkInput {
        name: COI.into(),
        effect: Some("renews".into()),
    }];
    input.documents = vec!["A/HRC/38/L.10/Rev.1".into()];
    input.revisions = vec![RevisionInput {
        oral: true,
        date: Some("2018-07-06".into()),
        ..RevisionInput::default()
    }];
    input.position = "Support; oppose the amendment.".into();
    let text = store.create_resolution(&input).unwrap();
    let amendment = store
        .create_amendment(&AmendmentInput {
            resolution_id: text.id,
            symbol: "A/HRC/38/L.35".into(),
            summary: "Deletes paragraph 12".into(),
            sponsors: vec!["China".into(), "Cuba".into()],
            status: None,
        })
        .unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: Some(amendment.id),
            date: Some("2018-07-06".into()),
            entry: VoteEntry::Counts(VoteCounts {
                in_favour: 12,
                against: 24,
                abstaining: 10,
            }),
        })
        .unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: Some("2018-07-06".into()),
            entry: VoteEntry::Lists {
                text: LISTS.into(),
                counts: None,
            },
        })
        .unwrap();
    let gone = store
        .create_resolution(&ResolutionInput {
            session_id: session,
            title: "A draft withdrawn, its title private".into(),
            ..ResolutionInput::default()
        })
        .unwrap();
    store.delete_resolution(gone.id).unwrap();
    (store, dir, session, text.id)
}

fn json(store: &Store, id: Uuid) -> String {
    store.export_bundle(id).unwrap().to_json()
}

#[test]
fn texts_votes_and_members_travel_exactly() {
    let (a, _da, session, text) = with_texts();
    let exported = json(&a, session);
    let value: serde_json::Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(value["version"], 4);
    for (table, rows) in [
        ("resolutions", 2),
        ("resolution_revisions", 1),
        ("resolution_sponsors", 4),
        ("resolution_links", 3),
        ("amendments", 1),
        ("votes", 2),
        ("state_votes", 46),
        ("council_members", 47),
    ] {
        assert_eq!(value[table].as_array().unwrap().len(), rows, "{table}");
    }
    assert!(
        !exported.contains("its title private"),
        "a deleted text travels without its words"
    );

    let (mut b, _db) = temp_store();
    b.import_bundle(&Bundle::from_json(&exported).unwrap())
        .unwrap();
    assert_eq!(json(&b, session), exported, "export → import → export");
    assert_eq!(b.resolution(text).unwrap(), a.resolution(text).unwrap());
    assert_eq!(
        b.membership(session).unwrap(),
        a.membership(session).unwrap()
    );
    let again = b
        .import_bundle(&Bundle::from_json(&exported).unwrap())
        .unwrap();
    assert_eq!((again.added, again.updated), (0, 0), "{again:?}");
}

#[test]
fn a_text_links_the_mandate_already_here_by_its_name() {
    let (a, _da, session, text) = with_texts();
    let (mut b, _db) = temp_store();
    let here = b
        .create_mandate(&MandateInput {
            name: COI.to_uppercase(),
            ..MandateInput::default()
        })
        .unwrap();
    b.import_bundle(&a.export_bundle(session).unwrap()).unwrap();
    let links = b.resolution(text).unwrap().mandates;
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].mandate_id, here.id, "not a second mandate");
    let named: Vec<_> = b
        .mandates(None)
        .unwrap()
        .into_iter()
        .filter(|m| m.name.eq_ignore_ascii_case(COI))
        .collect();
    assert_eq!(named.len(), 1, "{named:?}");
}

#[test]
fn a_format_2_bundle_still_imports_and_a_newer_one_is_refused() {
    let (a, _da, session, _text) = with_texts();
    let mut old: serde_json::Value =
        serde_json::to_value(a.export_bundle(session).unwrap()).unwrap();
    let bundle = old.as_object_mut().unwrap();
    for table in [
        "resolutions",
        "resolution_revisions",
        "resolution_sponsors",
        "resolution_links",
        "amendments",
        "votes",
        "state_votes",
        "council_members",
        "consultations",
        "delegations",
    ] {
        bundle.remove(table);
    }
    bundle.insert("version".into(), 2.into());
    let (mut b, _db) = temp_store();
    let report = b
        .import_bundle(&Bundle::from_json(&old.to_string()).unwrap())
        .unwrap();
    assert!(b.resolutions(report.session.id).unwrap().is_empty());
    assert!(b.members(report.session.id).unwrap().is_empty());

    let newer = json(&a, session).replacen("\"version\": 4", "\"version\": 5", 1);
    let e = Bundle::from_json(&newer).unwrap_err();
    assert!(e.to_string().contains("newer version"), "{e}");
}

#[test]
fn rows_hanging_from_another_sessions_text_are_refused() {
    let (a, _da, session, _text) = with_texts();
    let (mut b, _db) = temp_store();
    let before = dump(&b);
    for table in ["amendments", "votes", "resolution_sponsors"] {
        let mut bundle = a.export_bundle(session).unwrap();
        let rows = match table {
            "amendments" => &mut bundle.amendments,
            "votes" => &mut bundle.votes,
            _ => &mut bundle.resolution_sponsors,
        };
        rows[0].insert("resolution_id".into(), Uuid::now_v7().to_string().into());
        let e = b.import_bundle(&bundle).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("bundle: has {table} of another session")
        );
        assert_eq!(dump(&b), before, "nothing stored");
    }
}

/// Runs `sql` on the store's file (schema 10's rows, written as the app writes them).
fn sql(store: &Store, sql: &str, params: &[&str]) {
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    conn.execute(sql, rusqlite::params_from_iter(params))
        .unwrap();
}

const DELEGATION: &str = "INSERT INTO delegations (id, country_code, contacts, notes, created_at,
    updated_at) VALUES (?1, ?2, ?3, ?4, '2018-06-19T10:00:00.000Z', '2018-06-19T10:00:00.000Z')";

#[test]
fn consultations_and_the_delegations_of_the_sessions_states_travel_with_the_notes() {
    let (a, _da, session, text) = with_texts();
    sql(
        &a,
        "INSERT INTO consultations (id, resolution_id, date, start_time, end_time, room, convenor,
         notes, created_at, updated_at) VALUES (?1, ?2, '2018-06-25', '15:00', '16:00', 'Room XXI',
         'United Kingdom', 'Second reading of OP 12', '2018-06-20T10:00:00.000Z',
         '2018-06-20T10:00:00.000Z')",
        &[&Uuid::now_v7().to_string(), &text.to_string()],
    );
    let cuba = Uuid::now_v7().to_string();
    sql(
        &a,
        DELEGATION,
        &[&cuba, "CUB", "First Secretary", "Met 19 June"],
    );
    // Iceland neither sits nor presents a text in HRC38: its delegation stays here.
    sql(
        &a,
        DELEGATION,
        &[&Uuid::now_v7().to_string(), "ISL", "", "Met in May"],
    );

    let full = a.export_bundle(session).unwrap();
    assert_eq!(full.consultations.len(), 1);
    let codes: Vec<&str> = full
        .delegations
        .iter()
        .map(|d| d["country_code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["CUB"]);
    let without = a.export_bundle_with(session, false).unwrap();
    assert!(
        without.delegations.is_empty(),
        "my notes on delegations only when asked for"
    );
    assert_eq!(without.consultations.len(), 1);

    let exported = full.to_json();
    let (mut b, _db) = temp_store();
    b.import_bundle(&Bundle::from_json(&exported).unwrap())
        .unwrap();
    assert_eq!(json(&b, session), exported, "export → import → export");

    // Where Cuba has a delegation record already, it is kept as it is.
    let (mut c, _dc) = temp_store();
    let here = Uuid::now_v7().to_string();
    sql(
        &c,
        DELEGATION,
        &[&here, "CUB", "Ambassador", "My own notes"],
    );
    let report = c.import_bundle(&full).unwrap();
    assert!(report.conflicts.is_empty(), "{report:?}");
    let conn = rusqlite::Connection::open(c.path().unwrap()).unwrap();
    let kept: Vec<(String, String)> = conn
        .prepare("SELECT id, notes FROM delegations WHERE country_code = 'CUB'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(kept, [(here, "My own notes".to_string())]);
}

#[test]
fn a_copy_of_a_session_brings_its_texts_votes_and_members_under_new_ids() {
    let (mut a, _da, session, text) = with_texts();
    let copy = a.export_bundle(session).unwrap().into_copy(&a).unwrap();
    let report = a.import_bundle(&copy).unwrap();
    assert_eq!(report.session.name, "HRC39");
    let copied = a.resolutions(report.session.id).unwrap();
    let original = a.resolution(text).unwrap();
    assert_eq!(copied.len(), 1, "the deleted text stays deleted");
    let c = &copied[0];
    assert_ne!(c.id, original.id);
    assert_eq!(c.title, original.title);
    assert_eq!(c.sponsors, original.sponsors);
    assert_eq!(c.mandates, original.mandates, "the same shared mandate");
    assert_eq!(c.situation_ids.len(), 1);
    assert_ne!(
        c.situation_ids, original.situation_ids,
        "the copy's own situation"
    );
    let (vote, was) = (c.vote.as_ref().unwrap(), original.vote.as_ref().unwrap());
    assert_eq!((vote.counts, &vote.states), (was.counts, &was.states));
    assert_eq!(
        c.amendments[0].vote.as_ref().unwrap().counts,
        original.amendments[0].vote.as_ref().unwrap().counts
    );
    assert_eq!(a.members(report.session.id).unwrap().len(), 47);
}
