//! Fuzzing the JSON bundle importer with arbitrary bytes, arbitrary JSON, truncated bundles and
//! valid bundles mutated column by column: no panic, no hang; either refused with a clear error
//! (`validation` on the field `bundle`, or `conflict`) and the database unchanged, or imported
//! into a session that every read path and export can use and whose rows point only into it.
use std::cell::RefCell;
use std::path::PathBuf;

use chrono::Utc;
use hrc_core::bundle::{import_file, Bundle};
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::search::SearchQuery;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::source::Source;
use hrc_core::domain::statement::StatementInput;
use hrc_core::export::{export, ExportFormat, Section};
use hrc_core::{Store, Uuid};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};
use tempfile::TempDir;

use crate::support::{dump, hrc38};

/// The bundle's tables, in its order.
const TABLES: &[&str] = &[
    "sessions",
    "agenda_items",
    "session_speaking_rules",
    "meetings",
    "key_issues",
    "situations",
    "organisations",
    "documents",
    "mandates",
    "statements",
    "statement_signatories",
    "side_events",
    "side_event_organisations",
    "side_event_states",
    "links",
    "notes",
    "document_links",
    "mandate_links",
    "sources",
];

/// A session with a row in every table of a bundle: HRC39 with a meeting, a clustered dialogue
/// of two mandates with their documents continued the next day, a key issue, a situation,
/// statements with signatories and links, a side event, notes (one deleted), sources and a
/// speaking rule.
fn fill_hrc39(store: &mut Store) -> Uuid {
    let s = store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    let meeting = store
        .create_meeting(
            s.id,
            &MeetingInput {
                date: "2018-09-19".into(),
                start: "15:00".into(),
                end: "18:00".into(),
                agenda_items: vec![4],
                kind: Some("general-debate".into()),
                title: "General debate on item 4".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let dialogue = |title: &str, mandate: &str, documents: &[&str]| MeetingInput {
        date: "2018-09-13".into(),
        slot: Some("afternoon".into()),
        number: Some(12),
        agenda_items: vec![3],
        kind: Some("clustered-interactive-dialogue".into()),
        title: title.into(),
        mandates: vec![mandate.into()],
        documents: documents.iter().map(|d| d.to_string()).collect(),
        speaking_seconds: Some(120),
        sources: vec![Source {
            title: "Order of the Day".into(),
            url: "https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session39".into(),
        }],
        ..Default::default()
    };
    let first = store
        .create_meeting(
            s.id,
            &dialogue(
                "Clustered ID with the Special Rapporteur on the right to development",
                "Special Rapporteur on the right to development",
                &["A/HRC/39/51", "A/HRC/39/51/Add.1", "A/HRC/39/NGO/12"],
            ),
        )
        .unwrap();
    store
        .create_meeting(
            s.id,
            &MeetingInput {
                cluster_id: Some(first.id),
                ..dialogue(
                    "Clustered ID with the Working Group on Arbitrary Detention",
                    "Working Group on Arbitrary Detention",
                    &["A/HRC/39/45"],
                )
            },
        )
        .unwrap();
    store
        .create_meeting(
            s.id,
            &MeetingInput {
                date: "2018-09-14".into(),
                slot: Some("morning".into()),
                number: Some(13),
                continues_id: Some(first.id),
                ..dialogue(
                    "Clustered ID (cont'd)",
                    "Special Rapporteur on the right to development",
                    &[],
                )
            },
        )
        .unwrap();
    store
        .set_speaking_rule(s.id, "general-debate", 90)
        .map(drop)
        .unwrap();
    let issue = store
        .create_key_issue(
            s.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                agenda_item: Some(5),
                overview: Some("**Intimidation** of those who cooperate with the UN.".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let situation = store
        .create_situation(
            s.id,
            &SituationInput {
                country: "BDI".into(),
                agenda_item: Some(4),
                ..Default::default()
            },
        )
        .unwrap();
    let statement = store
        .create_statement(
            s.id,
            &StatementInput {
                title: "Item 4 general debate".into(),
                meeting_id: Some(meeting.id.to_string()),
                text: Some("Mr President, …".into()),
                key_issue_ids: vec![issue.id.to_string()],
                situation_ids: vec![situation.id.to_string()],
                ..Default::default()
            },
        )
        .unwrap();
    store
        .add_signatories(
            statement.id,
            "International Service for Human Rights (ISHR)\nActionAid International\nL’Association Marocaine des Droits Humains",
        )
        .unwrap();
    store
        .create_statement(
            s.id,
            &StatementInput {
                title: "Written statement".into(),
                kind: Some("written".into()),
                agenda_item: Some(3),
                status: Some("submitted".into()),
                document_symbol: Some("A/HRC/39/NGO/1".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_side_event(
            s.id,
            &SideEventInput {
                title: "Launch of the report".into(),
                date: "2018-09-19".into(),
                start: "13:00".into(),
                end: "14:00".into(),
                room: Some("Room XXIII".into()),
                organisers: vec!["International Service for Human Rights (ISHR)".into()],
                cosponsor_organisations: vec!["Pax Christi International".into()],
                cosponsor_states: vec!["CHE".into(), "Norway".into()],
                speakers: vec!["A defender".into()],
                key_issue_ids: vec![issue.id.to_string()],
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            s.id,
            &NoteInput {
                body: "Burundi rejected the commission.".into(),
                meeting_id: Some(meeting.id.to_string()),
                situation_id: Some(situation.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    let gone = store
        .create_note(
            s.id,
            &NoteInput {
                body: "A deleted note".into(),
                statement_id: Some(statement.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    store.delete_note(gone.id).unwrap();
    store
        .set_agenda_notes(s.id, 4, "Watch Burundi")
        .map(drop)
        .unwrap();
    s.id
}

/// The databases the importer is fuzzed against, built once per test: `fresh` holds HRC38 with
/// an organisation the bundle shares; `updated` also holds the bundle's session already.
struct Fixture {
    dir: TempDir,
    bundle: String,
    fresh: PathBuf,
    updated: PathBuf,
    /// Ids of rows in the target databases (HRC38's), for bundles that point at them.
    local_ids: Vec<String>,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let mut source = Store::open(dir.path().join("source.db")).unwrap();
        let id = fill_hrc39(&mut source);
        let bundle = source.export_bundle(id).unwrap().to_json();

        let fresh = dir.path().join("fresh.db");
        let mut store = Store::open(&fresh).unwrap();
        let hrc38 = store.create_session(&hrc38()).unwrap();
        let meeting = store
            .create_meeting(
                hrc38.id,
                &MeetingInput {
                    date: "2018-06-27".into(),
                    start: "15:00".into(),
                    end: "18:00".into(),
                    title: "General debate on item 4".into(),
                    // Shared with the bundle's: found here, not doubled.
                    documents: vec!["A/HRC/39/51".into()],
                    mandates: vec!["Working Group on Arbitrary Detention".into()],
                    ..Default::default()
                },
            )
            .unwrap();
        let issue = store
            .create_key_issue(
                hrc38.id,
                &KeyIssueInput {
                    title: "Civil society space".into(),
                    ..Default::default()
                },
            )
            .unwrap();
        let statement = store
            .create_statement(
                hrc38.id,
                &StatementInput {
                    title: "Joint statement".into(),
                    ..Default::default()
                },
            )
            .unwrap();
        store
            .add_signatories(statement.id, "International Service for Human Rights")
            .unwrap();
        let note = store
            .create_note(
                hrc38.id,
                &NoteInput {
                    body: "Our own note".into(),
                    ..Default::default()
                },
            )
            .unwrap();
        let local_ids = [hrc38.id, meeting.id, issue.id, statement.id, note.id]
            .iter()
            .map(Uuid::to_string)
            .collect();
        drop(store);

        let updated = dir.path().join("updated.db");
        std::fs::copy(&fresh, &updated).unwrap();
        let mut store = Store::open(&updated).unwrap();
        store
            .import_bundle(&Bundle::from_json(&bundle).unwrap())
            .unwrap();
        drop(store);
        Fixture {
            dir,
            bundle,
            fresh,
            updated,
            local_ids,
        }
    }

    /// A copy of one of the target databases in a folder of its own.
    fn target(&self, updated: bool) -> (Store, TempDir) {
        let dir = tempfile::tempdir_in(self.dir.path()).unwrap();
        let path = dir.path().join("hrc.db");
        std::fs::copy(if updated { &self.updated } else { &self.fresh }, &path).unwrap();
        (Store::open(&path).unwrap(), dir)
    }
}

/// The value of a read that must work after an import.
fn works<T>(what: &str, outcome: hrc_core::Result<T>) -> T {
    outcome.unwrap_or_else(|e| panic!("after the import, {what} fails: {e}"))
}

/// Every way a person then uses the imported session works.
fn assert_usable(store: &mut Store, id: Uuid) {
    let o = works("the overview", store.overview(id));
    works("the sessions list", store.list_sessions());
    works(
        "the sessions summary",
        store.session_summaries(Utc::now().date_naive()),
    );
    works("the clashes", store.clashes(id));
    works("the organisations", store.organisations());
    for day in [o.session.start_date, o.session.end_date] {
        let noon = day.and_hms_opt(12, 0, 0).unwrap().and_utc();
        works("today", store.today(noon, Some(id)));
    }
    for word in ["burundi", "the", "x"] {
        let query = SearchQuery {
            text: word.into(),
            ..Default::default()
        };
        works("search", store.search(&query));
    }
    for format in ExportFormat::ALL {
        let what = format!("the {} export", format.key());
        works(&what, export(store, id, *format, &Section::defaults()));
    }
    // Each imported note can be saved again as it is (what autosave does).
    for note in &o.notes {
        let input = NoteInput {
            body: note.body.clone(),
            meeting_id: note.meeting_id.map(|m| m.to_string()),
            agenda_item: note.agenda_item,
            situation_id: note.situation_id.map(|m| m.to_string()),
            key_issue_id: note.key_issue_id.map(|m| m.to_string()),
            statement_id: note.statement_id.map(|m| m.to_string()),
            resolution_id: note.resolution_id.map(|m| m.to_string()),
            taken_at: None,
            sources: note.sources.clone(),
            confidential: note.confidential,
        };
        works(
            "saving an imported note as it is",
            store.update_note(note.id, &input),
        );
    }
}

/// The imported session's rows point only at rows of the same session, and its dates are in order.
fn assert_self_contained(store: &Store, id: Uuid) {
    let path = store.path().unwrap();
    let conn = rusqlite::Connection::open(path).unwrap();
    let session = store.session(id).unwrap();
    assert!(session.start_date <= session.end_date, "{session:?}");
    let foreign: Vec<String> = conn
        .prepare(
            "SELECT 'note ' || n.id || ' → ' || r.id FROM notes n JOIN (
                 SELECT id, session_id FROM meetings UNION ALL SELECT id, session_id FROM situations
                 UNION ALL SELECT id, session_id FROM key_issues UNION ALL SELECT id, session_id FROM statements
                 UNION ALL SELECT id, session_id FROM resolutions
             ) r ON r.id IN (n.meeting_id, n.situation_id, n.key_issue_id, n.statement_id, n.resolution_id)
             WHERE n.session_id = ?1 AND r.session_id <> n.session_id
             UNION ALL
             SELECT 'statement ' || s.id || ' → meeting ' || m.id FROM statements s JOIN meetings m ON m.id = s.meeting_id
             WHERE s.session_id = ?1 AND m.session_id <> s.session_id
             UNION ALL
             SELECT 'link ' || l.from_id || ' → ' || l.to_id FROM links l
             JOIN (SELECT id, session_id FROM statements UNION ALL SELECT id, session_id FROM side_events) f ON f.id = l.from_id
             WHERE f.session_id = ?1 AND NOT EXISTS (
                 SELECT 1 FROM key_issues k WHERE k.id = l.to_id AND l.to_kind = 'key-issue' AND k.session_id = ?1
                 UNION ALL SELECT 1 FROM situations t WHERE t.id = l.to_id AND l.to_kind = 'situation' AND t.session_id = ?1
             )
             UNION ALL
             SELECT 'meeting ' || m.id || ' → ' || x.id FROM meetings m JOIN meetings x ON x.id IN (m.continues_id, m.cluster_id)
             WHERE m.session_id = ?1 AND x.session_id <> ?1
             UNION ALL
             SELECT 'document, mandate or source of ' || l.record_id FROM (
                 SELECT record_id, record_kind FROM document_links UNION ALL SELECT record_id, record_kind FROM mandate_links
                 UNION ALL SELECT record_id, record_kind FROM sources
             ) l WHERE NOT EXISTS (
                 SELECT 1 FROM meetings WHERE id = l.record_id AND l.record_kind = 'meeting'
                 UNION ALL SELECT 1 FROM situations WHERE id = l.record_id AND l.record_kind = 'situation'
                 UNION ALL SELECT 1 FROM key_issues WHERE id = l.record_id AND l.record_kind = 'key-issue'
                 UNION ALL SELECT 1 FROM statements WHERE id = l.record_id AND l.record_kind = 'statement'
                 UNION ALL SELECT 1 FROM side_events WHERE id = l.record_id AND l.record_kind = 'side-event'
                 UNION ALL SELECT 1 FROM notes WHERE id = l.record_id AND l.record_kind = 'note'
             )",
        )
        .unwrap()
        .query_map([id.to_string()], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(
        foreign.is_empty(),
        "imported rows point outside their session: {foreign:?}"
    );
}

/// Imports `text` into `store` and checks the outcome (see the module).
fn check_import(store: &mut Store, text: &str) -> Result<(), TestCaseError> {
    let before = dump(store);
    let outcome = Bundle::from_json(text).and_then(|b| store.import_bundle(&b));
    match outcome {
        Err(e) => {
            prop_assert!(
                e.field() == Some("bundle") || e.code() == "conflict",
                "an unclear refusal: {} ({})",
                e,
                e.code()
            );
            prop_assert!(
                dump(store) == before,
                "a refused bundle changed the database ({e})"
            );
        }
        Ok(report) => {
            assert_self_contained(store, report.session.id);
            assert_usable(store, report.session.id);
        }
    }
    Ok(())
}

/// Values that break a column's type, range, format or meaning.
fn hostile_value() -> impl Strategy<Value = Hostile> {
    prop_oneof![
        prop::sample::select(vec![
            json!(null),
            json!(true),
            json!(0),
            json!(-1),
            json!(1),
            json!(11),
            json!(256),
            json!(i64::MAX),
            json!(i64::MIN),
            json!(u64::MAX),
            json!(1.5),
            json!(1e300),
            json!(""),
            json!(" "),
            json!("x".repeat(10_000)),
            json!("2018-02-30"),
            json!("2018-6-1"),
            json!("2018-09-31"),
            json!("9999-12-31"),
            json!("2018-09-19T25:00:00Z"),
            json!("2018-09-19T13:00:00.000Z"),
            json!("9999-12-31T23:59:59.999Z"),
            json!("not-a-uuid"),
            json!("regular"),
            json!("special"),
            json!("delivered"),
            json!("written"),
            json!("organiser"),
            json!("situation"),
            json!("key-issue"),
            json!("ZZZ"),
            json!("<script>alert(1)</script>"),
            json!("'; DROP TABLE notes; --"),
            json!("\u{0}"),
            json!("\u{202E}txet"),
            json!([]),
            json!({}),
            json!([1, 2]),
            json!({"a": 1}),
        ])
        .prop_map(Hostile::Value),
        any::<Index>().prop_map(Hostile::BundleId),
        any::<Index>().prop_map(Hostile::UpperCaseId),
        any::<Index>().prop_map(Hostile::LocalId),
    ]
}

/// A hostile value, some of which depend on the bundle or the target.
#[derive(Debug, Clone)]
enum Hostile {
    Value(Value),
    /// An id that the bundle holds (perhaps of another table).
    BundleId(Index),
    /// The same, in capitals (Uuid parsing accepts it; the database compares text).
    UpperCaseId(Index),
    /// An id of the target's own HRC38 rows.
    LocalId(Index),
}

/// One change to a valid bundle.
#[derive(Debug, Clone)]
enum Mutation {
    SetColumn(Index, Index, Index, Hostile),
    RemoveColumn(Index, Index, Index),
    AddColumn(Index, Index),
    DuplicateRow(Index, Index),
    RemoveRow(Index, Index),
    ReplaceRow(Index, Index, Hostile),
    ReplaceTable(Index, Hostile),
    RemoveTable(Index),
    /// Makes the row newer than the copy here, so that it updates it.
    Touch(Index, Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let i = any::<Index>;
    prop_oneof![
        6 => (i(), i(), i(), hostile_value()).prop_map(|(t, r, c, v)| Mutation::SetColumn(t, r, c, v)),
        1 => (i(), i(), i()).prop_map(|(t, r, c)| Mutation::RemoveColumn(t, r, c)),
        1 => (i(), i()).prop_map(|(t, r)| Mutation::AddColumn(t, r)),
        1 => (i(), i()).prop_map(|(t, r)| Mutation::DuplicateRow(t, r)),
        1 => (i(), i()).prop_map(|(t, r)| Mutation::RemoveRow(t, r)),
        1 => (i(), i(), hostile_value()).prop_map(|(t, r, v)| Mutation::ReplaceRow(t, r, v)),
        1 => (i(), hostile_value()).prop_map(|(t, v)| Mutation::ReplaceTable(t, v)),
        1 => i().prop_map(Mutation::RemoveTable),
        2 => (i(), i()).prop_map(|(t, r)| Mutation::Touch(t, r)),
    ]
}

/// Every id in the bundle.
fn bundle_ids(bundle: &Value) -> Vec<String> {
    TABLES
        .iter()
        .filter_map(|t| bundle[t].as_array())
        .flatten()
        .filter_map(|r| r["id"].as_str().map(str::to_string))
        .collect()
}

fn resolve(h: &Hostile, ids: &[String], local: &[String]) -> Value {
    match h {
        Hostile::Value(v) => v.clone(),
        Hostile::BundleId(i) => json!(ids[i.index(ids.len())]),
        Hostile::UpperCaseId(i) => json!(ids[i.index(ids.len())].to_uppercase()),
        Hostile::LocalId(i) => json!(local[i.index(local.len())]),
    }
}

fn apply(bundle: &mut Value, m: &Mutation, local: &[String]) {
    let ids = bundle_ids(bundle);
    let table = |t: &Index| TABLES[t.index(TABLES.len())];
    let row = |bundle: &mut Value, t: &Index, r: &Index| -> Option<(String, usize)> {
        let name = table(t);
        let rows = bundle[name].as_array()?;
        (!rows.is_empty()).then(|| (name.to_string(), r.index(rows.len())))
    };
    match m {
        Mutation::SetColumn(t, r, c, v) => {
            if let Some((name, r)) = row(bundle, t, r) {
                let value = resolve(v, &ids, local);
                if let Some(object) = bundle[&name][r].as_object_mut() {
                    let columns: Vec<String> = object.keys().cloned().collect();
                    object.insert(columns[c.index(columns.len())].clone(), value);
                }
            }
        }
        Mutation::RemoveColumn(t, r, c) => {
            if let Some((name, r)) = row(bundle, t, r) {
                if let Some(object) = bundle[&name][r].as_object_mut() {
                    let columns: Vec<String> = object.keys().cloned().collect();
                    object.remove(&columns[c.index(columns.len())]);
                }
            }
        }
        Mutation::AddColumn(t, r) => {
            if let Some((name, r)) = row(bundle, t, r) {
                if let Some(object) = bundle[&name][r].as_object_mut() {
                    object.insert("rowid".into(), json!(1));
                }
            }
        }
        Mutation::DuplicateRow(t, r) => {
            if let Some((name, r)) = row(bundle, t, r) {
                let copy = bundle[&name][r].clone();
                bundle[&name].as_array_mut().unwrap().push(copy);
            }
        }
        Mutation::RemoveRow(t, r) => {
            if let Some((name, r)) = row(bundle, t, r) {
                bundle[&name].as_array_mut().unwrap().remove(r);
            }
        }
        Mutation::ReplaceRow(t, r, v) => {
            if let Some((name, r)) = row(bundle, t, r) {
                bundle[&name][r] = resolve(v, &ids, local);
            }
        }
        Mutation::ReplaceTable(t, v) => bundle[table(t)] = resolve(v, &ids, local),
        Mutation::RemoveTable(t) => {
            bundle.as_object_mut().unwrap().remove(table(t));
        }
        Mutation::Touch(t, r) => {
            if let Some((name, r)) = row(bundle, t, r) {
                if let Some(object) = bundle[&name][r].as_object_mut() {
                    if object.contains_key("updated_at") {
                        object.insert("updated_at".into(), json!("2999-01-01T00:00:00.000Z"));
                    }
                }
            }
        }
    }
}

/// Arbitrary JSON, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "\\PC{0,20}".prop_map(Value::from),
        Just(json!("hrc-planner-session")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::hash_map(
                prop::sample::select(
                    ["format", "version", "sessions", "notes", "id", "x", ""].to_vec()
                )
                .prop_map(str::to_string),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn arbitrary_bytes_are_refused_and_change_nothing() {
    let fixture = Fixture::new();
    let (store, dir) = fixture.target(false);
    let before = dump(&store);
    let store = RefCell::new(store);
    let file = dir.path().join("bundle.json");
    runner(200)
        .run(&prop::collection::vec(any::<u8>(), 0..2000), |bytes| {
            std::fs::write(&file, &bytes).unwrap();
            let e = import_file(&mut store.borrow_mut(), &file).expect_err("bytes are no bundle");
            prop_assert!(matches!(e.field(), Some("bundle" | "path")), "{}", e);
            Ok(())
        })
        .unwrap();
    assert_eq!(dump(&store.borrow()), before);
}

#[test]
fn truncated_bundles_are_refused_and_change_nothing() {
    let fixture = Fixture::new();
    let (store, dir) = fixture.target(false);
    let before = dump(&store);
    let store = RefCell::new(store);
    let file = dir.path().join("bundle.json");
    let bytes = fixture.bundle.as_bytes();
    runner(100)
        .run(&any::<Index>(), |cut| {
            // Cut anywhere before the closing brace (only a line break follows it).
            std::fs::write(&file, &bytes[..cut.index(bytes.len() - 2)]).unwrap();
            let e = import_file(&mut store.borrow_mut(), &file).expect_err("a truncated bundle");
            prop_assert!(matches!(e.field(), Some("bundle" | "path")), "{}", e);
            Ok(())
        })
        .unwrap();
    assert_eq!(dump(&store.borrow()), before);
}

#[test]
fn damaged_bundles_are_refused_or_imported_whole() {
    let fixture = Fixture::new();
    let bytes = fixture.bundle.as_bytes();
    runner(100)
        .run(&(any::<Index>(), any::<u8>()), |(at, byte)| {
            let mut damaged = bytes.to_vec();
            damaged[at.index(bytes.len())] = byte;
            let (mut store, _dir) = fixture.target(false);
            // A changed byte inside a text can leave a valid bundle.
            check_import(&mut store, &String::from_utf8_lossy(&damaged))
        })
        .unwrap();
}

#[test]
fn arbitrary_json_is_refused_or_imported_whole() {
    let fixture = Fixture::new();
    let strategy = prop_oneof![
        any_json(),
        (any_json(), any_json(), 1..=2).prop_map(|(sessions, notes, version)| {
            json!({ "format": "hrc-planner-session", "version": version, "sessions": sessions, "notes": notes })
        }),
    ];
    runner(150)
        .run(&strategy, |value| {
            let (mut store, _dir) = fixture.target(false);
            check_import(&mut store, &value.to_string())
        })
        .unwrap();
}

#[test]
fn mutated_bundles_are_refused_or_imported_whole() {
    let fixture = Fixture::new();
    let valid: Value = serde_json::from_str(&fixture.bundle).unwrap();
    let strategy = (prop::collection::vec(mutation(), 1..4), any::<bool>());
    runner(250)
        .run(&strategy, |(mutations, updated)| {
            let mut bundle = valid.clone();
            for m in &mutations {
                apply(&mut bundle, m, &fixture.local_ids);
            }
            let (mut store, _dir) = fixture.target(updated);
            check_import(&mut store, &bundle.to_string())
        })
        .unwrap();
}

/// Format-1 bundles (every file written before schema 7 is like the fixture), mutated as above:
/// read as format 2, then refused or imported whole into an empty database.
#[test]
fn mutated_version_1_bundles_are_refused_or_imported_whole() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.db");
    drop(Store::open(&empty).unwrap());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bundle-v1.json");
    let valid: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let nowhere = [Uuid::nil().to_string()];
    runner(80)
        .run(&prop::collection::vec(mutation(), 1..4), |mutations| {
            let mut bundle = valid.clone();
            for m in &mutations {
                apply(&mut bundle, m, &nowhere);
            }
            let case = tempfile::tempdir_in(dir.path()).unwrap();
            let db = case.path().join("hrc.db");
            std::fs::copy(&empty, &db).unwrap();
            let mut store = Store::open(&db).unwrap();
            check_import(&mut store, &bundle.to_string())
        })
        .unwrap();
}

#[test]
fn the_valid_bundle_imports_and_is_usable() {
    let fixture = Fixture::new();
    for updated in [false, true] {
        let (mut store, _dir) = fixture.target(updated);
        let report = store
            .import_bundle(&Bundle::from_json(&fixture.bundle).unwrap())
            .unwrap();
        assert_self_contained(&store, report.session.id);
        assert_usable(&mut store, report.session.id);
    }
}

/// What the fuzzing found, kept as plain cases: each bundle is refused, naming the bundle, and
/// the database is left as it was.
#[test]
fn bundles_that_point_outside_their_session_or_spell_ids_otherwise_are_refused() {
    let fixture = Fixture::new();
    let valid: Value = serde_json::from_str(&fixture.bundle).unwrap();
    let [_, local_meeting, local_issue, ..] = fixture.local_ids.as_slice() else {
        unreachable!()
    };
    type Change<'a> = Box<dyn Fn(&mut Value) + 'a>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "a link to a key issue of another session",
            Box::new(|b| b["links"][0]["to_id"] = json!(local_issue)),
        ),
        (
            "a link to no row",
            Box::new(|b| b["links"][0]["to_id"] = json!(Uuid::nil().to_string())),
        ),
        (
            "a note on a meeting of another session",
            Box::new(|b| {
                let notes = b["notes"].as_array_mut().unwrap();
                let note = notes
                    .iter_mut()
                    .find(|n| !n["meeting_id"].is_null())
                    .unwrap();
                note["meeting_id"] = json!(local_meeting);
            }),
        ),
        (
            "a meeting continuing a meeting of another session",
            Box::new(|b| b["meetings"][1]["continues_id"] = json!(local_meeting)),
        ),
        (
            "a document taken up by a meeting of another session",
            Box::new(|b| b["document_links"][0]["record_id"] = json!(local_meeting)),
        ),
        (
            "a source of a row that is not there",
            Box::new(|b| b["sources"][0]["record_id"] = json!(Uuid::nil().to_string())),
        ),
        (
            "a mandate link that says a meeting is a situation",
            Box::new(|b| b["mandate_links"][0]["record_kind"] = json!("situation")),
        ),
        (
            "a note id in capitals",
            Box::new(|b| {
                let id = b["notes"][0]["id"].as_str().unwrap().to_uppercase();
                b["notes"][0]["id"] = json!(id);
            }),
        ),
        (
            "a statement's meeting id in braces",
            Box::new(|b| {
                let statements = b["statements"].as_array_mut().unwrap();
                let s = statements
                    .iter_mut()
                    .find(|s| !s["meeting_id"].is_null())
                    .unwrap();
                let braced = format!("{{{}}}", s["meeting_id"].as_str().unwrap());
                s["meeting_id"] = json!(braced);
            }),
        ),
    ];
    for (what, change) in cases {
        let mut bundle = valid.clone();
        change(&mut bundle);
        let (mut store, _dir) = fixture.target(false);
        let before = dump(&store);
        let err = Bundle::from_json(&bundle.to_string())
            .and_then(|b| store.import_bundle(&b))
            .expect_err(what);
        assert_eq!(err.field(), Some("bundle"), "{what}: {err}");
        assert!(dump(&store) == before, "{what} changed the database");
    }
}
