//! A side event an advocate organises or follows during a session.
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use super::organisation::Organisation;
use super::situation::Country;
use super::source::Source;

choices!(
    /// Where a side event stands.
    SideEventStatus {
        Idea = "idea": "Idea",
        RoomRequested = "room-requested": "Room requested",
        Confirmed = "confirmed": "Confirmed",
        Held = "held": "Held",
        Cancelled = "cancelled": "Cancelled",
    }
);

/// A stored side event, in Geneva wall-clock time and in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SideEvent {
    pub id: Uuid,
    pub session_id: Uuid,
    pub title: String,
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub room: String,
    pub organisers: Vec<Organisation>,
    pub cosponsor_organisations: Vec<Organisation>,
    pub cosponsor_states: Vec<Country>,
    pub speakers: Vec<String>,
    /// Markdown.
    pub description: String,
    pub status: SideEventStatus,
    pub key_issue_ids: Vec<Uuid>,
    pub situation_ids: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Where it is announced or documented, in order.
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// What a person types for a side event: date `YYYY-MM-DD`, times `HH:MM` in Geneva.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SideEventInput {
    pub title: String,
    pub date: String,
    pub start: String,
    pub end: String,
    pub room: Option<String>,
    /// Organisation names, "Name (ACRONYM)" recognised; reused like signatories.
    pub organisers: Vec<String>,
    pub cosponsor_organisations: Vec<String>,
    /// Country codes or names.
    pub cosponsor_states: Vec<String>,
    pub speakers: Vec<String>,
    pub description: Option<String>,
    /// Defaults to `idea`.
    pub status: Option<String>,
    pub key_issue_ids: Vec<String>,
    pub situation_ids: Vec<String>,
    /// Replaces the stored ones.
    pub sources: Vec<Source>,
}
