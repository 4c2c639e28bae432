//! Clashes: the side events held while a plenary meeting that matters to me sits, and why it
//! matters — a statement of mine is due in it, or it takes up one of my high-priority situations
//! or key issues. A meeting is on a situation when they share a mandate or a document, one of its
//! mandates covers the situation's country, or its title names the country; it is on a key issue
//! when they share a document or its title holds the key issue's title.
use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use uuid::Uuid;

use super::row;
use super::{meetings, Store};
use crate::domain::clash::{Clash, ClashReason, MeetingClash};
use crate::domain::meeting::{time_words, Meeting};
use crate::domain::session::SlotHours;
use crate::domain::side_event::{SideEventInput, SideEventStatus};
use crate::domain::situation::Priority;
use crate::error::Result;
use crate::geneva::stamp;
use crate::reference::country_names;
use crate::text::fold;
use crate::validate;

/// What makes a meeting matter to me, read once for a session.
pub(super) struct Interests {
    situations: Vec<Situation>,
    key_issues: Vec<KeyIssue>,
}

/// A high-priority situation: its country's names (folded) and what it is linked to.
struct Situation {
    id: Uuid,
    country_code: String,
    country_name: String,
    names: Vec<String>,
    mandates: HashSet<String>,
    documents: HashSet<String>,
}

/// A key issue: its title (folded) and its documents.
struct KeyIssue {
    id: Uuid,
    title: String,
    folded: String,
    documents: HashSet<String>,
}

/// The ids linked to `record` in `table` (`document_links` or `mandate_links`), live ones only.
fn linked(conn: &Connection, table: &str, record: Uuid) -> Result<HashSet<String>> {
    let (column, target) = match table {
        "document_links" => ("document_id", "documents"),
        _ => ("mandate_id", "mandates"),
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT l.{column} FROM {table} l JOIN {target} t ON t.id = l.{column} AND t.deleted_at IS NULL
         WHERE l.record_id = ?1"
    ))?;
    let ids = stmt
        .query_map([record.to_string()], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Lower-case folded text with its words separated by single spaces, for matching whole words.
fn words_of(text: &str) -> String {
    fold(text)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `phrase` (from [`words_of`]) stands as whole words in `text` (from [`words_of`]).
fn holds(text: &str, phrase: &str) -> bool {
    !phrase.is_empty() && format!(" {text} ").contains(&format!(" {phrase} "))
}

impl Store {
    pub(super) fn interests(&self, session_id: Uuid) -> Result<Interests> {
        let mut situations = Vec::new();
        for s in self.situations(session_id)? {
            if s.priority != Priority::High {
                continue;
            }
            let mut names: Vec<String> = country_names::names_of(&s.country_code)
                .into_iter()
                .map(words_of)
                .collect();
            names.push(words_of(&s.country_name));
            situations.push(Situation {
                mandates: linked(&self.conn, "mandate_links", s.id)?,
                documents: linked(&self.conn, "document_links", s.id)?,
                id: s.id,
                country_code: s.country_code,
                country_name: s.country_name,
                names,
            });
        }
        let mut key_issues = Vec::new();
        for k in self.key_issues(session_id)? {
            key_issues.push(KeyIssue {
                documents: linked(&self.conn, "document_links", k.id)?,
                id: k.id,
                folded: words_of(&k.title),
                title: k.title,
            });
        }
        Ok(Interests {
            situations,
            key_issues,
        })
    }

    /// Why `meeting` matters to me: the statements of mine due in it (not withdrawn), then the
    /// high-priority situations and key issues it takes up. Empty when it does not.
    pub(super) fn reasons(
        &self,
        meeting: &Meeting,
        interests: &Interests,
    ) -> Result<Vec<ClashReason>> {
        let conn = &self.conn;
        let mut stmt = conn.prepare_cached(
            "SELECT id, title FROM statements WHERE meeting_id = ?1 AND deleted_at IS NULL
               AND status <> 'withdrawn' ORDER BY title, id",
        )?;
        let mut reasons: Vec<ClashReason> = stmt
            .query_map([meeting.id.to_string()], |r| {
                Ok(ClashReason::speaking(
                    row::id(r, 0)?,
                    &r.get::<_, String>(1)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mandates = linked(conn, "mandate_links", meeting.id)?;
        let documents = linked(conn, "document_links", meeting.id)?;
        let mut stmt = conn.prepare_cached(
            "SELECT t.country_code FROM mandate_links l JOIN mandates t ON t.id = l.mandate_id
             AND t.deleted_at IS NULL WHERE l.record_id = ?1 AND t.country_code IS NOT NULL",
        )?;
        let countries: HashSet<String> = stmt
            .query_map([meeting.id.to_string()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let title = words_of(&meeting.title);
        for s in &interests.situations {
            if !s.mandates.is_disjoint(&mandates)
                || !s.documents.is_disjoint(&documents)
                || countries.contains(&s.country_code)
                || s.names.iter().any(|n| holds(&title, n))
            {
                reasons.push(ClashReason::situation(s.id, &s.country_name));
            }
        }
        for k in &interests.key_issues {
            if !k.documents.is_disjoint(&documents) || holds(&title, &k.folded) {
                reasons.push(ClashReason::key_issue(k.id, &k.title));
            }
        }
        Ok(reasons)
    }

    /// The plenary meetings of a session that will sit at a known time (not cancelled or
    /// postponed) and matter to me, each with why.
    fn sittings_that_matter(&self, session_id: Uuid) -> Result<Vec<(Meeting, Vec<ClashReason>)>> {
        let interests = self.interests(session_id)?;
        let mut out = Vec::new();
        for m in meetings::list(&self.conn, session_id)? {
            if m.off() || m.span().is_none() {
                continue;
            }
            let reasons = self.reasons(&m, &interests)?;
            if !reasons.is_empty() {
                out.push((m, reasons));
            }
        }
        Ok(out)
    }

    /// The side events of a session (not cancelled) that overlap a plenary meeting that matters
    /// to me — one where a statement of mine is due, or one on a high-priority situation or a
    /// key issue — one for each side event and meeting, in time order.
    pub fn clashes(&self, session_id: Uuid) -> Result<Vec<Clash>> {
        let hours = super::sessions::get(&self.conn, session_id)?.hours();
        let sittings = self.sittings_that_matter(session_id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, starts_at, ends_at FROM side_events
             WHERE session_id = ?1 AND deleted_at IS NULL AND status <> 'cancelled'
             ORDER BY starts_at, title",
        )?;
        let events: Vec<(Uuid, String, DateTime<Utc>, DateTime<Utc>)> = stmt
            .query_map([session_id.to_string()], |r| {
                Ok((
                    row::id(r, 0)?,
                    r.get(1)?,
                    row::instant(r, 2)?,
                    row::instant(r, 3)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for (id, title, starts_at, ends_at) in events {
            for meeting in overlapping(&sittings, starts_at, ends_at, &hours) {
                out.push(Clash {
                    side_event_id: id,
                    side_event_title: title.clone(),
                    meeting,
                });
            }
        }
        Ok(out)
    }

    /// The plenary meetings that matter to me which a side event not yet saved would overlap,
    /// for a warning before it is saved: none when it is cancelled. Its date and times are
    /// checked as saving checks them (the error names the field); nothing is stored.
    pub fn preview_clashes(
        &self,
        session_id: Uuid,
        input: &SideEventInput,
    ) -> Result<Vec<MeetingClash>> {
        let session = super::sessions::get(&self.conn, session_id)?;
        let slot = validate::slot(
            &input.date,
            &input.start,
            &input.end,
            (session.start_date, session.end_date),
        )?;
        let cancelled = match input.status.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() => {
                SideEventStatus::parse("status", s)? == SideEventStatus::Cancelled
            }
            _ => false,
        };
        if cancelled {
            return Ok(vec![]);
        }
        let sittings = self.sittings_that_matter(session_id)?;
        Ok(overlapping(
            &sittings,
            slot.starts_at,
            slot.ends_at,
            &session.hours(),
        ))
    }

    /// The clashes of the side events held between `from` and `to` (not cancelled) with the
    /// meetings where a statement of mine is due, with that reason only (the today view's: one
    /// query, not the whole session's clashes).
    pub(super) fn speaking_clashes(
        &self,
        session_id: Uuid,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Clash>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.title, s.id, s.title, m.id
             FROM side_events e
             JOIN meetings m ON m.session_id = e.session_id AND m.deleted_at IS NULL
                  AND m.status NOT IN ('cancelled', 'postponed')
                  AND m.starts_at < e.ends_at AND e.starts_at < m.ends_at
             JOIN statements s ON s.meeting_id = m.id AND s.deleted_at IS NULL AND s.status <> 'withdrawn'
             WHERE e.session_id = ?1 AND e.deleted_at IS NULL AND e.status <> 'cancelled'
               AND e.starts_at < ?3 AND e.ends_at > ?2
             ORDER BY e.starts_at, e.title, e.id, m.starts_at, m.number, m.title, m.id, s.title, s.id",
        )?;
        let mut rows = stmt.query(params![session_id.to_string(), stamp(from), stamp(to)])?;
        let mut out: Vec<Clash> = Vec::new();
        let hours = super::sessions::get(&self.conn, session_id)?.hours();
        while let Some(r) = rows.next()? {
            let event: Uuid = row::id(r, 0)?;
            let reason = ClashReason::speaking(row::id(r, 2)?, &r.get::<_, String>(3)?);
            let meeting_id: Uuid = row::id(r, 4)?;
            match out.last_mut() {
                Some(c) if c.side_event_id == event && c.meeting.meeting_id == meeting_id => {
                    c.meeting.reasons.push(reason)
                }
                _ => {
                    let meeting = meetings::get(&self.conn, meeting_id)?;
                    out.push(Clash {
                        side_event_id: event,
                        side_event_title: r.get(1)?,
                        meeting: MeetingClash {
                            meeting_id: meeting.id,
                            meeting_title: meeting.title.clone(),
                            meeting_time: meeting_time(&meeting, &hours),
                            reasons: vec![reason],
                        },
                    })
                }
            }
        }
        Ok(out)
    }
}

/// The meetings among `sittings` that overlap `starts_at`–`ends_at`, in time order.
fn overlapping(
    sittings: &[(Meeting, Vec<ClashReason>)],
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    hours: &SlotHours,
) -> Vec<MeetingClash> {
    let mut found: Vec<&(Meeting, Vec<ClashReason>)> = sittings
        .iter()
        .filter(|(m, _)| m.span().is_some_and(|(s, e)| s < ends_at && starts_at < e))
        .collect();
    found.sort_by_key(|(m, _)| (m.starts_at, m.number, m.title.clone()));
    found
        .into_iter()
        .map(|(m, reasons)| MeetingClash {
            meeting_id: m.id,
            meeting_title: m.title.clone(),
            meeting_time: meeting_time(m, hours),
            reasons: reasons.clone(),
        })
        .collect()
}

/// "Wed 27 June, midday (12:00–15:00)".
pub(super) fn meeting_time(m: &Meeting, hours: &SlotHours) -> String {
    match m.date {
        Some(d) => format!(
            "{}, {}",
            d.format("%a %-d %B"),
            time_words(&m.when(), hours)
        ),
        None => time_words(&m.when(), hours),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_is_held_as_whole_words_however_it_is_written() {
        let title =
            words_of("ID with the Independent Expert on Sexual Orientation and Gender-Identity");
        assert!(holds(
            &title,
            &words_of("sexual orientation and gender identity")
        ));
        assert!(!holds(
            &words_of("ID on the Syrian Arab Republic"),
            &words_of("Syria")
        ));
        assert!(holds(
            &words_of("Côte d’Ivoire: oral update"),
            &words_of("Cote d'Ivoire")
        ));
        assert!(!holds(&title, ""));
    }
}
