//! The whole of one session, read in one go.
use uuid::Uuid;

use super::{membership, session_texts, Store};
use crate::domain::overview::SessionOverview;
use crate::error::Result;

impl Store {
    /// A session with its agenda, programme, issues, situations, statements, side events, texts
    /// (resolutions with their votes), Council members, informal consultations and notes.
    pub fn overview(&self, session_id: Uuid) -> Result<SessionOverview> {
        self.overview_with(session_id, true)
    }

    /// The overview, its notes read only when `notes` (else left empty): exports that leave the
    /// notes out need not read a session's thousands of them.
    pub(crate) fn overview_with(&self, session_id: Uuid, notes: bool) -> Result<SessionOverview> {
        Ok(SessionOverview {
            session: self.session(session_id)?,
            agenda_items: self.agenda_items(session_id)?,
            meetings: self.meetings(session_id)?,
            key_issues: self.key_issues(session_id)?,
            situations: self.situations(session_id)?,
            statements: self.statements(session_id)?,
            side_events: self.side_events(session_id)?,
            // Every text with its sponsors, amendments and votes in a few set queries.
            resolutions: session_texts::in_order(session_texts::of_session(
                &self.conn, session_id,
            )?),
            members: membership::of_session(&self.conn, session_id)?,
            consultations: self.session_consultations(session_id)?,
            notes: if notes {
                self.notes(session_id)?
            } else {
                Vec::new()
            },
        })
    }
}
