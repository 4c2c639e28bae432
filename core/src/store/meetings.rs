//! Meetings of the programme of work: create, edit, list by time, delete.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::meeting::{Meeting, MeetingInput, MeetingKind, DEFAULT_ROOM};
use crate::error::{Error, Result};
use crate::geneva::{from_utc, stamp};
use crate::validate;

pub(super) const COLUMNS: &str =
    "id, session_id, starts_at, ends_at, room, agenda_item, kind, title, created_at, updated_at";

pub(super) fn read(r: &Row) -> rusqlite::Result<Meeting> {
    let starts_at = row::instant(r, 2)?;
    let ends_at = row::instant(r, 3)?;
    let (date, start) = from_utc(starts_at);
    let (_, end) = from_utc(ends_at);
    Ok(Meeting {
        id: row::id(r, 0)?,
        session_id: row::id(r, 1)?,
        date,
        start,
        end,
        starts_at,
        ends_at,
        room: r.get(4)?,
        agenda_item: r.get(5)?,
        kind: r.get(6)?,
        title: r.get(7)?,
        created_at: row::instant(r, 8)?,
        updated_at: row::instant(r, 9)?,
    })
}

struct Checked {
    slot: validate::Slot,
    room: String,
    agenda_item: Option<u8>,
    kind: MeetingKind,
    title: String,
}

fn check(conn: &Connection, session_id: Uuid, input: &MeetingInput) -> Result<Checked> {
    let title = validate::required("title", &input.title)?;
    let session = super::sessions::get(conn, session_id)?;
    let slot = validate::slot(
        &input.date,
        &input.start,
        &input.end,
        (session.start_date, session.end_date),
    )?;
    let kind = match input
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        Some(k) => MeetingKind::parse("kind", k)?,
        None => MeetingKind::Other,
    };
    Ok(Checked {
        slot,
        room: validate::optional(input.room.as_deref()).unwrap_or_else(|| DEFAULT_ROOM.to_string()),
        agenda_item: validate::agenda_item("agenda_item", input.agenda_item)?,
        kind,
        title,
    })
}

/// Loads a live meeting.
pub(super) fn get(conn: &Connection, id: Uuid) -> Result<Meeting> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM meetings WHERE id = ?1 AND deleted_at IS NULL"),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "meeting",
        key: id.to_string(),
    })
}

impl Store {
    /// Adds a meeting to a session's programme.
    pub fn create_meeting(&mut self, session_id: Uuid, input: &MeetingInput) -> Result<Meeting> {
        self.write(|tx| {
            let c = check(tx, session_id, input)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO meetings (id, session_id, starts_at, ends_at, room, agenda_item, kind, title, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![id.to_string(), session_id.to_string(), stamp(c.slot.starts_at), stamp(c.slot.ends_at), c.room, c.agenda_item, c.kind, c.title, now()],
            )?;
            get(tx, id)
        })
    }

    /// Edits a meeting (the schedule rolls: times move).
    pub fn update_meeting(&mut self, id: Uuid, input: &MeetingInput) -> Result<Meeting> {
        self.write(|tx| {
            let old = get(tx, id)?;
            let c = check(tx, old.session_id, input)?;
            tx.execute(
                "UPDATE meetings SET starts_at = ?2, ends_at = ?3, room = ?4, agenda_item = ?5, kind = ?6, title = ?7, updated_at = ?8 WHERE id = ?1",
                params![id.to_string(), stamp(c.slot.starts_at), stamp(c.slot.ends_at), c.room, c.agenda_item, c.kind, c.title, now()],
            )?;
            get(tx, id)
        })
    }

    /// A meeting by id.
    pub fn meeting(&self, id: Uuid) -> Result<Meeting> {
        get(&self.conn, id)
    }

    /// A session's programme, in time order.
    pub fn meetings(&self, session_id: Uuid) -> Result<Vec<Meeting>> {
        super::sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM meetings WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY starts_at, title"
        ))?;
        let rows = stmt
            .query_map([session_id.to_string()], read)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Deletes a meeting (a tombstone: [`Store::restore_meeting`] brings it back,
    /// [`Store::purge_deleted`] forgets its text). Statements and notes that name it keep the
    /// link, read as no meeting while it is deleted, so that an undo brings the link back too.
    pub fn delete_meeting(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "meetings", "meeting", id))
    }
}

/// Checks a stored meeting (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let m = get(conn, id)?;
    let input = MeetingInput {
        date: m.date.to_string(),
        start: m.start.format("%H:%M").to_string(),
        end: m.end.format("%H:%M").to_string(),
        room: Some(m.room),
        agenda_item: m.agenda_item,
        kind: Some(m.kind.key().into()),
        title: m.title,
    };
    check(conn, m.session_id, &input).map(drop)
}
