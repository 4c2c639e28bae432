//! Bundles of format 1 (written before schema 7, `docs/bundle-v1.schema.json`) read as format 2:
//! each meeting gets the Geneva date of its start, its one agenda item as a list, the status
//! scheduled and the columns format 2 added empty; the tables format 2 added come empty. What
//! does not fit is left for the usual checks to refuse, naming the table.
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

/// Makes the format-1 bundle `value` a format-2 one, as [`super::VERSION`] reads.
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
    for table in TABLES {
        if !FORMAT_1.contains(&table.name) {
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
