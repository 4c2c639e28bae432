//! Side events: create, edit, list by time, delete; organisers and co-sponsors resolved like signatories.
use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{links, organisations, sources, Store};
use crate::domain::organisation::Organisation;
use crate::domain::side_event::{SideEvent, SideEventInput, SideEventStatus};
use crate::domain::situation::Country;
use crate::domain::source::{self, Source};
use crate::error::{Error, Result};
use crate::geneva::{from_utc, stamp};
use crate::reference::{country_names, find_country};
use crate::validate;

/// The columns [`read`] reads, the sources last (`FROM side_events`, not aliased).
pub(super) static COLUMNS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "id, session_id, title, starts_at, ends_at, room, speakers, description, status, created_at, updated_at, {}",
        sources::json_sql("side_events.id")
    )
});

pub(super) fn read(conn: &Connection, r: &Row) -> Result<SideEvent> {
    let id = row::id(r, 0)?;
    let starts_at = row::instant(r, 3)?;
    let ends_at = row::instant(r, 4)?;
    let (date, start) = from_utc(starts_at);
    let (_, end) = from_utc(ends_at);
    let speakers: String = r.get(6)?;
    let (key_issue_ids, situation_ids) = links::read(conn, id)?;
    Ok(SideEvent {
        id,
        session_id: row::id(r, 1)?,
        title: r.get(2)?,
        date,
        start,
        end,
        starts_at,
        ends_at,
        room: r.get(5)?,
        organisers: orgs(conn, id, "organiser")?,
        cosponsor_organisations: orgs(conn, id, "cosponsor")?,
        cosponsor_states: states(conn, id)?,
        speakers: serde_json::from_str(&speakers).unwrap_or_default(),
        description: r.get(7)?,
        status: r.get(8)?,
        key_issue_ids,
        situation_ids,
        created_at: row::instant(r, 9)?,
        updated_at: row::instant(r, 10)?,
        sources: sources::read(r, 11)?,
    })
}

fn orgs(conn: &Connection, id: Uuid, role: &str) -> Result<Vec<Organisation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM side_event_organisations s JOIN organisations o ON o.id = s.organisation_id
         WHERE s.side_event_id = ?1 AND s.role = ?2 ORDER BY s.position",
        organisations::COLUMNS
    ))?;
    let rows = stmt
        .query_map(params![id.to_string(), role], organisations::read)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn states(conn: &Connection, id: Uuid) -> Result<Vec<Country>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.code, c.name, e.starts_at FROM side_event_states s JOIN countries c ON c.code = s.country_code
         JOIN side_events e ON e.id = s.side_event_id WHERE s.side_event_id = ?1 ORDER BY s.position",
    )?;
    let rows = stmt
        .query_map([id.to_string()], |r| {
            let code: String = r.get(0)?;
            // The name in use on the day of the event (see `country_names::shown_on`).
            let name = country_names::shown_on(&code, &r.get::<_, String>(2)?, r.get(1)?);
            Ok(Country { code, name })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(super) fn get(conn: &Connection, id: Uuid) -> Result<SideEvent> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM side_events WHERE id = ?1 AND deleted_at IS NULL",
        *COLUMNS
    ))?;
    let mut rows = stmt.query([id.to_string()])?;
    match rows.next()? {
        Some(r) => read(conn, r),
        None => Err(Error::NotFound {
            entity: "side event",
            key: id.to_string(),
        }),
    }
}

struct Checked {
    title: String,
    slot: validate::Slot,
    status: SideEventStatus,
    states: Vec<String>,
    speakers: String,
    links: links::Targets,
    sources: Vec<Source>,
}

fn check(conn: &Connection, session_id: Uuid, input: &SideEventInput) -> Result<Checked> {
    let title = validate::required("title", &input.title)?;
    let session = super::sessions::get(conn, session_id)?;
    let slot = validate::slot(
        &input.date,
        &input.start,
        &input.end,
        (session.start_date, session.end_date),
    )?;
    let status = match input
        .status
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        Some(s) => SideEventStatus::parse("status", s)?,
        None => SideEventStatus::Idea,
    };
    let mut states = Vec::new();
    for s in input
        .cosponsor_states
        .iter()
        .filter(|s| !s.trim().is_empty())
    {
        let code = find_country("cosponsor_states", s)?.code;
        if !states.contains(&code) {
            states.push(code);
        }
    }
    let speakers: Vec<String> = input
        .speakers
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Ok(Checked {
        title,
        slot,
        status,
        states,
        speakers: serde_json::to_string(&speakers).expect("a list of strings serialises"),
        links: links::check(conn, session_id, &input.key_issue_ids, &input.situation_ids)?,
        sources: source::checked("sources", &input.sources)?,
    })
}

fn replace_people(
    conn: &Connection,
    id: Uuid,
    input: &SideEventInput,
    states: &[String],
) -> Result<()> {
    conn.execute(
        "DELETE FROM side_event_organisations WHERE side_event_id = ?1",
        [id.to_string()],
    )?;
    conn.execute(
        "DELETE FROM side_event_states WHERE side_event_id = ?1",
        [id.to_string()],
    )?;
    for (role, field, names) in [
        ("organiser", "organisers", &input.organisers),
        (
            "cosponsor",
            "cosponsor_organisations",
            &input.cosponsor_organisations,
        ),
    ] {
        let names: Vec<String> = names
            .iter()
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .collect();
        for (i, org) in organisations::resolve_names(conn, field, &names)?
            .iter()
            .enumerate()
        {
            conn.execute(
                "INSERT INTO side_event_organisations (side_event_id, organisation_id, role, position) VALUES (?1, ?2, ?3, ?4)",
                params![id.to_string(), org.id.to_string(), role, i as i64],
            )?;
        }
    }
    for (i, code) in states.iter().enumerate() {
        conn.execute(
            "INSERT INTO side_event_states (side_event_id, country_code, position) VALUES (?1, ?2, ?3)",
            params![id.to_string(), code, i as i64],
        )?;
    }
    Ok(())
}

/// Adds a side event within a transaction (see [`Store::create_side_event`]).
pub(super) fn create(
    tx: &Connection,
    session_id: Uuid,
    input: &SideEventInput,
) -> Result<SideEvent> {
    let c = check(tx, session_id, input)?;
    let id = new_id();
    tx.execute(
        "INSERT INTO side_events (id, session_id, title, starts_at, ends_at, room, speakers, description, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id.to_string(), session_id.to_string(), c.title, stamp(c.slot.starts_at), stamp(c.slot.ends_at),
            input.room.as_deref().unwrap_or("").trim(), c.speakers, input.description.as_deref().unwrap_or(""), c.status, now()
        ],
    )?;
    replace_people(tx, id, input, &c.states)?;
    links::replace(tx, id, &c.links)?;
    sources::replace(tx, id, sources::SIDE_EVENT, &c.sources)?;
    get(tx, id)
}

/// Edits a side event within a transaction (see [`Store::update_side_event`]).
pub(super) fn update(tx: &Connection, id: Uuid, input: &SideEventInput) -> Result<SideEvent> {
    let old = get(tx, id)?;
    let c = check(tx, old.session_id, input)?;
    tx.execute(
        "UPDATE side_events SET title = ?2, starts_at = ?3, ends_at = ?4, room = ?5, speakers = ?6, description = ?7, status = ?8,
         updated_at = ?9 WHERE id = ?1",
        params![
            id.to_string(), c.title, stamp(c.slot.starts_at), stamp(c.slot.ends_at), input.room.as_deref().unwrap_or("").trim(),
            c.speakers, input.description.as_deref().unwrap_or(""), c.status, now()
        ],
    )?;
    replace_people(tx, id, input, &c.states)?;
    links::replace(tx, id, &c.links)?;
    sources::replace(tx, id, sources::SIDE_EVENT, &c.sources)?;
    get(tx, id)
}

impl Store {
    /// Adds a side event to a session.
    pub fn create_side_event(
        &mut self,
        session_id: Uuid,
        input: &SideEventInput,
    ) -> Result<SideEvent> {
        self.write(|tx| create(tx, session_id, input))
    }

    /// Edits a side event.
    pub fn update_side_event(&mut self, id: Uuid, input: &SideEventInput) -> Result<SideEvent> {
        self.write(|tx| update(tx, id, input))
    }

    /// A side event by id.
    pub fn side_event(&self, id: Uuid) -> Result<SideEvent> {
        get(&self.conn, id)
    }

    /// A session's side events, in time order.
    pub fn side_events(&self, session_id: Uuid) -> Result<Vec<SideEvent>> {
        super::sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {} FROM side_events WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY starts_at, title",
            *COLUMNS
        ))?;
        let mut rows = stmt.query([session_id.to_string()])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(read(&self.conn, r)?);
        }
        Ok(out)
    }

    /// Deletes a side event (a tombstone: [`Store::restore_side_event`] brings it back,
    /// [`Store::purge_deleted`] forgets its text).
    pub fn delete_side_event(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "side_events", "side event", id))
    }
}

/// Checks a stored side event (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let e = get(conn, id)?;
    let names = |orgs: &[Organisation]| orgs.iter().map(|o| o.name.clone()).collect();
    let ids = |ids: &[Uuid]| ids.iter().map(Uuid::to_string).collect();
    let input = SideEventInput {
        title: e.title,
        date: e.date.to_string(),
        start: e.start.format("%H:%M").to_string(),
        end: e.end.format("%H:%M").to_string(),
        room: Some(e.room),
        organisers: names(&e.organisers),
        cosponsor_organisations: names(&e.cosponsor_organisations),
        cosponsor_states: e.cosponsor_states.iter().map(|c| c.code.clone()).collect(),
        speakers: e.speakers,
        description: Some(e.description),
        status: Some(e.status.key().into()),
        key_issue_ids: ids(&e.key_issue_ids),
        situation_ids: ids(&e.situation_ids),
        sources: e.sources,
    };
    check(conn, e.session_id, &input).map(drop)
}
