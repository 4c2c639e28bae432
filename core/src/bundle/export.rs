//! Reading a session's rows — tombstones included, so that deletions travel too — into a bundle.
use rusqlite::types::Value as Sql;
use rusqlite::Connection;
use serde_json::Value as Json;
use uuid::Uuid;

use super::tables::{rows_mut, TABLES};
use super::{Bundle, Row, FORMAT, VERSION};
use crate::error::{Error, Result};
use crate::store::Store;

/// The ids of the session `?1`'s records of the kinds that take up documents: meetings,
/// situations, key issues, statements (a few hundred ids: the notes are not among them).
macro_rules! documented {
    () => {
        "SELECT id FROM meetings WHERE session_id = ?1 UNION ALL SELECT id FROM situations WHERE session_id = ?1
         UNION ALL SELECT id FROM key_issues WHERE session_id = ?1 UNION ALL SELECT id FROM statements WHERE session_id = ?1"
    };
}

/// The ids of the session `?1`'s records of the kinds that mandates present at or follow.
macro_rules! mandated {
    () => {
        "SELECT id FROM meetings WHERE session_id = ?1 UNION ALL SELECT id FROM situations WHERE session_id = ?1"
    };
}

/// Whether the sources row's record is a live record of the session `?1` (a deleted row's
/// sources are text it travels without). Each row is looked up by its kind: a list of every
/// record's id, notes included, would cost more than the whole table of sources.
macro_rules! live_source {
    ($($kind:literal => $table:literal),+) => {
        concat!("CASE record_kind", $(
            " WHEN '", $kind, "' THEN EXISTS (SELECT 1 FROM ", $table,
            " r WHERE r.id = record_id AND r.session_id = ?1 AND r.deleted_at IS NULL)",
        )+ " ELSE 0 END")
    };
}

/// The ids of the session `?1`'s texts (resolutions, decisions, President's statements).
macro_rules! texts {
    () => {
        "SELECT id FROM resolutions WHERE session_id = ?1"
    };
}

/// Which rows of each table belong to the session `?1`.
fn scope(table: &str) -> &'static str {
    match table {
        "documents" => concat!("id IN (SELECT document_id FROM document_links WHERE record_id IN (", documented!(), ")
            UNION SELECT record_id FROM resolution_links WHERE record_kind = 'document' AND resolution_id IN (", texts!(), "))"),
        "mandates" => concat!("id IN (SELECT mandate_id FROM mandate_links WHERE record_id IN (", mandated!(), ")
            UNION SELECT record_id FROM resolution_links WHERE record_kind = 'mandate' AND resolution_id IN (", texts!(), "))"),
        "delegations" => concat!("deleted_at IS NULL AND country_code IN (SELECT country_code FROM council_members
            WHERE session_id = ?1 UNION SELECT country_code FROM resolution_sponsors WHERE resolution_id IN (", texts!(), "))"),
        "resolution_revisions" | "resolution_sponsors" | "resolution_links" | "amendments" | "votes" | "consultations" => {
            concat!("resolution_id IN (", texts!(), ")")
        }
        "state_votes" => concat!("vote_id IN (SELECT id FROM votes WHERE resolution_id IN (", texts!(), "))"),
        "document_links" => concat!("record_id IN (", documented!(), ")"),
        "mandate_links" => concat!("record_id IN (", mandated!(), ")"),
        "sources" => live_source!(
            "meeting" => "meetings", "situation" => "situations", "key-issue" => "key_issues",
            "side-event" => "side_events", "note" => "notes"
        ),
        "sessions" => "id = ?1",
        "organisations" => {
            "id IN (SELECT organisation_id FROM statement_signatories WHERE statement_id IN (SELECT id FROM statements WHERE session_id = ?1)
                    UNION SELECT organisation_id FROM side_event_organisations WHERE side_event_id IN (SELECT id FROM side_events WHERE session_id = ?1))"
        }
        "statement_signatories" => "statement_id IN (SELECT id FROM statements WHERE session_id = ?1)",
        "side_event_organisations" | "side_event_states" => "side_event_id IN (SELECT id FROM side_events WHERE session_id = ?1)",
        "links" => "from_id IN (SELECT id FROM statements WHERE session_id = ?1 UNION SELECT id FROM side_events WHERE session_id = ?1)",
        _ => "session_id = ?1",
    }
}

/// SQLite's value as JSON.
pub(super) fn to_json(v: Sql) -> Json {
    match v {
        Sql::Null => Json::Null,
        Sql::Integer(i) => Json::from(i),
        Sql::Real(f) => Json::from(f),
        Sql::Text(t) => Json::String(t),
        Sql::Blob(b) => Json::String(String::from_utf8_lossy(&b).into_owned()),
    }
}

/// Reads the rows of `table` matching `filter` (with `?1` bound to `key`), in a stable order.
pub(super) fn read_rows(
    conn: &Connection,
    table: &super::tables::Table,
    filter: &str,
    key: &str,
) -> Result<Vec<Row>> {
    let order = if table.parent.is_some() {
        table.columns.join(", ")
    } else {
        "id".to_string()
    };
    let sql = format!(
        "SELECT {} FROM {} WHERE {filter} ORDER BY {order}",
        table.columns.join(", "),
        table.name
    );
    // Cached: an import reads each row it merges by its id, thousands with the same query.
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([key])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut row = Row::new();
        for (i, column) in table.columns.iter().enumerate() {
            row.insert((*column).to_string(), to_json(r.get::<_, Sql>(i)?));
        }
        out.push(row);
    }
    Ok(out)
}

/// Empties what a person wrote in a deleted row of `table` (see `store::purge`): a deleted row
/// travels as its id, its links and its times — enough for the deletion to reach a colleague's
/// copy — never with its text.
fn without_text(table: &str, row: &mut Row) {
    if row.get("deleted_at").is_some_and(|d| !d.is_null()) {
        for (column, value) in row.iter_mut() {
            if let Some(empty) = crate::store::purged_value(table, column) {
                *value = Json::String(empty.to_string());
            }
        }
    }
}

impl Store {
    /// The whole session `session_id` as a bundle, its notes and confidential records included
    /// (the example's copy into a database; a person's export chooses with
    /// [`Store::export_bundle_choosing`]).
    pub fn export_bundle(&self, session_id: Uuid) -> Result<Bundle> {
        self.export_bundle_choosing(session_id, true, true)
    }

    /// The session `session_id` as a bundle, its confidential records left out (see
    /// [`Store::export_bundle_choosing`]).
    pub fn export_bundle_with(&self, session_id: Uuid, with_notes: bool) -> Result<Bundle> {
        self.export_bundle_choosing(session_id, with_notes, false)
    }

    /// The session `session_id` as a bundle: every row of it, the notes and the delegations
    /// (contacts and meeting notes) only `with_notes`, the records marked confidential (and every
    /// row that would name them) only `with_confidential`, and deleted rows without their text.
    pub fn export_bundle_choosing(
        &self,
        session_id: Uuid,
        with_notes: bool,
        with_confidential: bool,
    ) -> Result<Bundle> {
        self.session(session_id)?;
        let mut bundle = Bundle::empty(FORMAT, VERSION);
        let key = session_id.to_string();
        for table in TABLES {
            // My notes, and my notes on delegations, travel only when asked for.
            if (table.name == "notes" || table.name == "delegations") && !with_notes {
                continue;
            }
            let mut rows = read_rows(self.connection(), table, scope(table.name), &key)?;
            if !with_notes {
                rows.retain(|row| row.get("record_kind").and_then(Json::as_str) != Some("note"));
            }
            rows.iter_mut()
                .for_each(|row| without_text(table.name, row));
            *rows_mut(&mut bundle, table.name) = rows;
        }
        if !with_confidential {
            super::confidential::leave_out(&mut bundle);
        }
        if bundle.sessions.len() != 1 {
            return Err(Error::NotFound {
                entity: "session",
                key,
            });
        }
        Ok(bundle)
    }
}
