//! Whom to lobby on a text: its related texts of earlier sessions (the same title lineage, or a
//! link to the same mandate, country situation or key issue), each member State's record on them
//! (its votes, its co-sponsorship) and on this text, and the rule that sorts the States into
//! likely yes, swing and likely no — the rule is here, and [`RULE`] says it in words.
use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::domain::choices;
use crate::domain::resolution::{SponsorRole, VoteOutcome};
use crate::domain::vote_list::{VoteCast, VoteCounts};
use crate::reference::regional_groups::RegionalGroup;

choices! {
    /// Where a State is likely to stand on a text.
    Lean {
        LikelyYes = "likely-yes": "Likely yes",
        Swing = "swing": "Swing",
        LikelyNo = "likely-no": "Likely no",
    }
}

choices! {
    /// How a State took part in a related recorded vote: one of the lists, or absent (a member
    /// that day named in none).
    StatePart {
        InFavour = "in-favour": "In favour",
        Against = "against": "Against",
        Abstaining = "abstaining": "Abstaining",
        Absent = "absent": "Absent",
    }
}

impl From<VoteCast> for StatePart {
    fn from(cast: VoteCast) -> StatePart {
        match cast {
            VoteCast::InFavour => StatePart::InFavour,
            VoteCast::Against => StatePart::Against,
            VoteCast::Abstaining => StatePart::Abstaining,
        }
    }
}

/// The rule, as the screen and the exports show it beside the lists.
pub const RULE: &str = "Likely yes: a sponsor or co-sponsor of this text; or a State that voted \
in favour in every related recorded vote it sat for; or one that co-sponsored a related text and \
never voted against one. Likely no: a State that voted against in more than half of the related \
recorded votes it sat for. Swing: every other State, and a State with no record on the related \
texts (\"no record\"). Related texts are those of earlier sessions with the same title (session \
numbers, years and small words aside) or a link to the same mandate, country situation or key \
issue; only recorded votes entered with their lists count.";

/// Why a text of an earlier session is related to this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// The same title, session numbers, years and small words aside.
    SameTitle,
    /// A link to the same mandate.
    SameMandate,
    /// A link to a situation of the same country.
    SameSituation,
    /// A link to a key issue of the same title.
    SameKeyIssue,
}

impl Relation {
    /// "same title", "same mandate" …
    pub fn label(self) -> &'static str {
        match self {
            Relation::SameTitle => "same title",
            Relation::SameMandate => "same mandate",
            Relation::SameSituation => "same country situation",
            Relation::SameKeyIssue => "same key issue",
        }
    }
}

/// A related text of an earlier session, with the vote on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RelatedText {
    pub id: Uuid,
    /// "HRC37".
    pub session: String,
    /// Its adopted symbol, else its draft symbol.
    pub symbol: Option<String>,
    pub title: String,
    pub relations: Vec<Relation>,
    /// The vote on it, when one is recorded: its day, outcome and counts (none when adopted
    /// without a vote), and whether each State's vote was entered.
    pub vote_date: Option<NaiveDate>,
    pub outcome: Option<VoteOutcome>,
    pub counts: Option<VoteCounts>,
    pub lists: bool,
}

impl RelatedText {
    /// "A/HRC/RES/37/29 (HRC37)" or the title when it has no symbol.
    pub fn name(&self) -> String {
        match &self.symbol {
            Some(s) => format!("{s} ({})", self.session),
            None => format!("{} ({})", self.title, self.session),
        }
    }
}

/// One State's part in one related recorded vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RelatedVote {
    pub resolution_id: Uuid,
    pub part: StatePart,
}

/// A member State of the text's session, its record, where it likely stands and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LobbyTarget {
    pub country_code: String,
    pub country_name: String,
    pub group: RegionalGroup,
    /// Its part in presenting this text, if any.
    pub sponsor: Option<SponsorRole>,
    /// The related texts it presented (main sponsor or co-sponsor).
    pub cosponsored_related: Vec<Uuid>,
    /// Its part in each related recorded vote whose lists were entered and at which it sat.
    pub votes: Vec<RelatedVote>,
    /// My notes on its delegation (contacts, meetings), when there is a record.
    pub delegation_contacts: String,
    pub delegation_notes: String,
    pub lean: Lean,
    /// Why, in words: "co-sponsor of this text", "in favour in 3 of 3 related votes", "no record".
    pub reason: String,
}

impl LobbyTarget {
    /// How many related votes it cast as `part`.
    pub fn count(&self, part: StatePart) -> usize {
        self.votes.iter().filter(|v| v.part == part).count()
    }

    /// "in favour 2, against 0, abstaining 1, absent 0 of 3", or "" with no votes.
    pub fn tally(&self) -> String {
        if self.votes.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = StatePart::ALL
            .iter()
            .map(|&p| format!("{} {}", p.label().to_lowercase(), self.count(p)))
            .collect();
        format!("{} of {}", parts.join(", "), self.votes.len())
    }
}

/// The target list for a text: its related texts, the session's member States grouped by where
/// they likely stand, and the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LobbyList {
    pub resolution_id: Uuid,
    pub title: String,
    pub symbol: Option<String>,
    /// "HRC38".
    pub session: String,
    pub rule: String,
    pub related: Vec<RelatedText>,
    /// Whether the members of the text's session are entered: without them there is nobody to
    /// sort (hrc membership set).
    pub members_entered: bool,
    pub likely_yes: Vec<LobbyTarget>,
    pub swing: Vec<LobbyTarget>,
    pub likely_no: Vec<LobbyTarget>,
}

impl LobbyList {
    /// The three groups in order, each with its label.
    pub fn by_lean(&self) -> [(Lean, &[LobbyTarget]); 3] {
        [
            (Lean::LikelyYes, &self.likely_yes),
            (Lean::Swing, &self.swing),
            (Lean::LikelyNo, &self.likely_no),
        ]
    }
}

/// Where a State with this record likely stands, and why (see [`RULE`]).
pub fn lean(
    sponsor: Option<SponsorRole>,
    cosponsored: usize,
    votes: &[RelatedVote],
) -> (Lean, String) {
    if let Some(role) = sponsor {
        let what = match role {
            SponsorRole::Main => "main sponsor of this text",
            SponsorRole::Co => "co-sponsor of this text",
        };
        return (Lean::LikelyYes, what.into());
    }
    let sat = votes.len();
    let count = |p: StatePart| votes.iter().filter(|v| v.part == p).count();
    let (yes, no) = (count(StatePart::InFavour), count(StatePart::Against));
    let presented = match cosponsored {
        0 => String::new(),
        1 => "co-sponsored a related text".into(),
        n => format!("co-sponsored {n} related texts"),
    };
    if sat == 0 {
        return if cosponsored > 0 {
            (Lean::LikelyYes, presented)
        } else {
            (Lean::Swing, "no record".into())
        };
    }
    let tally = |n: usize, what: &str| format!("{what} in {n} of {sat} related votes");
    if no * 2 > sat {
        (Lean::LikelyNo, tally(no, "against"))
    } else if yes == sat {
        (Lean::LikelyYes, tally(yes, "in favour"))
    } else if cosponsored > 0 && no == 0 {
        (
            Lean::LikelyYes,
            format!("{presented}; {}", tally(yes, "in favour")),
        )
    } else {
        let parts: Vec<String> = StatePart::ALL
            .iter()
            .map(|&p| (p, count(p)))
            .filter(|(_, n)| *n > 0)
            .map(|(p, n)| format!("{} {n}", p.label().to_lowercase()))
            .collect();
        let mut why = format!("{} of {sat} related votes", parts.join(", "));
        if !presented.is_empty() {
            why = format!("{why}; {presented}");
        }
        (Lean::Swing, why)
    }
}

/// Small words a title lineage ignores.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "draft", "session",
];

/// A title as its lineage knows it: folded, its words without punctuation, session numbers,
/// ordinals ("38th"), years and small words, so that "The human rights situation in the Syrian
/// Arab Republic" of HRC37 and of HRC38 are one lineage.
pub fn title_lineage(title: &str) -> String {
    let folded = crate::text::fold(title).to_lowercase();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !SMALL_WORDS.contains(w))
        .filter(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            !(w.starts_with(|c: char| c.is_ascii_digit())
                && digits.chars().all(|c| c.is_ascii_digit())
                && ["", "st", "nd", "rd", "th"].contains(&suffix))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn votes(parts: &[StatePart]) -> Vec<RelatedVote> {
        parts
            .iter()
            .map(|&part| RelatedVote {
                resolution_id: Uuid::nil(),
                part,
            })
            .collect()
    }

    /// A record (a part in presenting the text, related texts presented, related votes), where
    /// it stands and why.
    type Case = (
        Option<SponsorRole>,
        usize,
        &'static [StatePart],
        Lean,
        &'static str,
    );

    #[test]
    fn the_rule_sorts_by_sponsorship_then_votes() {
        use StatePart::*;
        let cases: [Case; 9] = [
            (
                Some(SponsorRole::Co),
                0,
                &[Against],
                Lean::LikelyYes,
                "co-sponsor of this text",
            ),
            (
                None,
                0,
                &[InFavour, InFavour, InFavour],
                Lean::LikelyYes,
                "in favour in 3 of 3 related votes",
            ),
            (
                None,
                0,
                &[Against, Against, Abstaining],
                Lean::LikelyNo,
                "against in 2 of 3 related votes",
            ),
            (
                None,
                0,
                &[Against, InFavour],
                Lean::Swing,
                "in favour 1, against 1 of 2 related votes",
            ),
            (
                None,
                0,
                &[InFavour, Absent],
                Lean::Swing,
                "in favour 1, absent 1 of 2 related votes",
            ),
            (
                None,
                2,
                &[InFavour, Abstaining],
                Lean::LikelyYes,
                "co-sponsored 2 related texts; in favour in 1 of 2 related votes",
            ),
            (None, 1, &[], Lean::LikelyYes, "co-sponsored a related text"),
            (
                None,
                1,
                &[Against, InFavour, InFavour],
                Lean::Swing,
                "in favour 2, against 1 of 3 related votes; co-sponsored a related text",
            ),
            (None, 0, &[], Lean::Swing, "no record"),
        ];
        for (sponsor, cosponsored, parts, want, why) in cases {
            assert_eq!(
                lean(sponsor, cosponsored, &votes(parts)),
                (want, why.to_string()),
                "{parts:?}"
            );
        }
    }

    #[test]
    fn a_title_lineage_leaves_out_session_words() {
        assert_eq!(
            title_lineage("The human rights situation in the Syrian Arab Republic"),
            title_lineage(
                "Human rights situation in the Syrian Arab Republic (38th session, 2018)"
            )
        );
        assert_eq!(
            title_lineage("Situation of human rights in Belarus"),
            "situation human rights belarus"
        );
        assert_ne!(
            title_lineage("Situation of human rights in Belarus"),
            title_lineage("Situation of human rights in Burundi")
        );
        assert_eq!(
            title_lineage("Resolution 1325 follow-up"),
            "resolution follow up"
        );
    }
}
