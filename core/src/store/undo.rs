//! Undoing a deletion in the window: a deleted record comes back as it was, with its links,
//! unless a rule it follows now forbids it (another record added meanwhile); the error names
//! the field and nothing changes. Once the undo is no longer offered, [`Store::purge_deleted`]
//! forgets its text.
use rusqlite::Connection;
use uuid::Uuid;

use super::row::now;
use super::Store;
use crate::domain::key_issue::KeyIssue;
use crate::domain::meeting::Meeting;
use crate::domain::side_event::SideEvent;
use crate::domain::situation::CountrySituation;
use crate::domain::statement::Statement;
use crate::error::{Error, Result};

/// Takes the tombstone off the deleted row `id` of `table`, then checks it against the rules
/// typed input follows (the caller's transaction is rolled back when it fails).
pub(super) fn bring_back(
    conn: &Connection,
    table: &str,
    entity: &'static str,
    id: Uuid,
) -> Result<()> {
    let n = conn.execute(
        &format!("UPDATE {table} SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL"),
        (id.to_string(), now()),
    )?;
    if n == 0 {
        return Err(Error::NotFound {
            entity,
            key: id.to_string(),
        });
    }
    super::recheck::recheck(conn, table, id)
}

impl Store {
    /// Brings back a deleted meeting; the statements and notes that named it name it again.
    pub fn restore_meeting(&mut self, id: Uuid) -> Result<Meeting> {
        self.write(|tx| {
            bring_back(tx, "meetings", "deleted meeting", id)?;
            super::meetings::get(tx, id)
        })
    }

    /// Brings back a deleted key issue, with the links to it.
    pub fn restore_key_issue(&mut self, id: Uuid) -> Result<KeyIssue> {
        self.write(|tx| {
            bring_back(tx, "key_issues", "deleted key issue", id)?;
            super::key_issues::get(tx, id)
        })
    }

    /// Brings back a deleted country situation, with the links to it, unless another one for
    /// the same country and agenda item was added meanwhile (refused on `country`).
    pub fn restore_situation(&mut self, id: Uuid) -> Result<CountrySituation> {
        self.write(|tx| {
            bring_back(tx, "situations", "deleted country situation", id)?;
            super::situations::get(tx, id)
        })
    }

    /// Brings back a deleted statement, with its signatories and links.
    pub fn restore_statement(&mut self, id: Uuid) -> Result<Statement> {
        self.write(|tx| {
            bring_back(tx, "statements", "deleted statement", id)?;
            super::statements::get(tx, id)
        })
    }

    /// Brings back a deleted side event, with its organisers and links.
    pub fn restore_side_event(&mut self, id: Uuid) -> Result<SideEvent> {
        self.write(|tx| {
            bring_back(tx, "side_events", "deleted side event", id)?;
            super::side_events::get(tx, id)
        })
    }
}
