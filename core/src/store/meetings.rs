//! Meetings of the programme: create, edit, move, list by time, delete.
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::meeting::{
    Meeting, MeetingInput, MeetingKind, MeetingMove, MeetingSlot, MeetingStatus, MeetingWhen,
};
use crate::domain::session::SlotHours;
use crate::error::{Error, Result};
use crate::geneva::{from_utc, stamp, to_utc};
use crate::rule::Unit;
use crate::{validate, Rule};

/// The columns [`read`] reads, in order (`m` is the meetings table).
pub(super) fn columns() -> String {
    format!(
        "m.id, m.session_id, m.date, m.slot, m.starts_at, m.ends_at, m.estimated, m.number, \
         m.agenda_items, m.kind, m.title, m.room, \
         (SELECT x.id FROM meetings x WHERE x.id = m.continues_id AND x.deleted_at IS NULL), \
         (SELECT x.id FROM meetings x WHERE x.id = m.cluster_id AND x.deleted_at IS NULL), \
         m.status, m.moved_from, m.speaking_seconds, m.member_speaking_seconds, m.list_closes_at, \
         m.modalities, {}, {}, m.created_at, m.updated_at, {}",
        super::documents::symbols_sql("m.id"),
        super::mandates::names_sql("m.id"),
        super::sources::json_sql("m.id"),
    )
}

fn json<T: serde::de::DeserializeOwned>(r: &Row, i: usize) -> rusqlite::Result<T> {
    let text: String = r.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(super) fn read(r: &Row) -> rusqlite::Result<Meeting> {
    let starts_at = row::opt_instant(r, 4)?;
    let ends_at = row::opt_instant(r, 5)?;
    let date: Option<String> = r.get(2)?;
    let date = match date {
        Some(d) => Some(NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
        })?),
        None => None,
    };
    let slot: Option<String> = r.get(3)?;
    let moved_from: Option<String> = r.get(15)?;
    Ok(Meeting {
        id: row::id(r, 0)?,
        session_id: row::id(r, 1)?,
        date,
        slot: slot.and_then(|s| MeetingSlot::parse("slot", &s).ok()),
        start: starts_at.map(|t| from_utc(t).1),
        end: ends_at.map(|t| from_utc(t).1),
        starts_at,
        ends_at,
        estimated: r.get(6)?,
        number: r.get(7)?,
        agenda_items: json(r, 8)?,
        kind: r.get(9)?,
        title: r.get(10)?,
        room: r.get(11)?,
        continues_id: row::opt_id(r, 12)?,
        cluster_id: row::opt_id(r, 13)?,
        status: r.get(14)?,
        moved_from: moved_from.and_then(|m| serde_json::from_str(&m).ok()),
        speaking_seconds: r.get(16)?,
        member_speaking_seconds: r.get(17)?,
        list_closes_at: row::opt_instant(r, 18)?,
        modalities: r.get(19)?,
        documents: json(r, 20)?,
        mandates: json(r, 21)?,
        created_at: row::instant(r, 22)?,
        updated_at: row::instant(r, 23)?,
        sources: super::sources::read(r, 24)?,
    })
}

/// Reads when a meeting is held from what was typed, inside the session's dates: an empty date
/// is "to be announced" (and then no slot or time may be given); a slot gives its hours (the
/// session's `hours`) unless times are typed; no slot and no times leave the time unknown.
pub(super) fn read_when(
    date: &str,
    slot: Option<&str>,
    start: &str,
    end: &str,
    estimated: bool,
    session: (NaiveDate, NaiveDate),
    hours: &SlotHours,
) -> Result<MeetingWhen> {
    let slot = match slot.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(MeetingSlot::parse("slot", s)?),
        None => None,
    };
    let (start, end) = (start.trim(), end.trim());
    if date.trim().is_empty() {
        if slot.is_some() || !start.is_empty() || !end.is_empty() {
            return Err(Error::invalid("date", Rule::NeedsDate));
        }
        return Ok(MeetingWhen {
            estimated,
            ..MeetingWhen::default()
        });
    }
    let day = validate::date("date", date)?;
    validate::within_session("date", day, session.0, session.1)?;
    let times: Option<(NaiveTime, NaiveTime)> = match (start.is_empty(), end.is_empty()) {
        (true, true) => slot.map(|s| hours.of(s)),
        (false, true) => return Err(Error::invalid("end", Rule::Empty)),
        (true, false) => return Err(Error::invalid("start", Rule::Empty)),
        (false, false) => {
            let (s, e) = (validate::time("start", start)?, validate::time("end", end)?);
            validate::span("end", s, e, false)?;
            Some((s, e))
        }
    };
    let instants = match times {
        Some((s, e)) => Some((to_utc("start", day, s)?, to_utc("end", day, e)?)),
        None => None,
    };
    Ok(MeetingWhen {
        date: Some(day),
        slot,
        start: times.map(|t| t.0),
        end: times.map(|t| t.1),
        starts_at: instants.map(|t| t.0),
        ends_at: instants.map(|t| t.1),
        estimated,
    })
}

struct Checked {
    when: MeetingWhen,
    number: Option<u32>,
    agenda_items: Vec<u8>,
    kind: MeetingKind,
    title: String,
    room: Option<String>,
    continues_id: Option<Uuid>,
    cluster_id: Option<Uuid>,
    status: MeetingStatus,
    speaking_seconds: Option<u32>,
    member_speaking_seconds: Option<u32>,
    list_closes_at: Option<DateTime<Utc>>,
    modalities: String,
    sources: Vec<crate::domain::source::Source>,
}

/// Speaking times are 10 seconds to 30 minutes, as a statement's limit.
fn seconds(field: &str, value: Option<u32>) -> Result<Option<u32>> {
    match value {
        Some(s) if !(10..=1800).contains(&s) => Err(Error::invalid(
            field,
            Rule::OutOfRange {
                min: 10,
                max: 1800,
                unit: Unit::Seconds,
            },
        )),
        v => Ok(v),
    }
}

/// A meeting this one points to: live, of the same session, not itself.
fn other_meeting(
    conn: &Connection,
    field: &str,
    id: Option<Uuid>,
    session_id: Uuid,
    own: Option<Uuid>,
) -> Result<Option<Uuid>> {
    let Some(id) = id else { return Ok(None) };
    if Some(id) == own {
        return Err(Error::invalid(field, Rule::PointsToItself));
    }
    row::require_in_session(conn, "meetings", field, id, session_id)?;
    Ok(Some(id))
}

fn check(
    conn: &Connection,
    session_id: Uuid,
    own: Option<Uuid>,
    input: &MeetingInput,
) -> Result<Checked> {
    let title = validate::required("title", &input.title)?;
    let session = super::sessions::get(conn, session_id)?;
    let when = read_when(
        &input.date,
        input.slot.as_deref(),
        &input.start,
        &input.end,
        input.estimated,
        (session.start_date, session.end_date),
        &session.hours(),
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
    let status = match input
        .status
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        Some(k) => MeetingStatus::parse("status", k)?,
        None => MeetingStatus::Scheduled,
    };
    let mut agenda_items = Vec::new();
    for item in &input.agenda_items {
        validate::agenda_item("agenda_items", Some(*item))?;
        if !agenda_items.contains(item) {
            agenda_items.push(*item);
        }
    }
    if let Some(n) = input.number {
        if !(1..=500).contains(&n) {
            return Err(Error::invalid(
                "number",
                Rule::OutOfRange {
                    min: 1,
                    max: 500,
                    unit: Unit::Number,
                },
            ));
        }
    }
    let list_closes_at = match input.list_closes_at.trim() {
        "" => None,
        typed => Some(crate::geneva::parse_clock("list_closes_at", typed)?),
    };
    // A cluster is named by its first meeting: joining a meeting that is itself in a cluster
    // joins that cluster.
    let cluster_id = match other_meeting(conn, "cluster_id", input.cluster_id, session_id, own)? {
        Some(id) => {
            let lead = get(conn, id)?.cluster_id.unwrap_or(id);
            if Some(lead) == own {
                return Err(Error::invalid("cluster_id", Rule::PointsToItself));
            }
            Some(lead)
        }
        None => None,
    };
    Ok(Checked {
        when,
        number: input.number,
        agenda_items,
        kind,
        title,
        room: validate::optional(input.room.as_deref()),
        continues_id: other_meeting(conn, "continues_id", input.continues_id, session_id, own)?,
        cluster_id,
        status,
        speaking_seconds: seconds("speaking_seconds", input.speaking_seconds)?,
        member_speaking_seconds: seconds("member_speaking_seconds", input.member_speaking_seconds)?,
        list_closes_at,
        modalities: input.modalities.trim().to_string(),
        sources: crate::domain::source::checked("sources", &input.sources)?,
    })
}

/// Writes the checked fields of meeting `id` (the row exists).
fn write_fields(tx: &Connection, id: Uuid, c: &Checked, input: &MeetingInput) -> Result<()> {
    tx.execute(
        "UPDATE meetings SET date = ?2, slot = ?3, starts_at = ?4, ends_at = ?5, estimated = ?6,
            number = ?7, agenda_items = ?8, kind = ?9, title = ?10, room = ?11, continues_id = ?12,
            cluster_id = ?13, status = ?14, speaking_seconds = ?15, member_speaking_seconds = ?16,
            list_closes_at = ?17, modalities = ?18, updated_at = ?19
         WHERE id = ?1",
        params![
            id.to_string(),
            c.when.date.map(|d| d.to_string()),
            c.when.slot,
            c.when.starts_at.map(stamp),
            c.when.ends_at.map(stamp),
            c.when.estimated,
            c.number,
            serde_json::to_string(&c.agenda_items).expect("numbers serialise"),
            c.kind,
            c.title,
            c.room,
            c.continues_id.map(|u| u.to_string()),
            c.cluster_id.map(|u| u.to_string()),
            c.status,
            c.speaking_seconds,
            c.member_speaking_seconds,
            c.list_closes_at.map(stamp),
            c.modalities,
            now(),
        ],
    )?;
    super::documents::link(tx, id, "meeting", "documents", &input.documents)?;
    super::mandates::link(tx, id, "meeting", "mandates", &input.mandates)?;
    super::sources::replace(tx, id, super::sources::MEETING, &c.sources)?;
    Ok(())
}

/// Loads a live meeting.
pub(super) fn get(conn: &Connection, id: Uuid) -> Result<Meeting> {
    // Prepared once per connection: the columns' subqueries cost more to prepare than to run.
    conn.prepare_cached(&format!(
        "SELECT {} FROM meetings m WHERE m.id = ?1 AND m.deleted_at IS NULL",
        columns()
    ))?
    .query_row([id.to_string()], read)
    .optional()?
    .ok_or(Error::NotFound {
        entity: "meeting",
        key: id.to_string(),
    })
}

/// Adds a meeting within a transaction (see [`Store::create_meeting`]).
pub(super) fn create(tx: &Connection, session_id: Uuid, input: &MeetingInput) -> Result<Meeting> {
    let c = check(tx, session_id, None, input)?;
    let id = new_id();
    tx.execute(
        "INSERT INTO meetings (id, session_id, kind, title, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            id.to_string(),
            session_id.to_string(),
            c.kind,
            c.title,
            now()
        ],
    )?;
    write_fields(tx, id, &c, input)?;
    get(tx, id)
}

/// Edits a meeting within a transaction (see [`Store::update_meeting`]).
pub(super) fn update(tx: &Connection, id: Uuid, input: &MeetingInput) -> Result<Meeting> {
    let old = get(tx, id)?;
    let mut c = check(tx, old.session_id, Some(id), input)?;
    if moves(&old.when(), &c.when) {
        if c.status == MeetingStatus::Scheduled && old.status != MeetingStatus::Held {
            c.status = MeetingStatus::Moved;
        }
        keep_previous(tx, id, &old.when())?;
    }
    write_fields(tx, id, &c, input)?;
    get(tx, id)
}

impl Store {
    /// Adds a meeting to a session's programme, with the documents and mandates it names (each
    /// made when not known yet).
    pub fn create_meeting(&mut self, session_id: Uuid, input: &MeetingInput) -> Result<Meeting> {
        self.write(|tx| create(tx, session_id, input))
    }

    /// Edits a meeting. Its previous time is kept (and the status set to moved) when an edit
    /// changes the day or the start it had (see [`moves`]) while it stays scheduled.
    pub fn update_meeting(&mut self, id: Uuid, input: &MeetingInput) -> Result<Meeting> {
        self.write(|tx| update(tx, id, input))
    }

    /// Moves a meeting to another date, slot or time (empty date: postponed, to be announced);
    /// the time it had is kept and shown struck through, and its status becomes moved (or what
    /// `to.status` says).
    pub fn move_meeting(&mut self, id: Uuid, to: &MeetingMove) -> Result<Meeting> {
        self.write(|tx| {
            let old = get(tx, id)?;
            let session = super::sessions::get(tx, old.session_id)?;
            let when = read_when(
                &to.date,
                to.slot.as_deref(),
                &to.start,
                &to.end,
                to.estimated,
                (session.start_date, session.end_date),
                &session.hours(),
            )?;
            let status = match to
                .status
                .as_deref()
                .map(str::trim)
                .filter(|k| !k.is_empty())
            {
                Some(k) => MeetingStatus::parse("status", k)?,
                None if when.date.is_none() => MeetingStatus::Postponed,
                None => MeetingStatus::Moved,
            };
            if !same_time(&old.when(), &when) {
                keep_previous(tx, id, &old.when())?;
            }
            tx.execute(
                "UPDATE meetings SET date = ?2, slot = ?3, starts_at = ?4, ends_at = ?5,
                    estimated = ?6, status = ?7, updated_at = ?8 WHERE id = ?1",
                params![
                    id.to_string(),
                    when.date.map(|d| d.to_string()),
                    when.slot,
                    when.starts_at.map(stamp),
                    when.ends_at.map(stamp),
                    when.estimated,
                    status,
                    now()
                ],
            )?;
            get(tx, id)
        })
    }

    /// A meeting by id.
    pub fn meeting(&self, id: Uuid) -> Result<Meeting> {
        get(&self.conn, id)
    }

    /// A session's programme in time order; meetings to be announced come last, then those
    /// with a date and no time at the end of their day.
    pub fn meetings(&self, session_id: Uuid) -> Result<Vec<Meeting>> {
        super::sessions::get(&self.conn, session_id)?;
        list(&self.conn, session_id)
    }

    /// Deletes a meeting (a tombstone: [`Store::restore_meeting`] brings it back,
    /// [`Store::purge_deleted`] forgets its text). Statements and notes that name it keep the
    /// link, read as no meeting while it is deleted, so that an undo brings the link back too.
    pub fn delete_meeting(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "meetings", "meeting", id))
    }
}

/// A session's live meetings in programme order.
pub(super) fn list(conn: &Connection, session_id: Uuid) -> Result<Vec<Meeting>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {} FROM meetings m WHERE m.session_id = ?1 AND m.deleted_at IS NULL
         ORDER BY m.date IS NULL, m.date, m.starts_at IS NULL, m.starts_at, m.number, m.created_at, m.id",
        columns()
    ))?;
    let rows = stmt
        .query_map([session_id.to_string()], read)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Whether an edit from `was` to `now` moves a meeting: its day changes, or the start it had
/// does. Giving a date to a meeting to be announced, a time to a day without one, a new end
/// (the Council runs on to 13:00) or confirming an estimated time fills the schedule in: none
/// of these is a move, and none is shown struck through.
pub(super) fn moves(was: &MeetingWhen, now: &MeetingWhen) -> bool {
    match (was.date, was.starts_at) {
        (None, _) => false,
        (Some(_), _) if was.date != now.date => true,
        (Some(_), Some(start)) => now.starts_at != Some(start),
        (Some(_), None) => false,
    }
}

fn same_time(a: &MeetingWhen, b: &MeetingWhen) -> bool {
    a.date == b.date && a.starts_at == b.starts_at && a.ends_at == b.ends_at && a.slot == b.slot
}

fn keep_previous(conn: &Connection, id: Uuid, was: &MeetingWhen) -> Result<()> {
    conn.execute(
        "UPDATE meetings SET moved_from = ?2 WHERE id = ?1",
        params![
            id.to_string(),
            serde_json::to_string(was).expect("a time serialises")
        ],
    )?;
    Ok(())
}

/// Checks a stored meeting (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let m = get(conn, id)?;
    let mut input = crate::domain::as_input::meeting(&m);
    // The stored date must be the Geneva day the meeting starts on.
    if let Some(starts_at) = m.starts_at {
        let day = from_utc(starts_at).0;
        if m.date != Some(day) {
            return Err(Error::invalid(
                "date",
                Rule::NotADate {
                    value: m.date.map(|d| d.to_string()).unwrap_or_default(),
                },
            ));
        }
        input.date = day.to_string();
    }
    check(conn, m.session_id, Some(id), &input).map(drop)
}
