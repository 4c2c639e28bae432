//! An NGO statement (oral, written, joint, video) and the maths of its length against the limit.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use super::organisation::Organisation;
use crate::text::word_count;

choices!(
    /// The forms a statement takes.
    StatementKind {
        Oral = "oral": "Oral statement",
        Written = "written": "Written statement",
        JointOral = "joint-oral": "Joint oral statement",
        JointWritten = "joint-written": "Joint written statement",
        Video = "video": "Video statement",
    }
);

impl StatementKind {
    /// The name without "statement", as a badge shows it: "Oral", "Joint written".
    pub fn short_label(self) -> &'static str {
        let label = self.label();
        label.strip_suffix(" statement").unwrap_or(label)
    }

    /// Joint statements are the ones other organisations sign.
    pub fn is_joint(self) -> bool {
        matches!(self, StatementKind::JointOral | StatementKind::JointWritten)
    }

    /// Written statements are limited in words, the others in speaking time.
    pub fn is_written(self) -> bool {
        matches!(self, StatementKind::Written | StatementKind::JointWritten)
    }
}

choices!(
    /// Where a statement stands, from idea to delivery.
    StatementStatus {
        Idea = "idea": "Idea",
        Drafting = "drafting": "Drafting",
        Final = "final": "Final",
        Submitted = "submitted": "Submitted",
        Delivered = "delivered": "Delivered",
        Withdrawn = "withdrawn": "Withdrawn",
    }
);

/// A stored statement with the figures derived from its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Statement {
    pub id: Uuid,
    pub session_id: Uuid,
    pub kind: StatementKind,
    pub title: String,
    pub agenda_item: Option<u8>,
    pub meeting_id: Option<Uuid>,
    pub speaker: String,
    /// Markdown.
    pub text: String,
    /// For oral, joint oral and video statements.
    pub limit_seconds: Option<u32>,
    /// For written statements.
    pub limit_words: Option<u32>,
    pub status: StatementStatus,
    /// e.g. A/HRC/38/NGO/96.
    pub document_symbol: String,
    pub key_issue_ids: Vec<Uuid>,
    pub situation_ids: Vec<Uuid>,
    pub signatories: Vec<Organisation>,
    pub timing: Timing,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// When it was delivered (deliver mode, or the status set to delivered); unknown before schema 2.
    pub delivered_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The documents it answers (their symbols, in order); its own symbol is `document_symbol`.
    #[serde(default)]
    pub documents: Vec<String>,
    /// Marked confidential: left out of every export and bundle unless the person asks to
    /// include it, and then marked "Confidential" in the document.
    #[serde(default)]
    pub confidential: bool,
}

/// What a person types for a statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct StatementInput {
    pub title: String,
    /// Defaults to `oral`.
    pub kind: Option<String>,
    pub agenda_item: Option<u8>,
    pub meeting_id: Option<String>,
    pub speaker: Option<String>,
    pub text: Option<String>,
    /// Defaults to 90 s for a general debate and 120 s elsewhere (see settings).
    pub limit_seconds: Option<u32>,
    /// Defaults to 2,000 words (general status) or 1,500 (special, roster).
    pub limit_words: Option<u32>,
    /// Defaults to `drafting`.
    pub status: Option<String>,
    pub document_symbol: Option<String>,
    pub key_issue_ids: Vec<String>,
    pub situation_ids: Vec<String>,
    /// The documents it answers, by symbol (one made when new); `None` keeps the stored links.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub documents: Option<Vec<String>>,
    /// Marks it confidential (left out of exports and bundles unless asked for); an edit that
    /// starts from the stored record keeps the mark.
    pub confidential: bool,
}

/// A statement's length against its limit, always computed by the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Timing {
    pub word_count: u32,
    /// At the configured speaking rate, rounded up to the second.
    pub estimated_seconds: u32,
    pub words_per_minute: u32,
    pub limit_seconds: Option<u32>,
    pub limit_words: Option<u32>,
    pub over_limit: bool,
    /// When over, about how many words to cut for the text to fit its limit (the words beyond a
    /// word limit, or beyond what fits the speaking time at the rate); 0 within it.
    pub words_to_cut: u32,
}

impl Timing {
    /// Measures `text` at `words_per_minute` against whichever limit is set.
    pub fn measure(
        text: &str,
        words_per_minute: u32,
        limit_seconds: Option<u32>,
        limit_words: Option<u32>,
    ) -> Timing {
        Timing::of_words(
            word_count(text),
            words_per_minute,
            limit_seconds,
            limit_words,
        )
    }

    /// [`Timing::measure`] of a text of `word_count` words (counted when the text was written).
    pub fn of_words(
        word_count: u32,
        words_per_minute: u32,
        limit_seconds: Option<u32>,
        limit_words: Option<u32>,
    ) -> Timing {
        let wpm = words_per_minute.max(1);
        let estimated_seconds = (u64::from(word_count) * 60).div_ceil(u64::from(wpm)) as u32;
        let over_limit = limit_seconds.is_some_and(|l| estimated_seconds > l)
            || limit_words.is_some_and(|l| word_count > l);
        let beyond = |fit: u32| word_count.saturating_sub(fit);
        let words_to_cut = if over_limit {
            limit_seconds
                .map(|l| beyond(Timing::words_that_fit(l, wpm)))
                .into_iter()
                .chain(limit_words.map(beyond))
                .max()
                .unwrap_or(0)
        } else {
            0
        };
        Timing {
            word_count,
            estimated_seconds,
            words_per_minute: wpm,
            limit_seconds,
            limit_words,
            over_limit,
            words_to_cut,
        }
    }

    /// How many words fit a speaking time at a rate, rounded down (the Settings screen shows it).
    pub fn words_that_fit(seconds: u32, words_per_minute: u32) -> u32 {
        (u64::from(seconds) * u64::from(words_per_minute) / 60) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> String {
        vec!["word"; n].join(" ")
    }

    #[test]
    fn speaking_time_against_the_limit() {
        // (words, wpm, limit s, limit words) -> (estimated s, over)
        let cases = [
            (0, 150, Some(90), None, 0, false),
            (225, 150, Some(90), None, 90, false),
            (226, 150, Some(90), None, 91, true),
            (300, 150, Some(120), None, 120, false),
            (301, 150, Some(120), None, 121, true),
            (100, 120, Some(60), None, 50, false),
            (1, 150, Some(90), None, 1, false),
            (2000, 150, None, Some(2000), 800, false),
            (2001, 150, None, Some(2000), 801, true),
            (1501, 150, None, Some(1500), 601, true),
            (5000, 150, None, None, 2000, false),
        ];
        for (n, wpm, ls, lw, secs, over) in cases {
            let t = Timing::measure(&words(n), wpm, ls, lw);
            assert_eq!(
                (t.word_count, t.estimated_seconds, t.over_limit),
                (n as u32, secs, over),
                "{n} words at {wpm}"
            );
        }
    }

    #[test]
    fn words_to_cut_when_over() {
        // (words, wpm, limit s, limit words) -> words to cut
        let cases = [
            (225, 150, Some(90), None, 0),
            (226, 150, Some(90), None, 1),
            (248, 150, Some(90), None, 23),
            (400, 120, Some(60), None, 280),
            (301, 150, Some(120), None, 1),
            (2000, 150, None, Some(2000), 0),
            (2023, 150, None, Some(2000), 23),
            (1600, 150, None, Some(1500), 100),
            (5000, 150, None, None, 0),
        ];
        for (n, wpm, ls, lw, cut) in cases {
            let t = Timing::measure(&words(n), wpm, ls, lw);
            assert_eq!(
                t.words_to_cut, cut,
                "{n} words at {wpm}, {ls:?} s, {lw:?} words"
            );
            assert_eq!(t.over_limit, cut > 0, "{n} words");
        }
    }

    #[test]
    fn words_that_fit_ninety_seconds() {
        assert_eq!(Timing::words_that_fit(90, 150), 225);
        assert_eq!(Timing::words_that_fit(120, 150), 300);
        // Rounded down: a word that does not fit whole does not fit (the Settings screen says 227).
        assert_eq!(Timing::words_that_fit(91, 150), 227);
        assert_eq!(Timing::words_that_fit(90, 121), 181);
    }

    #[test]
    fn a_zero_rate_does_not_divide_by_zero() {
        assert_eq!(
            Timing::measure("one two", 0, Some(90), None).estimated_seconds,
            120
        );
    }
}
