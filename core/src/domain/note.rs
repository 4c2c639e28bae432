//! A note taken before or during a session, linked to what it is about.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::source::Source;

/// A stored note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Note {
    pub id: Uuid,
    pub session_id: Uuid,
    pub meeting_id: Option<Uuid>,
    pub agenda_item: Option<u8>,
    pub situation_id: Option<Uuid>,
    pub key_issue_id: Option<Uuid>,
    pub statement_id: Option<Uuid>,
    /// The text (a draft or adopted resolution of the session) it is about.
    #[serde(default)]
    pub resolution_id: Option<Uuid>,
    /// Markdown.
    pub body: String,
    pub taken_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Where what it says comes from, in order.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Marked confidential: left out of every export and bundle unless the person asks to
    /// include it, and then marked "Confidential" in the document.
    #[serde(default)]
    pub confidential: bool,
}

/// What a person types for a note. A blank body is allowed (a note just opened).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct NoteInput {
    pub body: String,
    pub meeting_id: Option<String>,
    /// When omitted and a meeting is given, the meeting's agenda item.
    pub agenda_item: Option<u8>,
    pub situation_id: Option<String>,
    pub key_issue_id: Option<String>,
    pub statement_id: Option<String>,
    /// A text (resolution) of the same session.
    pub resolution_id: Option<String>,
    /// RFC 3339, or Geneva wall time ("2018-06-20 10:15", a note from a notebook); defaults to
    /// now.
    pub taken_at: Option<String>,
    /// Replaces the stored ones.
    pub sources: Vec<Source>,
    /// Marks it confidential (left out of exports and bundles unless asked for); an edit that
    /// starts from the stored record keeps the mark.
    pub confidential: bool,
}

/// What a note's link to a text says, in exports and on the command line: the text's symbol
/// (adopted, else draft) and its title — "A/HRC/38/L.17 Civil society space" — or its title alone.
pub fn text_label(text: &super::resolution::Resolution) -> String {
    match text.adopted_symbol.as_ref().or(text.draft_symbol.as_ref()) {
        Some(symbol) => format!("{symbol} {}", text.title),
        None => text.title.clone(),
    }
}
