//! Everything of one session at once: what the dashboard, `hrc session show` and exports read.
use serde::Serialize;

use super::agenda::AgendaItem;
use super::consultation::Consultation;
use super::key_issue::KeyIssue;
use super::meeting::Meeting;
use super::membership::Member;
use super::note::Note;
use super::resolution::Resolution;
use super::session::Session;
use super::side_event::SideEvent;
use super::situation::CountrySituation;
use super::statement::Statement;

/// A session with all that belongs to it, each list in its natural order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SessionOverview {
    pub session: Session,
    pub agenda_items: Vec<AgendaItem>,
    pub meetings: Vec<Meeting>,
    pub key_issues: Vec<KeyIssue>,
    pub situations: Vec<CountrySituation>,
    pub statements: Vec<Statement>,
    pub side_events: Vec<SideEvent>,
    /// Its texts (drafts and adopted), each with its sponsors, amendments and vote, in the
    /// order of its list (agenda item, draft symbol, title).
    pub resolutions: Vec<Resolution>,
    /// The Council's members in the session, by regional group (a vote's lists by group).
    pub members: Vec<Member>,
    /// The informal consultations on its live texts, by day and hours.
    pub consultations: Vec<Consultation>,
    pub notes: Vec<Note>,
}
