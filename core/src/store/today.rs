//! The today view and quick capture: what runs at an instant, computed from the programme.
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::{consultations, meetings, notes, sessions, side_events, statements, Store};
use crate::domain::meeting::Meeting;
use crate::domain::note::{Note, NoteInput};
use crate::domain::session::{Session, SessionTiming};
use crate::domain::today::{MeetingState, TimedMeeting, Today};
use crate::error::{Error, Result};
use crate::geneva::{day_bounds, from_utc, stamp};

/// The session whose dates include `date` (the earliest to start, when two overlap).
fn running_on(conn: &Connection, date: NaiveDate) -> Result<Option<Session>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {} FROM sessions WHERE deleted_at IS NULL AND start_date <= ?1 AND end_date >= ?1
                 ORDER BY start_date, number LIMIT 1",
                sessions::COLUMNS
            ),
            [date.to_string()],
            sessions::read,
        )
        .optional()?)
}

/// The next session to start after `date`.
fn next_after(conn: &Connection, date: NaiveDate) -> Result<Option<Session>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {} FROM sessions WHERE deleted_at IS NULL AND start_date > ?1 ORDER BY start_date, number LIMIT 1",
                sessions::COLUMNS
            ),
            [date.to_string()],
            sessions::read,
        )
        .optional()?)
}

/// A session's meetings held on the Geneva day `date` (those with no time yet included, last),
/// in time order.
fn meetings_on(conn: &Connection, session_id: Uuid, date: NaiveDate) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM meetings m WHERE m.session_id = ?1 AND m.deleted_at IS NULL AND m.date = ?2
         ORDER BY m.starts_at IS NULL, m.starts_at, m.number, m.created_at, m.id",
        meetings::columns()
    ))?;
    let rows = stmt
        .query_map(
            params![session_id.to_string(), date.to_string()],
            meetings::read,
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The first meeting of a session to start after `now` (not cancelled or postponed).
fn next_meeting(
    conn: &Connection,
    session_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<Meeting>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT {} FROM meetings m WHERE m.session_id = ?1 AND m.deleted_at IS NULL AND m.starts_at > ?2
                   AND m.status NOT IN ('cancelled', 'postponed')
                 ORDER BY m.starts_at, m.title LIMIT 1",
                meetings::columns()
            ),
            params![session_id.to_string(), stamp(now)],
            meetings::read,
        )
        .optional()?)
}

impl Store {
    /// The today view at `now`: for `session_id` when given, else for the session running on
    /// the Geneva date of `now` (none between sessions, with the next one to come).
    pub fn today(&self, now: DateTime<Utc>, session_id: Option<Uuid>) -> Result<Today> {
        let conn = &self.conn;
        let date = from_utc(now).0;
        let session = match session_id {
            Some(id) => Some(sessions::get(conn, id)?),
            None => running_on(conn, date)?,
        };
        let in_session = session
            .as_ref()
            .is_some_and(|s| s.start_date <= date && date <= s.end_date);
        let next_session = if in_session {
            None
        } else {
            next_after(conn, date)?
        };
        let timing = |s: &Session| SessionTiming::on(s.start_date, s.end_date, date);
        let mut today = Today {
            now,
            date,
            next_session_timing: next_session.as_ref().map(timing),
            next_session,
            session: None,
            session_timing: session.as_ref().map(timing),
            in_session,
            meetings: vec![],
            current: vec![],
            next: None,
            statements: vec![],
            side_events: vec![],
            side_event_clashes: vec![],
            notes: vec![],
            consultations: vec![],
            consultation_clashes: vec![],
        };
        let Some(session) = session else {
            return Ok(today);
        };
        let sid = session.id.to_string();
        let (from, to) = day_bounds(date);
        today.meetings = meetings_on(conn, session.id, date)?
            .into_iter()
            .map(|m| TimedMeeting::at(m, now))
            .collect();
        // A meeting running now is held today, so it is among today's.
        today.current = today
            .meetings
            .iter()
            .filter(|m| m.state == MeetingState::Running)
            .cloned()
            .collect();
        today.next = next_meeting(conn, session.id, now)?.map(|m| TimedMeeting::at(m, now));

        let wpm = self.settings()?.words_per_minute;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {} FROM statements s WHERE s.deleted_at IS NULL AND s.meeting_id IN
               (SELECT id FROM meetings WHERE session_id = ?1 AND deleted_at IS NULL AND date = ?2)
             ORDER BY (SELECT starts_at FROM meetings m WHERE m.id = s.meeting_id), s.created_at, s.id",
            statements::COLUMNS
        ))?;
        let mut rows = stmt.query(params![sid, date.to_string()])?;
        while let Some(r) = rows.next()? {
            today.statements.push(statements::read(conn, wpm, r)?);
        }

        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {} FROM side_events WHERE session_id = ?1 AND deleted_at IS NULL AND starts_at < ?3 AND ends_at > ?2
             ORDER BY starts_at, title",
            *side_events::COLUMNS
        ))?;
        let mut rows = stmt.query(params![sid, stamp(from), stamp(to)])?;
        while let Some(r) = rows.next()? {
            today.side_events.push(side_events::read(conn, r)?);
        }
        today.side_event_clashes = self.speaking_clashes(session.id, from, to)?;

        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {} FROM notes WHERE session_id = ?1 AND deleted_at IS NULL AND taken_at >= ?2 AND taken_at < ?3
             ORDER BY taken_at DESC, id DESC",
            *notes::SELECTED
        ))?;
        today.notes = stmt
            .query_map(params![sid, stamp(from), stamp(to)], notes::read)?
            .collect::<rusqlite::Result<_>>()?;
        today.consultations = consultations::on_day(conn, session.id, date)?;
        today.consultation_clashes = self.clashes_of(session.id, &today.consultations)?;
        today.session = Some(session);
        Ok(today)
    }

    /// Opens a new note at `now` (the capture shortcut): in `session_id`, else the session
    /// running today, linked to the meeting running now and its agenda item.
    pub fn capture_note(&mut self, now: DateTime<Utc>, session_id: Option<Uuid>) -> Result<Note> {
        let date = from_utc(now).0;
        let session = match session_id {
            Some(id) => sessions::get(&self.conn, id)?,
            None => running_on(&self.conn, date)?
                .ok_or_else(|| Error::invalid("session", crate::Rule::NoSessionRunning { date }))?,
        };
        let running = meetings_on(&self.conn, session.id, date)?
            .into_iter()
            .find(|m| !m.off() && m.span().is_some_and(|(s, e)| s <= now && now < e));
        let input = NoteInput {
            meeting_id: running.map(|m| m.id.to_string()),
            taken_at: Some(stamp(now)),
            ..NoteInput::default()
        };
        self.create_note(session.id, &input)
    }
}
