//! An imported session is found by search exactly as the original: the import writes a table's
//! new rows together (one index flush per statement, not per row), and every row is indexed.
use hrc_core::bundle::Bundle;
use hrc_core::domain::search::{SearchHit, SearchQuery};
use hrc_core::{Store, Uuid};
use serde_json::Value;

use crate::support::temp_store;

fn search(store: &Store, text: &str) -> Vec<SearchHit> {
    store
        .search(&SearchQuery {
            text: text.into(),
            limit: Some(500),
            ..Default::default()
        })
        .unwrap()
}

/// Words and symbols to search for, from every kind of text the session holds.
fn queries(store: &Store, id: Uuid) -> Vec<String> {
    let o = store.overview(id).unwrap();
    let mut texts: Vec<String> = Vec::new();
    texts.extend(o.meetings.iter().map(|m| m.title.clone()));
    texts.extend(o.key_issues.iter().map(|k| k.title.clone()));
    texts.extend(o.statements.iter().map(|s| s.title.clone()));
    texts.extend(o.statements.iter().map(|s| s.text.clone()));
    texts.extend(o.side_events.iter().map(|e| e.title.clone()));
    texts.extend(o.notes.iter().map(|n| n.body.clone()));
    let mut out: Vec<String> = texts
        .iter()
        .flat_map(|t| {
            t.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                .filter(|w| w.chars().count() >= 4)
                .take(4)
                .collect::<Vec<_>>()
        })
        .collect();
    out.extend(
        o.statements
            .iter()
            .flat_map(|s| s.documents.clone())
            .chain(o.meetings.iter().flat_map(|m| m.documents.clone())),
    );
    out.extend(
        [
            "reprisal",
            "reprisals",
            "women's rights",
            "sexual orientation",
            "extrajudicial",
            "cont'd",
            "NGO",
        ]
        .map(String::from),
    );
    out.sort();
    out.dedup();
    out
}

#[test]
fn an_imported_session_is_found_by_search_exactly_as_the_original() {
    let (mut original, _da) = temp_store();
    let id = hrc_core::demo::load(&mut original).unwrap().session.id;
    let bundle = original.export_bundle(id).unwrap();
    let (mut imported, _db) = temp_store();
    imported.import_bundle(&bundle).unwrap();
    let queries = queries(&original, id);
    assert!(queries.len() >= 50, "{}", queries.len());
    let mut found = 0;
    for q in &queries {
        let hits = search(&original, q);
        found += usize::from(!hits.is_empty());
        assert_eq!(search(&imported, q), hits, "searching {q:?}");
    }
    assert!(found > queries.len() / 2, "{found} of {}", queries.len());
}

#[test]
fn every_note_of_a_large_import_is_indexed() {
    // More notes than one insert statement takes (30,000 values, 12 a note): the import writes
    // them in several statements, and each note is found by its own word.
    let (mut original, _da) = temp_store();
    let id = hrc_core::demo::load(&mut original).unwrap().session.id;
    let mut bundle = original.export_bundle(id).unwrap();
    let template = bundle.notes[0].clone();
    let count = 2_700;
    for i in 0..count {
        let mut note = template.clone();
        let note_id = Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + i as u128);
        note.insert("id".into(), Value::String(note_id.to_string()));
        note.insert(
            "body".into(),
            Value::String(format!("Copied note number{i:05} on the dialogue")),
        );
        bundle.notes.push(note);
    }
    bundle
        .notes
        .sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    let text = bundle.to_json();
    let (mut imported, _db) = temp_store();
    imported
        .import_bundle(&Bundle::from_json(&text).unwrap())
        .unwrap();
    assert_eq!(imported.export_bundle(id).unwrap().to_json(), text);
    for i in [0, 1, 2_499, 2_500, 2_501, count - 1] {
        // Words of the same length: a search finds words that begin with it.
        let hits = search(&imported, &format!("number{i:05}"));
        assert_eq!(hits.len(), 1, "number{i:05}: {hits:?}");
        assert_eq!(
            hits[0].id,
            Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 + i as u128)
        );
    }
    assert_eq!(
        search(&imported, "copied").len(),
        500,
        "the first 500 of {count}"
    );
}
