//! Full-text search results: what matched, where, and the words that matched.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

choices!(
    /// The kinds of thing search finds.
    SearchKind {
        Note = "note": "Note",
        Statement = "statement": "Statement",
        KeyIssue = "key-issue": "Key issue",
        Situation = "situation": "Country situation",
        SideEvent = "side-event": "Side event",
        Meeting = "meeting": "Meeting",
    }
);

/// A piece of a snippet; `hit` pieces are the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One search result, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchHit {
    pub kind: SearchKind,
    pub id: Uuid,
    pub session_id: Uuid,
    pub session_label: String,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
    /// Lower is better (SQLite's bm25).
    pub rank: f64,
}

/// A search request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SearchQuery {
    pub text: String,
    /// A session label ("38", "S-28"); all sessions when omitted.
    pub session: Option<String>,
    /// Only these kinds; all when empty.
    pub kinds: Vec<String>,
    /// At most this many results (default 50).
    pub limit: Option<u32>,
}
