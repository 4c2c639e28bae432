//! The whole of one session, read in one go.
use uuid::Uuid;

use super::{membership, note_tally, session_texts, Store};
use crate::domain::overview::{NoteTally, SessionOverview};
use crate::error::Result;

impl Store {
    /// A session with its agenda, programme, issues, situations, statements, side events, texts
    /// (resolutions with their votes), Council members, informal consultations and notes.
    pub fn overview(&self, session_id: Uuid) -> Result<SessionOverview> {
        self.overview_with(session_id, true)
    }

    /// The overview as the window's screens read it: everything but the notes, which are
    /// counted ([`SessionOverview::note_tally`]) and not read (`notes` is empty). The Overview
    /// and Agenda screens show only how many notes there are; a session can hold thousands.
    pub fn overview_counting_notes(&self, session_id: Uuid) -> Result<SessionOverview> {
        self.overview_with(session_id, false)
    }

    /// The overview, its notes read only when `notes` (else left empty): exports that leave the
    /// notes out need not read a session's thousands of them.
    pub(crate) fn overview_with(&self, session_id: Uuid, notes: bool) -> Result<SessionOverview> {
        let (notes, note_tally) = if notes {
            let read = self.notes(session_id)?;
            let tally = NoteTally::of(&read);
            (read, tally)
        } else {
            (Vec::new(), note_tally::of_session(&self.conn, session_id)?)
        };
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
            notes,
            note_tally,
        })
    }
}
