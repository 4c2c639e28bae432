//! The Council's action on a text: a recorded vote entered as its lists or its three counts, or
//! adoption without a vote, checked against the members on the day of the vote and stored whole
//! or not at all; the text's status follows.
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{membership, sessions, Store};
use crate::domain::resolution::{
    outcome_of, ResolutionStatus, Vote, VoteEntry, VoteInput, VoteOutcome,
};
use crate::domain::vote_list::{name_on, read_vote_list, StateVote, VoteCast, VoteCounts};
use crate::error::{Error, Result};
use crate::reference::regional_groups::COUNCIL_SEATS;
use crate::{validate, Rule};

/// The live vote on the text `resolution_id` itself (`amendment` none) or on an amendment.
pub(super) fn of(
    conn: &Connection,
    resolution_id: Uuid,
    amendment: Option<Uuid>,
) -> Result<Option<Vote>> {
    let found = conn
        .query_row(
            "SELECT id, date, outcome, in_favour, against, abstaining FROM votes
             WHERE resolution_id = ?1 AND coalesce(amendment_id, '') = ?2 AND deleted_at IS NULL",
            params![
                resolution_id.to_string(),
                amendment.map(|a| a.to_string()).unwrap_or_default()
            ],
            |r| {
                let counts = match r.get::<_, Option<u32>>(3)? {
                    Some(in_favour) => Some(VoteCounts {
                        in_favour,
                        against: r.get(4)?,
                        abstaining: r.get(5)?,
                    }),
                    None => None,
                };
                Ok((
                    row::id(r, 0)?,
                    row::date(r, 1)?,
                    r.get::<_, VoteOutcome>(2)?,
                    counts,
                ))
            },
        )
        .optional()?;
    let Some((id, date, outcome, counts)) = found else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT country_code, vote FROM state_votes WHERE vote_id = ?1 ORDER BY position",
    )?;
    let states = stmt
        .query_map([id.to_string()], |r| {
            let code: String = r.get(0)?;
            Ok(StateVote {
                country_name: name_on(&code, Some(date)),
                country_code: code,
                cast: r.get::<_, VoteCast>(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(Vote {
        id,
        resolution_id,
        amendment_id: amendment,
        date,
        outcome,
        counts,
        states,
    }))
}

/// The counts typed beside pasted lists must be the lists' own, each refused naming its field.
fn check_typed_counts(lists: VoteCounts, typed: VoteCounts) -> Result<()> {
    for (field, cast, names, count) in [
        (
            "in_favour",
            VoteCast::InFavour,
            lists.in_favour,
            typed.in_favour,
        ),
        ("against", VoteCast::Against, lists.against, typed.against),
        (
            "abstaining",
            VoteCast::Abstaining,
            lists.abstaining,
            typed.abstaining,
        ),
    ] {
        if names != count {
            return Err(Error::invalid(
                field,
                Rule::VoteCountDisagrees {
                    list: cast.label().into(),
                    names,
                    count,
                },
            ));
        }
    }
    Ok(())
}

/// Checks the votes against the members on `day`: each State voting must sit then, and there
/// cannot be more votes than members. With no members entered for the session, only the
/// Council's 47 seats are checked.
fn check_members(
    conn: &Connection,
    session_id: Uuid,
    day: NaiveDate,
    counts: VoteCounts,
    states: &[StateVote],
) -> Result<()> {
    let any = !membership::of_session(conn, session_id)?.is_empty();
    let members = membership::on_day(conn, session_id, day)?;
    if any {
        for s in states {
            if !members.iter().any(|m| m.country_code == s.country_code) {
                return Err(Error::invalid(
                    "votes",
                    Rule::NotAMember {
                        country: s.country_name.clone(),
                        date: day,
                    },
                ));
            }
        }
    }
    let seats = if any {
        members.len() as u32
    } else {
        COUNCIL_SEATS
    };
    if counts.total() > seats {
        return Err(Error::invalid(
            "votes",
            Rule::MoreVotesThanMembers {
                votes: counts.total(),
                members: seats,
                date: day,
            },
        ));
    }
    Ok(())
}

/// Checks the live vote `id` (one a bundle brought): its day within its text's session.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let (session_id, date): (String, String) = conn.query_row(
        "SELECT r.session_id, v.date FROM votes v JOIN resolutions r ON r.id = v.resolution_id
         WHERE v.id = ?1",
        [id.to_string()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let session = sessions::get(conn, row::parse_id("session_id", &session_id)?)?;
    let day = validate::date("date", &date)?;
    validate::within_session("date", day, session.start_date, session.end_date)
}

impl Store {
    /// Records the Council's action on a text (or one of its amendments), replacing an earlier
    /// one: pasted lists (see `read_vote_list`; counts typed beside them must agree), three
    /// counts, or adoption without a vote. The day is the one given, else the text's action
    /// date, else the session's last day, within the session; each State voting must be a member that day and the
    /// votes no more than the members. The text's status (or the amendment's) follows the
    /// outcome, and its action date is set when it had none. Nothing is stored on any error.
    pub fn record_vote(&mut self, input: &VoteInput) -> Result<Vote> {
        self.write(|tx| {
            let (session_id, action_date): (String, Option<String>) = tx
                .query_row(
                    "SELECT session_id, action_date FROM resolutions WHERE id = ?1 AND deleted_at IS NULL",
                    [input.resolution_id.to_string()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(Error::NotFound {
                    entity: "resolution",
                    key: input.resolution_id.to_string(),
                })?;
            let session_id = row::parse_id("resolution", &session_id)?;
            if let Some(amendment) = input.amendment_id {
                let n: i64 = tx.query_row(
                    "SELECT count(*) FROM amendments WHERE id = ?1 AND resolution_id = ?2 AND deleted_at IS NULL",
                    params![amendment.to_string(), input.resolution_id.to_string()],
                    |r| r.get(0),
                )?;
                if n == 0 {
                    return Err(Error::invalid("amendment", Rule::NoSuchRow { id: amendment }));
                }
            }
            let session = sessions::get(tx, session_id)?;
            let day = match validate::optional(input.date.as_deref()) {
                Some(typed) => validate::date("date", &typed)?,
                None => match action_date {
                    Some(d) => validate::date("date", &d)?,
                    None => session.end_date,
                },
            };
            validate::within_session("date", day, session.start_date, session.end_date)?;
            let (counts, states) = match &input.entry {
                VoteEntry::WithoutVote => (None, Vec::new()),
                VoteEntry::Counts(c) => (Some(*c), Vec::new()),
                VoteEntry::Lists { text, counts } => {
                    let pasted = read_vote_list("votes", text, Some(day))?;
                    if let Some(typed) = counts {
                        check_typed_counts(pasted.counts, *typed)?;
                    }
                    (Some(pasted.counts), pasted.states)
                }
            };
            if let Some(c) = counts {
                check_members(tx, session_id, day, c, &states)?;
            }
            let outcome = counts.map_or(VoteOutcome::AdoptedWithoutVote, outcome_of);
            tx.execute(
                "UPDATE votes SET deleted_at = ?3, updated_at = ?3
                 WHERE resolution_id = ?1 AND coalesce(amendment_id, '') = ?2 AND deleted_at IS NULL",
                params![
                    input.resolution_id.to_string(),
                    input.amendment_id.map(|a| a.to_string()).unwrap_or_default(),
                    now()
                ],
            )?;
            let id = new_id();
            tx.execute(
                "INSERT INTO votes (id, resolution_id, amendment_id, date, outcome, in_favour,
                 against, abstaining, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    id.to_string(),
                    input.resolution_id.to_string(),
                    input.amendment_id.map(|a| a.to_string()),
                    day.to_string(),
                    outcome,
                    counts.map(|c| c.in_favour),
                    counts.map(|c| c.against),
                    counts.map(|c| c.abstaining),
                    now()
                ],
            )?;
            let mut insert = tx.prepare(
                "INSERT INTO state_votes (vote_id, country_code, vote, position) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (position, s) in states.iter().enumerate() {
                insert.execute(params![id.to_string(), s.country_code, s.cast, position as i64])?;
            }
            match input.amendment_id {
                Some(amendment) => {
                    let status = if outcome == VoteOutcome::Rejected { "rejected" } else { "adopted" };
                    tx.execute(
                        "UPDATE amendments SET status = ?2, updated_at = ?3 WHERE id = ?1",
                        params![amendment.to_string(), status, now()],
                    )?;
                }
                None => {
                    let status = match outcome {
                        VoteOutcome::Adopted => ResolutionStatus::AdoptedWithVote,
                        VoteOutcome::Rejected => ResolutionStatus::Rejected,
                        VoteOutcome::AdoptedWithoutVote => ResolutionStatus::AdoptedWithoutVote,
                    };
                    tx.execute(
                        "UPDATE resolutions SET status = ?2, action_date = coalesce(action_date, ?3),
                         updated_at = ?4 WHERE id = ?1",
                        params![input.resolution_id.to_string(), status, day.to_string(), now()],
                    )?;
                }
            }
            of(tx, input.resolution_id, input.amendment_id)?.ok_or(Error::NotFound {
                entity: "vote",
                key: id.to_string(),
            })
        })
    }
}
