//! A text the Council acts on, from its first draft (an L-document) to its adoption: symbols,
//! revisions, sponsors, what it does to mandates, its links, its status and the vote on it.
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::domain::choices;
use crate::domain::vote_list::{StateVote, VoteCounts};

choices! {
    /// What the Council adopts.
    ResolutionKind {
        Resolution = "resolution": "Resolution",
        Decision = "decision": "Decision",
        PresidentsStatement = "presidents-statement": "President's statement",
    }
}

choices! {
    /// Where a text stands.
    ResolutionStatus {
        Draft = "draft": "Draft",
        Tabled = "tabled": "Tabled",
        AdoptedWithVote = "adopted-with-vote": "Adopted with a vote",
        AdoptedWithoutVote = "adopted-without-vote": "Adopted without a vote",
        Rejected = "rejected": "Rejected",
        Withdrawn = "withdrawn": "Withdrawn",
    }
}

choices! {
    /// What a text does to a mandate.
    MandateEffect {
        Creates = "creates": "Creates",
        Renews = "renews": "Renews",
        Ends = "ends": "Ends",
    }
}

choices! {
    /// A State's part in presenting a text.
    SponsorRole {
        Main = "main": "Main sponsor",
        Co = "co": "Co-sponsor",
    }
}

choices! {
    /// The Council's action on a text or an amendment.
    VoteOutcome {
        Adopted = "adopted": "Adopted",
        Rejected = "rejected": "Rejected",
        AdoptedWithoutVote = "adopted-without-vote": "Adopted without a vote",
    }
}

choices! {
    /// What became of an amendment.
    AmendmentStatus {
        Tabled = "tabled": "Tabled",
        Adopted = "adopted": "Adopted",
        Rejected = "rejected": "Rejected",
        Withdrawn = "withdrawn": "Withdrawn",
    }
}

/// An amendment to a draft: its own L-symbol, what it changes, its sponsors (States, by code and
/// name), what became of it and the vote on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Amendment {
    pub id: Uuid,
    pub resolution_id: Uuid,
    pub symbol: String,
    pub summary: String,
    pub sponsors: Vec<Sponsor>,
    pub status: AmendmentStatus,
    pub vote: Option<Vote>,
}

/// An amendment as typed: its L-symbol, what it changes, its sponsors (States by name or code).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AmendmentInput {
    pub resolution_id: Uuid,
    pub symbol: String,
    pub summary: String,
    pub sponsors: Vec<String>,
    pub status: Option<String>,
}

/// A State presenting a text: a main sponsor (the core group) or a co-sponsor from a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Sponsor {
    pub country_code: String,
    pub country_name: String,
    pub role: SponsorRole,
    pub joined_on: Option<NaiveDate>,
}

/// A revision of a draft: its symbol (`A/HRC/38/L.10/Rev.1`) or an oral revision, with its day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Revision {
    pub symbol: Option<String>,
    pub oral: bool,
    pub date: Option<NaiveDate>,
}

/// A mandate the text links, with what it does to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MandateLink {
    pub mandate_id: Uuid,
    pub name: String,
    pub effect: Option<MandateEffect>,
}

/// The Council's action on a text or one of its amendments: its day, outcome, counts (none when
/// adopted without a vote) and each State's vote when the lists were entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Vote {
    pub id: Uuid,
    pub resolution_id: Uuid,
    pub amendment_id: Option<Uuid>,
    pub date: NaiveDate,
    pub outcome: VoteOutcome,
    pub counts: Option<VoteCounts>,
    pub states: Vec<StateVote>,
}

/// A text of a session as stored, with everything that hangs from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Resolution {
    pub id: Uuid,
    pub session_id: Uuid,
    pub agenda_item: Option<u8>,
    pub title: String,
    pub kind: ResolutionKind,
    pub draft_symbol: Option<String>,
    pub adopted_symbol: Option<String>,
    pub status: ResolutionStatus,
    pub action_date: Option<NaiveDate>,
    pub action_meeting: Option<u32>,
    pub programme_budget: String,
    pub position: String,
    pub asks: String,
    pub sponsors: Vec<Sponsor>,
    pub revisions: Vec<Revision>,
    pub mandates: Vec<MandateLink>,
    pub documents: Vec<String>,
    pub key_issue_ids: Vec<Uuid>,
    pub situation_ids: Vec<Uuid>,
    pub statement_ids: Vec<Uuid>,
    /// Its amendments, each with its vote.
    pub amendments: Vec<Amendment>,
    /// The vote on the text itself (amendments' votes are with them).
    pub vote: Option<Vote>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A revision as typed: a symbol, or an oral revision (`oral`), each with an optional day.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RevisionInput {
    pub symbol: Option<String>,
    pub oral: bool,
    pub date: Option<String>,
}

/// A mandate as typed: its name (made when new) and what the text does to it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MandateLinkInput {
    pub name: String,
    pub effect: Option<String>,
}

/// A text as typed. Sponsors are States (codes or names); co-sponsors may carry the day they
/// joined ("Chile@2018-07-02"). Links are replaced on each save.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ResolutionInput {
    pub session_id: Uuid,
    pub agenda_item: Option<u8>,
    pub title: String,
    pub kind: Option<String>,
    pub draft_symbol: Option<String>,
    pub adopted_symbol: Option<String>,
    pub status: Option<String>,
    pub action_date: Option<String>,
    pub action_meeting: Option<u32>,
    pub programme_budget: String,
    pub position: String,
    pub asks: String,
    pub sponsors: Vec<String>,
    pub cosponsors: Vec<String>,
    pub revisions: Vec<RevisionInput>,
    pub mandates: Vec<MandateLinkInput>,
    pub documents: Vec<String>,
    pub key_issue_ids: Vec<Uuid>,
    pub situation_ids: Vec<Uuid>,
    pub statement_ids: Vec<Uuid>,
}

impl Resolution {
    /// The input that saves it unchanged: the base of an edit of some of its fields.
    pub fn to_input(&self) -> ResolutionInput {
        let states = |role: SponsorRole| {
            self.sponsors
                .iter()
                .filter(|s| s.role == role)
                .map(|s| match s.joined_on {
                    Some(d) => format!("{}@{d}", s.country_code),
                    None => s.country_code.clone(),
                })
                .collect()
        };
        ResolutionInput {
            session_id: self.session_id,
            agenda_item: self.agenda_item,
            title: self.title.clone(),
            kind: Some(self.kind.key().into()),
            draft_symbol: self.draft_symbol.clone(),
            adopted_symbol: self.adopted_symbol.clone(),
            status: Some(self.status.key().into()),
            action_date: self.action_date.map(|d| d.to_string()),
            action_meeting: self.action_meeting,
            programme_budget: self.programme_budget.clone(),
            position: self.position.clone(),
            asks: self.asks.clone(),
            sponsors: states(SponsorRole::Main),
            cosponsors: states(SponsorRole::Co),
            revisions: self
                .revisions
                .iter()
                .map(|r| RevisionInput {
                    symbol: r.symbol.clone(),
                    oral: r.oral,
                    date: r.date.map(|d| d.to_string()),
                })
                .collect(),
            mandates: self
                .mandates
                .iter()
                .map(|m| MandateLinkInput {
                    name: m.name.clone(),
                    effect: m.effect.map(|e| e.key().into()),
                })
                .collect(),
            documents: self.documents.clone(),
            key_issue_ids: self.key_issue_ids.clone(),
            situation_ids: self.situation_ids.clone(),
            statement_ids: self.statement_ids.clone(),
        }
    }
}

/// How a vote is entered: the pasted lists (with the counts typed beside them, which must agree),
/// the three counts alone, or adoption without a vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoteEntry {
    Lists {
        text: String,
        counts: Option<VoteCounts>,
    },
    Counts(VoteCounts),
    WithoutVote,
}

/// A vote as entered: on a text or one of its amendments, on a day (else the text's action date,
/// else the session's last day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteInput {
    pub resolution_id: Uuid,
    pub amendment_id: Option<Uuid>,
    pub date: Option<String>,
    pub entry: VoteEntry,
}

/// The outcome of a recorded vote: adopted when more States voted in favour than against.
pub fn outcome_of(counts: VoteCounts) -> VoteOutcome {
    if counts.in_favour > counts.against {
        VoteOutcome::Adopted
    } else {
        VoteOutcome::Rejected
    }
}
