//! Organisations (NGOs with or without ECOSOC status), the reading of one pasted name, and what
//! pasting a signatory list does.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use super::signatory_list::{read_list, Reading, SkipReason};
use crate::text::{fold, tidy};

choices!(
    /// An NGO's consultative status with ECOSOC.
    EcosocStatus {
        General = "general": "General consultative status",
        Special = "special": "Special consultative status",
        Roster = "roster": "Roster status",
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

/// An organisation and how much it is used: the statements it signs and the side events it
/// organises or co-sponsors (those not deleted). Its JSON is the organisation's, with the counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrganisationSummary {
    #[serde(flatten)]
    pub organisation: Organisation,
    /// Statements it signs.
    pub statements: u32,
    /// Side events it organises.
    pub side_events_organised: u32,
    /// Side events it co-sponsors.
    pub side_events_cosponsored: u32,
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

choices!(
    /// What one line of a pasted signatory list does to a statement's signatories.
    PasteOutcome {
        New = "new": "new organisation",
        Known = "known": "known from other statements",
        AlreadySigning = "already-signing": "already signing",
        Merged = "merged": "merged as a near-duplicate",
        Skipped = "skipped": "not an organisation",
    }
);

/// One non-blank line of a paste and what it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PastedLine {
    /// The line as pasted, its spacing tidied.
    pub line: String,
    /// The organisation's name as the line spells it (list number, bullet and acronym taken
    /// off); empty when skipped.
    pub read: String,
    pub outcome: PasteOutcome,
    /// The organisation it names, as it is kept (a near-duplicate names the one it merges
    /// into); empty when skipped.
    pub name: String,
    pub acronym: String,
    /// Why a skipped line is not an organisation.
    pub reason: Option<SkipReason>,
    /// What it does, or why it is skipped, in words ("known from other statements", "sign-off").
    pub why: String,
}

/// What pasting a list would do, read before anything is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignatoryPreview {
    /// New organisations to add.
    pub created: u32,
    /// Organisations known from other statements to add.
    pub reused: u32,
    /// Lines naming an organisation already signing, or one named earlier in the paste.
    pub duplicates: u32,
    /// Lines that are not organisations (greeting, heading, sign-off, signature).
    pub skipped: u32,
    /// Every non-blank line, in order.
    pub lines: Vec<PastedLine>,
    /// How many would sign after the paste.
    pub signatories_after: u32,
}

/// What adding signatories did: the preview's counts and lines, and everyone signing now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignatoryReport {
    /// Organisations that did not exist before.
    pub created: u32,
    /// Existing organisations now signing.
    pub reused: u32,
    /// Lines naming an organisation that already signed (or twice in the paste).
    pub duplicates: u32,
    /// Lines that are not organisations.
    pub skipped: u32,
    /// Every non-blank line, in order, and what it did.
    pub lines: Vec<PastedLine>,
    /// Everyone signing now, in order.
    pub signatories: Vec<Organisation>,
}

/// Marks that start a line of a list: bullets, dashes, and `>` quoting a forwarded e-mail.
const BULLETS: &[char] = &[
    '•', '*', '-', '·', '–', '—', '◦', '▪', '‣', '○', '●', '■', '□', '➢', '→', '>',
];

/// Reads one name: "Name (ACRONYM)" gives the acronym; bullets and list numbers ("1.", "2)",
/// "(3)") go; blank lines give `None`.
pub fn parse_line(line: &str) -> Option<SignatoryLine> {
    let line = tidy(tidy(line).trim_start_matches(BULLETS));
    let line = tidy(strip_number(&line).trim_start().trim_start_matches(BULLETS));
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

/// The organisations a pasted list names, in order: blank lines and the e-mail around the list
/// (greeting, headings, sign-off, signature) are left out (see [`read_list`]).
pub fn parse_list(text: &str) -> Vec<SignatoryLine> {
    read_list(text)
        .into_iter()
        .filter_map(|l| match l.reading {
            Reading::Organisation(org) => Some(org),
            Reading::Skipped(_) => None,
        })
        .collect()
}

/// Takes a list number off the start of a line: "1. ", "12) ", "(3) ", "4: " or a lone "5.".
/// "11.11.11" and "1st Collective" keep theirs: a number is followed by a mark and a space.
fn strip_number(line: &str) -> &str {
    let (open, rest) = match line.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return line;
    }
    let rest = &rest[digits..];
    let after = if open {
        rest.strip_prefix(')')
    } else {
        rest.strip_prefix(['.', ')', ':'])
    };
    match after {
        Some(after) if after.is_empty() || after.starts_with(char::is_whitespace) => after,
        _ => line,
    }
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
            ("1. Al-Haq", "Al-Haq", None),
            ("2) CIVICUS", "CIVICUS", None),
            ("(3) Al-Haq", "Al-Haq", None),
            ("12.  - Al-Haq", "Al-Haq", None),
            ("- 4. Al-Haq", "Al-Haq", None),
            ("* Al-Haq", "Al-Haq", None),
            ("> • Al-Haq", "Al-Haq", None),
            ("11.11.11", "11.11.11", None),
            ("1.Al-Haq", "1.Al-Haq", None),
            ("Article 1 Collective", "Article 1 Collective", None),
            ("1000 Women for Peace", "1000 Women for Peace", None),
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
