//! The members of the Council in a session: added one by one or pasted one State a line, the
//! whole list replaced by a paste, their days changed (a State leaves, a vacant seat is filled),
//! listed by group with the seat warnings, deleted; and the members on the day of a vote.
//!
//! A change of members never leaves a recorded vote invalid: a State that voted must still sit
//! on the day of its vote, and no vote may count more votes than members that day. Such a change
//! is refused naming the State and the text, and nothing changes: the vote, entered from the
//! Council's record, is the better witness of who sat that day.
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{sessions, Store};
use crate::domain::membership::{
    default_group, group_named, membership, read_member_lines, seat_warnings, Member, MemberInput,
    Membership, SeatWarning,
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
    refuse_twice(conn, session_id, &country.code, id, joined, left)?;
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

/// Refuses, naming `country`, a seat of the State `code` from `joined` to `left` in the session
/// when another live row (not `id`) has it sitting on one of those days.
fn refuse_twice(
    conn: &Connection,
    session_id: Uuid,
    code: &str,
    id: Option<Uuid>,
    joined: NaiveDate,
    left: NaiveDate,
) -> Result<()> {
    let overlapping: i64 = conn.query_row(
        "SELECT count(*) FROM council_members WHERE session_id = ?1 AND country_code = ?2
         AND deleted_at IS NULL AND id <> ?3 AND joined_on <= ?5 AND left_on >= ?4",
        params![
            session_id.to_string(),
            code,
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
                country: name_on(code, Some(joined)),
            },
        ));
    }
    Ok(())
}

/// Refuses, naming `field`, members of the session that a recorded vote on one of its live
/// texts or amendments contradicts: a State that voted and did not sit on the day of the vote,
/// or more votes than members that day. With no members entered, votes are checked against the
/// Council's seats when recorded, and nothing here.
fn check_votes(conn: &Connection, session_id: Uuid, field: &str) -> Result<()> {
    let members = of_session(conn, session_id)?;
    if members.is_empty() {
        return Ok(());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT v.id, v.date, v.in_favour + v.against + v.abstaining,
                coalesce(a.symbol, r.draft_symbol, r.adopted_symbol, r.title)
         FROM votes v JOIN resolutions r ON r.id = v.resolution_id
         LEFT JOIN amendments a ON a.id = v.amendment_id
         WHERE r.session_id = ?1 AND v.deleted_at IS NULL AND r.deleted_at IS NULL
         AND (v.amendment_id IS NULL OR a.deleted_at IS NULL) AND v.in_favour IS NOT NULL
         ORDER BY v.date, v.id",
    )?;
    let votes: Vec<(String, NaiveDate, u32, String)> = stmt
        .query_map([session_id.to_string()], |r| {
            Ok((r.get(0)?, row::date(r, 1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut voters = conn.prepare_cached(
        "SELECT country_code FROM state_votes WHERE vote_id = ?1 ORDER BY position",
    )?;
    for (vote_id, day, total, text) in votes {
        let sitting: Vec<&Member> = members
            .iter()
            .filter(|m| m.joined <= day && day <= m.left)
            .collect();
        let codes: Vec<String> = voters
            .query_map([&vote_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if let Some(code) = codes
            .iter()
            .find(|c| !sitting.iter().any(|m| &m.country_code == *c))
        {
            return Err(Error::invalid(
                field,
                Rule::MemberVoted {
                    country: name_on(code, Some(day)),
                    date: day,
                    text,
                },
            ));
        }
        if total > sitting.len() as u32 {
            return Err(Error::invalid(
                field,
                Rule::MoreVotesThanMembers {
                    votes: total,
                    members: sitting.len() as u32,
                    date: day,
                },
            ));
        }
    }
    Ok(())
}

/// Checks the live member `id` (one a bundle brought) as typed input is checked: its days
/// within its session, not sitting twice.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let m = get(conn, id)?;
    let session = sessions::get(conn, m.session_id)?;
    validate::within_session("joined", m.joined, session.start_date, session.end_date)?;
    validate::within_session("left", m.left, session.start_date, session.end_date)?;
    refuse_twice(
        conn,
        m.session_id,
        &m.country_code,
        Some(id),
        m.joined,
        m.left,
    )
}

/// The members sitting on `day`.
pub(super) fn on_day(conn: &Connection, session_id: Uuid, day: NaiveDate) -> Result<Vec<Member>> {
    Ok(of_session(conn, session_id)?
        .into_iter()
        .filter(|m| m.joined <= day && day <= m.left)
        .collect())
}

/// The live member of the session for the State typed in `country` sitting on `day`; refused
/// naming `country` when none is.
fn sitting(conn: &Connection, session_id: Uuid, country: &str, day: NaiveDate) -> Result<Member> {
    let country = find_country("country", country)?;
    on_day(conn, session_id, day)?
        .into_iter()
        .find(|m| m.country_code == country.code)
        .ok_or_else(|| {
            Error::invalid(
                "country",
                Rule::NotAMember {
                    country: name_on(&country.code, Some(day)),
                    date: day,
                },
            )
        })
}

/// The day typed in `field`, within the session.
fn session_day(conn: &Connection, session_id: Uuid, field: &str, typed: &str) -> Result<NaiveDate> {
    let session = sessions::get(conn, session_id)?;
    let day = validate::date(field, typed)?;
    validate::within_session(field, day, session.start_date, session.end_date)?;
    Ok(day)
}

impl Store {
    /// Adds a member to a session (see [`MemberInput`]); a State already sitting on one of its
    /// days is refused naming `country`.
    pub fn add_member(&mut self, session_id: Uuid, input: &MemberInput) -> Result<Member> {
        self.write(|tx| {
            let added = save(tx, None, session_id, input)?;
            check_votes(tx, session_id, "country")?;
            Ok(added)
        })
    }

    /// Adds the members of a paste, one State a line (see `read_member_lines`), all or none;
    /// errors name `members` or, for a State already a member, `country`.
    pub fn add_members_pasted(&mut self, session_id: Uuid, text: &str) -> Result<Vec<Member>> {
        let inputs = read_member_lines("members", text)?;
        self.write(|tx| {
            let added = inputs
                .iter()
                .map(|input| save(tx, None, session_id, input))
                .collect::<Result<Vec<_>>>()?;
            check_votes(tx, session_id, "members")?;
            Ok(added)
        })
    }

    /// Replaces the members of a session by a paste, one State a line (see
    /// `read_member_lines`), at once or not at all: a State listed that sits already keeps its
    /// days (and takes the group its line gives), a State no longer listed is no longer a
    /// member, a new one sits for the whole session. An empty paste, or one that a recorded vote
    /// contradicts (see the module), is refused naming `members`. Returns the session's
    /// membership, with its seat warnings.
    pub fn set_members(&mut self, session_id: Uuid, text: &str) -> Result<Membership> {
        let inputs = read_member_lines("members", text)?;
        if inputs.is_empty() {
            return Err(Error::invalid("members", Rule::Empty));
        }
        self.write(|tx| {
            let was = of_session(tx, session_id)?;
            for m in &was {
                if !inputs.iter().any(|i| i.country == m.country_code) {
                    row::tombstone(tx, "council_members", "member", m.id)?;
                }
            }
            for input in &inputs {
                let seats: Vec<&Member> = was
                    .iter()
                    .filter(|m| m.country_code == input.country)
                    .collect();
                if seats.is_empty() {
                    save(tx, None, session_id, input)?;
                }
                for m in seats {
                    let group = input.group.clone().unwrap_or(m.group.key().into());
                    if group != m.group.key() {
                        save(
                            tx,
                            Some(m.id),
                            session_id,
                            &MemberInput {
                                country: m.country_code.clone(),
                                group: Some(group),
                                joined: Some(m.joined.to_string()),
                                left: Some(m.left.to_string()),
                            },
                        )?;
                    }
                }
            }
            check_votes(tx, session_id, "members")?;
            membership_of(tx, session_id)
        })
    }

    /// A State leaving the Council during a session: the member typed in `country` sitting on
    /// `on` sits no more after that day (its last). Refused naming `country` (not sitting then)
    /// or `on` (not a day of the session), or when a vote after it names the State.
    pub fn leave_member(&mut self, session_id: Uuid, country: &str, on: &str) -> Result<Member> {
        self.write(|tx| {
            let day = session_day(tx, session_id, "on", on)?;
            let m = sitting(tx, session_id, country, day)?;
            let left = save(
                tx,
                Some(m.id),
                session_id,
                &MemberInput {
                    country: m.country_code.clone(),
                    group: Some(m.group.key().into()),
                    joined: Some(m.joined.to_string()),
                    left: Some(day.to_string()),
                },
            )?;
            check_votes(tx, session_id, "on")?;
            Ok(left)
        })
    }

    /// A seat filled during a session: the State typed in `country` sits from `on` to the
    /// session's last day, in `group` (else the reference data's). Refused naming `country` when
    /// it sits already on one of those days, `on` when it is no day of the session.
    pub fn join_member(
        &mut self,
        session_id: Uuid,
        country: &str,
        group: Option<&str>,
        on: &str,
    ) -> Result<Member> {
        self.write(|tx| {
            let day = session_day(tx, session_id, "on", on)?;
            let joined = save(
                tx,
                None,
                session_id,
                &MemberInput {
                    country: country.into(),
                    group: group.map(str::to_string),
                    joined: Some(day.to_string()),
                    left: None,
                },
            )?;
            check_votes(tx, session_id, "on")?;
            Ok(joined)
        })
    }

    /// The members of a session by regional group, with the days a group is off its usual
    /// seats.
    pub fn membership(&self, session_id: Uuid) -> Result<Membership> {
        membership_of(&self.conn, session_id)
    }

    /// Changes a member's State, group or days (a State leaving: its last day).
    pub fn update_member(&mut self, id: Uuid, input: &MemberInput) -> Result<Member> {
        self.write(|tx| {
            let was = get(tx, id)?;
            let saved = save(tx, Some(id), was.session_id, input)?;
            check_votes(tx, was.session_id, "left")?;
            Ok(saved)
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

    /// Deletes a member; refused naming `id` when a recorded vote names the State.
    pub fn delete_member(&mut self, id: Uuid) -> Result<Member> {
        self.write(|tx| {
            let was = get(tx, id)?;
            row::tombstone(tx, "council_members", "member", id)?;
            check_votes(tx, was.session_id, "id")?;
            Ok(was)
        })
    }
}

/// The membership of a session as [`Store::membership`] shows it.
fn membership_of(conn: &Connection, session_id: Uuid) -> Result<Membership> {
    let session = sessions::get(conn, session_id)?;
    let members = of_session(conn, session_id)?;
    Ok(membership(
        session_id,
        &members,
        session.start_date,
        session.end_date,
    ))
}
