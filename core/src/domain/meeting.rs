//! A meeting of the programme of work, in Geneva time.
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

choices!(
    /// The kinds of Council meeting.
    MeetingKind {
        InteractiveDialogue = "interactive-dialogue": "Interactive dialogue",
        GeneralDebate = "general-debate": "General debate",
        Panel = "panel": "Panel discussion",
        UprAdoption = "upr-adoption": "UPR outcome adoption",
        Voting = "voting": "Voting on draft proposals",
        HighLevelSegment = "high-level-segment": "High-level segment",
        Other = "other": "Other",
    }
);

/// The room of plenary meetings.
pub const DEFAULT_ROOM: &str = crate::reference::rooms::PLENARY_ROOM;

/// A stored meeting. `date`, `start` and `end` are Geneva wall-clock time;
/// `starts_at` and `ends_at` are the same instants in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Meeting {
    pub id: Uuid,
    pub session_id: Uuid,
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub room: String,
    pub agenda_item: Option<u8>,
    pub kind: MeetingKind,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person types for a meeting: date `YYYY-MM-DD`, times `HH:MM` in Geneva.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct MeetingInput {
    pub date: String,
    pub start: String,
    pub end: String,
    /// Defaults to Room XX.
    pub room: Option<String>,
    pub agenda_item: Option<u8>,
    /// Defaults to `other`.
    pub kind: Option<String>,
    pub title: String,
}
