//! The tables a bundle carries, declared once: in the order rows must be written (parents first),
//! each with its columns as stored and how a row is known — by its `id`, or (join tables) by the
//! row it belongs to. The `Bundle` type, [`TABLES`], [`rows`] and [`rows_mut`] are made from this
//! one declaration, and a test compares it with the schema a new database gets.
use serde::{Deserialize, Serialize};

use super::Row;

/// A table of the bundle.
pub(super) struct Table {
    pub name: &'static str,
    /// Every column, as stored.
    pub columns: &'static [&'static str],
    /// For join tables: the column naming the parent row; `None` for tables keyed by `id`.
    pub parent: Option<&'static str>,
    /// Columns added after bundle format 1 was released: a bundle may leave them out (null).
    pub added_later: &'static [&'static str],
}

/// A table whose rows every session shares: a bundle carries those its rows link, and an import
/// uses a live row here with the same `key` (made from `from`, as the store makes it) instead of
/// adding a second one; a row here is never renamed by a bundle (another session may link it).
pub(super) struct Shared {
    pub table: &'static str,
    /// The column that finds the same row here, made from `from` on import.
    pub key: &'static str,
    pub from: &'static str,
    /// The join tables and their columns that link a session's rows to it.
    pub linked_by: &'static [(&'static str, &'static str)],
}

pub(super) const SHARED: &[Shared] = &[
    Shared {
        table: "organisations",
        key: "name_key",
        from: "name",
        linked_by: &[
            ("statement_signatories", "organisation_id"),
            ("side_event_organisations", "organisation_id"),
        ],
    },
    Shared {
        table: "documents",
        key: "symbol_key",
        from: "symbol",
        linked_by: &[
            ("document_links", "document_id"),
            ("resolution_links", "record_id"),
        ],
    },
    Shared {
        table: "mandates",
        key: "name_key",
        from: "name",
        linked_by: &[
            ("mandate_links", "mandate_id"),
            ("resolution_links", "record_id"),
        ],
    },
];

/// The shared table `name`, if it is one.
pub(super) fn shared(name: &str) -> Option<&'static Shared> {
    SHARED.iter().find(|s| s.table == name)
}

/// The tables of the schema a bundle leaves out, and why.
#[cfg(test)]
const NOT_CARRIED: &[(&str, &str)] = &[
    ("countries", "reference data, the same in every database"),
    ("settings", "the person's own, not a session's"),
    (
        "search_map",
        "rebuilt by the search triggers as rows are written",
    ),
    (
        "programme_imports",
        "this machine's record of its imports of the published programme",
    ),
    (
        "programme_sources",
        "this machine's ties to the events of an import: the next import finds a bundle's meetings by their day and title",
    ),
    (
        "programme_changes",
        "what this machine's latest import changed, marked in its own window",
    ),
    ("programme_rules", "the person's own, not a session's"),
    (
        "statement_word_counts",
        "measured from the statements' texts: counted again on import",
    ),
];

/// The first of its arguments (a table's parent column when it names one, else `None`).
macro_rules! first {
    ($first:expr $(, $rest:expr)*) => {
        $first
    };
}

/// Declares the bundle's tables: `name [columns]`, `name by parent [columns]` for a join table,
/// and `added_later [columns]` after the columns a bundle may leave out.
macro_rules! bundle_tables {
    ($(
        $name:ident $(by $parent:ident)? [$($column:ident),+ $(,)?]
        $(added_later [$($later:ident),+])?;
    )+) => {
        /// A session and everything linked to it, table by table.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Bundle {
            pub format: String,
            pub version: u32,
            $(pub $name: Vec<Row>,)+
        }

        impl Bundle {
            /// A bundle of `format` and `version` with no rows yet.
            pub(super) fn empty(format: &str, version: u32) -> Bundle {
                Bundle {
                    format: format.into(),
                    version,
                    $($name: Vec::new(),)+
                }
            }
        }

        pub(super) const TABLES: &[Table] = &[$(
            Table {
                name: stringify!($name),
                columns: &[$(stringify!($column)),+],
                parent: first!($(Some(stringify!($parent)),)? None),
                added_later: &[$($(stringify!($later)),+)?],
            },
        )+];

        /// The rows of `table` in a bundle.
        pub(super) fn rows<'a>(b: &'a Bundle, table: &str) -> &'a Vec<Row> {
            match table {
                $(stringify!($name) => &b.$name,)+
                other => unreachable!("no bundle table {other}"),
            }
        }

        /// The rows of `table` in a bundle, to fill.
        pub(super) fn rows_mut<'a>(b: &'a mut Bundle, table: &str) -> &'a mut Vec<Row> {
            match table {
                $(stringify!($name) => &mut b.$name,)+
                other => unreachable!("no bundle table {other}"),
            }
        }
    };
}

bundle_tables! {
    sessions [
        id, number, kind, title, start_date, end_date, venue, notes, created_at, updated_at,
        deleted_at, morning_start, morning_end, midday_start, midday_end, afternoon_start,
        afternoon_end,
    ] added_later [
        morning_start, morning_end, midday_start, midday_end, afternoon_start, afternoon_end
    ];
    agenda_items [id, session_id, number, title, notes, created_at, updated_at, deleted_at];
    session_speaking_rules by session_id [session_id, meeting_kind, speaking_seconds];
    meetings [
        id, session_id, date, slot, starts_at, ends_at, estimated, number, agenda_items, kind,
        title, room, continues_id, cluster_id, status, moved_from, speaking_seconds,
        member_speaking_seconds, list_closes_at, modalities, created_at, updated_at, deleted_at,
    ];
    // Format 4 (schema 14): `confidential` on key issues, situations, statements and notes.
    key_issues [
        id, session_id, title, agenda_item, overview, asks, created_at, updated_at, deleted_at,
        confidential,
    ];
    situations [
        id, session_id, country_code, agenda_item, mechanism, summary, asks, priority, created_at,
        updated_at, deleted_at, confidential,
    ];
    organisations [id, name, name_key, acronym, ecosoc_status, created_at, updated_at, deleted_at];
    documents [id, symbol, symbol_key, title, kind, created_at, updated_at, deleted_at];
    mandates [
        id, name, name_key, kind, country_code, theme, holders, resolution, renewal_session,
        created_at, updated_at, deleted_at,
    ];
    statements [
        id, session_id, kind, title, agenda_item, meeting_id, speaker, text, limit_seconds,
        limit_words, status, document_symbol, created_at, updated_at, deleted_at, delivered_at,
        confidential,
    ] added_later [delivered_at];
    statement_signatories by statement_id [statement_id, organisation_id, position, created_at];
    side_events [id, session_id, title, starts_at, ends_at, room, speakers, description, status, created_at, updated_at, deleted_at];
    side_event_organisations by side_event_id [side_event_id, organisation_id, role, position];
    side_event_states by side_event_id [side_event_id, country_code, position];
    links by from_id [from_id, to_id, to_kind];
    // A note's text (schema 12) is set once the texts, written after it, are: see import.rs.
    notes [
        id, session_id, meeting_id, agenda_item, situation_id, key_issue_id, statement_id, body,
        taken_at, created_at, updated_at, deleted_at, resolution_id, confidential,
    ] added_later [resolution_id];
    // After every record that has them, so that each record's links are replaced once it is written.
    document_links by record_id [record_id, record_kind, document_id, position];
    mandate_links by record_id [record_id, record_kind, mandate_id, position];
    sources by record_id [record_id, record_kind, position, title, url];
    // Format 3 (schemas 9 and 10): the texts of the session, after the records they link, with what
    // hangs from each; amendments before the votes on them; the members against whom votes are
    // checked.
    resolutions [
        id, session_id, agenda_item, title, kind, draft_symbol, adopted_symbol, status,
        action_date, action_meeting, programme_budget, position, asks, created_at, updated_at,
        deleted_at,
    ];
    resolution_revisions by resolution_id [resolution_id, position, symbol, oral, date, note];
    resolution_sponsors by resolution_id [resolution_id, country_code, role, joined_on, position];
    resolution_links by resolution_id [resolution_id, record_kind, record_id, mandate_effect, position];
    amendments [id, resolution_id, symbol, summary, sponsors, status, created_at, updated_at, deleted_at];
    votes [
        id, resolution_id, amendment_id, date, outcome, in_favour, against, abstaining,
        created_at, updated_at, deleted_at,
    ];
    state_votes by vote_id [vote_id, country_code, vote, position];
    council_members [
        id, session_id, country_code, regional_group, joined_on, left_on, created_at, updated_at,
        deleted_at,
    ];
    // Schema 10, within format 3: a text's informal consultations, and the delegations (shared by
    // every session, one live per State) of the States sitting or presenting texts in the session.
    consultations [
        id, resolution_id, date, start_time, end_time, room, convenor, notes, created_at,
        updated_at, deleted_at,
    ];
    delegations [id, country_code, contacts, notes, created_at, updated_at, deleted_at];
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::store::Store;

    /// The tables of a new database's schema and their columns, as SQLite lists them (the
    /// search index's virtual and shadow tables aside).
    fn schema() -> BTreeMap<String, Vec<String>> {
        let store = Store::open_in_memory().unwrap();
        let conn = store.connection();
        let names: Vec<String> = conn
            .prepare(
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' \
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        names
            .into_iter()
            .map(|name| {
                let columns = conn
                    .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
                    .unwrap()
                    .query_map([&name], |r| r.get(0))
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap();
                (name, columns)
            })
            .collect()
    }

    #[test]
    fn the_bundle_carries_every_table_and_column_of_the_schema() {
        let mut schema = schema();
        for (name, why) in NOT_CARRIED {
            assert!(
                schema.remove(*name).is_some(),
                "{name} ({why}) is not in the schema"
            );
        }
        let declared: BTreeMap<String, Vec<String>> = TABLES
            .iter()
            .map(|t| {
                (
                    t.name.to_string(),
                    t.columns.iter().map(|c| c.to_string()).collect(),
                )
            })
            .collect();
        for (name, columns) in &schema {
            let Some(carried) = declared.get(name) else {
                panic!("the bundle does not carry the table {name} (tables.rs), nor says why not");
            };
            for column in columns {
                assert!(
                    carried.contains(column),
                    "the bundle leaves out {name}.{column}"
                );
            }
        }
        // And nothing the schema does not have, in the schema's order.
        assert_eq!(declared, schema);
    }

    #[test]
    fn each_table_is_known_by_an_id_or_its_parent() {
        for table in TABLES {
            match table.parent {
                Some(parent) => assert!(table.columns.contains(&parent), "{}", table.name),
                None => assert_eq!(table.columns[0], "id", "{}", table.name),
            }
            for later in table.added_later {
                assert!(table.columns.contains(later), "{}.{later}", table.name);
            }
        }
    }

    #[test]
    fn the_documented_format_names_the_same_tables_and_columns() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/bundle.schema.json");
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let names = |v: &serde_json::Value| -> Vec<String> {
            let mut names: Vec<String> = match v {
                serde_json::Value::Array(a) => {
                    a.iter().map(|n| n.as_str().unwrap().into()).collect()
                }
                serde_json::Value::Object(o) => o.keys().cloned().collect(),
                other => panic!("{other}"),
            };
            names.sort();
            names
        };
        let mut tables: Vec<String> = TABLES.iter().map(|t| t.name.to_string()).collect();
        tables.extend(["format".into(), "version".into()]);
        tables.sort();
        assert_eq!(names(&schema["required"]), tables, "{path}: required");
        for table in TABLES {
            let reference = schema["properties"][table.name]["items"]["$ref"]
                .as_str()
                .unwrap_or_else(|| panic!("{path} does not describe {}", table.name));
            let row = &schema["$defs"][reference.trim_start_matches("#/$defs/")];
            let mut columns: Vec<String> = table.columns.iter().map(|c| c.to_string()).collect();
            columns.sort();
            assert_eq!(names(&row["properties"]), columns, "{path}: {}", table.name);
            columns.retain(|c| !table.added_later.contains(&c.as_str()));
            assert_eq!(
                names(&row["required"]),
                columns,
                "{path}: {} required",
                table.name
            );
        }
    }
}
