//! The Export dialog's last choice for each session, kept as a settings row
//! (`export_choice:<session id>`) beside the advocate's other settings, and forgotten with its
//! session.
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::row::now;
use super::Store;
use crate::error::Result;
use crate::export::choice::ExportChoice;

fn key(session_id: Uuid) -> String {
    format!("export_choice:{session_id}")
}

/// Forgets the choice kept for the session `only`, or for every session that is not live
/// (deleted, or not there), in the caller's transaction: with the session's forgetting, not
/// its deletion, so that an undone deletion opens the dialog on the choice it had.
pub(super) fn forget(tx: &Connection, only: Option<Uuid>) -> Result<()> {
    match only {
        Some(id) => tx.execute("DELETE FROM settings WHERE key = ?1", [key(id)])?,
        None => tx.execute(
            "DELETE FROM settings WHERE key GLOB 'export_choice:*'
               AND substr(key, 15) NOT IN (SELECT id FROM sessions WHERE deleted_at IS NULL)",
            [],
        )?,
    };
    Ok(())
}

impl Store {
    /// The format and sections last chosen to export `session_id`, if any were (a row that no
    /// longer reads, from another version, counts as none).
    pub fn export_choice(&self, session_id: Uuid) -> Result<Option<ExportChoice>> {
        super::sessions::get(&self.conn, session_id)?;
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![key(session_id)],
                |r| r.get(0),
            )
            .optional()?;
        Ok(value.and_then(|v| serde_json::from_str::<ExportChoice>(&v).ok()))
    }

    /// Keeps `choice` as the last one for `session_id` (a session that does not exist, or is
    /// deleted, is not found and nothing is stored).
    pub fn remember_export_choice(
        &mut self,
        session_id: Uuid,
        choice: &ExportChoice,
    ) -> Result<ExportChoice> {
        let choice = choice.tidied();
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            tx.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                params![
                    key(session_id),
                    serde_json::to_string(&choice).expect("a choice is plain data"),
                    now()
                ],
            )?;
            Ok(())
        })?;
        Ok(choice)
    }
}
