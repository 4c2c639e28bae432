//! The day in the room: what is on now and next, my statements, side events and notes of today.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::clash::{Clash, ConsultationClash};
use super::consultation::Consultation;
use super::meeting::Meeting;
use super::note::Note;
use super::session::{Session, SessionTiming};
use super::side_event::SideEvent;
use super::statement::Statement;

/// Where a meeting stands against the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum MeetingState {
    Ended,
    Running,
    Upcoming,
}

/// A meeting of the programme as seen from "now".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimedMeeting {
    pub meeting: Meeting,
    pub state: MeetingState,
    /// Whole minutes until it starts, rounded up (0 or less once it has started); none while
    /// its time is not known.
    pub starts_in_minutes: Option<i64>,
    /// Whole minutes until it ends, rounded up (0 or less once it has ended); none while its
    /// time is not known.
    pub ends_in_minutes: Option<i64>,
}

impl TimedMeeting {
    /// Times `meeting` against `now`. A meeting whose time is not known yet is upcoming until
    /// its day has passed; a cancelled or postponed one is never running.
    pub fn at(meeting: Meeting, now: DateTime<Utc>) -> TimedMeeting {
        let state = match meeting.span() {
            Some((start, _)) if now < start => MeetingState::Upcoming,
            Some((_, end)) if now < end && !meeting.off() => MeetingState::Running,
            Some(_) => MeetingState::Ended,
            None => match meeting.date {
                Some(d) if d < crate::geneva::from_utc(now).0 => MeetingState::Ended,
                _ => MeetingState::Upcoming,
            },
        };
        TimedMeeting {
            starts_in_minutes: meeting.starts_at.map(|t| minutes_until(now, t)),
            ends_in_minutes: meeting.ends_at.map(|t| minutes_until(now, t)),
            meeting,
            state,
        }
    }
}

/// Whole minutes from `now` to `then`, rounded up: 30 s before a meeting it starts "in 1 minute".
fn minutes_until(now: DateTime<Utc>, then: DateTime<Utc>) -> i64 {
    let seconds = (then - now).num_seconds();
    seconds.div_euclid(60) + i64::from(seconds.rem_euclid(60) > 0)
}

/// Everything the today view shows, computed by the core for one instant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Today {
    /// The instant "now" was taken at (the clock, or the time set by hand).
    pub now: DateTime<Utc>,
    /// The Geneva date of `now`.
    pub date: NaiveDate,
    /// The session running on `date` (or the one asked for); none between sessions.
    pub session: Option<Session>,
    /// Whether `date` falls within the session's dates.
    pub in_session: bool,
    /// The session's place in time on `date`: "Day 10 of 19" while it runs.
    pub session_timing: Option<SessionTiming>,
    /// When no session runs: the next one to start, if any.
    pub next_session: Option<Session>,
    /// The next session's place in time on `date` (how many days until it starts).
    pub next_session_timing: Option<SessionTiming>,
    /// The session's meetings on `date`, in time order.
    pub meetings: Vec<TimedMeeting>,
    /// The meetings running now (the Council sometimes runs two rooms at once).
    pub current: Vec<TimedMeeting>,
    /// The next meeting to start, today or on a later day of the session.
    pub next: Option<TimedMeeting>,
    /// Statements due in today's meetings, in meeting order.
    pub statements: Vec<Statement>,
    /// Today's side events, in time order.
    pub side_events: Vec<SideEvent>,
    /// Today's side events that clash with a meeting where a statement of mine is due (with
    /// that reason only).
    pub side_event_clashes: Vec<Clash>,
    /// Notes taken today, newest first.
    pub notes: Vec<Note>,
    /// Today's informal consultations on the session's texts, by hours (those whose hours are
    /// not known last).
    pub consultations: Vec<Consultation>,
    /// Today's consultations that overlap a meeting that matters to me or one of my side events.
    pub consultation_clashes: Vec<ConsultationClash>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_round_up_towards_the_start() {
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let now = t("2018-06-27T10:00:00Z");
        let cases = [
            ("2018-06-27T10:00:00Z", 0),
            ("2018-06-27T10:00:30Z", 1),
            ("2018-06-27T10:20:00Z", 20),
            ("2018-06-27T09:59:30Z", 0),
            ("2018-06-27T09:59:00Z", -1),
            ("2018-06-28T10:00:00Z", 1440),
        ];
        for (then, minutes) in cases {
            assert_eq!(minutes_until(now, t(then)), minutes, "{then}");
        }
    }
}
