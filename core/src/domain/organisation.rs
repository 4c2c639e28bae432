//! Organisations (NGOs with or without ECOSOC status) and the reading of pasted signatory lists.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use crate::text::{fold, tidy};

choices!(
    /// An NGO's consultative status with ECOSOC.
    EcosocStatus {
        General = "general": "General consultative status",
        Special = "special": "Special consultative status",
        Roster = "roster": "Roster",
        None = "none": "No ECOSOC status",
    }
);

impl EcosocStatus {
    /// The word limit of a written statement by an NGO with this status.
    pub fn written_word_limit(self) -> u32 {
        match self {
            EcosocStatus::General => 2000,
            _ => 1500,
        }
    }
}

/// A stored organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    pub acronym: String,
    pub ecosoc_status: EcosocStatus,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// What a person types for an organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct OrganisationInput {
    pub name: String,
    pub acronym: Option<String>,
    /// Defaults to `none`.
    pub ecosoc_status: Option<String>,
}

/// One line of a pasted signatory list, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatoryLine {
    pub name: String,
    pub acronym: Option<String>,
    /// The folded name that near-duplicates share.
    pub key: String,
}

/// What adding signatories did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignatoryReport {
    /// Organisations that did not exist before.
    pub created: u32,
    /// Existing organisations now signing.
    pub reused: u32,
    /// Lines naming an organisation that already signed (or twice in the paste).
    pub duplicates: u32,
    /// Everyone signing now, in order.
    pub signatories: Vec<Organisation>,
}

/// Reads one line: "Name (ACRONYM)" gives the acronym; blank lines give `None`.
pub fn parse_line(line: &str) -> Option<SignatoryLine> {
    let line = tidy(tidy(line).trim_start_matches(['•', '*', '-', '·']));
    if line.is_empty() {
        return None;
    }
    let (name, acronym) = split_acronym(&line);
    let key = fold(&name);
    if key.is_empty() {
        return None;
    }
    Some(SignatoryLine { name, acronym, key })
}

/// Reads a pasted list, one organisation a line, blank lines ignored.
pub fn parse_list(text: &str) -> Vec<SignatoryLine> {
    text.lines().filter_map(parse_line).collect()
}

/// Splits "International Service for Human Rights (ISHR)" into name and acronym.
/// Only a short, capitalised, single word in trailing parentheses is an acronym:
/// "(Vienna)" or "(Ombudsman Office)" stay part of the name.
fn split_acronym(line: &str) -> (String, Option<String>) {
    let trimmed = line.trim_end_matches(['.', ' ']);
    if let Some(open) = trimmed.rfind('(') {
        if let Some(inner) = trimmed[open + 1..].strip_suffix(')') {
            let upper = inner.chars().filter(|c| c.is_uppercase()).count();
            let ok = (2..=15).contains(&inner.chars().count())
                && upper >= 2
                && inner
                    .chars()
                    .all(|c| c.is_alphanumeric() || "-&.".contains(c));
            let name = trimmed[..open].trim();
            if ok && !name.is_empty() {
                return (name.to_string(), Some(inner.to_string()));
            }
        }
    }
    (line.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_and_acronyms() {
        let cases = [
            (
                "International Service for Human Rights (ISHR)",
                "International Service for Human Rights",
                Some("ISHR"),
            ),
            (
                "Asian Forum for Human Rights and Development (FORUM-ASIA)",
                "Asian Forum for Human Rights and Development",
                Some("FORUM-ASIA"),
            ),
            ("Women in Black (Vienna)", "Women in Black (Vienna)", None),
            (
                "The Independent Commission for Human Rights (Ombudsman Office)",
                "The Independent Commission for Human Rights (Ombudsman Office)",
                None,
            ),
            ("  Solidarité Socialiste  ", "Solidarité Socialiste", None),
            (
                "Women's International League for Peace and Freedom (WILPF) ",
                "Women's International League for Peace and Freedom",
                Some("WILPF"),
            ),
            ("(ISHR)", "(ISHR)", None),
        ];
        for (line, name, acronym) in cases {
            let got = parse_line(line).unwrap();
            assert_eq!(
                (got.name.as_str(), got.acronym.as_deref()),
                (name, acronym),
                "{line}"
            );
        }
    }

    #[test]
    fn blank_lines_are_ignored() {
        let list =
            parse_list("ActionAid International\n\n   \nBroederlijk Delen\n\u{a0}\n\u{200B}\n");
        assert_eq!(list.len(), 2);
    }

    #[test]
    fn invisible_characters_are_not_part_of_a_name() {
        let plain = parse_line("ActionAid International").unwrap();
        for pasted in [
            "\u{FEFF}ActionAid International",
            "\u{FEFF}• ActionAid International\u{200B}",
            "\u{200E}ActionAid International\u{200F}",
        ] {
            assert_eq!(parse_line(pasted).unwrap(), plain, "{pasted:?}");
        }
    }

    #[test]
    fn near_duplicates_share_a_key() {
        let a = parse_line("L’Association Marocaine des Droits Humains").unwrap();
        let b = parse_line("L'Association Marocaine des Droits Humains").unwrap();
        let c = parse_line("l'association  marocaine des droits humains.").unwrap();
        assert_eq!(a.key, b.key);
        assert_eq!(b.key, c.key);
    }

    #[test]
    fn written_word_limits_follow_status() {
        assert_eq!(EcosocStatus::General.written_word_limit(), 2000);
        assert_eq!(EcosocStatus::Special.written_word_limit(), 1500);
        assert_eq!(EcosocStatus::Roster.written_word_limit(), 1500);
    }
}
