//! A one-page brief an advocate hands a delegation on a country situation or a key issue: what
//! is at stake, our asks, the meetings, documents and texts coming in the session, the mandates,
//! the organisations with us and, where votes exist, the States to lobby (gathered by
//! `Store::brief`, laid out by `export/brief.rs`).
use uuid::Uuid;

use super::choices;
use super::lobby::LobbyList;
use super::meeting::Meeting;
use super::organisation::Organisation;
use super::resolution::Resolution;
use super::session::Session;
use super::side_event::SideEvent;
use super::situation::Priority;
use super::statement::Statement;

choices!(
    /// What a brief is on.
    BriefOn {
        Situation = "situation": "Country situation",
        KeyIssue = "issue": "Key issue",
    }
);

/// A meeting of the session on the subject, with our statements in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefMeeting {
    pub meeting: Meeting,
    /// The titles of our statements on the subject delivered (or to be) in it.
    pub our_statements: Vec<String>,
}

/// An organisation with us on the subject: co-signing our statements on it, co-organising or
/// co-sponsoring side events on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ally {
    pub name: String,
    pub acronym: String,
    pub statements: usize,
    pub side_events: usize,
}

impl Ally {
    /// "International Service for Human Rights (ISHR)".
    pub fn display(&self) -> String {
        if self.acronym.trim().is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.acronym)
        }
    }
}

/// Everything a brief says, gathered from one session.
#[derive(Debug, Clone, PartialEq)]
pub struct Brief {
    pub on: BriefOn,
    pub subject_id: Uuid,
    /// The country's name or the issue's title ("… (Confidential)" when it is marked so).
    pub title: String,
    pub session: Session,
    pub agenda_item: Option<u8>,
    /// A situation's priority (a key issue has none).
    pub priority: Option<Priority>,
    /// Markdown: the situation's summary or the issue's overview.
    pub at_stake: String,
    /// Markdown: our asks.
    pub asks: String,
    /// The mechanisms: a situation's mandates (or what was typed before mandates were records),
    /// and the mandates its texts create, renew or end.
    pub mandates: Vec<String>,
    /// The meetings on it (its mandates or documents taken up, its country or title named, our
    /// statements on it given there), in the programme's order.
    pub meetings: Vec<BriefMeeting>,
    /// Our statements on it not given in one of its meetings (written ones, those not placed).
    pub statements: Vec<Statement>,
    /// Side events on it, by day.
    pub side_events: Vec<SideEvent>,
    /// The documents it follows, then those of its meetings and texts, each once.
    pub documents: Vec<String>,
    /// The texts of the session linked to it, drafts and adopted.
    pub texts: Vec<Resolution>,
    /// Those with us, most often with us first.
    pub allies: Vec<Ally>,
    /// Whom to lobby on each of its texts with members entered and related votes recorded.
    pub lobby: Vec<LobbyList>,
    /// My organisation (the settings), for the page's header; left out of the allies.
    pub my_organisation: String,
    /// Whether it holds a record marked confidential (its subject, or one of our statements,
    /// each then marked): only when the person asked to include them.
    pub confidential: bool,
}

/// The words of a meeting title or a name, folded for a match: lower case, letters and digits.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `org` is my organisation (`mine`, the settings' name or acronym).
pub fn is_mine(org: &Organisation, mine: &str) -> bool {
    let me = fold(mine);
    !me.is_empty() && (fold(&org.name) == me || fold(&org.acronym) == me)
}

/// Whether `title` names `name` as whole words ("Oral briefing … on Burundi" names "Burundi").
pub fn names(title: &str, name: &str) -> bool {
    let (title, name) = (fold(title), fold(name));
    !name.is_empty() && format!(" {title} ").contains(&format!(" {name} "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_names_a_country_as_whole_words() {
        assert!(names(
            "Oral briefing of the Commission of Inquiry on Burundi",
            "Burundi"
        ));
        assert!(names("ID on the situation in Eritrea (cont'd)", "eritrea"));
        assert!(!names("Panel on Nigerian women", "Niger"));
        assert!(!names("Anything", ""));
    }
}
