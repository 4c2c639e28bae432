//! Mandates of the Council: special procedures, commissions of inquiry and OHCHR reports.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

choices!(
    /// The kinds of mandate that present to the Council.
    MandateKind {
        SpecialRapporteur = "special-rapporteur": "Special Rapporteur",
        IndependentExpert = "independent-expert": "Independent Expert",
        WorkingGroup = "working-group": "Working Group",
        CommissionOfInquiry = "commission-of-inquiry": "Commission of inquiry",
        OhchrReport = "ohchr-report": "OHCHR report",
        Other = "other": "Other mandate",
    }
);

/// A stored mandate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Mandate {
    pub id: Uuid,
    /// As the Council names it ("Special Rapporteur on extrajudicial, summary or arbitrary executions").
    pub name: String,
    pub kind: MandateKind,
    /// The country it covers (ISO 3166-1 alpha-3), for a country mandate.
    pub country_code: Option<String>,
    /// That country's name.
    pub country_name: Option<String>,
    pub theme: String,
    pub holders: Vec<String>,
    /// The resolution that created or last renewed it.
    pub resolution: String,
    /// The session where its renewal falls.
    pub renewal_session: Option<u32>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// A mandate and the live meetings and situations that link it. Its JSON is the mandate's, with
/// `linked`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MandateSummary {
    #[serde(flatten)]
    pub mandate: Mandate,
    pub linked: Vec<super::document::LinkedRecord>,
}

/// What a person types for a mandate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct MandateInput {
    pub name: String,
    /// Defaults to the kind its name says, else `other`.
    pub kind: Option<String>,
    /// An ISO alpha-3 code ("BDI") or a name ("Burundi"), for a country mandate.
    pub country: Option<String>,
    pub theme: String,
    pub holders: Vec<String>,
    /// A UN symbol (`A/HRC/RES/35/15`), checked when given.
    pub resolution: String,
    pub renewal_session: Option<u32>,
}

/// The kind a mandate's name says ("Special Rapporteur on …", "Working Group on …").
pub fn kind_of(name: &str) -> MandateKind {
    let n = name.to_lowercase();
    if n.contains("special rapporteur") {
        MandateKind::SpecialRapporteur
    } else if n.contains("independent expert") {
        MandateKind::IndependentExpert
    } else if n.contains("working group") {
        MandateKind::WorkingGroup
    } else if n.contains("commission of inquiry") || n.contains("commission on human rights in") {
        MandateKind::CommissionOfInquiry
    } else if n.contains("high commissioner") || n.contains("ohchr") {
        MandateKind::OhchrReport
    } else {
        MandateKind::Other
    }
}
