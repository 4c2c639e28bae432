//! JSON bundles: exact round trips, idempotent re-imports, updates, conflicts, refusals, merges.
use hrc_core::bundle::Bundle;
use hrc_core::domain::document::DocumentInput;
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::mandate::MandateInput;
use hrc_core::domain::meeting::{MeetingInput, MeetingMove};
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::source::Source;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Store, Uuid};
use proptest::prelude::*;

use crate::support::{dump, hrc38, temp_store};

fn demo() -> (Store, tempfile::TempDir, Uuid) {
    let (mut store, dir) = temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    (store, dir, id)
}

fn json(store: &Store, id: Uuid) -> String {
    store.export_bundle(id).unwrap().to_json()
}

fn import(store: &mut Store, text: &str) -> hrc_core::Result<hrc_core::bundle::ImportReport> {
    store.import_bundle(&Bundle::from_json(text)?)
}

#[test]
fn a_bundle_recreates_the_session_exactly() {
    let (a, _da, id) = demo();
    let exported = json(&a, id);
    let (mut b, _db) = temp_store();
    let report = import(&mut b, &exported).unwrap();
    assert_eq!(report.session.id, id);
    assert!(report.added > 100, "{report:?}");
    assert!(report.conflicts.is_empty());
    assert_eq!(
        json(&b, id),
        exported,
        "export → import → export is identical"
    );
    assert_eq!(b.overview(id).unwrap(), a.overview(id).unwrap());
    assert_eq!(
        b.search(&hrc_core::domain::search::SearchQuery {
            text: "reprisal".into(),
            ..Default::default()
        })
        .unwrap()
        .len(),
        a.search(&hrc_core::domain::search::SearchQuery {
            text: "reprisal".into(),
            ..Default::default()
        })
        .unwrap()
        .len()
    );
}

#[test]
fn importing_again_changes_nothing() {
    let (a, _da, id) = demo();
    let exported = json(&a, id);
    let (mut b, _db) = temp_store();
    import(&mut b, &exported).unwrap();
    let before = dump(&b);
    let again = import(&mut b, &exported).unwrap();
    assert_eq!(
        (again.added, again.updated, again.conflicts.len()),
        (0, 0, 0),
        "{again:?}"
    );
    assert_eq!(dump(&b), before);
}

#[test]
fn a_newer_copy_updates_what_changed_deletions_included() {
    let (mut a, _da, id) = demo();
    let (mut b, _db) = temp_store();
    import(&mut b, &json(&a, id)).unwrap();
    let issue = a.key_issues(id).unwrap()[0].clone();
    a.update_key_issue(
        issue.id,
        &KeyIssueInput {
            title: "Reprisals and intimidation".into(),
            agenda_item: issue.agenda_item,
            overview: Some(issue.overview.clone()),
            asks: Some(issue.asks.clone()),
            ..Default::default()
        },
    )
    .unwrap();
    let note = a.notes(id).unwrap()[0].clone();
    a.delete_note(note.id).unwrap();
    let added = a
        .create_note(
            id,
            &NoteInput {
                body: "Nouvelle note — Genève".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let report = import(&mut b, &json(&a, id)).unwrap();
    assert_eq!(
        (report.added, report.updated, report.conflicts.len()),
        (1, 2, 0),
        "{report:?}"
    );
    assert_eq!(
        b.key_issue(issue.id).unwrap().title,
        "Reprisals and intimidation"
    );
    assert!(b.note(note.id).is_err(), "the deletion travelled");
    assert_eq!(b.note(added.id).unwrap().body, "Nouvelle note — Genève");
    assert_eq!(json(&b, id), json(&a, id));
}

#[test]
fn changes_on_both_sides_are_reported_not_overwritten() {
    let (mut a, _da, id) = demo();
    let (mut b, _db) = temp_store();
    import(&mut b, &json(&a, id)).unwrap();
    let note = a.notes(id).unwrap()[0].clone();
    a.update_note(
        note.id,
        &NoteInput {
            body: "edited in A".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let from_a = json(&a, id);
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.update_note(
        note.id,
        &NoteInput {
            body: "edited in B, later".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let report = import(&mut b, &from_a).unwrap();
    assert_eq!(report.conflicts.len(), 1, "{report:?}");
    assert_eq!(report.conflicts[0].table, "notes");
    assert_eq!(report.conflicts[0].what, "edited in B, later");
    assert_eq!(b.note(note.id).unwrap().body, "edited in B, later");
}

#[test]
fn bad_bundles_are_refused_and_change_nothing() {
    let (a, _da, id) = demo();
    let good = json(&a, id);
    let (mut b, _db) = temp_store();
    b.create_session(&hrc38()).unwrap();
    let before = dump(&b);
    let wrong_column = good.replacen("\"venue\"", "\"place\"", 1);
    let unknown_kind = good.replacen("\"general-debate\"", "\"karaoke\"", 1);
    let unknown_country = good.replacen("\"BDI\"", "\"XXX\"", 1);
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("truncated", good[..good.len() / 2].to_string()),
        ("not JSON", "Dear colleagues".into()),
        (
            "another format",
            good.replacen("hrc-planner-session", "something-else", 1),
        ),
        (
            "a newer version",
            good.replacen("\"version\": 4", "\"version\": 5", 1),
        ),
        (
            "version zero",
            good.replacen("\"version\": 4", "\"version\": 0", 1),
        ),
        ("a renamed column", wrong_column),
        ("an unknown meeting kind", unknown_kind),
        ("an unknown country", unknown_country),
        ("a clash with the local HRC38", good.clone()),
    ];
    for (what, text) in cases {
        let err = import(&mut b, &text).expect_err(what);
        assert!(
            err.field() == Some("bundle") || err.code() == "conflict",
            "{what}: {err}"
        );
        assert_eq!(dump(&b), before, "{what} changed the database");
    }
    let newer = import(
        &mut b,
        &good.replacen("\"version\": 4", "\"version\": 5", 1),
    )
    .unwrap_err();
    assert!(newer.to_string().contains("newer version"), "{newer}");
    // A clash names its rule (the window offers "Import as a copy" on it) and the command line.
    let clash = import(&mut b, &good).unwrap_err();
    assert_eq!(
        clash.rule().map(hrc_core::Rule::code).as_deref(),
        Some("bundle_session_here")
    );
    assert!(
        clash.to_string().contains("hrc import FILE --as-copy"),
        "{clash}"
    );
}

#[test]
fn organisations_merge_with_ones_already_here() {
    let (a, _da, id) = demo();
    let (mut b, _db) = temp_store();
    let other = b
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    let st = b
        .create_statement(
            other.id,
            &StatementInput {
                title: "Joint".into(),
                ..Default::default()
            },
        )
        .unwrap();
    b.add_signatories(st.id, "ActionAid International\nbroederlijk delen")
        .unwrap();
    let report = import(&mut b, &json(&a, id)).unwrap();
    assert_eq!(report.merged_organisations, 2, "{report:?}");
    let letter = b
        .statements(id)
        .unwrap()
        .into_iter()
        .find(|s| s.signatories.len() == 85)
        .unwrap();
    let local: Vec<_> = b
        .statement(st.id)
        .unwrap()
        .signatories
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert!(
        local
            .iter()
            .all(|o| letter.signatories.iter().any(|s| s.id == *o)),
        "the letter signs with the organisations already here"
    );
    assert_eq!(
        b.organisations().unwrap().len(),
        a.organisations().unwrap().len(),
        "none duplicated"
    );
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,40}",
        Just("Réunion à Genève — «très» important".to_string()),
        Just("مجلس حقوق الإنسان يناقش حالة حقوق الإنسان".to_string()),
        Just("Emoji 🙂🌍✊🏽 and ZWJ 👩‍⚖️".to_string()),
        Just("x".repeat(20_000)),
        "\\PC{0,60}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_is_identical(title in text_strategy(), notes in prop::collection::vec(text_strategy(), 0..4), statement in text_strategy()) {
        let (mut a, _da) = temp_store();
        let session = a.create_session(&SessionInput { title: Some(format!("T{title}")), notes: Some(title.clone()), ..hrc38() }).unwrap();
        a.create_key_issue(session.id, &KeyIssueInput { title: format!("K{title}"), overview: Some(statement.clone()), ..Default::default() }).unwrap();
        let st = a.create_statement(session.id, &StatementInput { title: format!("S{statement}"), text: Some(statement.clone()), ..Default::default() }).unwrap();
        a.add_signatories(st.id, &notes.join("\n")).unwrap();
        for body in &notes {
            a.create_note(session.id, &NoteInput { body: body.clone(), ..Default::default() }).unwrap();
        }
        let exported = json(&a, session.id);
        let (mut b, _db) = temp_store();
        import(&mut b, &exported).unwrap();
        prop_assert_eq!(json(&b, session.id), exported);
    }
}

/// The bundle of `id` as JSON to edit.
fn value(store: &Store, id: Uuid) -> serde_json::Value {
    serde_json::from_str(&json(store, id)).unwrap()
}

/// The first meeting of a bundle with a time, dated 18 June or later, to edit.
fn timed(b: &mut serde_json::Value) -> &mut serde_json::Value {
    b["meetings"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|m| m["starts_at"].is_string() && m["date"].as_str() > Some("2018-06-19"))
        .unwrap()
}

/// Rows a bundle brings pass the rules typed input follows; a row that does not is refused,
/// naming its table and field, and nothing changes.
#[test]
fn imported_rows_pass_the_rules_typed_input_follows() {
    let (a, _da, id) = demo();
    let good = value(&a, id);
    type Edit = fn(&mut serde_json::Value);
    let cases: Vec<(&str, &str, Edit)> = vec![
        ("a meeting outside the session", "date", |b| {
            b["meetings"][0]["starts_at"] = "2018-08-01T08:00:00.000Z".into();
            b["meetings"][0]["ends_at"] = "2018-08-01T10:00:00.000Z".into();
        }),
        ("an empty title", "title", |b| {
            b["key_issues"][0]["title"] = "   ".into();
        }),
        ("a limit of zero seconds", "limit_seconds", |b| {
            let oral = b["statements"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|s| s["kind"] == "oral")
                .unwrap();
            oral["limit_seconds"] = 0.into();
        }),
        ("a session in year 0018", "start_date", |b| {
            b["sessions"][0]["start_date"] = "0018-06-18".into();
        }),
        ("an organisation with no name", "name", |b| {
            b["organisations"][0]["name"] = "".into();
        }),
        ("a row from the future", "later than now", |b| {
            b["statements"][0]["updated_at"] = "9999-01-01T00:00:00.000Z".into();
        }),
        ("a session number beyond u32", "number", |b| {
            b["sessions"][0]["number"] = (1u64 << 40).into();
        }),
        ("a meeting dated another day than it starts", "date", |b| {
            timed(b)["date"] = "2018-06-19".into();
        }),
        ("a meeting on agenda item 11", "agenda_items", |b| {
            timed(b)["agenda_items"] = "[3,11]".into();
        }),
        ("a speaking time of 5 seconds", "speaking_seconds", |b| {
            timed(b)["speaking_seconds"] = 5.into();
        }),
        ("a document whose symbol is no UN symbol", "symbol", |b| {
            b["documents"][0]["symbol"] = "HRC 38 report".into();
        }),
        ("a mandate of an unknown kind", "kind", |b| {
            b["mandates"][0]["kind"] = "rapporteur".into();
        }),
    ];
    let (mut b, _db) = temp_store();
    let before = dump(&b);
    for (what, names, edit) in cases {
        let mut bundle = good.clone();
        edit(&mut bundle);
        let err = import(&mut b, &bundle.to_string()).expect_err(what);
        assert_eq!(err.field(), Some("bundle"), "{what}: {err}");
        assert!(err.to_string().contains(names), "{what}: {err}");
        assert_eq!(dump(&b), before, "{what} changed the database");
    }
    // A deleted row is not checked: it travels without its text.
    let mut deleted = good.clone();
    deleted["key_issues"][0]["title"] = "".into();
    deleted["key_issues"][0]["deleted_at"] = "2018-06-20T10:00:00.000Z".into();
    import(&mut b, &deleted.to_string()).unwrap();
}

/// A bundle for one session changes no other session: an organisation it carries renamed, or
/// one its rows do not name, leaves the organisations here — and another session's signatories —
/// as they are.
#[test]
fn a_bundle_never_renames_another_sessions_organisations() {
    let (mut b, _db, id) = demo();
    let forty = b
        .create_session(&SessionInput {
            number: 40,
            start_date: "2019-02-25".into(),
            end_date: "2019-03-22".into(),
            ..Default::default()
        })
        .unwrap();
    let joint = b
        .create_statement(
            forty.id,
            &StatementInput {
                title: "Joint statement".into(),
                ..Default::default()
            },
        )
        .unwrap();
    b.add_signatories(joint.id, "ActionAid International\nOnly In Forty")
        .unwrap();
    let signatories = |b: &Store| -> Vec<String> {
        b.statement(joint.id)
            .unwrap()
            .signatories
            .into_iter()
            .map(|o| o.name)
            .collect()
    };
    let before = signatories(&b);
    let only_forty = b
        .organisations()
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Only In Forty")
        .unwrap();

    let mut bundle = value(&b, id);
    let orgs = bundle["organisations"].as_array_mut().unwrap();
    let actionaid = orgs
        .iter_mut()
        .find(|o| o["name"] == "ActionAid International")
        .unwrap();
    actionaid["name"] = "Renamed by a stranger".into();
    actionaid["updated_at"] = "2019-01-01T00:00:00.000Z".into();
    let mut foreign = orgs[0].clone();
    foreign["id"] = only_forty.id.to_string().into();
    foreign["name"] = "Also renamed".into();
    foreign["updated_at"] = "2019-01-01T00:00:00.000Z".into();
    orgs.push(foreign);

    let report = import(&mut b, &bundle.to_string()).unwrap();
    assert_eq!(signatories(&b), before);
    assert!(
        report.conflicts.iter().any(|c| c.table == "organisations"),
        "{report:?}"
    );
}

/// A meeting of HRC38 titled `title`, as typed: a clustered dialogue on the afternoon of 19 June
/// unless told otherwise.
fn meeting(title: &str) -> MeetingInput {
    MeetingInput {
        date: "2018-06-19".into(),
        slot: Some("afternoon".into()),
        agenda_items: vec![3],
        kind: Some("clustered-interactive-dialogue".into()),
        title: title.into(),
        speaking_seconds: Some(120),
        ..Default::default()
    }
}

const EXECUTIONS: &str = "Special Rapporteur on extrajudicial, summary or arbitrary executions";
const EXPRESSION: &str =
    "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression";

/// HRC38 with the programme as published: a clustered dialogue of two mandates with their reports
/// and an NGO written statement, continued the next morning at the 7th meeting, a meeting moved,
/// one to be announced, sources, and a session speaking rule. Returns the session and the
/// meetings: the cluster's first, its second, the cont'd.
fn programme(store: &mut Store) -> (Uuid, [Uuid; 3]) {
    let s = store.create_session(&hrc38()).unwrap().id;
    let first = store
        .create_meeting(
            s,
            &MeetingInput {
                number: Some(6),
                mandates: vec![EXECUTIONS.into()],
                documents: vec!["A/HRC/38/44".into(), "A/HRC/38/44/Add.1".into()],
                sources: vec![Source {
                    title: "Order of the Day, 19 June".into(),
                    url: "https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session38".into(),
                }],
                ..meeting("Clustered interactive dialogue: executions")
            },
        )
        .unwrap();
    let second = store
        .create_meeting(
            s,
            &MeetingInput {
                number: Some(6),
                cluster_id: Some(first.id),
                mandates: vec![EXPRESSION.into()],
                documents: vec!["A/HRC/38/35".into(), "A/HRC/38/NGO/96".into()],
                ..meeting("Clustered interactive dialogue: freedom of expression")
            },
        )
        .unwrap();
    let contd = store
        .create_meeting(
            s,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                number: Some(7),
                room: Some("Room XX".into()),
                continues_id: Some(first.id),
                mandates: vec![EXECUTIONS.into(), EXPRESSION.into()],
                modalities: "Members 3 minutes, observers and NGOs 2 minutes".into(),
                member_speaking_seconds: Some(180),
                ..meeting("Clustered interactive dialogue (cont'd)")
            },
        )
        .unwrap();
    let moved = store
        .create_meeting(
            s,
            &MeetingInput {
                date: "2018-06-21".into(),
                kind: Some("panel".into()),
                estimated: true,
                start: "10:00".into(),
                end: "12:00".into(),
                ..meeting("Panel on the rights of older persons")
            },
        )
        .unwrap();
    store
        .move_meeting(
            moved.id,
            &MeetingMove {
                date: "2018-06-22".into(),
                slot: Some("midday".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_meeting(
            s,
            &MeetingInput {
                date: String::new(),
                slot: None,
                kind: Some("other".into()),
                ..meeting("Discussion to be announced")
            },
        )
        .unwrap();
    store
        .set_speaking_rule(s, "general-debate", 90)
        .map(drop)
        .unwrap();
    (s, [first.id, second.id, contd.id])
}

/// Clusters, cont'd, moves, documents, mandates, sources and speaking rules travel exactly.
#[test]
fn the_programme_as_published_travels_exactly() {
    let (mut a, _da) = temp_store();
    let (id, [first, second, contd]) = programme(&mut a);
    let exported = json(&a, id);
    let (mut b, _db) = temp_store();
    let report = import(&mut b, &exported).unwrap();
    assert!(report.conflicts.is_empty(), "{report:?}");
    assert_eq!(
        json(&b, id),
        exported,
        "export → import → export is identical"
    );
    assert_eq!(b.meetings(id).unwrap(), a.meetings(id).unwrap());
    assert_eq!(b.speaking_rules(id).unwrap(), a.speaking_rules(id).unwrap());
    assert_eq!(b.meeting(second).unwrap().cluster_id, Some(first));
    assert_eq!(b.meeting(contd).unwrap().continues_id, Some(first));
    assert_eq!(
        b.meeting(second).unwrap().documents,
        ["A/HRC/38/35", "A/HRC/38/NGO/96"]
    );
    assert_eq!(b.meeting(contd).unwrap().mandates, [EXECUTIONS, EXPRESSION]);
    assert_eq!(b.documents(None).unwrap(), a.documents(None).unwrap());
    assert_eq!(b.mandates(None).unwrap(), a.mandates(None).unwrap());
    let again = import(&mut b, &exported).unwrap();
    assert_eq!((again.added, again.updated), (0, 0), "{again:?}");
}

/// Documents and mandates are shared like organisations: one already here with the same symbol
/// or name is linked, never doubled, and keeps its id and title.
#[test]
fn documents_and_mandates_already_here_are_linked_not_doubled() {
    let (mut a, _da) = temp_store();
    let (id, [first, ..]) = programme(&mut a);
    let (mut b, _db) = temp_store();
    let report = b
        .create_document(&DocumentInput {
            symbol: "a/hrc/38/44".into(),
            title: "Report of the Special Rapporteur on executions".into(),
            kind: None,
        })
        .unwrap();
    let mandate = b
        .create_mandate(&MandateInput {
            name: EXECUTIONS.to_uppercase(),
            ..Default::default()
        })
        .unwrap();
    import(&mut b, &json(&a, id)).unwrap();
    let documents = b.documents(None).unwrap();
    assert_eq!(documents.len(), a.documents(None).unwrap().len());
    let here = b.document_by_symbol("A/HRC/38/44").unwrap().unwrap();
    assert_eq!((here.id, here.title), (report.id, report.title));
    let mandates = b.mandates(None).unwrap();
    assert_eq!(mandates.len(), 2, "{mandates:?}");
    assert!(mandates.iter().any(|m| m.id == mandate.id));
    let linked = b.meeting(first).unwrap();
    assert_eq!(linked.documents, ["A/HRC/38/44", "A/HRC/38/44/Add.1"]);
    assert_eq!(linked.mandates, [EXECUTIONS.to_uppercase()]);
    let summary = b.document(report.id).unwrap();
    assert_eq!(summary.linked.len(), 1, "{summary:?}");
}

/// A copy of the session gets new meetings whose cont'd and cluster name the copy's own, and
/// links to the same shared documents and mandates.
#[test]
fn a_copy_of_the_programme_points_at_its_own_meetings() {
    let (mut a, _da) = temp_store();
    let (id, [first, second, contd]) = programme(&mut a);
    let documents = a.documents(None).unwrap();
    let copy = a.export_bundle(id).unwrap().into_copy(&a).unwrap();
    let report = a.import_bundle(&copy).unwrap();
    let copied = a.meetings(report.session.id).unwrap();
    let original = a.meetings(id).unwrap();
    assert_eq!(copied.len(), original.len());
    let ids: Vec<Uuid> = copied.iter().map(|m| m.id).collect();
    let find = |title: &str| copied.iter().find(|m| m.title.starts_with(title)).unwrap();
    let lead = find("Clustered interactive dialogue: executions");
    assert!(![first, second, contd].contains(&lead.id));
    let expression = find("Clustered interactive dialogue: freedom");
    assert_eq!(expression.cluster_id, Some(lead.id));
    let cont = find("Clustered interactive dialogue (cont'd)");
    assert_eq!(cont.continues_id, Some(lead.id));
    assert!(copied
        .iter()
        .filter_map(|m| m.continues_id.or(m.cluster_id))
        .all(|to| ids.contains(&to)));
    assert_eq!(cont.mandates, [EXECUTIONS, EXPRESSION]);
    assert_eq!(a.documents(None).unwrap(), documents, "no document doubled");
    assert_eq!(a.speaking_rules(report.session.id).unwrap().len(), 1);
}

/// The store's file, opened to read what no read path shows.
fn read(store: &Store) -> rusqlite::Connection {
    rusqlite::Connection::open(store.path().unwrap()).unwrap()
}

/// A deleted meeting travels without its sources (a colleague's copy drops them too), and once
/// forgotten they are gone from the file; a deleted document forgets its symbol and title and a
/// deleted mandate its name, as an organisation its name; a session deleted for good takes its
/// records' sources with it.
#[test]
fn a_deleted_records_sources_and_a_deleted_documents_words_are_forgotten() {
    let (mut a, _da) = temp_store();
    let (id, [first, ..]) = programme(&mut a);
    let sources = |store: &Store| -> i64 {
        read(store)
            .query_row("SELECT count(*) FROM sources", [], |r| r.get(0))
            .unwrap()
    };
    let (mut b, _db) = temp_store();
    import(&mut b, &json(&a, id)).unwrap();
    assert_eq!(sources(&b), 1);
    a.delete_meeting(first).unwrap();
    let bundle = a.export_bundle(id).unwrap();
    assert!(bundle.sources.is_empty(), "{:?}", bundle.sources);
    import(&mut b, &bundle.to_json()).unwrap();
    assert_eq!(
        sources(&b),
        0,
        "the deletion took the sources away there too"
    );
    assert_eq!(sources(&a), 1, "kept while Undo is offered");
    a.forget_deleted(first).unwrap();
    assert_eq!(sources(&a), 0);

    let report = a.document_by_symbol("A/HRC/38/NGO/96").unwrap().unwrap();
    a.delete_document(report.id).unwrap();
    a.forget_deleted(report.id).unwrap();
    let words = |store: &Store, table: &str, columns: &str, id: Uuid| -> (String, String) {
        read(store)
            .query_row(
                &format!("SELECT {columns} FROM {table} WHERE id = ?1"),
                [id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    };
    assert_eq!(
        words(&a, "documents", "symbol, title", report.id),
        ("".into(), "".into())
    );
    let mandate = a.mandates(Some("executions")).unwrap()[0].id;
    a.delete_mandate(mandate).unwrap();
    a.forget_deleted(mandate).unwrap();
    assert_eq!(
        words(&a, "mandates", "name, name_key", mandate),
        ("".into(), "".into())
    );

    let (mut c, _dc) = temp_store();
    let (other, _) = programme(&mut c);
    assert_eq!(sources(&c), 1);
    c.delete_session_for_good(other).unwrap();
    assert_eq!(sources(&c), 0, "gone with the session");
}

/// A bundle written before schema 7 (format 1: meetings with one start, end, room and item)
/// still imports: each meeting gets its Geneva date, its item as a list, scheduled.
#[test]
fn a_version_1_bundle_still_imports() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bundle-v1.json");
    let text = std::fs::read_to_string(path).unwrap();
    let old: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(old["version"], 1);
    let (mut b, _db) = temp_store();
    let report = import(&mut b, &text).unwrap();
    let id = report.session.id;
    let meetings = b.meetings(id).unwrap();
    let rows = old["meetings"].as_array().unwrap();
    let live: Vec<&serde_json::Value> = rows.iter().filter(|m| m["deleted_at"].is_null()).collect();
    assert_eq!(meetings.len(), live.len());
    for row in live {
        let m = meetings
            .iter()
            .find(|m| m.id.to_string() == row["id"].as_str().unwrap())
            .unwrap();
        let starts_at: chrono::DateTime<chrono::Utc> =
            row["starts_at"].as_str().unwrap().parse().unwrap();
        assert_eq!(m.starts_at, Some(starts_at));
        let geneva = starts_at
            .with_timezone(&chrono_tz::Europe::Zurich)
            .date_naive();
        assert_eq!(m.date, Some(geneva), "{}", m.title);
        let items: Vec<u8> = row["agenda_item"]
            .as_u64()
            .map(|i| i as u8)
            .into_iter()
            .collect();
        assert_eq!(m.agenda_items, items, "{}", m.title);
        assert_eq!(m.room.as_deref(), row["room"].as_str());
        assert_eq!(
            m.status,
            hrc_core::domain::meeting::MeetingStatus::Scheduled
        );
        assert!(m.documents.is_empty() && m.mandates.is_empty());
    }
    // From 00:30 to 01:00 on 21 June in Geneva: 22:30 UTC the day before.
    let late = meetings
        .iter()
        .find(|m| m.title.starts_with("Informal consultations"))
        .unwrap();
    assert_eq!(late.date, chrono::NaiveDate::from_ymd_opt(2018, 6, 21));
    let statements = b.overview(id).unwrap().statements;
    assert_eq!(
        statements.len(),
        old["statements"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["deleted_at"].is_null())
            .count()
    );
    // Exported again, it is a bundle of the current version that imports as it is.
    let again = json(&b, id);
    assert!(again.contains(&format!("\"version\": {}", hrc_core::bundle::VERSION)));
    let (mut c, _dc) = temp_store();
    import(&mut c, &again).unwrap();
    assert_eq!(json(&c, id), again);
}

#[test]
fn a_sessions_speaking_rules_travel_when_only_they_changed() {
    let (mut a, _da, id) = demo();
    let (mut b, _db) = temp_store();
    import(&mut b, &json(&a, id)).unwrap();
    a.set_speaking_rule(id, "interactive-dialogue", 150)
        .unwrap();
    let report = import(&mut b, &json(&a, id)).unwrap();
    assert_eq!(report.conflicts.len(), 0, "{report:?}");
    assert_eq!(b.speaking_rules(id).unwrap().len(), 1, "{report:?}");
    assert_eq!(b.speaking_rules(id).unwrap()[0].speaking_seconds, 150);
    a.clear_speaking_rule(id, "interactive-dialogue").unwrap();
    import(&mut b, &json(&a, id)).unwrap();
    assert!(b.speaking_rules(id).unwrap().is_empty());
    assert_eq!(json(&b, id), json(&a, id));
}
