//! Resolutions, decisions and President's statements of a session: added, edited, shown with
//! their sponsors, revisions, links and vote, listed, deleted and restored.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{amendments, documents, mandates, session_texts, sessions, votes, Store};
use crate::domain::document::read_symbol;
use crate::domain::resolution::{
    MandateEffect, MandateLink, Resolution, ResolutionInput, ResolutionKind, ResolutionStatus,
    Revision, Sponsor, SponsorRole,
};
use crate::domain::vote_list::{name_on, read_states};
use crate::error::{Error, Result};
use crate::reference::find_country;
use crate::text::tidy;
use crate::{validate, Rule};

const COLUMNS: &str = "id, session_id, agenda_item, title, kind, draft_symbol, adopted_symbol, \
    status, action_date, action_meeting, programme_budget, position, asks, created_at, updated_at";

fn read(r: &Row) -> rusqlite::Result<Resolution> {
    let date: Option<String> = r.get(8)?;
    Ok(Resolution {
        id: row::id(r, 0)?,
        session_id: row::id(r, 1)?,
        agenda_item: r.get(2)?,
        title: r.get(3)?,
        kind: r.get(4)?,
        draft_symbol: r.get(5)?,
        adopted_symbol: r.get(6)?,
        status: r.get(7)?,
        action_date: date.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        action_meeting: r.get(9)?,
        programme_budget: r.get(10)?,
        position: r.get(11)?,
        asks: r.get(12)?,
        sponsors: Vec::new(),
        revisions: Vec::new(),
        mandates: Vec::new(),
        documents: Vec::new(),
        key_issue_ids: Vec::new(),
        situation_ids: Vec::new(),
        statement_ids: Vec::new(),
        amendments: Vec::new(),
        vote: None,
        created_at: row::instant(r, 13)?,
        updated_at: row::instant(r, 14)?,
    })
}

/// Fills in what hangs from a text: sponsors, revisions, links, its vote.
fn complete(conn: &Connection, mut res: Resolution) -> Result<Resolution> {
    let id = res.id.to_string();
    let day = res.action_date;
    res.sponsors = conn
        .prepare_cached(
            "SELECT country_code, role, joined_on FROM resolution_sponsors
             WHERE resolution_id = ?1 ORDER BY role DESC, position",
        )?
        .query_map([&id], |r| {
            let code: String = r.get(0)?;
            let joined: Option<String> = r.get(2)?;
            Ok(Sponsor {
                country_name: name_on(&code, day),
                country_code: code,
                role: r.get::<_, SponsorRole>(1)?,
                joined_on: joined
                    .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    res.revisions = conn
        .prepare_cached(
            "SELECT symbol, oral, date FROM resolution_revisions WHERE resolution_id = ?1 ORDER BY position",
        )?
        .query_map([&id], |r| {
            let date: Option<String> = r.get(2)?;
            Ok(Revision {
                symbol: r.get(0)?,
                oral: r.get::<_, i64>(1)? == 1,
                date: date.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let links: Vec<(String, String, Option<MandateEffect>)> = conn
        .prepare_cached(
            "SELECT record_kind, record_id, mandate_effect FROM resolution_links
             WHERE resolution_id = ?1 ORDER BY position",
        )?
        .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (kind, record, effect) in links {
        let record_id = row::parse_id("record_id", &record)?;
        match kind.as_str() {
            "mandate" => {
                let name: Option<String> = conn
                    .query_row(
                        "SELECT name FROM mandates WHERE id = ?1 AND deleted_at IS NULL",
                        [&record],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(name) = name {
                    res.mandates.push(MandateLink {
                        mandate_id: record_id,
                        name,
                        effect,
                    });
                }
            }
            "document" => {
                let symbol: Option<String> = conn
                    .query_row(
                        "SELECT symbol FROM documents WHERE id = ?1 AND deleted_at IS NULL",
                        [&record],
                        |r| r.get(0),
                    )
                    .optional()?;
                res.documents.extend(symbol);
            }
            "key-issue" => res.key_issue_ids.push(record_id),
            "situation" => res.situation_ids.push(record_id),
            _ => res.statement_ids.push(record_id),
        }
    }
    res.amendments = amendments::of_resolution(conn, res.id)?;
    res.vote = votes::of(conn, res.id, None)?;
    Ok(res)
}

fn get_with(conn: &Connection, id: Uuid, deleted: bool) -> Result<Resolution> {
    let found = conn
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM resolutions WHERE id = ?1 AND (deleted_at IS NOT NULL) = ?2"
            ),
            params![id.to_string(), deleted],
            read,
        )
        .optional()?
        .ok_or(Error::NotFound {
            entity: if deleted {
                "deleted resolution"
            } else {
                "resolution"
            },
            key: id.to_string(),
        })?;
    complete(conn, found)
}

/// A symbol typed in `field`, read as the UN writes it; blank is none.
fn symbol(field: &str, typed: Option<&str>) -> Result<Option<String>> {
    validate::optional(typed)
        .map(|s| read_symbol(field, &s))
        .transpose()
}

fn day(field: &str, typed: Option<&str>) -> Result<Option<String>> {
    validate::optional(typed)
        .map(|d| validate::date(field, &d).map(|d| d.to_string()))
        .transpose()
}

/// Checks and writes a text (`id` when it exists already) and everything that hangs from it,
/// replacing what was there.
fn save(conn: &Connection, id: Option<Uuid>, input: &ResolutionInput) -> Result<Uuid> {
    let session = sessions::get(conn, input.session_id)?;
    let title = tidy(&validate::required("title", &input.title)?);
    let agenda_item = validate::agenda_item("item", input.agenda_item)?;
    let kind = match validate::optional(input.kind.as_deref()) {
        Some(k) => ResolutionKind::parse("kind", &k)?,
        None => ResolutionKind::Resolution,
    };
    let status = match validate::optional(input.status.as_deref()) {
        Some(s) => ResolutionStatus::parse("status", &s)?,
        None => ResolutionStatus::Draft,
    };
    let draft = symbol("draft_symbol", input.draft_symbol.as_deref())?;
    let adopted = symbol("adopted_symbol", input.adopted_symbol.as_deref())?;
    let action_date = day("action_date", input.action_date.as_deref())?;
    if let Some(d) = &action_date {
        let d = validate::date("action_date", d)?;
        validate::within_session("action_date", d, session.start_date, session.end_date)?;
    }
    if input.action_meeting == Some(0) {
        return Err(Error::invalid(
            "action_meeting",
            Rule::OutOfRange {
                min: 1,
                max: 999,
                unit: crate::rule::Unit::Number,
            },
        ));
    }
    // Sponsors: main ones first, then co-sponsors with their day; a State once.
    let mut sponsors: Vec<(String, SponsorRole, Option<String>)> = Vec::new();
    for typed in input.sponsors.iter().filter(|s| !s.trim().is_empty()) {
        let c = find_country("sponsors", typed)?;
        if !sponsors.iter().any(|(code, _, _)| *code == c.code) {
            sponsors.push((c.code, SponsorRole::Main, None));
        }
    }
    for typed in input.cosponsors.iter().filter(|s| !s.trim().is_empty()) {
        let (name, date) = match typed.rsplit_once('@') {
            Some((n, d)) => (n, day("cosponsors", Some(d))?),
            None => (typed.as_str(), None),
        };
        let c = find_country("cosponsors", name)?;
        if sponsors
            .iter()
            .any(|(code, role, _)| *code == c.code && *role == SponsorRole::Main)
        {
            return Err(Error::invalid(
                "cosponsors",
                Rule::AlreadyExists {
                    name: format!("{} (a main sponsor)", c.name),
                },
            ));
        }
        if !sponsors.iter().any(|(code, _, _)| *code == c.code) {
            sponsors.push((c.code, SponsorRole::Co, date));
        }
    }
    let mut revisions = Vec::new();
    for r in &input.revisions {
        let symbol = symbol("revisions", r.symbol.as_deref())?;
        if symbol.is_none() && !r.oral {
            return Err(Error::invalid("revisions", Rule::Empty));
        }
        revisions.push((symbol, r.oral, day("revisions", r.date.as_deref())?));
    }
    for (table, field, ids) in [
        ("key_issues", "key_issue_ids", &input.key_issue_ids),
        ("situations", "situation_ids", &input.situation_ids),
        ("statements", "statement_ids", &input.statement_ids),
    ] {
        for record in ids {
            row::require_in_session(conn, table, field, *record, session.id)?;
        }
    }
    let mut links: Vec<(&str, String, Option<MandateEffect>)> = Vec::new();
    for m in input.mandates.iter().filter(|m| !m.name.trim().is_empty()) {
        let effect = validate::optional(m.effect.as_deref())
            .map(|e| MandateEffect::parse("mandate_effect", &e))
            .transpose()?;
        let mandate = mandates::find_or_create(conn, "mandates", &m.name)?;
        links.push(("mandate", mandate.to_string(), effect));
    }
    for typed in input.documents.iter().filter(|s| !s.trim().is_empty()) {
        let document = documents::find_or_create(conn, "documents", typed)?;
        links.push(("document", document.to_string(), None));
    }
    for (kind, ids) in [
        ("key-issue", &input.key_issue_ids),
        ("situation", &input.situation_ids),
        ("statement", &input.statement_ids),
    ] {
        links.extend(ids.iter().map(|i| (kind, i.to_string(), None)));
    }
    let stamp = now();
    let id = match id {
        Some(id) => {
            conn.execute(
                "UPDATE resolutions SET agenda_item = ?2, title = ?3, kind = ?4, draft_symbol = ?5,
                 adopted_symbol = ?6, status = ?7, action_date = ?8, action_meeting = ?9,
                 programme_budget = ?10, position = ?11, asks = ?12, updated_at = ?13 WHERE id = ?1",
                params![
                    id.to_string(),
                    agenda_item,
                    title,
                    kind,
                    draft,
                    adopted,
                    status,
                    action_date,
                    input.action_meeting,
                    input.programme_budget.trim(),
                    input.position.trim(),
                    input.asks.trim(),
                    stamp
                ],
            )?;
            id
        }
        None => {
            let id = new_id();
            conn.execute(
                "INSERT INTO resolutions (id, session_id, agenda_item, title, kind, draft_symbol,
                 adopted_symbol, status, action_date, action_meeting, programme_budget, position,
                 asks, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
                params![
                    id.to_string(),
                    session.id.to_string(),
                    agenda_item,
                    title,
                    kind,
                    draft,
                    adopted,
                    status,
                    action_date,
                    input.action_meeting,
                    input.programme_budget.trim(),
                    input.position.trim(),
                    input.asks.trim(),
                    stamp
                ],
            )?;
            id
        }
    };
    let rid = id.to_string();
    for table in [
        "resolution_sponsors",
        "resolution_revisions",
        "resolution_links",
    ] {
        conn.execute(
            &format!("DELETE FROM {table} WHERE resolution_id = ?1"),
            [&rid],
        )?;
    }
    for (position, (code, role, joined)) in sponsors.iter().enumerate() {
        conn.execute(
            "INSERT INTO resolution_sponsors (resolution_id, country_code, role, joined_on, position)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![rid, code, role, joined, position as i64],
        )?;
    }
    for (position, (symbol, oral, date)) in revisions.iter().enumerate() {
        conn.execute(
            "INSERT INTO resolution_revisions (resolution_id, position, symbol, oral, date)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![rid, position as i64, symbol, i64::from(*oral), date],
        )?;
    }
    for (position, (kind, record, effect)) in links.iter().enumerate() {
        conn.execute(
            "INSERT OR IGNORE INTO resolution_links (resolution_id, record_kind, record_id,
             mandate_effect, position) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![rid, kind, record, effect, position as i64],
        )?;
    }
    Ok(id)
}

/// Checks the live text `id` (one a bundle brought) as typed input is checked: a title, UN
/// symbols, an action date within its session.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let r = get_with(conn, id, false)?;
    let session = sessions::get(conn, r.session_id)?;
    validate::required("title", &r.title)?;
    symbol("draft_symbol", r.draft_symbol.as_deref())?;
    symbol("adopted_symbol", r.adopted_symbol.as_deref())?;
    for v in &r.revisions {
        symbol("revisions", v.symbol.as_deref())?;
    }
    if let Some(d) = r.action_date {
        validate::within_session("action_date", d, session.start_date, session.end_date)?;
    }
    Ok(())
}

impl Store {
    /// Adds a text to a session. Its title is required; symbols must be UN symbols (named
    /// `draft_symbol`, `adopted_symbol`, `revisions`, `documents`); sponsors and co-sponsors
    /// are States (a co-sponsor may carry its day, "Chile@2018-07-02"); linked records must be
    /// of its session; mandates are made when first named.
    pub fn create_resolution(&mut self, input: &ResolutionInput) -> Result<Resolution> {
        self.write(|tx| {
            let id = save(tx, None, input)?;
            get_with(tx, id, false)
        })
    }

    /// Edits a text, checked as when it is added; it stays in its session.
    pub fn update_resolution(&mut self, id: Uuid, input: &ResolutionInput) -> Result<Resolution> {
        self.write(|tx| {
            let was = get_with(tx, id, false)?;
            if was.session_id != input.session_id {
                return Err(Error::invalid(
                    "session",
                    Rule::InAnotherSession {
                        id: input.session_id,
                    },
                ));
            }
            save(tx, Some(id), input)?;
            get_with(tx, id, false)
        })
    }

    /// Adds the States of a pasted list (see `read_states`) to a text's co-sponsors, joining on
    /// `on` when given; those already presenting it stay as they were. Errors name `cosponsors`
    /// (an unknown State) or `on`; nothing is stored on any.
    pub fn add_cosponsors(&mut self, id: Uuid, text: &str, on: Option<&str>) -> Result<Resolution> {
        let codes = read_states("cosponsors", text)?;
        let on = day("on", on)?;
        self.write(|tx| {
            get_with(tx, id, false)?;
            let rid = id.to_string();
            let next: i64 = tx.query_row(
                "SELECT coalesce(max(position) + 1, 0) FROM resolution_sponsors WHERE resolution_id = ?1",
                [&rid],
                |r| r.get(0),
            )?;
            let mut insert = tx.prepare(
                "INSERT OR IGNORE INTO resolution_sponsors (resolution_id, country_code, role,
                 joined_on, position) VALUES (?1, ?2, 'co', ?3, ?4)",
            )?;
            for (i, code) in codes.iter().enumerate() {
                insert.execute(params![rid, code, on, next + i as i64])?;
            }
            tx.execute(
                "UPDATE resolutions SET updated_at = ?2 WHERE id = ?1",
                params![rid, now()],
            )?;
            get_with(tx, id, false)
        })
    }

    /// A text by id, with its sponsors, revisions, links and vote.
    pub fn resolution(&self, id: Uuid) -> Result<Resolution> {
        get_with(&self.conn, id, false)
    }

    /// The texts of a session, by agenda item, then draft symbol, then title.
    pub fn resolutions(&self, session_id: Uuid) -> Result<Vec<Resolution>> {
        sessions::get(&self.conn, session_id)?;
        // By set: each part that hangs from a text read in one query for the whole session.
        Ok(session_texts::in_order(session_texts::of_session(
            &self.conn, session_id,
        )?))
    }

    /// Deletes a text (a tombstone: [`Store::restore_resolution`] brings it back with its
    /// sponsors, links and vote).
    pub fn delete_resolution(&mut self, id: Uuid) -> Result<Resolution> {
        self.write(|tx| {
            let was = get_with(tx, id, false)?;
            row::tombstone(tx, "resolutions", "resolution", id)?;
            Ok(was)
        })
    }

    /// Brings back a deleted text.
    pub fn restore_resolution(&mut self, id: Uuid) -> Result<Resolution> {
        self.write(|tx| {
            get_with(tx, id, true)?;
            tx.execute(
                "UPDATE resolutions SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), now()],
            )?;
            get_with(tx, id, false)
        })
    }
}
