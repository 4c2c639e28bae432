//! Bundles of earlier formats read as the current one. Format 1 (written before schema 7,
//! `docs/bundle-v1.schema.json`): each meeting gets the Geneva date of its start, its one agenda
//! item as a list, the status scheduled and the columns format 2 added empty. Format 2 (before
//! schema 9, `docs/bundle-v2.schema.json`) differs only by the tables format 3 added. Format 3
//! (before schema 14, `docs/bundle-v3.schema.json`) has no confidential mark: every note,
//! statement, situation and key issue of an earlier format comes in not confidential. The tables
//! a bundle's format did not have come empty. What does not fit is left for the usual checks to
//! refuse, naming the table.
use serde_json::{json, Map, Value};

use super::tables::TABLES;

/// The columns format 2 added to meetings, with the value a format-1 meeting takes.
fn added_to_meetings() -> [(&'static str, Value); 11] {
    [
        ("slot", Value::Null),
        ("estimated", json!(0)),
        ("number", Value::Null),
        ("continues_id", Value::Null),
        ("cluster_id", Value::Null),
        ("status", json!("scheduled")),
        ("moved_from", Value::Null),
        ("speaking_seconds", Value::Null),
        ("member_speaking_seconds", Value::Null),
        ("list_closes_at", Value::Null),
        ("modalities", json!("")),
    ]
}

/// The Geneva date on which the meeting starting at the UTC stamp `starts_at` is held.
fn geneva_date(starts_at: &Value) -> Value {
    starts_at
        .as_str()
        .and_then(|s| crate::geneva::parse_stamp(s).ok())
        .map_or(Value::Null, |t| {
            json!(crate::geneva::from_utc(t).0.to_string())
        })
}

/// A format-1 meeting row as format 2 has it.
fn meeting(row: &mut Map<String, Value>) {
    if let Some(item) = row.remove("agenda_item") {
        let items = match item {
            Value::Null => json!([]),
            one => json!([one]),
        };
        row.insert("agenda_items".into(), json!(items.to_string()));
    }
    if !row.contains_key("date") {
        let date = geneva_date(row.get("starts_at").unwrap_or(&Value::Null));
        row.insert("date".into(), date);
    }
    for (column, value) in added_to_meetings() {
        row.entry(column).or_insert(value);
    }
}

/// Makes the format-1 bundle `value` one of [`super::VERSION`].
pub(super) fn from_version_1(value: &mut Value) {
    let Some(bundle) = value.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(meetings)) = bundle.get_mut("meetings") {
        meetings
            .iter_mut()
            .filter_map(Value::as_object_mut)
            .for_each(meeting);
    }
    with_tables_added(bundle, FORMAT_1);
    not_confidential(bundle);
}

/// Makes the format-2 bundle `value` one of [`super::VERSION`]: the tables format 3 added
/// (texts, votes, members), empty.
pub(super) fn from_version_2(value: &mut Value) {
    if let Some(bundle) = value.as_object_mut() {
        with_tables_added(bundle, FORMAT_2);
        not_confidential(bundle);
    }
}

/// Makes the format-3 bundle `value` one of [`super::VERSION`]: its notes, statements,
/// situations and key issues not confidential.
pub(super) fn from_version_3(value: &mut Value) {
    if let Some(bundle) = value.as_object_mut() {
        not_confidential(bundle);
        bundle.insert("version".into(), json!(super::VERSION));
    }
}

/// The tables format 4 marks, each row of them not confidential (a row that says otherwise is
/// left for the usual checks to refuse).
fn not_confidential(bundle: &mut Map<String, Value>) {
    for table in ["key_issues", "situations", "statements", "notes"] {
        if let Some(Value::Array(rows)) = bundle.get_mut(table) {
            for row in rows.iter_mut().filter_map(Value::as_object_mut) {
                row.entry("confidential").or_insert(json!(0));
            }
        }
    }
}

/// The tables that the format whose tables are `had` did not have, empty, and the version.
fn with_tables_added(bundle: &mut Map<String, Value>, had: &[&str]) {
    for table in TABLES {
        if !had.contains(&table.name) {
            bundle.entry(table.name).or_insert(json!([]));
        }
    }
    bundle.insert("version".into(), json!(super::VERSION));
}

/// The tables of format 1.
const FORMAT_1: &[&str] = &[
    "sessions",
    "agenda_items",
    "meetings",
    "key_issues",
    "situations",
    "organisations",
    "statements",
    "statement_signatories",
    "side_events",
    "side_event_organisations",
    "side_event_states",
    "links",
    "notes",
];

/// The tables of format 2.
const FORMAT_2: &[&str] = &[
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
