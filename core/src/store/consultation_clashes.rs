//! Clashes of informal consultations: a consultation (its day and hours known) held while a
//! plenary meeting that matters to me sits — the side events' checks: a statement of mine is due
//! in it, or it takes up a high-priority situation or a key issue — or while one of my side
//! events (not cancelled) is held.
use chrono::{DateTime, Utc};
use rusqlite::params;
use uuid::Uuid;

use super::clashes::{meeting_time, Interests};
use super::{meetings, row, sessions, Store};
use crate::domain::clash::{ConsultationClash, MeetingClash, SideEventOverlap};
use crate::domain::consultation::Consultation;
use crate::domain::session::SlotHours;
use crate::error::Result;
use crate::geneva::{from_utc, stamp};

/// "Mon 2 July, 13:00–14:00" of a Geneva span.
fn span_words(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> String {
    let (day, start) = from_utc(starts_at);
    let (_, end) = from_utc(ends_at);
    format!(
        "{}, {}–{}",
        day.format("%a %-d %B"),
        start.format("%H:%M"),
        end.format("%H:%M")
    )
}

impl Store {
    /// The consultations on a session's live texts, at known times, that overlap a plenary
    /// meeting that matters to me or one of my side events, in time order.
    pub fn consultation_clashes(&self, session_id: Uuid) -> Result<Vec<ConsultationClash>> {
        let all = self.session_consultations(session_id)?;
        self.clashes_of(session_id, &all)
    }

    /// The clashes of `all` (consultations of the session; the today view's are the day's):
    /// what matters to me is read only when one of them has its times.
    pub(super) fn clashes_of(
        &self,
        session_id: Uuid,
        all: &[Consultation],
    ) -> Result<Vec<ConsultationClash>> {
        let timed: Vec<(&Consultation, DateTime<Utc>, DateTime<Utc>)> = all
            .iter()
            .filter_map(|c| c.span().map(|(s, e)| (c, s, e)))
            .collect();
        if timed.is_empty() {
            return Ok(Vec::new());
        }
        let hours = sessions::get(&self.conn, session_id)?.hours();
        let interests = self.interests(session_id)?;
        let mut out = Vec::new();
        for (c, starts_at, ends_at) in timed {
            let meetings =
                self.sittings_during(session_id, starts_at, ends_at, &interests, &hours)?;
            let side_events = self.side_events_during(session_id, starts_at, ends_at)?;
            if meetings.is_empty() && side_events.is_empty() {
                continue;
            }
            out.push(ConsultationClash {
                consultation_id: c.id,
                consultation_title: c.title(),
                consultation_time: span_words(starts_at, ends_at),
                meetings,
                side_events,
            });
        }
        Ok(out)
    }

    /// The plenary meetings of the session sitting between `from` and `to` (not cancelled or
    /// postponed) that matter to me, each with why, in time order.
    fn sittings_during(
        &self,
        session_id: Uuid,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        interests: &Interests,
        hours: &SlotHours,
    ) -> Result<Vec<MeetingClash>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM meetings m WHERE m.session_id = ?1 AND m.deleted_at IS NULL
               AND m.status NOT IN ('cancelled', 'postponed') AND m.starts_at < ?3 AND m.ends_at > ?2
             ORDER BY m.starts_at, m.number, m.title, m.id",
            meetings::columns()
        ))?;
        let sitting: Vec<_> = stmt
            .query_map(
                params![session_id.to_string(), stamp(from), stamp(to)],
                meetings::read,
            )?
            .collect::<rusqlite::Result<_>>()?;
        let mut out = Vec::new();
        for m in sitting {
            let reasons = self.reasons(&m, interests)?;
            if !reasons.is_empty() {
                out.push(MeetingClash {
                    meeting_id: m.id,
                    meeting_title: m.title.clone(),
                    meeting_time: meeting_time(&m, hours),
                    reasons,
                });
            }
        }
        Ok(out)
    }

    /// My side events of the session held between `from` and `to` (not cancelled), in time order.
    fn side_events_during(
        &self,
        session_id: Uuid,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<SideEventOverlap>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, starts_at, ends_at FROM side_events
             WHERE session_id = ?1 AND deleted_at IS NULL AND status <> 'cancelled'
               AND starts_at < ?3 AND ends_at > ?2
             ORDER BY starts_at, title, id",
        )?;
        let found = stmt
            .query_map(
                params![session_id.to_string(), stamp(from), stamp(to)],
                |r| {
                    Ok(SideEventOverlap {
                        side_event_id: row::id(r, 0)?,
                        side_event_title: r.get(1)?,
                        side_event_time: span_words(row::instant(r, 2)?, row::instant(r, 3)?),
                    })
                },
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok(found)
    }
}
