//! Speaking rules: the time observers and NGOs get at a meeting (its own, else the session's for
//! its kind, else the settings'), and what a change of it does to the statements due there.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::meeting::MeetingKind;
use super::settings::Settings;
use crate::error::{Error, Result};
use crate::rule::{Rule, Unit};

/// The speaking times a rule may give, in seconds: 10 seconds to 30 minutes, as the settings'.
pub const SPEAKING_SECONDS: std::ops::RangeInclusive<u32> = 10..=1800;

/// A speaking time as typed, refused naming `field` outside [`SPEAKING_SECONDS`].
pub fn checked_seconds(field: &str, seconds: u32) -> Result<u32> {
    if SPEAKING_SECONDS.contains(&seconds) {
        Ok(seconds)
    } else {
        Err(Error::invalid(
            field,
            Rule::OutOfRange {
                min: *SPEAKING_SECONDS.start(),
                max: *SPEAKING_SECONDS.end(),
                unit: Unit::Seconds,
            },
        ))
    }
}

/// The speaking time a session gives observers and NGOs at every meeting of a kind that states
/// none of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SessionSpeakingRule {
    pub session_id: Uuid,
    pub meeting_kind: MeetingKind,
    pub speaking_seconds: u32,
}

/// The settings' default limit of an oral statement at a meeting of `kind` (none: no meeting).
pub fn settings_seconds(kind: Option<MeetingKind>, settings: &Settings) -> u32 {
    if kind == Some(MeetingKind::GeneralDebate) {
        settings.general_debate_seconds
    } else {
        settings.other_seconds
    }
}

/// The default limit of an oral statement due at a meeting: the meeting's own speaking time,
/// else the session's rule for its kind, else the settings' default for its kind.
pub fn default_seconds(
    meeting_seconds: Option<u32>,
    session_rule: Option<u32>,
    kind: Option<MeetingKind>,
    settings: &Settings,
) -> u32 {
    meeting_seconds
        .or(session_rule)
        .unwrap_or_else(|| settings_seconds(kind, settings))
}

/// A statement whose limit follows a change of the speaking time: it was held to the default
/// before the change (a limit of its own, set by the person, stays).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LimitChange {
    pub statement_id: Uuid,
    pub meeting_id: Uuid,
    pub title: String,
    pub old_limit_seconds: u32,
    pub new_limit_seconds: u32,
    /// Its text's length at the speaking rate.
    pub estimated_seconds: u32,
    /// Over the new limit.
    pub over_limit: bool,
}

/// What changing a speaking time does: the default before and after, and the statements due
/// under it whose limit follows (in the order they were added). Nothing follows when the
/// default stays the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SpeakingTimeChange {
    pub old_seconds: u32,
    pub new_seconds: u32,
    pub statements: Vec<LimitChange>,
    /// How many of them would be over their new limit.
    pub over: u32,
}

impl SpeakingTimeChange {
    /// The change, counting the statements over their new limit.
    pub fn new(old_seconds: u32, new_seconds: u32, statements: Vec<LimitChange>) -> Self {
        let over = statements.iter().filter(|s| s.over_limit).count() as u32;
        SpeakingTimeChange {
            old_seconds,
            new_seconds,
            statements,
            over,
        }
    }
}

/// Seconds as a speaking time reads: 90 → "1:30".
pub fn minutes_seconds(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_the_meetings_then_the_sessions_then_the_settings() {
        let s = Settings::default();
        let id = Some(MeetingKind::InteractiveDialogue);
        let gd = Some(MeetingKind::GeneralDebate);
        // (meeting's own, session's rule, kind) -> default
        let cases = [
            (Some(60), Some(150), id, 60),
            (None, Some(150), id, 150),
            (None, None, id, 120),
            (None, None, gd, 90),
            (None, Some(150), gd, 150),
            (Some(45), None, gd, 45),
            (None, None, None, 120),
        ];
        for (own, rule, kind, want) in cases {
            assert_eq!(
                default_seconds(own, rule, kind, &s),
                want,
                "{own:?} {rule:?} {kind:?}"
            );
        }
    }

    #[test]
    fn speaking_times_outside_ten_seconds_to_thirty_minutes_are_refused() {
        for ok in [10, 90, 1800] {
            assert_eq!(checked_seconds("speaking_seconds", ok).unwrap(), ok);
        }
        for bad in [0, 9, 1801, 5000] {
            let e = checked_seconds("speaking_seconds", bad).unwrap_err();
            assert_eq!(e.field(), Some("speaking_seconds"), "{bad}");
        }
    }

    #[test]
    fn seconds_read_as_minutes_and_seconds() {
        assert_eq!(minutes_seconds(90), "1:30");
        assert_eq!(minutes_seconds(120), "2:00");
        assert_eq!(minutes_seconds(45), "0:45");
    }
}
