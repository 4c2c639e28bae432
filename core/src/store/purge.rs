//! Forgetting what was deleted: once its undo is no longer offered, a deleted row keeps its
//! tombstone (id, links and times, so that the deletion travels in bundles) and loses its text;
//! the write-ahead log is then emptied so that no copy of the text stays in it.
use rusqlite::params_from_iter;
use uuid::Uuid;

use super::Store;
use crate::error::Result;

/// The columns of each table that hold what a person wrote, with the value each takes once
/// the row is deleted and purged.
pub(crate) const WRITTEN: &[(&str, &[(&str, &str)])] = &[
    ("sessions", &[("title", ""), ("venue", ""), ("notes", "")]),
    ("agenda_items", &[("notes", "")]),
    ("meetings", &[("title", ""), ("room", "")]),
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
];

/// The value a purged `column` of `table` takes, when it holds what a person wrote.
pub(crate) fn purged_value(table: &str, column: &str) -> Option<&'static str> {
    WRITTEN
        .iter()
        .find(|(t, _)| *t == table)
        .and_then(|(_, columns)| columns.iter().find(|(c, _)| *c == column))
        .map(|(_, empty)| *empty)
}

impl Store {
    /// Empties the text of deleted rows — the row `only`, or every deleted row — and empties
    /// the write-ahead log. Call it when the deletion can no longer be undone: at once from the
    /// command line; when the window's undo notice closes, and when the app starts and quits.
    /// Returns how many rows lost their text.
    pub fn purge_deleted(&mut self, only: Option<Uuid>) -> Result<usize> {
        let purged = self.write(|tx| {
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
                    sql.push_str(" AND id = ?");
                    values.push(id.to_string());
                }
                purged += tx.execute(&sql, params_from_iter(values))?;
            }
            Ok(purged)
        })?;
        if purged > 0 {
            // The search indexes keep a deleted or edited row's words in their pages until the
            // pages are merged: merged now, so that no word of it stays in the file. (FTS5's
            // secure-delete would do it as each row changes, but it left an index that failed
            // its checksum after a kill in the crash test, and made writes several times slower.)
            self.connection().execute_batch(
                "INSERT INTO search_index (search_index) VALUES ('optimize');
                 INSERT INTO search_titles (search_titles) VALUES ('optimize');",
            )?;
            self.empty_log()?;
        }
        Ok(purged)
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
