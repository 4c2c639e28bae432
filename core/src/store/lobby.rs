//! Whom to lobby on a text, read from the store: its related texts of earlier sessions, the votes
//! and co-sponsorship of each member State of its session on them, my notes on each State's
//! delegation, sorted by the rule of `domain/lobby.rs`. Reads only.
use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{params_from_iter, Connection};
use uuid::Uuid;

use super::{membership, row, sessions, votes, Store};
use crate::domain::lobby::{
    lean, title_lineage, Lean, LobbyList, LobbyTarget, RelatedText, RelatedVote, Relation,
    StatePart, RULE,
};
use crate::domain::resolution::{Resolution, SponsorRole};
use crate::error::Result;
use crate::text::fold;

/// A text of an earlier session: its id, session, title and symbols.
struct Earlier {
    id: Uuid,
    session_id: Uuid,
    session: String,
    start: chrono::NaiveDate,
    title: String,
    symbol: Option<String>,
}

/// The live texts of the live sessions that began before `before`.
fn earlier_texts(conn: &Connection, before: chrono::NaiveDate) -> Result<Vec<Earlier>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.id, r.session_id, s.kind, s.number, s.start_date, r.title,
                coalesce(r.adopted_symbol, r.draft_symbol)
         FROM resolutions r JOIN sessions s ON s.id = r.session_id
         WHERE r.deleted_at IS NULL AND s.deleted_at IS NULL AND s.start_date < ?1",
    )?;
    let found = stmt
        .query_map([before.to_string()], |r| {
            Ok(Earlier {
                id: row::id(r, 0)?,
                session_id: row::id(r, 1)?,
                session: crate::domain::session::name(r.get(2)?, r.get(3)?),
                start: row::date(r, 4)?,
                title: r.get(5)?,
                symbol: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// The texts (any session) linking one of `ids` as `kind`, through `join` (a query of
/// `resolution_id` and a key compared with `keys`).
fn linked(conn: &Connection, sql: &str, keys: &[String]) -> Result<HashSet<Uuid>> {
    if keys.is_empty() {
        return Ok(HashSet::new());
    }
    let marks = vec!["?"; keys.len()].join(", ");
    let mut stmt = conn.prepare(&sql.replace("{keys}", &marks))?;
    let ids = stmt
        .query_map(params_from_iter(keys), |r| row::id(r, 0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Why each earlier text is related to `text`, for those that are; a situation or key issue
/// marked confidential relates nothing unless `with_confidential`.
fn relations(
    conn: &Connection,
    text: &Resolution,
    earlier: &[Earlier],
    with_confidential: bool,
) -> Result<HashMap<Uuid, Vec<Relation>>> {
    let open = if with_confidential {
        ""
    } else {
        " AND confidential = 0"
    };
    let open_t = if with_confidential {
        ""
    } else {
        " AND t.confidential = 0"
    };
    let open_k = if with_confidential {
        ""
    } else {
        " AND k.confidential = 0"
    };
    let ids = |v: &[Uuid]| v.iter().map(Uuid::to_string).collect::<Vec<_>>();
    let mandates: Vec<String> = text
        .mandates
        .iter()
        .map(|m| m.mandate_id.to_string())
        .collect();
    let countries: Vec<String> = linked_values(
        conn,
        &format!("SELECT country_code FROM situations WHERE id IN ({{keys}}){open}"),
        &ids(&text.situation_ids),
    )?;
    let issues: Vec<String> = linked_values(
        conn,
        &format!("SELECT title FROM key_issues WHERE id IN ({{keys}}){open}"),
        &ids(&text.key_issue_ids),
    )?
    .iter()
    .map(|t| fold(t).to_lowercase())
    .collect();
    let by_mandate = linked(
        conn,
        "SELECT resolution_id FROM resolution_links WHERE record_kind = 'mandate'
         AND record_id IN ({keys})",
        &mandates,
    )?;
    let by_situation = linked(
        conn,
        &format!(
            "SELECT l.resolution_id FROM resolution_links l JOIN situations t ON t.id = l.record_id
             WHERE l.record_kind = 'situation' AND t.country_code IN ({{keys}}){open_t}"
        ),
        &countries,
    )?;
    // Key issues match by title, folded: read each linking text's titles and compare here.
    let mut by_issue = HashSet::new();
    if !issues.is_empty() {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT l.resolution_id, k.title FROM resolution_links l
             JOIN key_issues k ON k.id = l.record_id WHERE l.record_kind = 'key-issue'{open_k}"
        ))?;
        let rows = stmt.query_map([], |r| Ok((row::id(r, 0)?, r.get::<_, String>(1)?)))?;
        for found in rows {
            let (id, title) = found?;
            if issues.contains(&fold(&title).to_lowercase()) {
                by_issue.insert(id);
            }
        }
    }
    let lineage = title_lineage(&text.title);
    let mut out = HashMap::new();
    for e in earlier {
        let mut why = Vec::new();
        if !lineage.is_empty() && title_lineage(&e.title) == lineage {
            why.push(Relation::SameTitle);
        }
        for (set, relation) in [
            (&by_mandate, Relation::SameMandate),
            (&by_situation, Relation::SameSituation),
            (&by_issue, Relation::SameKeyIssue),
        ] {
            if set.contains(&e.id) {
                why.push(relation);
            }
        }
        if !why.is_empty() {
            out.insert(e.id, why);
        }
    }
    Ok(out)
}

/// The values `sql` reads for `keys` (one text column).
fn linked_values(conn: &Connection, sql: &str, keys: &[String]) -> Result<Vec<String>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; keys.len()].join(", ");
    let mut stmt = conn.prepare(&sql.replace("{keys}", &marks))?;
    let values = stmt
        .query_map(params_from_iter(keys), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(values)
}

/// My notes on each State's delegation: contacts and meeting notes, by country code.
fn delegations(conn: &Connection) -> Result<HashMap<String, (String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT country_code, contacts, notes FROM delegations WHERE deleted_at IS NULL",
    )?;
    let found = stmt
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// The States presenting each of the texts `ids` (main sponsors and co-sponsors).
fn presenters(conn: &Connection, ids: &[String]) -> Result<Vec<(Uuid, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; ids.len()].join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT resolution_id, country_code FROM resolution_sponsors WHERE resolution_id IN ({marks})"
    ))?;
    let found = stmt
        .query_map(params_from_iter(ids), |r| Ok((row::id(r, 0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

impl Store {
    /// Whom to lobby on the text `id` (see `domain/lobby.rs`): its related texts of earlier
    /// sessions, newest first, and the member States of its session by where they likely stand,
    /// each with its votes on those texts, its co-sponsorship and my notes on its delegation.
    /// The window's list: texts related through a confidential situation or key issue too (see
    /// [`Store::lobby_choosing`]).
    pub fn lobby(&self, id: Uuid) -> Result<LobbyList> {
        self.lobby_choosing(id, true)
    }

    /// [`Store::lobby`], the texts related only through a situation or key issue marked
    /// confidential left out unless `with_confidential` (exports and briefs leave them out).
    pub fn lobby_choosing(&self, id: Uuid, with_confidential: bool) -> Result<LobbyList> {
        let conn = &self.conn;
        let text = self.resolution(id)?;
        let session = sessions::get(conn, text.session_id)?;
        let earlier = earlier_texts(conn, session.start_date)?;
        let why = relations(conn, &text, &earlier, with_confidential)?;
        let mut related_texts: Vec<&Earlier> =
            earlier.iter().filter(|e| why.contains_key(&e.id)).collect();
        related_texts
            .sort_by(|a, b| (b.start, &a.symbol, &a.title).cmp(&(a.start, &b.symbol, &b.title)));

        // Each State's part in each related recorded vote entered with its lists.
        let mut parts: BTreeMap<String, Vec<RelatedVote>> = BTreeMap::new();
        let mut related = Vec::new();
        for e in &related_texts {
            let vote = votes::of(conn, e.id, None)?;
            if let Some(v) = vote.as_ref().filter(|v| !v.states.is_empty()) {
                let mut cast: HashMap<String, StatePart> = v
                    .states
                    .iter()
                    .map(|s| (s.country_code.clone(), StatePart::from(s.cast)))
                    .collect();
                // A member sitting that day and named in no list was absent.
                for m in membership::on_day(conn, e.session_id, v.date)? {
                    cast.entry(m.country_code).or_insert(StatePart::Absent);
                }
                for (code, part) in cast {
                    parts.entry(code).or_default().push(RelatedVote {
                        resolution_id: e.id,
                        part,
                    });
                }
            }
            related.push(RelatedText {
                id: e.id,
                session: e.session.clone(),
                symbol: e.symbol.clone(),
                title: e.title.clone(),
                relations: why[&e.id].clone(),
                vote_date: vote.as_ref().map(|v| v.date),
                outcome: vote.as_ref().map(|v| v.outcome),
                counts: vote.as_ref().and_then(|v| v.counts),
                lists: vote.as_ref().is_some_and(|v| !v.states.is_empty()),
            });
        }
        let related_ids: Vec<String> = related.iter().map(|r| r.id.to_string()).collect();
        let mut cosponsored: HashMap<String, Vec<Uuid>> = HashMap::new();
        for (text_id, code) in presenters(conn, &related_ids)? {
            cosponsored.entry(code).or_default().push(text_id);
        }
        let notes = delegations(conn)?;

        let members = membership::of_session(conn, text.session_id)?;
        let mut seen = HashSet::new();
        let mut list = LobbyList {
            resolution_id: text.id,
            title: text.title.clone(),
            symbol: text.adopted_symbol.clone().or(text.draft_symbol.clone()),
            session: session.name.clone(),
            rule: RULE.into(),
            related,
            members_entered: !members.is_empty(),
            likely_yes: Vec::new(),
            swing: Vec::new(),
            likely_no: Vec::new(),
        };
        for m in members {
            if !seen.insert(m.country_code.clone()) {
                continue;
            }
            let sponsor = text
                .sponsors
                .iter()
                .find(|s| s.country_code == m.country_code)
                .map(|s| s.role);
            let mut presented = cosponsored.remove(&m.country_code).unwrap_or_default();
            presented.sort_by_key(|id| related_ids.iter().position(|r| *r == id.to_string()));
            let mut votes = parts.remove(&m.country_code).unwrap_or_default();
            votes.sort_by_key(|v| {
                related_ids
                    .iter()
                    .position(|r| *r == v.resolution_id.to_string())
            });
            let (lean, reason) = lean(sponsor, presented.len(), &votes);
            let (contacts, delegation_notes) =
                notes.get(&m.country_code).cloned().unwrap_or_default();
            let target = LobbyTarget {
                country_code: m.country_code,
                country_name: m.country_name,
                group: m.group,
                sponsor,
                cosponsored_related: presented,
                votes,
                delegation_contacts: contacts,
                delegation_notes,
                lean,
                reason,
            };
            match lean {
                Lean::LikelyYes => list.likely_yes.push(target),
                Lean::Swing => list.swing.push(target),
                Lean::LikelyNo => list.likely_no.push(target),
            }
        }
        // Main sponsors first among the likely yes; then by group and name, as members are read.
        list.likely_yes.sort_by_key(|t| {
            t.sponsor
                .map_or(2, |r| if r == SponsorRole::Main { 0 } else { 1 })
        });
        Ok(list)
    }
}
