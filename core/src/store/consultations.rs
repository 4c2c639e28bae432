//! Informal consultations on a text: added, edited, listed by text or by session, deleted and
//! restored. A day within the text's session or none (to be announced); hours only with a day,
//! an end only with a start and after it; the room only as typed.
use chrono::{NaiveDate, NaiveTime};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{sessions, Store};
use crate::domain::consultation::{Consultation, ConsultationInput};
use crate::error::{Error, Result};
use crate::{validate, Rule};

const COLUMNS: &str = "c.id, c.resolution_id, r.session_id, r.title, r.draft_symbol, c.date, \
    c.start_time, c.end_time, c.room, c.convenor, c.notes, c.created_at, c.updated_at";

/// The tables a consultation is read from: its row and its (live) text.
const FROM: &str =
    "consultations c JOIN resolutions r ON r.id = c.resolution_id AND r.deleted_at IS NULL";

/// The order of a list: by day (those to be announced last), hours, then when added.
const ORDER: &str =
    "c.date IS NULL, c.date, c.start_time IS NULL, c.start_time, c.created_at, c.id";

fn read(r: &Row) -> rusqlite::Result<Consultation> {
    let date: Option<String> = r.get(5)?;
    let time = |i: usize| -> rusqlite::Result<Option<NaiveTime>> {
        let t: Option<String> = r.get(i)?;
        Ok(t.and_then(|t| NaiveTime::parse_from_str(&t, "%H:%M").ok()))
    };
    Ok(Consultation {
        id: row::id(r, 0)?,
        resolution_id: row::id(r, 1)?,
        session_id: row::id(r, 2)?,
        resolution_title: r.get(3)?,
        draft_symbol: r.get(4)?,
        date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        start: time(6)?,
        end: time(7)?,
        room: r.get(8)?,
        convenor: r.get(9)?,
        notes: r.get(10)?,
        created_at: row::instant(r, 11)?,
        updated_at: row::instant(r, 12)?,
    })
}

fn get_with(conn: &Connection, id: Uuid, deleted: bool) -> Result<Consultation> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE c.id = ?1 AND (c.deleted_at IS NOT NULL) = ?2"
        ),
        params![id.to_string(), deleted],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: if deleted {
            "deleted consultation"
        } else {
            "consultation"
        },
        key: id.to_string(),
    })
}

/// A consultation's checked columns: day, start, end (HH:MM), room.
type When = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Checks what was typed against the text's session; errors name `resolution_id`, `date`,
/// `start` or `end`.
fn check(conn: &Connection, input: &ConsultationInput) -> Result<When> {
    let session_id: Option<String> = conn
        .query_row(
            "SELECT session_id FROM resolutions WHERE id = ?1 AND deleted_at IS NULL",
            [input.resolution_id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    let session_id = session_id.ok_or(Error::NotFound {
        entity: "resolution",
        key: input.resolution_id.to_string(),
    })?;
    let session = sessions::get(conn, row::parse_id("resolution_id", &session_id)?)?;
    let date = validate::optional(input.date.as_deref());
    let start = validate::optional(input.start.as_deref());
    let end = validate::optional(input.end.as_deref());
    let date = match date {
        Some(d) => {
            let day = validate::date("date", &d)?;
            validate::within_session("date", day, session.start_date, session.end_date)?;
            Some(day.to_string())
        }
        None if start.is_some() || end.is_some() => {
            return Err(Error::invalid("date", Rule::NeedsDate))
        }
        None => None,
    };
    let start = start.map(|s| validate::time("start", &s)).transpose()?;
    let end = end.map(|e| validate::time("end", &e)).transpose()?;
    match (start, end) {
        (None, Some(_)) => return Err(Error::invalid("start", Rule::Empty)),
        (Some(s), Some(e)) => validate::span("end", s, e, false)?,
        _ => {}
    }
    // Hours that do not exist on the day in Geneva (the spring-forward hour) are refused.
    if let Some(day) = &date {
        let day = validate::date("date", day)?;
        for (field, t) in [("start", start), ("end", end)] {
            if let Some(t) = t {
                crate::geneva::to_utc(field, day, t)?;
            }
        }
    }
    let hhmm = |t: Option<NaiveTime>| t.map(|t| t.format("%H:%M").to_string());
    let room = validate::optional(input.room.as_deref());
    Ok((date, hhmm(start), hhmm(end), room))
}

/// The consultations on a session's live texts held on `date`, by hours (those whose hours are
/// not known last).
pub(super) fn on_day(
    conn: &Connection,
    session_id: Uuid,
    date: NaiveDate,
) -> Result<Vec<Consultation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM {FROM} WHERE r.session_id = ?1 AND c.deleted_at IS NULL AND c.date = ?2
         ORDER BY {ORDER}"
    ))?;
    let all = stmt
        .query_map(params![session_id.to_string(), date.to_string()], read)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(all)
}

impl Store {
    /// Adds a consultation on a live text (errors name the field; nothing is stored on any).
    pub fn create_consultation(&mut self, input: &ConsultationInput) -> Result<Consultation> {
        self.write(|tx| {
            let (date, start, end, room) = check(tx, input)?;
            let id = new_id();
            let stamp = now();
            tx.execute(
                "INSERT INTO consultations (id, resolution_id, date, start_time, end_time, room,
                 convenor, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    id.to_string(),
                    input.resolution_id.to_string(),
                    date,
                    start,
                    end,
                    room,
                    input.convenor.trim(),
                    input.notes.trim_end(),
                    stamp
                ],
            )?;
            get_with(tx, id, false)
        })
    }

    /// Edits a consultation, checked as when it is added (against its text's session: it may be
    /// moved to another live text).
    pub fn update_consultation(
        &mut self,
        id: Uuid,
        input: &ConsultationInput,
    ) -> Result<Consultation> {
        self.write(|tx| {
            get_with(tx, id, false)?;
            let (date, start, end, room) = check(tx, input)?;
            tx.execute(
                "UPDATE consultations SET resolution_id = ?9, date = ?2, start_time = ?3,
                 end_time = ?4, room = ?5, convenor = ?6, notes = ?7, updated_at = ?8 WHERE id = ?1",
                params![
                    id.to_string(),
                    date,
                    start,
                    end,
                    room,
                    input.convenor.trim(),
                    input.notes.trim_end(),
                    now(),
                    input.resolution_id.to_string()
                ],
            )?;
            get_with(tx, id, false)
        })
    }

    /// A consultation by id (on a live text).
    pub fn consultation(&self, id: Uuid) -> Result<Consultation> {
        get_with(&self.conn, id, false)
    }

    /// The consultations on a text, by day (those to be announced last) and hours.
    pub fn consultations(&self, resolution_id: Uuid) -> Result<Vec<Consultation>> {
        self.resolution(resolution_id)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE c.resolution_id = ?1 AND c.deleted_at IS NULL
             ORDER BY {ORDER}"
        ))?;
        let all = stmt
            .query_map([resolution_id.to_string()], read)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(all)
    }

    /// The consultations on the live texts of a session, by day and hours.
    pub fn session_consultations(&self, session_id: Uuid) -> Result<Vec<Consultation>> {
        sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE r.session_id = ?1 AND c.deleted_at IS NULL
             ORDER BY {ORDER}"
        ))?;
        let all = stmt
            .query_map([session_id.to_string()], read)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(all)
    }

    /// Deletes a consultation (a tombstone: [`Store::restore_consultation`] brings it back).
    pub fn delete_consultation(&mut self, id: Uuid) -> Result<Consultation> {
        self.write(|tx| {
            let was = get_with(tx, id, false)?;
            row::tombstone(tx, "consultations", "consultation", id)?;
            Ok(was)
        })
    }

    /// Brings back a deleted consultation, while its text is live.
    pub fn restore_consultation(&mut self, id: Uuid) -> Result<Consultation> {
        self.write(|tx| {
            get_with(tx, id, true)?;
            tx.execute(
                "UPDATE consultations SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), now()],
            )?;
            get_with(tx, id, false)
        })
    }
}
