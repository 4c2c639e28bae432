//! A clash: a side event or an informal consultation held while a plenary meeting that matters to
//! me sits, and why it matters; a consultation held while one of my side events is.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

choices!(
    /// Why a plenary meeting matters to me.
    ClashReasonKind {
        Speaking = "speaking": "You speak in it",
        Situation = "situation": "A high-priority situation",
        KeyIssue = "key-issue": "A key issue",
    }
);

/// One reason a meeting matters to me.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClashReason {
    pub kind: ClashReasonKind,
    /// The statement of mine due in it, or the situation or key issue it takes up.
    pub record_id: Uuid,
    /// The statement's or key issue's title, or the situation's country.
    pub name: String,
    /// In a word or two, for a narrow place: "you speak", "Burundi", "Reprisals".
    pub short: String,
    /// In words: "you speak in it (‘Item 4 general debate’)", "Burundi, high priority",
    /// "Reprisals, a key issue".
    pub words: String,
}

impl ClashReason {
    /// One of my statements, titled `title`, is due in the meeting.
    pub fn speaking(statement_id: Uuid, title: &str) -> ClashReason {
        ClashReason {
            kind: ClashReasonKind::Speaking,
            record_id: statement_id,
            name: title.into(),
            short: "you speak".into(),
            words: format!("you speak in it (‘{title}’)"),
        }
    }

    /// The meeting takes up my high-priority situation in `country`.
    pub fn situation(situation_id: Uuid, country: &str) -> ClashReason {
        ClashReason {
            kind: ClashReasonKind::Situation,
            record_id: situation_id,
            name: country.into(),
            short: country.into(),
            words: format!("{country}, high priority"),
        }
    }

    /// The meeting takes up my key issue titled `title`.
    pub fn key_issue(key_issue_id: Uuid, title: &str) -> ClashReason {
        ClashReason {
            kind: ClashReasonKind::KeyIssue,
            record_id: key_issue_id,
            name: title.into(),
            short: title.into(),
            words: format!("{title}, a key issue"),
        }
    }
}

/// A plenary meeting that a side event's time overlaps and that matters to me, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MeetingClash {
    pub meeting_id: Uuid,
    pub meeting_title: String,
    /// When it sits, in words: "Wed 27 June, midday (12:00–15:00)".
    pub meeting_time: String,
    /// Speaking first, then situations, then key issues; never empty.
    pub reasons: Vec<ClashReason>,
}

/// One of my side events (not cancelled) that an informal consultation overlaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SideEventOverlap {
    pub side_event_id: Uuid,
    pub side_event_title: String,
    /// When it is held, in words: "Mon 2 July, 13:00–14:00".
    pub side_event_time: String,
}

/// An informal consultation (its day and hours known) held while a plenary meeting that matters
/// to me sits or while one of my side events is held: the same checks as a side event's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ConsultationClash {
    pub consultation_id: Uuid,
    /// "Informal consultation on A/HRC/38/L.10" (the text's title when it has no symbol).
    pub consultation_title: String,
    /// When it is held, in words: "Mon 2 July, 13:00–14:00".
    pub consultation_time: String,
    /// The meetings that matter to me that it overlaps, in time order, each with why.
    pub meetings: Vec<MeetingClash>,
    /// My side events it overlaps, in time order.
    pub side_events: Vec<SideEventOverlap>,
}

/// A stored side event (not cancelled) that overlaps a plenary meeting that matters to me.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Clash {
    pub side_event_id: Uuid,
    pub side_event_title: String,
    #[serde(flatten)]
    pub meeting: MeetingClash,
}
