//! The members of the Council in a session: added one by one or pasted one State a line, their
//! days changed (a State leaves, a vacant seat is filled), listed, deleted; and the members on
//! the day of a vote.
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{sessions, Store};
use crate::domain::membership::{
    default_group, group_named, read_member_lines, seat_warnings, Member, MemberInput, SeatWarning,
};
use crate::domain::vote_list::name_on;
use crate::error::{Error, Result};
use crate::reference::find_country;
use crate::{validate, Rule};

const COLUMNS: &str = "id, session_id, country_code, regional_group, joined_on, left_on";

fn read(r: &Row) -> rusqlite::Result<Member> {
    let code: String = r.get(2)?;
    let joined = row::date(r, 4)?;
    Ok(Member {
        id: row::id(r, 0)?,
        session_id: row::id(r, 1)?,
        country_name: name_on(&code, Some(joined)),
        country_code: code,
        group: r.get(3)?,
        joined,
        left: row::date(r, 5)?,
    })
}

fn get(conn: &Connection, id: Uuid) -> Result<Member> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM council_members WHERE id = ?1 AND deleted_at IS NULL"),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "member",
        key: id.to_string(),
    })
}

/// The live members of a session, by group then name.
pub(super) fn of_session(conn: &Connection, session_id: Uuid) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM council_members WHERE session_id = ?1 AND deleted_at IS NULL"
    ))?;
    let mut all: Vec<Member> = stmt
        .query_map([session_id.to_string()], read)?
        .collect::<rusqlite::Result<_>>()?;
    all.sort_by(|a, b| {
        (a.group as u8, &a.country_name, a.joined).cmp(&(b.group as u8, &b.country_name, b.joined))
    });
    Ok(all)
}

/// Checks and stores one member (`id` when it exists already) of `session_id`: a State with its
/// group (else the reference data's), sitting from `joined` to `left` (else the session's days,
/// within them), not sitting twice on any day.
fn save(
    conn: &Connection,
    id: Option<Uuid>,
    session_id: Uuid,
    input: &MemberInput,
) -> Result<Member> {
    let session = sessions::get(conn, session_id)?;
    let country = find_country("country", &input.country)?;
    let group = match validate::optional(input.group.as_deref()) {
        Some(g) => group_named("group", &g)?,
        None => default_group("country", &country.code, &country.name)?,
    };
    let day = |field: &str, typed: &Option<String>, default: NaiveDate| -> Result<NaiveDate> {
        match validate::optional(typed.as_deref()) {
            Some(t) => {
                let d = validate::date(field, &t)?;
                validate::within_session(field, d, session.start_date, session.end_date)?;
                Ok(d)
            }
            None => Ok(default),
        }
    };
    let joined = day("joined", &input.joined, session.start_date)?;
    let left = day("left", &input.left, session.end_date)?;
    validate::span("left", joined, left, true)?;
    let overlapping: i64 = conn.query_row(
        "SELECT count(*) FROM council_members WHERE session_id = ?1 AND country_code = ?2
         AND deleted_at IS NULL AND id <> ?3 AND joined_on <= ?5 AND left_on >= ?4",
        params![
            session_id.to_string(),
            country.code,
            id.map(|i| i.to_string()).unwrap_or_default(),
            joined.to_string(),
            left.to_string()
        ],
        |r| r.get(0),
    )?;
    if overlapping > 0 {
        return Err(Error::invalid(
            "country",
            Rule::MemberTwice {
                country: country.name,
            },
        ));
    }
    let id = match id {
        Some(id) => {
            conn.execute(
                "UPDATE council_members SET country_code = ?2, regional_group = ?3, joined_on = ?4,
                 left_on = ?5, updated_at = ?6 WHERE id = ?1",
                params![
                    id.to_string(),
                    country.code,
                    group,
                    joined.to_string(),
                    left.to_string(),
                    now()
                ],
            )?;
            id
        }
        None => {
            let id = new_id();
            conn.execute(
                "INSERT INTO council_members (id, session_id, country_code, regional_group,
                 joined_on, left_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![
                    id.to_string(),
                    session_id.to_string(),
                    country.code,
                    group,
                    joined.to_string(),
                    left.to_string(),
                    now()
                ],
            )?;
            id
        }
    };
    get(conn, id)
}

/// The members sitting on `day`.
pub(super) fn on_day(conn: &Connection, session_id: Uuid, day: NaiveDate) -> Result<Vec<Member>> {
    Ok(of_session(conn, session_id)?
        .into_iter()
        .filter(|m| m.joined <= day && day <= m.left)
        .collect())
}

impl Store {
    /// Adds a member to a session (see [`MemberInput`]); a State already sitting on one of its
    /// days is refused naming `country`.
    pub fn add_member(&mut self, session_id: Uuid, input: &MemberInput) -> Result<Member> {
        self.write(|tx| save(tx, None, session_id, input))
    }

    /// Adds the members of a paste, one State a line (see `read_member_lines`), all or none;
    /// errors name `members` or, for a State already a member, `country`.
    pub fn add_members_pasted(&mut self, session_id: Uuid, text: &str) -> Result<Vec<Member>> {
        let inputs = read_member_lines("members", text)?;
        self.write(|tx| {
            inputs
                .iter()
                .map(|input| save(tx, None, session_id, input))
                .collect()
        })
    }

    /// Changes a member's State, group or days (a State leaving: its last day).
    pub fn update_member(&mut self, id: Uuid, input: &MemberInput) -> Result<Member> {
        self.write(|tx| {
            let was = get(tx, id)?;
            save(tx, Some(id), was.session_id, input)
        })
    }

    /// A member by id.
    pub fn member(&self, id: Uuid) -> Result<Member> {
        get(&self.conn, id)
    }

    /// The members of a session, by group then name.
    pub fn members(&self, session_id: Uuid) -> Result<Vec<Member>> {
        sessions::get(&self.conn, session_id)?;
        of_session(&self.conn, session_id)
    }

    /// The groups whose members on `day` (else the session's first day) are not their usual
    /// seats: warnings, never refusals.
    pub fn seat_warnings(
        &self,
        session_id: Uuid,
        day: Option<NaiveDate>,
    ) -> Result<Vec<SeatWarning>> {
        let session = sessions::get(&self.conn, session_id)?;
        let members = of_session(&self.conn, session_id)?;
        Ok(seat_warnings(&members, day.unwrap_or(session.start_date)))
    }

    /// Deletes a member.
    pub fn delete_member(&mut self, id: Uuid) -> Result<Member> {
        self.write(|tx| {
            let was = get(tx, id)?;
            row::tombstone(tx, "council_members", "member", id)?;
            Ok(was)
        })
    }
}
