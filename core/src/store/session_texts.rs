//! A session's texts read whole by set: each part that hangs from a text (sponsors, revisions,
//! links, amendments, votes, each State's vote) in one query for the whole session, not one per
//! text — what the overview, the exports and the resolutions board read.
use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;
use uuid::Uuid;

use super::row;
use crate::domain::resolution::{
    Amendment, MandateEffect, MandateLink, Resolution, Revision, Sponsor, SponsorRole, Vote,
    VoteOutcome,
};
use crate::domain::vote_list::{name_on, StateVote, VoteCast, VoteCounts};
use crate::error::Result;

/// The live texts of the session `?1`, as `r`.
const LIVE: &str = "r.session_id = ?1 AND r.deleted_at IS NULL";

fn day(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
}

/// The live texts of a session with everything that hangs from them, in the order stored (the
/// caller sorts): the same values as reading each text on its own.
pub(super) fn of_session(conn: &Connection, session_id: Uuid) -> Result<Vec<Resolution>> {
    let sid = session_id.to_string();
    let mut texts: Vec<Resolution> = conn
        .prepare_cached(&format!(
            "SELECT r.id, r.agenda_item, r.title, r.kind, r.draft_symbol, r.adopted_symbol,
             r.status, r.action_date, r.action_meeting, r.programme_budget, r.position, r.asks,
             r.created_at, r.updated_at FROM resolutions r WHERE {LIVE}"
        ))?
        .query_map([&sid], |r| {
            Ok(Resolution {
                id: row::id(r, 0)?,
                session_id,
                agenda_item: r.get(1)?,
                title: r.get(2)?,
                kind: r.get(3)?,
                draft_symbol: r.get(4)?,
                adopted_symbol: r.get(5)?,
                status: r.get(6)?,
                action_date: day(r.get(7)?),
                action_meeting: r.get(8)?,
                programme_budget: r.get(9)?,
                position: r.get(10)?,
                asks: r.get(11)?,
                sponsors: Vec::new(),
                revisions: Vec::new(),
                mandates: Vec::new(),
                documents: Vec::new(),
                key_issue_ids: Vec::new(),
                situation_ids: Vec::new(),
                statement_ids: Vec::new(),
                amendments: Vec::new(),
                vote: None,
                created_at: row::instant(r, 12)?,
                updated_at: row::instant(r, 13)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    if texts.is_empty() {
        return Ok(texts);
    }
    let at: HashMap<Uuid, usize> = texts.iter().enumerate().map(|(i, t)| (t.id, i)).collect();

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT s.resolution_id, s.country_code, s.role, s.joined_on FROM resolution_sponsors s
         JOIN resolutions r ON r.id = s.resolution_id WHERE {LIVE}
         ORDER BY s.resolution_id, s.role DESC, s.position"
    ))?;
    let mut rows = stmt.query([&sid])?;
    while let Some(r) = rows.next()? {
        let i = at[&row::id(r, 0)?];
        let code: String = r.get(1)?;
        let sponsor = Sponsor {
            country_name: name_on(&code, texts[i].action_date),
            country_code: code,
            role: r.get::<_, SponsorRole>(2)?,
            joined_on: day(r.get(3)?),
        };
        texts[i].sponsors.push(sponsor);
    }

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT v.resolution_id, v.symbol, v.oral, v.date FROM resolution_revisions v
         JOIN resolutions r ON r.id = v.resolution_id WHERE {LIVE}
         ORDER BY v.resolution_id, v.position"
    ))?;
    let mut rows = stmt.query([&sid])?;
    while let Some(r) = rows.next()? {
        texts[at[&row::id(r, 0)?]].revisions.push(Revision {
            symbol: r.get(1)?,
            oral: r.get::<_, i64>(2)? == 1,
            date: day(r.get(3)?),
        });
    }

    // Links, with the names of live mandates and the symbols of live documents beside them.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT l.resolution_id, l.record_kind, l.record_id, l.mandate_effect, m.name, d.symbol
         FROM resolution_links l
         JOIN resolutions r ON r.id = l.resolution_id
         LEFT JOIN mandates m ON l.record_kind = 'mandate' AND m.id = l.record_id
              AND m.deleted_at IS NULL
         LEFT JOIN documents d ON l.record_kind = 'document' AND d.id = l.record_id
              AND d.deleted_at IS NULL
         WHERE {LIVE} ORDER BY l.resolution_id, l.position"
    ))?;
    let mut rows = stmt.query([&sid])?;
    while let Some(r) = rows.next()? {
        let t = &mut texts[at[&row::id(r, 0)?]];
        let kind: String = r.get(1)?;
        let record = row::id(r, 2)?;
        match kind.as_str() {
            "mandate" => {
                if let Some(name) = r.get::<_, Option<String>>(4)? {
                    t.mandates.push(MandateLink {
                        mandate_id: record,
                        name,
                        effect: r.get::<_, Option<MandateEffect>>(3)?,
                    });
                }
            }
            "document" => t.documents.extend(r.get::<_, Option<String>>(5)?),
            "key-issue" => t.key_issue_ids.push(record),
            "situation" => t.situation_ids.push(record),
            _ => t.statement_ids.push(record),
        }
    }

    // Votes first (a text's own and its amendments'), then each State's vote in them.
    let mut votes: Vec<Vote> = Vec::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT v.id, v.resolution_id, v.amendment_id, v.date, v.outcome, v.in_favour, v.against,
         v.abstaining FROM votes v JOIN resolutions r ON r.id = v.resolution_id
         WHERE v.deleted_at IS NULL AND {LIVE}"
    ))?;
    let mut rows = stmt.query([&sid])?;
    while let Some(r) = rows.next()? {
        let counts = match r.get::<_, Option<u32>>(5)? {
            Some(in_favour) => Some(VoteCounts {
                in_favour,
                against: r.get(6)?,
                abstaining: r.get(7)?,
            }),
            None => None,
        };
        votes.push(Vote {
            id: row::id(r, 0)?,
            resolution_id: row::id(r, 1)?,
            amendment_id: row::opt_id(r, 2)?,
            date: row::date(r, 3)?,
            outcome: r.get::<_, VoteOutcome>(4)?,
            counts,
            states: Vec::new(),
        });
    }
    if !votes.is_empty() {
        let vote_at: HashMap<Uuid, usize> =
            votes.iter().enumerate().map(|(i, v)| (v.id, i)).collect();
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT sv.vote_id, sv.country_code, sv.vote FROM state_votes sv
             JOIN votes v ON v.id = sv.vote_id AND v.deleted_at IS NULL
             JOIN resolutions r ON r.id = v.resolution_id WHERE {LIVE}
             ORDER BY sv.vote_id, sv.position"
        ))?;
        let mut rows = stmt.query([&sid])?;
        while let Some(r) = rows.next()? {
            let v = &mut votes[vote_at[&row::id(r, 0)?]];
            let code: String = r.get(1)?;
            v.states.push(StateVote {
                country_name: name_on(&code, Some(v.date)),
                country_code: code,
                cast: r.get::<_, VoteCast>(2)?,
            });
        }
    }

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT a.id, a.resolution_id, a.symbol, a.summary, a.sponsors, a.status FROM amendments a
         JOIN resolutions r ON r.id = a.resolution_id
         WHERE a.deleted_at IS NULL AND {LIVE} ORDER BY a.created_at, a.symbol"
    ))?;
    let found = stmt
        .query_map([&sid], |r| {
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
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for mut a in found {
        a.vote = votes
            .iter()
            .position(|v| v.amendment_id == Some(a.id))
            .map(|i| votes.swap_remove(i));
        texts[at[&a.resolution_id]].amendments.push(a);
    }
    for v in votes.into_iter().filter(|v| v.amendment_id.is_none()) {
        let i = at[&v.resolution_id];
        texts[i].vote = Some(v);
    }
    Ok(texts)
}

/// The texts in the order a session lists them: by agenda item, then draft symbol (its numbers
/// compared as numbers, "L.9" before "L.10"), then title.
pub(super) fn in_order(mut texts: Vec<Resolution>) -> Vec<Resolution> {
    texts.sort_by_cached_key(|r| {
        (
            r.agenda_item.unwrap_or(11),
            r.draft_symbol.as_deref().map(symbol_order),
            r.title.to_lowercase(),
        )
    });
    texts
}

fn symbol_order(symbol: &str) -> Vec<(String, u64)> {
    symbol
        .split(['/', '.'])
        .map(|p| match p.parse::<u64>() {
            Ok(n) => (String::new(), n),
            Err(_) => (p.to_ascii_uppercase(), 0),
        })
        .collect()
}
