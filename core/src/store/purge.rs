//! Forgetting what was deleted: once its undo is no longer offered, a deleted row keeps its
//! tombstone (id, links and times, so that the deletion travels in bundles) and loses its text;
//! the search indexes are then merged so that no word of it (or of text since edited) stays in
//! their pages, and the write-ahead log is emptied so that no copy of the text stays in it.
use rusqlite::{params, params_from_iter, TransactionBehavior};
use uuid::Uuid;

use super::Store;
use crate::error::Result;

/// The columns of each table that hold what a person wrote, with the value each takes once
/// the row is deleted and purged.
pub(crate) const WRITTEN: &[(&str, &[(&str, &str)])] = &[
    ("sessions", &[("title", ""), ("venue", ""), ("notes", "")]),
    ("agenda_items", &[("notes", "")]),
    (
        "meetings",
        &[("title", ""), ("room", ""), ("modalities", "")],
    ),
    (
        "key_issues",
        &[("title", ""), ("overview", ""), ("asks", "")],
    ),
    (
        "situations",
        &[("mechanism", ""), ("summary", ""), ("asks", "")],
    ),
    (
        "statements",
        &[
            ("title", ""),
            ("speaker", ""),
            ("text", ""),
            ("document_symbol", ""),
        ],
    ),
    (
        "side_events",
        &[
            ("title", ""),
            ("room", ""),
            ("speakers", "[]"),
            ("description", ""),
        ],
    ),
    ("notes", &[("body", "")]),
    (
        "organisations",
        &[("name", ""), ("name_key", ""), ("acronym", "")],
    ),
    (
        "documents",
        &[("symbol", ""), ("symbol_key", ""), ("title", "")],
    ),
    (
        "resolutions",
        &[
            ("title", ""),
            ("programme_budget", ""),
            ("position", ""),
            ("asks", ""),
        ],
    ),
    (
        "mandates",
        &[
            ("name", ""),
            ("name_key", ""),
            ("theme", ""),
            ("holders", "[]"),
            ("resolution", ""),
        ],
    ),
    // After resolutions: a text's consultations go with it (see `BY_TEXT`).
    (
        "consultations",
        &[("room", ""), ("convenor", ""), ("notes", "")],
    ),
    ("delegations", &[("contacts", ""), ("notes", "")]),
];

/// The tables every session shares: none is a session's to delete with it.
const SHARED: &[&str] = &["organisations", "documents", "mandates", "delegations"];

/// The tables whose rows belong to a text (`resolution_id`), not to a session directly: a
/// text's rows are deleted and forgotten with it.
const BY_TEXT: &[&str] = &["consultations"];

/// Which rows of `table` belong to the session given as the parameter `?{n}`.
fn of_session(table: &str, n: usize) -> String {
    if table == "sessions" {
        format!("id = ?{n}")
    } else if BY_TEXT.contains(&table) {
        format!("resolution_id IN (SELECT id FROM resolutions WHERE session_id = ?{n})")
    } else {
        format!("session_id = ?{n}")
    }
}

/// The tables whose rows carry sources (see `store::sources`): a deleted row's sources (titles
/// and addresses) are forgotten with its text.
const WITH_SOURCES: &[&str] = &[
    "key_issues",
    "situations",
    "side_events",
    "meetings",
    "notes",
];

/// Forgets the sources of the deleted rows of `table` (only `id`, when given).
fn forget_sources(tx: &rusqlite::Connection, table: &str, only: Option<Uuid>) -> Result<usize> {
    let mut sql = format!(
        "DELETE FROM sources WHERE record_id IN (SELECT id FROM {table} WHERE deleted_at IS NOT NULL"
    );
    let values: Vec<String> = only.iter().map(Uuid::to_string).collect();
    if only.is_some() {
        sql.push_str(" AND id = ?");
    }
    sql.push(')');
    Ok(tx.execute(&sql, params_from_iter(values))?)
}

/// The value a purged `column` of `table` takes, when it holds what a person wrote.
pub(crate) fn purged_value(table: &str, column: &str) -> Option<&'static str> {
    WRITTEN
        .iter()
        .find(|(t, _)| *t == table)
        .and_then(|(_, columns)| columns.iter().find(|(c, _)| *c == column))
        .map(|(_, empty)| *empty)
}

/// How many index pages one merge step writes: about 70 ms at ten years of data.
const STEP_PAGES: i64 = 200;

impl Store {
    /// Empties the text of deleted rows — the row `only`, or every deleted row — and empties
    /// the write-ahead log. Call it when the deletion can no longer be undone: at once from the
    /// command line; when the window's undo notice closes, and when the app starts and quits.
    /// Returns how many rows lost their text (a source forgotten is one).
    pub fn purge_deleted(&mut self, only: Option<Uuid>) -> Result<usize> {
        let purged = self.write(|tx| {
            if only.is_none() {
                // What a deleted session holds goes with it (the window deletes only the session
                // while its undo is offered).
                let now = super::row::now();
                for (table, _) in WRITTEN.iter().filter(|(t, _)| *t != "sessions" && !SHARED.contains(t) && !BY_TEXT.contains(t)) {
                    tx.execute(
                        &format!("UPDATE {table} SET deleted_at = ?1, updated_at = ?1 WHERE deleted_at IS NULL
                                  AND session_id IN (SELECT id FROM sessions WHERE deleted_at IS NOT NULL)"),
                        [&now],
                    )?;
                }
                super::export_choice::forget(tx, None)?;
            }
            super::statement_copies::forget(tx)?;
            // What hangs from a deleted text goes with it: every deleted text's, or the text
            // `only`'s (its rows are then forgotten with it below).
            for table in BY_TEXT {
                let now = super::row::now();
                let only = only.map(|id| id.to_string());
                tx.execute(
                    &format!("UPDATE {table} SET deleted_at = ?1, updated_at = ?1 WHERE deleted_at IS NULL
                              AND resolution_id IN (SELECT id FROM resolutions WHERE deleted_at IS NOT NULL
                                                    AND (?2 IS NULL OR id = ?2))"),
                    params![now, only],
                )?;
            }
            let mut purged = 0;
            for (table, columns) in WRITTEN {
                let set: Vec<String> = columns.iter().map(|(c, _)| format!("{c} = ?")).collect();
                let changed: Vec<String> =
                    columns.iter().map(|(c, _)| format!("{c} <> ?")).collect();
                let mut values: Vec<String> = columns.iter().map(|(_, e)| e.to_string()).collect();
                values.extend(columns.iter().map(|(_, e)| e.to_string()));
                let mut sql = format!(
                    "UPDATE {table} SET {} WHERE deleted_at IS NOT NULL AND ({})",
                    set.join(", "),
                    changed.join(" OR ")
                );
                if let Some(id) = only {
                    if BY_TEXT.contains(table) {
                        sql.push_str(" AND (id = ? OR resolution_id = ?)");
                        values.push(id.to_string());
                    } else {
                        sql.push_str(" AND id = ?");
                    }
                    values.push(id.to_string());
                }
                purged += tx.execute(&sql, params_from_iter(values))?;
                if WITH_SOURCES.contains(table) {
                    purged += forget_sources(tx, table, only)?;
                }
            }
            Ok(purged)
        })?;
        if purged > 0 {
            self.words_to_forget = true;
        }
        Ok(purged)
    }

    /// Deletes a session and everything in it for good, as the command line does (it offers no
    /// undo): each of its rows is marked deleted and loses its text at once, so that no note
    /// of it stays readable in the file; the search indexes are merged as after any purge.
    pub fn delete_session_for_good(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| {
            super::sessions::get(tx, id)?;
            empty_session(tx, id)
        })?;
        self.words_to_forget = true;
        Ok(())
    }

    /// Forgets a deleted record once its undo is no longer offered: its text goes, and for a
    /// session the text of everything in it (deleted with it for good). Returns how many rows
    /// lost their text.
    pub fn forget_deleted(&mut self, id: Uuid) -> Result<usize> {
        let session: bool = self.conn.query_row(
            "SELECT count(*) > 0 FROM sessions WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id.to_string()],
            |r| r.get(0),
        )?;
        if !session {
            return self.purge_deleted(Some(id));
        }
        self.write(|tx| empty_session(tx, id))?;
        self.words_to_forget = true;
        Ok(1)
    }

    /// Whether a purge left words of deleted text in the search indexes' pages, to be merged
    /// out by [`Store::forget_old_words`] (the command line does it before it exits; the app
    /// on a thread of its own, step by step).
    pub fn has_words_to_forget(&self) -> bool {
        self.words_to_forget
    }

    /// Merges the search indexes until each is one tree, so that no word of a deleted or edited
    /// row stays in their pages, then empties the write-ahead log. At ten years of data this
    /// rewrites about 130 MB of index (BENCHMARKS.md); a merged index costs nothing. The app
    /// calls [`Store::forget_old_words_step`] instead, so that no action waits for it.
    pub fn forget_old_words(&mut self) -> Result<()> {
        while self.forget_old_words_step()? {}
        Ok(())
    }

    /// One step of [`Store::forget_old_words`], short enough (tens of milliseconds at ten years
    /// of data) to take under the app's lock between the person's actions. Returns whether
    /// there is more to merge; the last step empties the write-ahead log.
    pub fn forget_old_words_step(&mut self) -> Result<bool> {
        self.check_before_writing()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // A negative page count merges every tree of an index into one, a step at a time
        // (FTS5's incremental 'merge', as 'optimize' does at once); fewer than two changes
        // means there was nothing left to merge in that index.
        let mut more = false;
        for index in ["search_index", "search_titles"] {
            let before = tx.total_changes();
            tx.execute(
                &format!("INSERT INTO {index} ({index}, rank) VALUES ('merge', ?1)"),
                [-STEP_PAGES],
            )?;
            more |= tx.total_changes() - before >= 2;
        }
        tx.commit()?;
        if more {
            Ok(true)
        } else {
            self.words_to_forget = false;
            self.empty_log()?;
            Ok(false)
        }
    }

    /// Copies the write-ahead log into the database and truncates it, so that old versions of
    /// pages (text since edited or deleted) do not linger in it. Another process reading at the
    /// same time can keep part of the log; it is emptied at the next call.
    pub fn empty_log(&self) -> Result<()> {
        if self.path().is_some() {
            self.connection()
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(())
    }
}

/// Marks every row of the session `id` deleted (the session too), empties its text and forgets
/// the export choice and the statement copies kept for it.
fn empty_session(tx: &rusqlite::Connection, id: Uuid) -> Result<()> {
    super::export_choice::forget(tx, Some(id))?;
    let now = super::row::now();
    // Organisations, documents and mandates are shared by every session: none is the
    // session's to delete.
    for (table, columns) in WRITTEN.iter().filter(|(t, _)| !SHARED.contains(t)) {
        let n = columns.len();
        let set: Vec<String> = (columns.iter().enumerate())
            .map(|(i, (c, _))| format!("{c} = ?{}", i + 1))
            .collect();
        let mut values: Vec<String> = columns.iter().map(|(_, e)| e.to_string()).collect();
        values.extend([now.clone(), id.to_string()]);
        tx.execute(
            &format!(
                "UPDATE {table} SET {}, deleted_at = coalesce(deleted_at, ?{}), updated_at = ?{}
                 WHERE {}",
                set.join(", "),
                n + 1,
                n + 1,
                of_session(table, n + 2)
            ),
            params_from_iter(values),
        )?;
        if WITH_SOURCES.contains(table) {
            tx.execute(
                &format!("DELETE FROM sources WHERE record_id IN (SELECT id FROM {table} WHERE session_id = ?1)"),
                [id.to_string()],
            )?;
        }
    }
    super::statement_copies::forget(tx)
}
