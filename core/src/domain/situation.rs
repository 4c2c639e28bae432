//! Countries, and the country situations a session considers.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use super::source::Source;

/// A country of the reference table: ISO 3166-1 alpha-3 code and English short name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Country {
    pub code: String,
    pub name: String,
}

choices!(
    /// How much a situation matters to the advocate this session.
    Priority {
        High = "high": "High",
        Medium = "medium": "Medium",
        Low = "low": "Low",
    }
);

/// A stored country situation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountrySituation {
    pub id: Uuid,
    pub session_id: Uuid,
    pub country_code: String,
    pub country_name: String,
    pub agenda_item: Option<u8>,
    /// e.g. "Commission of inquiry", "Special rapporteur", "OHCHR report".
    pub mechanism: String,
    pub summary: String,
    pub asks: String,
    pub priority: Priority,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// Where it is documented, in order.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The mandates that follow it (their names, in order). `mechanism` keeps what was typed
    /// before mandates were records.
    #[serde(default)]
    pub mandates: Vec<String>,
    /// The documents it follows (their symbols, in order).
    #[serde(default)]
    pub documents: Vec<String>,
    /// Marked confidential: left out of every export and bundle unless the person asks to
    /// include it, and then marked "Confidential" in the document.
    #[serde(default)]
    pub confidential: bool,
}

/// What a person types for a country situation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SituationInput {
    /// An ISO alpha-3 code ("BDI") or a name ("Burundi", "DR Congo").
    pub country: String,
    pub agenda_item: Option<u8>,
    pub mechanism: Option<String>,
    pub summary: Option<String>,
    pub asks: Option<String>,
    /// Defaults to `medium`.
    pub priority: Option<String>,
    /// Replaces the stored ones.
    pub sources: Vec<Source>,
    /// The mandates that follow it, by name (one made when new; never split at commas);
    /// `None` keeps the stored links.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub mandates: Option<Vec<String>>,
    /// The documents it follows, by symbol (one made when new); `None` keeps the stored links.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub documents: Option<Vec<String>>,
    /// Marks it confidential (left out of exports and bundles unless asked for); an edit that
    /// starts from the stored record keeps the mark.
    pub confidential: bool,
}
