//! A session's agenda items: the ten standing items and the advocate's notes on each.
use rusqlite::params;
use uuid::Uuid;

use super::row::{self, now};
use super::Store;
use crate::domain::agenda::AgendaItem;
use crate::error::{Error, Result};
use crate::validate;

impl Store {
    /// The agenda items of a session, 1 to 10.
    pub fn agenda_items(&self, session_id: Uuid) -> Result<Vec<AgendaItem>> {
        super::sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT id, session_id, number, title, notes, created_at, updated_at FROM agenda_items
             WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY number",
        )?;
        let items = stmt
            .query_map([session_id.to_string()], |r| {
                Ok(AgendaItem {
                    id: row::id(r, 0)?,
                    session_id: row::id(r, 1)?,
                    number: r.get(2)?,
                    title: r.get(3)?,
                    notes: r.get(4)?,
                    created_at: row::instant(r, 5)?,
                    updated_at: row::instant(r, 6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(items)
    }

    /// Replaces the advocate's notes on item `number` of a session.
    pub fn set_agenda_notes(
        &mut self,
        session_id: Uuid,
        number: u8,
        notes: &str,
    ) -> Result<AgendaItem> {
        validate::agenda_item("agenda_item", Some(number))?;
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            tx.execute(
                "UPDATE agenda_items SET notes = ?3, updated_at = ?4 WHERE session_id = ?1 AND number = ?2 AND deleted_at IS NULL",
                params![session_id.to_string(), number, notes, now()],
            )?;
            Ok(())
        })?;
        self.agenda_items(session_id)?
            .into_iter()
            .find(|i| i.number == number)
            .ok_or(Error::NotFound {
                entity: "agenda item",
                key: number.to_string(),
            })
    }
}
