//! Everything of one session at once: what the dashboard, `hrc session show` and exports read.
use chrono::{DateTime, Utc};
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
    /// Every note, newest first, read by [`crate::store::Store::overview`]; empty in
    /// [`crate::store::Store::overview_counting_notes`], which the window's screens read.
    pub notes: Vec<Note>,
    /// How many notes there are and what they were taken on, always counted.
    pub note_tally: NoteTally,
}

/// A session's notes counted, not read: what the Overview and Agenda screens show of them
/// (a session of ten years' data holds thousands, and a screen of counts needs none of their
/// text). A link to a record deleted since counts as none, as a note read says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NoteTally {
    pub total: u32,
    pub in_meetings: u32,
    pub on_situations: u32,
    pub on_key_issues: u32,
    pub on_statements: u32,
    /// On a draft or adopted text.
    pub on_texts: u32,
    /// The agenda items that have notes, in order, each with how many.
    pub by_agenda_item: Vec<AgendaItemNotes>,
    /// When the newest note was taken; none without notes.
    pub latest_taken_at: Option<DateTime<Utc>>,
}

impl NoteTally {
    /// Counts notes already read (their links to records deleted since read as none).
    pub fn of(notes: &[Note]) -> NoteTally {
        let count = |f: fn(&Note) -> bool| notes.iter().filter(|n| f(n)).count() as u32;
        let mut by_item = std::collections::BTreeMap::<u8, u32>::new();
        for item in notes.iter().filter_map(|n| n.agenda_item) {
            *by_item.entry(item).or_default() += 1;
        }
        NoteTally {
            total: notes.len() as u32,
            in_meetings: count(|n| n.meeting_id.is_some()),
            on_situations: count(|n| n.situation_id.is_some()),
            on_key_issues: count(|n| n.key_issue_id.is_some()),
            on_statements: count(|n| n.statement_id.is_some()),
            on_texts: count(|n| n.resolution_id.is_some()),
            by_agenda_item: by_item
                .into_iter()
                .map(|(agenda_item, notes)| AgendaItemNotes { agenda_item, notes })
                .collect(),
            latest_taken_at: notes.iter().map(|n| n.taken_at).max(),
        }
    }
}

/// How many of a session's notes are on one agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AgendaItemNotes {
    pub agenda_item: u8,
    pub notes: u32,
}
