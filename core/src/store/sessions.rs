//! Sessions: create (with the ten standing agenda items), edit, find by label, list, delete.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::meeting::MeetingSlot;
use crate::domain::session::{
    self, Session, SessionInput, SessionKind, SlotHours, SlotSpan, DEFAULT_VENUE,
};
use crate::error::{Error, Result};
use crate::reference::agenda::STANDING_ITEMS;
use crate::validate;

pub(super) const COLUMNS: &str =
    "id, number, kind, title, start_date, end_date, venue, notes, created_at, updated_at, \
     morning_start, morning_end, midday_start, midday_end, afternoon_start, afternoon_end";

/// The stored slot hours from column `first` on (morning, midday, afternoon; start and end):
/// none when every slot keeps the Council's usual hours.
fn read_slot_hours(r: &Row, first: usize) -> rusqlite::Result<Option<SlotHours>> {
    let mut hours = SlotHours::council();
    let mut own = false;
    for (i, &slot) in MeetingSlot::ALL.iter().enumerate() {
        let at = first + 2 * i;
        if let (Some(start), Some(end)) = (hour(r, at)?, hour(r, at + 1)?) {
            *hours.of_mut(slot) = SlotSpan { start, end };
            own = true;
        }
    }
    Ok(own.then_some(hours))
}

/// A stored `HH:MM`, or none.
fn hour(r: &Row, i: usize) -> rusqlite::Result<Option<chrono::NaiveTime>> {
    let text: Option<String> = r.get(i)?;
    text.map(|t| {
        chrono::NaiveTime::parse_from_str(&t, "%H:%M").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

/// The slot hours as stored: each slot's `HH:MM` start and end, or both null where it keeps the
/// Council's usual hours.
fn slot_columns(hours: &SlotHours) -> [Option<String>; 6] {
    let usual = SlotHours::council();
    let mut out: [Option<String>; 6] = Default::default();
    for (i, &slot) in MeetingSlot::ALL.iter().enumerate() {
        let (start, end) = hours.of(slot);
        if (start, end) != usual.of(slot) {
            out[2 * i] = Some(start.format("%H:%M").to_string());
            out[2 * i + 1] = Some(end.format("%H:%M").to_string());
        }
    }
    out
}

pub(super) fn read(r: &Row) -> rusqlite::Result<Session> {
    let number: u32 = r.get(1)?;
    let kind: SessionKind = r.get(2)?;
    Ok(Session {
        id: row::id(r, 0)?,
        number,
        kind,
        label: session::label(kind, number),
        name: session::name(kind, number),
        title: r.get(3)?,
        start_date: row::date(r, 4)?,
        end_date: row::date(r, 5)?,
        venue: r.get(6)?,
        notes: r.get(7)?,
        created_at: row::instant(r, 8)?,
        updated_at: row::instant(r, 9)?,
        slot_hours: read_slot_hours(r, 10)?,
    })
}

/// A session input, checked.
struct Checked {
    number: u32,
    kind: SessionKind,
    title: String,
    start: chrono::NaiveDate,
    end: chrono::NaiveDate,
    venue: String,
    notes: String,
    /// None: keep the stored hours (the Council's usual ones for a new session).
    hours: Option<SlotHours>,
}

fn check(input: &SessionInput) -> Result<Checked> {
    if input.number < 1 {
        return Err(Error::invalid("number", crate::Rule::SessionNumberFromOne));
    }
    let number =
        u32::try_from(input.number).map_err(|_| Error::invalid("number", crate::Rule::TooLarge))?;
    let kind = match input
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        Some(k) => SessionKind::parse("kind", k)?,
        None => SessionKind::Regular,
    };
    let start = validate::date("start_date", &input.start_date)?;
    let end = validate::date("end_date", &input.end_date)?;
    validate::span("end_date", start, end, true)?;
    Ok(Checked {
        number,
        kind,
        title: validate::optional(input.title.as_deref())
            .unwrap_or_else(|| session::default_title(kind, number)),
        start,
        end,
        venue: validate::optional(input.venue.as_deref())
            .unwrap_or_else(|| DEFAULT_VENUE.to_string()),
        notes: input.notes.clone().unwrap_or_default(),
        hours: input
            .slot_hours
            .as_ref()
            .map(session::read_slot_hours)
            .transpose()?,
    })
}

fn refuse_duplicate(conn: &Connection, c: &Checked, except: Option<Uuid>) -> Result<()> {
    let other: Option<String> = conn
        .query_row(
            "SELECT id FROM sessions WHERE kind = ?1 AND number = ?2 AND deleted_at IS NULL AND id IS NOT ?3",
            params![c.kind, c.number, except.map(|u| u.to_string())],
            |r| r.get(0),
        )
        .optional()?;
    if other.is_some() {
        return Err(Error::invalid(
            "number",
            crate::Rule::SessionExists {
                session: session::label(c.kind, c.number),
            },
        ));
    }
    Ok(())
}

/// The first meeting or side event of a session whose Geneva date is outside `start..=end`.
fn first_outside(
    conn: &Connection,
    id: Uuid,
    start: chrono::NaiveDate,
    end: chrono::NaiveDate,
) -> Result<Option<crate::Rule>> {
    let mut stmt = conn.prepare(
        "SELECT 0, title, date, NULL FROM meetings WHERE session_id = ?1 AND deleted_at IS NULL AND date IS NOT NULL
         UNION ALL SELECT 1, title, NULL, starts_at FROM side_events WHERE session_id = ?1 AND deleted_at IS NULL",
    )?;
    let mut rows = stmt.query([id.to_string()])?;
    while let Some(r) = rows.next()? {
        // A meeting's Geneva date is stored; a side event's is that of its start.
        let date = match r.get::<_, Option<String>>(2)? {
            Some(_) => row::date(r, 2)?,
            None => crate::geneva::from_utc(row::instant(r, 3)?).0,
        };
        if date < start || date > end {
            let what = match r.get::<_, i64>(0)? {
                0 => crate::rule::Scheduled::Meeting,
                _ => crate::rule::Scheduled::SideEvent,
            };
            let title = r.get(1)?;
            return Ok(Some(crate::Rule::LeftOutsideDates { what, title, date }));
        }
    }
    Ok(None)
}

/// Stores a session's slot hours.
fn write_slot_hours(conn: &Connection, id: Uuid, hours: &SlotHours) -> Result<()> {
    let [ms, me, ds, de, afs, afe] = slot_columns(hours);
    conn.execute(
        "UPDATE sessions SET morning_start = ?2, morning_end = ?3, midday_start = ?4, midday_end = ?5,
                afternoon_start = ?6, afternoon_end = ?7 WHERE id = ?1",
        params![id.to_string(), ms, me, ds, de, afs, afe],
    )?;
    Ok(())
}

/// Gives the meetings of a session held at their slot's hours (`was`, no exact times of their
/// own) the slot's new hours: their start and end follow, their status stays (they have not
/// moved). Meetings at exact times of their own are left as they are.
fn follow_slot_hours(conn: &Connection, id: Uuid, was: &SlotHours, now_: &SlotHours) -> Result<()> {
    let rows: Vec<(String, String, String, String, String)> = conn
        .prepare(
            "SELECT id, date, slot, starts_at, ends_at FROM meetings
             WHERE session_id = ?1 AND slot IS NOT NULL AND date IS NOT NULL AND starts_at IS NOT NULL",
        )?
        .query_map([id.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut set = conn.prepare(
        "UPDATE meetings SET starts_at = ?2, ends_at = ?3, updated_at = ?4 WHERE id = ?1",
    )?;
    let stamp = now();
    for (meeting, date, slot, starts_at, ends_at) in rows {
        let slot = MeetingSlot::parse("slot", &slot)?;
        let (from, to) = (was.of(slot), now_.of(slot));
        if from == to {
            continue;
        }
        let start = crate::geneva::from_utc(crate::geneva::parse_stamp(&starts_at)?).1;
        let end = crate::geneva::from_utc(crate::geneva::parse_stamp(&ends_at)?).1;
        if (start, end) != from {
            continue;
        }
        let day = crate::validate::date("date", &date)?;
        let field = slot.key();
        let starts = crate::geneva::to_utc(field, day, to.0)?;
        let ends = crate::geneva::to_utc(field, day, to.1)?;
        set.execute(params![
            meeting,
            crate::geneva::stamp(starts),
            crate::geneva::stamp(ends),
            stamp
        ])?;
    }
    Ok(())
}

/// Loads a live session by id.
pub(super) fn get(conn: &Connection, id: Uuid) -> Result<Session> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM sessions WHERE id = ?1 AND deleted_at IS NULL"),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "session",
        key: id.to_string(),
    })
}

impl Store {
    /// Creates a session and its ten standing agenda items.
    pub fn create_session(&mut self, input: &SessionInput) -> Result<Session> {
        let c = check(input)?;
        self.write(|tx| {
            refuse_duplicate(tx, &c, None)?;
            let id = new_id();
            let now = now();
            tx.execute(
                "INSERT INTO sessions (id, number, kind, title, start_date, end_date, venue, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![id.to_string(), c.number, c.kind, c.title, c.start.to_string(), c.end.to_string(), c.venue, c.notes, now],
            )?;
            if let Some(hours) = &c.hours {
                write_slot_hours(tx, id, hours)?;
            }
            let mut item = tx.prepare(
                "INSERT INTO agenda_items (id, session_id, number, title, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, '', ?5, ?5)",
            )?;
            for (n, title) in STANDING_ITEMS {
                item.execute(params![new_id().to_string(), id.to_string(), n, title, now])?;
            }
            get(tx, id)
        })
    }

    /// Edits a session. Its dates cannot shrink past a meeting or side event.
    pub fn update_session(&mut self, id: Uuid, input: &SessionInput) -> Result<Session> {
        let mut c = check(input)?;
        self.write(|tx| {
            let old = get(tx, id)?;
            // A title left as the old standard one follows the new number and kind.
            if c.title == session::default_title(old.kind, old.number) {
                c.title = session::default_title(c.kind, c.number);
            }
            refuse_duplicate(tx, &c, Some(id))?;
            let (start, end) = (c.start.to_string(), c.end.to_string());
            if let Some(left_out) = first_outside(tx, id, c.start, c.end)? {
                return Err(Error::invalid("start_date", left_out));
            }
            tx.execute(
                "UPDATE sessions SET number = ?2, kind = ?3, title = ?4, start_date = ?5, end_date = ?6, venue = ?7, notes = ?8, updated_at = ?9
                 WHERE id = ?1",
                params![id.to_string(), c.number, c.kind, c.title, start, end, c.venue, c.notes, now()],
            )?;
            if let Some(hours) = &c.hours {
                let was = old.hours();
                if *hours != was {
                    write_slot_hours(tx, id, hours)?;
                    follow_slot_hours(tx, id, &was, hours)?;
                }
            }
            get(tx, id)
        })
    }

    /// A session by id.
    pub fn session(&self, id: Uuid) -> Result<Session> {
        get(&self.conn, id)
    }

    /// A session by its label: "38", "HRC38", "S-28".
    pub fn find_session(&self, label: &str) -> Result<Session> {
        let (kind, number) = session::parse_label("session", label)?;
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM sessions WHERE kind = ?1 AND number = ?2 AND deleted_at IS NULL"),
                params![kind, number],
                read,
            )
            .optional()?
            .ok_or(Error::NotFound { entity: "session", key: session::label(kind, number) })
    }

    /// Every live session, newest first.
    pub fn list_sessions(&self) -> Result<Vec<Session>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM sessions WHERE deleted_at IS NULL ORDER BY start_date DESC, number DESC"
        ))?;
        let rows = stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Deletes a session (a tombstone: everything in it stays, hidden with it).
    pub fn delete_session(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "sessions", "session", id))
    }

    /// Brings back a deleted session with everything in it, unless a live one now has its
    /// number (refused on the `number` field, nothing changed).
    pub fn restore_session(&mut self, id: Uuid) -> Result<Session> {
        self.write(|tx| {
            // The schema keeps one live session per number: refused before, on the field.
            let (kind, number): (SessionKind, u32) = tx
                .query_row(
                    "SELECT kind, number FROM sessions WHERE id = ?1",
                    [id.to_string()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(Error::NotFound { entity: "deleted session", key: id.to_string() })?;
            let taken: Option<String> = tx
                .query_row(
                    "SELECT id FROM sessions WHERE kind = ?1 AND number = ?2 AND deleted_at IS NULL AND id <> ?3",
                    params![kind, number, id.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            if taken.is_some() {
                let session = session::label(kind, number);
                return Err(Error::invalid("number", crate::Rule::SessionExists { session }));
            }
            super::undo::bring_back(tx, "sessions", "deleted session", id)?;
            get(tx, id)
        })
    }
}

impl Store {
    /// Every live session with its timing on `today` and what it holds, newest first.
    pub fn session_summaries(
        &self,
        today: chrono::NaiveDate,
    ) -> Result<Vec<session::SessionSummary>> {
        let mut count = self.conn.prepare_cached(
            "SELECT (SELECT count(*) FROM statements WHERE session_id = ?1 AND deleted_at IS NULL),
                    (SELECT count(*) FROM side_events WHERE session_id = ?1 AND deleted_at IS NULL),
                    (SELECT count(*) FROM notes WHERE session_id = ?1 AND deleted_at IS NULL)",
        )?;
        let mut out = Vec::new();
        for s in self.list_sessions()? {
            let (statements, side_events, notes) = count.query_row([s.id.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
            out.push(session::SessionSummary {
                timing: session::SessionTiming::on(s.start_date, s.end_date, today),
                session: s,
                statements,
                side_events,
                notes,
            });
        }
        Ok(out)
    }
}

/// Checks a stored session (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let s = get(conn, id)?;
    let input = SessionInput {
        number: i64::from(s.number),
        kind: Some(s.kind.key().into()),
        title: Some(s.title),
        start_date: s.start_date.to_string(),
        end_date: s.end_date.to_string(),
        venue: Some(s.venue),
        notes: Some(s.notes),
        slot_hours: s.slot_hours.as_ref().map(Into::into),
    };
    refuse_duplicate(conn, &check(&input)?, Some(id))
}
