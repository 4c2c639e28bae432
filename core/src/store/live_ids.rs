//! Whether the records that rows link to are live: a session's live ids of a table read once, any
//! other id looked up on its own (a link to a record deleted since, its undo still offered, is none).
use std::collections::HashMap;

use rusqlite::Connection;

use crate::error::Result;

/// The live ids of one table, as far as they have been asked about.
pub(super) struct LiveIds {
    table: &'static str,
    known: HashMap<String, bool>,
}

impl LiveIds {
    /// `table`'s live ids in session `session_id`, read in one query.
    pub(super) fn of_session(
        conn: &Connection,
        table: &'static str,
        session_id: &str,
    ) -> Result<LiveIds> {
        let mut known = HashMap::new();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT id FROM {table} WHERE session_id = ?1 AND deleted_at IS NULL"
        ))?;
        let mut rows = stmt.query([session_id])?;
        while let Some(r) = rows.next()? {
            known.insert(r.get(0)?, true);
        }
        Ok(LiveIds { table, known })
    }

    /// Whether record `id` is live: known from the session's, else looked up (a link outside the
    /// session; none where links are sound) and remembered.
    pub(super) fn is_live(&mut self, conn: &Connection, id: &str) -> Result<bool> {
        if let Some(known) = self.known.get(id) {
            return Ok(*known);
        }
        let found = conn
            .prepare_cached(&format!(
                "SELECT 1 FROM {} WHERE id = ?1 AND deleted_at IS NULL",
                self.table
            ))?
            .exists([id])?;
        self.known.insert(id.to_owned(), found);
        Ok(found)
    }
}
