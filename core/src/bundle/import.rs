//! Importing a bundle: everything checked and written in one transaction; rows new here are
//! added, newer rows update older ones, and rows changed on both sides are reported, not overwritten.
use std::collections::{HashMap, HashSet};

use rusqlite::types::Value as Sql;
use rusqlite::{params_from_iter, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::export::read_rows;
use super::tables::{rows, shared, Shared, Table, SHARED, TABLES};
use super::{Bundle, Row};
use crate::domain::session::Session;
use crate::error::{Error, Result};
use crate::rule::{BundleRow, Rule};
use crate::store::Store;
use crate::text::fold;

/// A row changed both here and in the bundle: the local one was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Conflict {
    /// The table, e.g. `statements`.
    pub table: String,
    pub id: String,
    /// The row's title, name or first words, to recognise it.
    pub what: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub session: Session,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// Organisations of the bundle that matched one already here by name, and were merged into it
    /// (documents and mandates found here by symbol or name count as unchanged).
    pub merged_organisations: u32,
    pub conflicts: Vec<Conflict>,
}

fn bad(rule: Rule) -> Error {
    Error::invalid("bundle", rule)
}

/// A row of `table` SQLite would not take, said in the app's words.
fn refused(table: &Table, e: &rusqlite::Error) -> Error {
    let (problem, sqlite_code) = crate::problem::StorageProblem::of(e);
    bad(Rule::BundleRowRefused {
        table: table.name.into(),
        problem,
        sqlite_code,
    })
}

fn to_sql(v: &Json) -> Sql {
    match v {
        Json::Null => Sql::Null,
        Json::Bool(b) => Sql::Integer(i64::from(*b)),
        Json::Number(n) => n
            .as_i64()
            .map(Sql::Integer)
            .or_else(|| n.as_f64().map(Sql::Real))
            .unwrap_or(Sql::Null),
        Json::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}

fn text<'a>(row: &'a Row, column: &str) -> &'a str {
    row.get(column).and_then(Json::as_str).unwrap_or("")
}

/// A few words to recognise a row by.
fn describe(row: &Row) -> String {
    for column in ["title", "name", "body", "country_code"] {
        let t = text(row, column);
        if !t.is_empty() {
            return t.chars().take(80).collect();
        }
    }
    text(row, "id").to_string()
}

/// Checks the bundle's shape: every row has exactly its table's columns (those added after
/// format 1 may be left out), one session, and every row belongs to that session.
fn check_shape(b: &Bundle) -> Result<String> {
    for table in TABLES {
        for row in rows(b, table.name) {
            let mut columns: Vec<&str> = row.keys().map(String::as_str).collect();
            let mut expected: Vec<&str> = table
                .columns
                .iter()
                .copied()
                .filter(|c| row.contains_key(*c) || !table.added_later.contains(c))
                .collect();
            columns.sort_unstable();
            expected.sort_unstable();
            if columns != expected {
                return Err(bad(Rule::BundleColumns {
                    table: table.name.into(),
                    columns: columns.iter().map(|c| c.to_string()).collect(),
                    expected: expected.iter().map(|c| c.to_string()).collect(),
                }));
            }
            // Ids are compared as text: "01A2…" would be another row that the app, writing
            // "01a2…", could never find again.
            for (column, value) in row {
                let is_id = column == "id" || column.ends_with("_id");
                if let (true, Some(id)) = (is_id, value.as_str()) {
                    if uuid::Uuid::parse_str(id).map(|u| u.to_string()).as_deref() != Ok(id) {
                        return Err(bad(Rule::BundleId {
                            table: table.name.into(),
                            column: column.clone(),
                            value: id.into(),
                        }));
                    }
                }
            }
        }
    }
    let [session] = b.sessions.as_slice() else {
        return Err(bad(Rule::BundleSessionCount));
    };
    let session_id = text(session, "id").to_string();
    for table in TABLES.iter().filter(|t| t.columns.contains(&"session_id")) {
        if rows(b, table.name)
            .iter()
            .any(|r| text(r, "session_id") != session_id)
        {
            return Err(bad(Rule::BundleOtherSession {
                table: table.name.into(),
            }));
        }
    }
    check_texts_own(b)?;
    Ok(session_id)
}

/// Rows hanging from a text (its revisions, sponsors, links, amendments, votes and each State's
/// vote) carry no session of their own: each must hang from one of the bundle's texts, and a
/// vote on an amendment from an amendment of the same text.
fn check_texts_own(b: &Bundle) -> Result<()> {
    let ids =
        |table: &str| -> HashSet<&str> { rows(b, table).iter().map(|r| text(r, "id")).collect() };
    let texts = ids("resolutions");
    let amendments: HashMap<&str, &str> = b
        .amendments
        .iter()
        .map(|r| (text(r, "id"), text(r, "resolution_id")))
        .collect();
    let votes = ids("votes");
    let other = |table: &str| {
        Err(bad(Rule::BundleOtherSession {
            table: table.into(),
        }))
    };
    for table in [
        "resolution_revisions",
        "resolution_sponsors",
        "resolution_links",
        "amendments",
        "votes",
        "consultations",
    ] {
        if rows(b, table)
            .iter()
            .any(|r| !texts.contains(text(r, "resolution_id")))
        {
            return other(table);
        }
    }
    if b.votes.iter().any(|v| {
        let amendment = text(v, "amendment_id");
        !amendment.is_empty() && amendments.get(amendment) != Some(&text(v, "resolution_id"))
    }) {
        return other("votes");
    }
    if b.state_votes
        .iter()
        .any(|r| !votes.contains(text(r, "vote_id")))
    {
        return other("state_votes");
    }
    Ok(())
}

/// Whether the column `column` of the join table `table` names a shared row (an organisation,
/// document or mandate), which an import points at the same one here when it has it.
fn names_shared(table: &str, column: &str) -> bool {
    SHARED
        .iter()
        .flat_map(|s| s.linked_by)
        .any(|(t, c)| *t == table && *c == column)
}

/// What the merge did so far.
#[derive(Default)]
struct Counts {
    added: u32,
    updated: u32,
    unchanged: u32,
    merged_organisations: u32,
    conflicts: Vec<Conflict>,
}

struct Merge<'a> {
    tx: &'a Transaction<'a>,
    session_id: String,
    counts: Counts,
    /// Parents whose join rows the bundle's replace (added or updated).
    taken: HashSet<String>,
    /// Bundle organisation, document or mandate id → the id of the same one here.
    same_here: HashMap<String, String>,
    /// The organisations, documents and mandates the bundle's own rows name (signatories,
    /// organisers, links): the only ones it may bring.
    referenced: HashSet<String>,
    /// The meetings written, with the meetings they continue and the first of their cluster:
    /// set once every meeting is written, since one may name a meeting written after it.
    meeting_links: Vec<[Json; 3]>,
    /// The notes written that are about a text, with their text: set once every text is written
    /// (the texts come after the notes in a bundle).
    note_texts: Vec<[Json; 2]>,
    /// The rows added or updated, by table: each is checked as typed input before the commit.
    written: Vec<(&'static str, String)>,
    /// Rows to add, not yet written: see [`Adding`].
    adding: Adding,
}

/// Rows of one table to add, written together by [`Merge::add_pending`] in as few statements as
/// SQLite takes: each statement that writes a searched table makes the search index (FTS5)
/// write out what it holds (a savepoint), so row by row a session's import wrote thousands of
/// tiny index segments and merged them again. The rows are written in the bundle's order and
/// before anything reads their table or the merge fails, so the import does and refuses exactly
/// what it did row by row.
#[derive(Default)]
struct Adding {
    table: Option<&'static Table>,
    rows: Vec<Vec<Sql>>,
    ids: HashSet<String>,
}

/// The most values one statement binds (SQLite's limit is 32,766).
const VALUES_PER_STATEMENT: usize = 30_000;

impl Merge<'_> {
    fn local(&mut self, table: &Table, id: &str) -> Result<Option<Row>> {
        if self.adding.ids.contains(id) {
            self.add_pending()?;
        }
        Ok(read_rows(self.tx, table, "id = ?1", id)?.pop())
    }

    /// Writes the rows waiting in [`Adding`], in order: one multi-row insert per
    /// [`VALUES_PER_STATEMENT`] values.
    fn add_pending(&mut self) -> Result<()> {
        let adding = std::mem::take(&mut self.adding);
        let Some(table) = adding.table else {
            return Ok(());
        };
        let width = table.columns.len();
        let per_statement = (VALUES_PER_STATEMENT / width).max(1);
        for chunk in adding.rows.chunks(per_statement) {
            let marks: Vec<String> = (0..chunk.len())
                .map(|r| {
                    let row: Vec<String> =
                        (1..=width).map(|c| format!("?{}", r * width + c)).collect();
                    format!("({})", row.join(", "))
                })
                .collect();
            let sql = format!(
                "INSERT INTO {} ({}) VALUES {}",
                table.name,
                table.columns.join(", "),
                marks.join(", ")
            );
            self.tx
                .prepare_cached(&sql)?
                .execute(params_from_iter(chunk.iter().flatten()))
                .map_err(|e| refused(table, &e))?;
        }
        Ok(())
    }

    fn write(&mut self, table: &'static Table, row: &Row, insert: bool) -> Result<()> {
        let mut row = row.clone();
        if table.name == "meetings" {
            let mut later = |c: &str| row.insert(c.into(), Json::Null).unwrap_or(Json::Null);
            let (continues, cluster) = (later("continues_id"), later("cluster_id"));
            self.meeting_links
                .push([row["id"].clone(), continues, cluster]);
        }
        if table.name == "notes" {
            // The texts are written after the notes (schema 12): the link waits for them.
            let text = row.insert("resolution_id".into(), Json::Null);
            if let Some(text) = text.filter(|t| !t.is_null()) {
                self.note_texts.push([row["id"].clone(), text]);
            }
        }
        let values: Vec<Sql> = table
            .columns
            .iter()
            .map(|c| to_sql(row.get(*c).unwrap_or(&Json::Null)))
            .collect();
        if insert && shared(table.name).is_none() {
            if self.adding.table.is_some_and(|t| t.name != table.name) {
                self.add_pending()?;
            }
            self.adding.table = Some(table);
            self.adding.ids.insert(text(&row, "id").to_string());
            self.adding.rows.push(values);
            return Ok(());
        }
        self.add_pending()?;
        let sql = if insert {
            let marks: Vec<String> = (1..=table.columns.len()).map(|i| format!("?{i}")).collect();
            format!(
                "INSERT INTO {} ({}) VALUES ({})",
                table.name,
                table.columns.join(", "),
                marks.join(", ")
            )
        } else {
            let sets: Vec<String> = table
                .columns
                .iter()
                .enumerate()
                .skip(1)
                .map(|(i, c)| format!("{c} = ?{}", i + 1))
                .collect();
            format!(
                "UPDATE {} SET {} WHERE id = ?1",
                table.name,
                sets.join(", ")
            )
        };
        self.tx
            .prepare_cached(&sql)?
            .execute(params_from_iter(values))
            .map_err(|e| refused(table, &e))?;
        Ok(())
    }

    fn merge_row(&mut self, table: &'static Table, mut row: Row) -> Result<()> {
        let id = text(&row, "id").to_string();
        if let Some(shared) = shared(table.name) {
            // Shared by every session: a bundle brings only those its rows name, and never
            // renames one already here (that would change another session's records).
            if !self.referenced.contains(&id) {
                return Ok(());
            }
            check_shared(table, &row)?;
            let key = key_of(shared, &row);
            row.insert(shared.key.into(), Json::String(key.clone()));
            let live = |r: &Row| r.get("deleted_at").is_none_or(Json::is_null);
            if let Some(local) = self.local(table, &id)? {
                // A document or mandate deleted on either side merges as any row (the deletion
                // travels, or the newer edit wins); an organisation never changes here.
                let both_live = live(&local) && live(&row);
                if (both_live || table.name == "organisations")
                    && text(&local, shared.from) != text(&row, shared.from)
                {
                    self.counts.conflicts.push(Conflict {
                        table: table.name.into(),
                        id,
                        what: describe(&local),
                    });
                    return Ok(());
                }
                // An organisation is kept as it is here; a document or mandate of the same
                // symbol or name merges as any row (a title or a holder added since).
                if table.name == "organisations" {
                    self.counts.unchanged += 1;
                    return Ok(());
                }
            } else if live(&row) {
                let same: Option<String> = self
                    .tx
                    .query_row(
                        &format!(
                            "SELECT id FROM {} WHERE {} = ?1 AND deleted_at IS NULL",
                            table.name, shared.key
                        ),
                        [&key],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(existing) = same {
                    self.same_here.insert(id, existing);
                    if table.name == "organisations" {
                        self.counts.merged_organisations += 1;
                    } else {
                        self.counts.unchanged += 1;
                    }
                    return Ok(());
                }
            }
        }
        if table.name == "delegations" && self.delegation_here(&row)? {
            self.counts.unchanged += 1;
            return Ok(());
        }
        match self.local(table, &id)? {
            None => {
                self.write(table, &row, true)?;
                self.counts.added += 1;
                self.written.push((table.name, id.clone()));
                self.taken.insert(id);
            }
            Some(local) if local == row => self.counts.unchanged += 1,
            Some(local) => {
                if table.columns.contains(&"session_id")
                    && text(&local, "session_id") != self.session_id
                {
                    return Err(bad(Rule::BundleReusedId { id: id.to_string() }));
                }
                if text(&row, "updated_at") > text(&local, "updated_at") {
                    self.write(table, &row, false)?;
                    self.counts.updated += 1;
                    self.written.push((table.name, id.clone()));
                    self.taken.insert(id);
                } else {
                    self.counts.conflicts.push(Conflict {
                        table: table.name.into(),
                        id,
                        what: describe(&local),
                    });
                }
            }
        }
        Ok(())
    }

    fn replace_joins(&mut self, table: &Table, bundle_rows: &[Row]) -> Result<()> {
        let parent = table.parent.expect("a join table");
        // Prepared once per table: a whole session's import replaces the joins of thousands of
        // rows, table by table.
        let mut delete = self
            .tx
            .prepare_cached(&format!("DELETE FROM {} WHERE {parent} = ?1", table.name))?;
        for id in &self.taken {
            delete.execute([id]).map_err(|e| refused(table, &e))?;
        }
        let mut insert = self.tx.prepare_cached(&format!(
            "INSERT OR IGNORE INTO {} ({}) VALUES ({})",
            table.name,
            table.columns.join(", "),
            (1..=table.columns.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        for row in bundle_rows
            .iter()
            .filter(|r| self.taken.contains(text(r, parent)))
        {
            let values: Vec<Sql> = table
                .columns
                .iter()
                .map(|c| {
                    let value = row.get(*c).unwrap_or(&Json::Null);
                    match self.same_here.get(value.as_str().unwrap_or_default()) {
                        Some(local) if names_shared(table.name, c) => Sql::Text(local.clone()),
                        _ => to_sql(value),
                    }
                })
                .collect();
            insert
                .execute(params_from_iter(values))
                .map_err(|e| refused(table, &e))?;
        }
        Ok(())
    }

    /// Whether the live delegation `row` of the bundle is of a State that has another live one
    /// here: a State has one delegation record, and the one here is kept as it is (the bundle's
    /// is another person's contacts and notes, shared by every session).
    fn delegation_here(&mut self, row: &Row) -> Result<bool> {
        if !row.get("deleted_at").is_none_or(Json::is_null) {
            return Ok(false);
        }
        self.add_pending()?;
        let other: i64 = self.tx.query_row(
            "SELECT count(*) FROM delegations WHERE country_code = ?1 AND id <> ?2 AND deleted_at IS NULL",
            [text(row, "country_code"), text(row, "id")],
            |r| r.get(0),
        )?;
        Ok(other > 0)
    }

    /// Sets the text each note written is about (see `note_texts`), once every row is written.
    fn link_note_texts(&mut self) -> Result<()> {
        self.add_pending()?;
        let table = TABLES.iter().find(|t| t.name == "notes").expect("notes");
        for [id, text] in std::mem::take(&mut self.note_texts) {
            self.tx
                .prepare_cached("UPDATE notes SET resolution_id = ?2 WHERE id = ?1")?
                .execute([to_sql(&id), to_sql(&text)])
                .map_err(|e| refused(table, &e))?;
        }
        Ok(())
    }

    /// Sets the meetings each meeting written continues and clusters with (see `meeting_links`).
    fn link_meetings(&mut self) -> Result<()> {
        let table = TABLES
            .iter()
            .find(|t| t.name == "meetings")
            .expect("meetings");
        for [id, continues, cluster] in std::mem::take(&mut self.meeting_links) {
            self.tx
                .execute(
                    "UPDATE meetings SET continues_id = ?2, cluster_id = ?3 WHERE id = ?1",
                    [to_sql(&id), to_sql(&continues), to_sql(&cluster)],
                )
                .map_err(|e| refused(table, &e))?;
        }
        Ok(())
    }
}

/// The key that finds a shared row here, made from the bundle's row as the store makes it.
fn key_of(shared: &Shared, row: &Row) -> String {
    let from = text(row, shared.from);
    match shared.table {
        "documents" => crate::domain::document::symbol_key(from),
        _ => fold(from),
    }
}

/// Checks a live document or mandate as typed input is (an organisation's name is checked with
/// the other rows, by `recheck`): a document's symbol and kind, a mandate's name, kind and holders.
fn check_shared(table: &Table, row: &Row) -> Result<()> {
    if !row.get("deleted_at").is_none_or(Json::is_null) {
        return Ok(());
    }
    let checked = match table.name {
        "documents" => crate::domain::document::read_symbol("symbol", text(row, "symbol"))
            .and(crate::domain::document::DocumentKind::parse("kind", text(row, "kind")).map(drop)),
        "mandates" => crate::validate::required("name", text(row, "name"))
            .and(crate::domain::mandate::MandateKind::parse("kind", text(row, "kind")).map(drop))
            .and(
                serde_json::from_str::<Vec<String>>(text(row, "holders"))
                    .map(drop)
                    .map_err(|_| {
                        bad(Rule::BundleFormat {
                            table: table.name.into(),
                        })
                    }),
            ),
        _ => Ok(()),
    };
    checked.map_err(|e| match e {
        Error::Validation { field, rule } => bad(Rule::BundleRowWrong {
            table: table.name.into(),
            id: text(row, "id").into(),
            field,
            problem: rule,
        }),
        other => other,
    })
}

/// The first link, source or speaking rule of a record the bundle wrote that names a record
/// of another kind or session than it says (a text's links to documents and mandates name
/// shared rows).
fn link_outside(b: &Bundle, tx: &Transaction, session_id: &str) -> Result<Option<String>> {
    for table in [
        "document_links",
        "mandate_links",
        "sources",
        "resolution_links",
    ] {
        for row in rows(b, table) {
            let record = text(row, "record_id");
            let owner = match text(row, "record_kind") {
                "document" | "mandate" if table == "resolution_links" => continue,
                "meeting" => "meetings",
                "situation" => "situations",
                "key-issue" => "key_issues",
                "statement" => "statements",
                "side-event" => "side_events",
                "note" => "notes",
                _ => return Ok(Some(record.into())),
            };
            let session: Option<String> = tx
                .query_row(
                    &format!("SELECT session_id FROM {owner} WHERE id = ?1"),
                    [record],
                    |r| r.get(0),
                )
                .optional()?;
            if session.as_deref() != Some(session_id) {
                return Ok(Some(record.into()));
            }
        }
    }
    Ok(None)
}

/// How far ahead of this computer's clock a bundle's times may be: another laptop's clock can
/// be a little fast, or set to another day by hand.
const CLOCK_TOLERANCE_HOURS: i64 = 24;

/// Refuses a bundle with a row changed later than now: its `updated_at` would win every later
/// merge, overwriting what is typed here from then on without a conflict.
fn refuse_the_future(b: &Bundle, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    let limit = now + chrono::TimeDelta::hours(CLOCK_TOLERANCE_HOURS);
    for table in TABLES {
        for row in rows(b, table.name) {
            for column in ["created_at", "updated_at", "deleted_at"] {
                let Some(stamp) = row.get(column).and_then(Json::as_str) else {
                    continue;
                };
                let at = chrono::DateTime::parse_from_rfc3339(stamp).map_err(|_| {
                    bad(Rule::BundleTime {
                        table: table.name.into(),
                        column: column.into(),
                        value: stamp.into(),
                    })
                })?;
                if at > limit {
                    return Err(bad(Rule::BundleFuture {
                        table: table.name.into(),
                        row: describe(row),
                        changed: at.date_naive(),
                    }));
                }
            }
        }
    }
    Ok(())
}

/// Checks a row the bundle added or updated as typed input is checked; the error names the
/// row and the field.
fn recheck_written(tx: &Transaction, table: &str, id: &str) -> Result<()> {
    let deleted: Option<Option<String>> = tx
        .prepare_cached(&format!("SELECT deleted_at FROM {table} WHERE id = ?1"))?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if !matches!(deleted, Some(None)) {
        return Ok(());
    }
    let uuid = crate::store::row_id("bundle", id)?;
    crate::store::recheck(tx, table, uuid).map_err(|e| match e {
        Error::Validation { field, rule } => bad(Rule::BundleRowWrong {
            table: table.into(),
            id: id.into(),
            field,
            problem: rule,
        }),
        other => bad(Rule::BundleRowUnusable {
            table: table.into(),
            id: id.into(),
            error: other.code().into(),
        }),
    })
}

/// The first row of the session that refers to a meeting, situation, key issue, statement or
/// text of another session, or links to a key issue or situation that is not the session's: the app
/// could show it but never save it again.
fn reference_outside(tx: &Transaction, session_id: &str) -> Result<Option<(BundleRow, String)>> {
    let found: Option<(String, String)> = tx
        .query_row(
            "SELECT 'note', n.id FROM notes n WHERE n.session_id = ?1 AND EXISTS (
                 SELECT 1 FROM (SELECT id, session_id FROM meetings UNION ALL SELECT id, session_id FROM situations
                     UNION ALL SELECT id, session_id FROM key_issues UNION ALL SELECT id, session_id FROM statements
                     UNION ALL SELECT id, session_id FROM resolutions) r
                 WHERE r.id IN (n.meeting_id, n.situation_id, n.key_issue_id, n.statement_id, n.resolution_id) AND r.session_id <> ?1)
             UNION ALL
             SELECT 'statement', s.id FROM statements s JOIN meetings m ON m.id = s.meeting_id
             WHERE s.session_id = ?1 AND m.session_id <> ?1
             UNION ALL
             SELECT 'link', l.from_id FROM links l
             WHERE l.from_id IN (SELECT id FROM statements WHERE session_id = ?1 UNION ALL SELECT id FROM side_events WHERE session_id = ?1)
             AND NOT EXISTS (SELECT 1 FROM key_issues k WHERE k.id = l.to_id AND l.to_kind = 'key-issue' AND k.session_id = ?1
                 UNION ALL SELECT 1 FROM situations t WHERE t.id = l.to_id AND l.to_kind = 'situation' AND t.session_id = ?1)
             LIMIT 1",
            [session_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(found.map(|(kind, id)| {
        let row = match kind.as_str() {
            "note" => BundleRow::Note,
            "statement" => BundleRow::Statement,
            _ => BundleRow::Link,
        };
        (row, id)
    }))
}

impl Store {
    /// Imports a bundle (see the module): all of it or, on any error, nothing.
    pub fn import_bundle(&mut self, bundle: &Bundle) -> Result<ImportReport> {
        let session_id = check_shape(bundle)?;
        let id = crate::store::row_id("bundle", &session_id)?;
        let s = &bundle.sessions[0];
        let kind = crate::domain::session::SessionKind::parse("bundle", text(s, "kind"))?;
        let number = s
            .get("number")
            .and_then(Json::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n >= 1)
            .ok_or_else(|| bad(Rule::BundleSessionNumber))?;
        refuse_the_future(bundle, chrono::Utc::now())?;
        // One transaction; reads through `self` see its writes, so the import is read back
        // before it is committed, and a bundle this version cannot use leaves nothing behind.
        // Immediate: the write lock is taken as it begins, waiting for another writer within
        // the busy timeout (see `Store::write`).
        self.check_before_writing()?;
        let tx = rusqlite::Transaction::new_unchecked(
            self.connection(),
            rusqlite::TransactionBehavior::Immediate,
        )?;
        let clash: Option<String> = tx
            .query_row(
                "SELECT id FROM sessions WHERE kind = ?1 AND number = ?2 AND deleted_at IS NULL AND id <> ?3",
                rusqlite::params![kind, number, session_id],
                |r| r.get(0),
            )
            .optional()?;
        if clash.is_some() {
            let name = |n| crate::domain::session::name(kind, n);
            return Err(bad(Rule::BundleSessionHere {
                session: name(number),
                copy: name(super::copy::free_number(self, kind, number)?),
            }));
        }
        let referenced = SHARED
            .iter()
            .flat_map(|s| s.linked_by)
            .flat_map(|(table, column)| rows(bundle, table).iter().map(|r| text(r, column)))
            .map(str::to_string)
            .collect();
        let mut merge = Merge {
            tx: &tx,
            session_id,
            counts: Counts::default(),
            taken: HashSet::new(),
            same_here: HashMap::new(),
            referenced,
            written: Vec::new(),
            meeting_links: Vec::new(),
            note_texts: Vec::new(),
            adding: Adding::default(),
        };
        for table in TABLES {
            let bundle_rows = rows(bundle, table.name);
            if table.parent.is_some() {
                merge.replace_joins(table, bundle_rows)?;
            } else {
                for row in bundle_rows {
                    if let Err(e) = merge.merge_row(table, row.clone()) {
                        // A row added before this one and refused comes first, as row by row.
                        merge.add_pending()?;
                        return Err(e);
                    }
                }
                merge.add_pending()?;
                merge.link_meetings()?;
            }
        }
        merge.link_note_texts()?;
        for (table, row_id) in &merge.written {
            recheck_written(&tx, table, row_id)?;
        }
        let counts = merge.counts;
        if let Some((row, id)) = reference_outside(&tx, &merge.session_id)? {
            return Err(bad(Rule::BundleOutside { row, id }));
        }
        if let Some(id) = link_outside(bundle, &tx, &merge.session_id)? {
            let row = BundleRow::Link;
            return Err(bad(Rule::BundleOutside { row, id }));
        }
        if let Err(e) = self.overview(id) {
            return Err(bad(Rule::BundleUnreadable {
                error: e.code().into(),
            }));
        }
        // After the check that what was written reads: a statement's text is then text.
        crate::store::count_missing_words(&tx, &merge.session_id)?;
        let session = self.session(id)?;
        tx.commit()?;
        Ok(ImportReport {
            session,
            added: counts.added,
            updated: counts.updated,
            unchanged: counts.unchanged,
            merged_organisations: counts.merged_organisations,
            conflicts: counts.conflicts,
        })
    }
}
