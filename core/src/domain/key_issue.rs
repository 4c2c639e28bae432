//! A key (thematic) issue an advocate follows in a session, such as reprisals.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::source::Source;

/// A stored key issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct KeyIssue {
    pub id: Uuid,
    pub session_id: Uuid,
    pub title: String,
    pub agenda_item: Option<u8>,
    /// Markdown.
    pub overview: String,
    /// Markdown.
    pub asks: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Where it is documented, in order.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The documents it follows (their symbols, in order).
    #[serde(default)]
    pub documents: Vec<String>,
    /// Marked confidential: left out of every export and bundle unless the person asks to
    /// include it, and then marked "Confidential" in the document.
    #[serde(default)]
    pub confidential: bool,
}

/// What a person types for a key issue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct KeyIssueInput {
    pub title: String,
    pub agenda_item: Option<u8>,
    pub overview: Option<String>,
    pub asks: Option<String>,
    /// Replaces the stored ones.
    pub sources: Vec<Source>,
    /// The documents it follows, by symbol (one made when new); `None` keeps the stored links.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub documents: Option<Vec<String>>,
    /// Marks it confidential (left out of exports and bundles unless asked for); an edit that
    /// starts from the stored record keeps the mark.
    pub confidential: bool,
}
