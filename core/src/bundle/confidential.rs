//! A bundle without the confidential records: each note, statement, country situation and key
//! issue marked confidential is left out with every row that would name it (its signatories,
//! links, sources, document and mandate links, a text's link to it), a note's link to it cleared,
//! and the organisations, documents and mandates that only those rows linked left out too.
use std::collections::HashSet;

use serde_json::Value as Json;

use super::{Bundle, Row};

/// The tables whose rows can be marked confidential.
const MARKED: [&str; 4] = ["key_issues", "situations", "statements", "notes"];

fn text<'a>(row: &'a Row, column: &str) -> Option<&'a str> {
    row.get(column).and_then(Json::as_str)
}

fn is_confidential(row: &Row) -> bool {
    matches!(row.get("confidential"), Some(v) if v.as_i64() == Some(1) || v.as_bool() == Some(true))
}

/// Leaves out of `b` every confidential record and each trace of it.
pub(super) fn leave_out(b: &mut Bundle) {
    let mut hidden: HashSet<String> = HashSet::new();
    for table in MARKED {
        let rows = super::tables::rows_mut(b, table);
        rows.retain(|row| {
            if is_confidential(row) {
                hidden.extend(text(row, "id").map(String::from));
                false
            } else {
                true
            }
        });
    }
    if hidden.is_empty() {
        return;
    }
    let names_hidden =
        |row: &Row, column: &str| text(row, column).is_some_and(|id| hidden.contains(id));
    for note in &mut b.notes {
        for column in ["situation_id", "key_issue_id", "statement_id"] {
            if names_hidden(note, column) {
                note.insert(column.into(), Json::Null);
            }
        }
    }
    b.statement_signatories
        .retain(|r| !names_hidden(r, "statement_id"));
    b.links
        .retain(|r| !names_hidden(r, "from_id") && !names_hidden(r, "to_id"));
    b.document_links.retain(|r| !names_hidden(r, "record_id"));
    b.mandate_links.retain(|r| !names_hidden(r, "record_id"));
    b.sources.retain(|r| !names_hidden(r, "record_id"));
    b.resolution_links.retain(|r| !names_hidden(r, "record_id"));

    // The shared rows still linked by what the bundle carries.
    let linked = |rows: &[Row], column: &str| -> HashSet<String> {
        rows.iter()
            .filter_map(|r| text(r, column).map(String::from))
            .collect()
    };
    let linked_by_texts = |kind: &str| -> HashSet<String> {
        b.resolution_links
            .iter()
            .filter(|r| text(r, "record_kind") == Some(kind))
            .filter_map(|r| text(r, "record_id").map(String::from))
            .collect()
    };
    let mut organisations = linked(&b.statement_signatories, "organisation_id");
    organisations.extend(linked(&b.side_event_organisations, "organisation_id"));
    let mut documents = linked(&b.document_links, "document_id");
    documents.extend(linked_by_texts("document"));
    let mut mandates = linked(&b.mandate_links, "mandate_id");
    mandates.extend(linked_by_texts("mandate"));
    let kept =
        |row: &Row, ids: &HashSet<String>| text(row, "id").is_some_and(|id| ids.contains(id));
    b.organisations.retain(|r| kept(r, &organisations));
    b.documents.retain(|r| kept(r, &documents));
    b.mandates.retain(|r| kept(r, &mandates));
}
