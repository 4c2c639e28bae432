//! An agenda item of a session: one of the ten standing items, with the advocate's notes.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A session's agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AgendaItem {
    pub id: Uuid,
    pub session_id: Uuid,
    /// 1 to 10.
    pub number: u8,
    pub title: String,
    pub notes: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
