//! Amendments to a draft: added with their own L-symbol and sponsors, edited, deleted; read with
//! their text and the vote on each (recorded by `votes.rs`).
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{votes, Store};
use crate::domain::document::read_symbol;
use crate::domain::resolution::{Amendment, AmendmentInput, AmendmentStatus, Sponsor, SponsorRole};
use crate::domain::vote_list::name_on;
use crate::error::{Error, Result};
use crate::reference::find_country;
use crate::{validate, Rule};

const COLUMNS: &str = "id, resolution_id, symbol, summary, sponsors, status";

fn read(r: &Row) -> rusqlite::Result<Amendment> {
    let codes: Vec<String> = super::documents::read_json(r, 4)?;
    Ok(Amendment {
        id: row::id(r, 0)?,
        resolution_id: row::id(r, 1)?,
        symbol: r.get(2)?,
        summary: r.get(3)?,
        sponsors: codes
            .into_iter()
            .map(|code| Sponsor {
                country_name: name_on(&code, None),
                country_code: code,
                role: SponsorRole::Main,
                joined_on: None,
            })
            .collect(),
        status: r.get(5)?,
        vote: None,
    })
}

fn with_vote(conn: &Connection, mut a: Amendment) -> Result<Amendment> {
    a.vote = votes::of(conn, a.resolution_id, Some(a.id))?;
    Ok(a)
}

fn get(conn: &Connection, id: Uuid) -> Result<Amendment> {
    let found = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM amendments WHERE id = ?1 AND deleted_at IS NULL"),
            [id.to_string()],
            read,
        )
        .optional()?
        .ok_or(Error::NotFound {
            entity: "amendment",
            key: id.to_string(),
        })?;
    with_vote(conn, found)
}

/// The live amendments to a text, by symbol as entered.
pub(super) fn of_resolution(conn: &Connection, resolution: Uuid) -> Result<Vec<Amendment>> {
    let found: Vec<Amendment> = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM amendments WHERE resolution_id = ?1 AND deleted_at IS NULL
             ORDER BY created_at, symbol"
        ))?
        .query_map([resolution.to_string()], read)?
        .collect::<rusqlite::Result<_>>()?;
    found.into_iter().map(|a| with_vote(conn, a)).collect()
}

/// Checks an amendment as typed: a live text, a UN symbol, States as sponsors (each once), a
/// status of the list.
fn check(conn: &Connection, input: &AmendmentInput) -> Result<(String, String, AmendmentStatus)> {
    let live: i64 = conn.query_row(
        "SELECT count(*) FROM resolutions WHERE id = ?1 AND deleted_at IS NULL",
        [input.resolution_id.to_string()],
        |r| r.get(0),
    )?;
    if live == 0 {
        return Err(Error::invalid(
            "resolution",
            Rule::NoSuchRow {
                id: input.resolution_id,
            },
        ));
    }
    if input.symbol.trim().is_empty() {
        return Err(Error::invalid("symbol", Rule::Empty));
    }
    let symbol = read_symbol("symbol", &input.symbol)?;
    let mut codes: Vec<String> = Vec::new();
    for typed in input.sponsors.iter().filter(|s| !s.trim().is_empty()) {
        let c = find_country("sponsors", typed)?;
        if !codes.contains(&c.code) {
            codes.push(c.code);
        }
    }
    let status = match validate::optional(input.status.as_deref()) {
        Some(s) => AmendmentStatus::parse("status", &s)?,
        None => AmendmentStatus::Tabled,
    };
    let sponsors = serde_json::to_string(&codes).unwrap_or_else(|_| "[]".into());
    Ok((symbol, sponsors, status))
}

/// Checks the live amendment `id` (one a bundle brought) as typed input is checked.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let a = get(conn, id)?;
    check(
        conn,
        &AmendmentInput {
            resolution_id: a.resolution_id,
            symbol: a.symbol,
            summary: a.summary,
            sponsors: a.sponsors.into_iter().map(|s| s.country_code).collect(),
            status: Some(a.status.key().into()),
        },
    )
    .map(drop)
}

impl Store {
    /// Adds an amendment to a text: its own L-symbol (refused naming `symbol`), what it changes,
    /// its sponsors (States, refused naming `sponsors`).
    pub fn create_amendment(&mut self, input: &AmendmentInput) -> Result<Amendment> {
        self.write(|tx| {
            let (symbol, sponsors, status) = check(tx, input)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO amendments (id, resolution_id, symbol, summary, sponsors, status,
                 created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![
                    id.to_string(),
                    input.resolution_id.to_string(),
                    symbol,
                    input.summary.trim(),
                    sponsors,
                    status,
                    now()
                ],
            )?;
            get(tx, id)
        })
    }

    /// Edits an amendment, checked as when it is added; it stays with its text.
    pub fn update_amendment(&mut self, id: Uuid, input: &AmendmentInput) -> Result<Amendment> {
        self.write(|tx| {
            let was = get(tx, id)?;
            let input = AmendmentInput {
                resolution_id: was.resolution_id,
                ..input.clone()
            };
            let (symbol, sponsors, status) = check(tx, &input)?;
            tx.execute(
                "UPDATE amendments SET symbol = ?2, summary = ?3, sponsors = ?4, status = ?5,
                 updated_at = ?6 WHERE id = ?1",
                params![
                    id.to_string(),
                    symbol,
                    input.summary.trim(),
                    sponsors,
                    status,
                    now()
                ],
            )?;
            get(tx, id)
        })
    }

    /// An amendment by id, with its vote.
    pub fn amendment(&self, id: Uuid) -> Result<Amendment> {
        get(&self.conn, id)
    }

    /// Deletes an amendment (a tombstone) and the vote on it.
    pub fn delete_amendment(&mut self, id: Uuid) -> Result<Amendment> {
        self.write(|tx| {
            let was = get(tx, id)?;
            row::tombstone(tx, "amendments", "amendment", id)?;
            tx.execute(
                "UPDATE votes SET deleted_at = ?2, updated_at = ?2
                 WHERE amendment_id = ?1 AND deleted_at IS NULL",
                params![id.to_string(), now()],
            )?;
            Ok(was)
        })
    }
}
