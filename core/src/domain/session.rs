//! A Council session: regular (HRC38) or special (S-28), with its dates and venue.
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use super::meeting::MeetingSlot;

choices!(
    /// Regular sessions meet three times a year; special sessions are numbered apart.
    SessionKind {
        Regular = "regular": "Regular session",
        Special = "special": "Special session",
    }
);

/// The venue of every session unless told otherwise.
pub const DEFAULT_VENUE: &str = "Palais des Nations, Geneva";

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Session {
    pub id: Uuid,
    pub number: u32,
    pub kind: SessionKind,
    /// "38" for a regular session, "S-28" for a special one.
    pub label: String,
    /// What it is called: "HRC38", "HRC S-28" (`session::name`).
    pub name: String,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub venue: String,
    pub notes: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The session's own slot hours; none while it keeps the Council's usual ones ([`Session::hours`]).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub slot_hours: Option<SlotHours>,
}

impl Session {
    /// The hours of its slots: its own, or the Council's usual ones.
    pub fn hours(&self) -> SlotHours {
        self.slot_hours.unwrap_or_else(SlotHours::council)
    }
}

/// The Geneva hours of one slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SlotSpan {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// The hours of a session's three slots, as its Orders of the Day give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SlotHours {
    pub morning: SlotSpan,
    pub midday: SlotSpan,
    pub afternoon: SlotSpan,
}

impl SlotHours {
    /// The Council's usual hours: 09:00–12:00, 12:00–15:00, 15:00–18:00 ([`MeetingSlot::hours`]).
    pub fn council() -> SlotHours {
        let span = |slot: MeetingSlot| {
            let (start, end) = slot.hours();
            SlotSpan { start, end }
        };
        SlotHours {
            morning: span(MeetingSlot::Morning),
            midday: span(MeetingSlot::Midday),
            afternoon: span(MeetingSlot::Afternoon),
        }
    }

    /// The hours of `slot`.
    pub fn of(&self, slot: MeetingSlot) -> (NaiveTime, NaiveTime) {
        let span = match slot {
            MeetingSlot::Morning => self.morning,
            MeetingSlot::Midday => self.midday,
            MeetingSlot::Afternoon => self.afternoon,
        };
        (span.start, span.end)
    }

    /// The hours of `slot`, to change.
    pub fn of_mut(&mut self, slot: MeetingSlot) -> &mut SlotSpan {
        match slot {
            MeetingSlot::Morning => &mut self.morning,
            MeetingSlot::Midday => &mut self.midday,
            MeetingSlot::Afternoon => &mut self.afternoon,
        }
    }

    /// Whether every slot has the Council's usual hours.
    pub fn is_council(&self) -> bool {
        *self == SlotHours::council()
    }
}

/// A slot's hours as a person types them, `HH:MM` in Geneva; both empty: the Council's usual hours.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SlotSpanInput {
    pub start: String,
    pub end: String,
}

/// The three slots' hours as a person types them (errors name the slot: `morning`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SlotHoursInput {
    pub morning: SlotSpanInput,
    pub midday: SlotSpanInput,
    pub afternoon: SlotSpanInput,
}

impl SlotHoursInput {
    /// What is typed for `slot`.
    pub fn of_mut(&mut self, slot: MeetingSlot) -> &mut SlotSpanInput {
        match slot {
            MeetingSlot::Morning => &mut self.morning,
            MeetingSlot::Midday => &mut self.midday,
            MeetingSlot::Afternoon => &mut self.afternoon,
        }
    }
}

impl From<&SlotHours> for SlotHoursInput {
    fn from(h: &SlotHours) -> Self {
        let span = |s: SlotSpan| SlotSpanInput {
            start: s.start.format("%H:%M").to_string(),
            end: s.end.format("%H:%M").to_string(),
        };
        SlotHoursInput {
            morning: span(h.morning),
            midday: span(h.midday),
            afternoon: span(h.afternoon),
        }
    }
}

/// Reads typed slot hours: each slot's start and end `HH:MM`, the end after the start (within
/// the day), both empty for the Council's usual hours; an error names the slot (`morning`).
pub fn read_slot_hours(input: &SlotHoursInput) -> crate::Result<SlotHours> {
    let mut hours = SlotHours::council();
    for &slot in MeetingSlot::ALL {
        let typed = match slot {
            MeetingSlot::Morning => &input.morning,
            MeetingSlot::Midday => &input.midday,
            MeetingSlot::Afternoon => &input.afternoon,
        };
        let field = slot.key();
        let (start, end) = (typed.start.trim(), typed.end.trim());
        match (start.is_empty(), end.is_empty()) {
            (true, true) => {}
            (true, false) | (false, true) => {
                return Err(crate::Error::invalid(field, crate::Rule::Empty));
            }
            (false, false) => {
                let start = crate::validate::time(field, start)?;
                let end = crate::validate::time(field, end)?;
                crate::validate::span(field, start, end, false)?;
                *hours.of_mut(slot) = SlotSpan { start, end };
            }
        }
    }
    Ok(hours)
}

/// What a person types to create or edit a session. Dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SessionInput {
    pub number: i64,
    /// `regular` (the default) or `special`.
    pub kind: Option<String>,
    /// Defaults to "38th regular session of the Human Rights Council".
    pub title: Option<String>,
    pub start_date: String,
    pub end_date: String,
    /// Defaults to the Palais des Nations, Geneva.
    pub venue: Option<String>,
    pub notes: Option<String>,
    /// The slots' hours; none keeps the stored ones (the Council's usual hours for a new session).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub slot_hours: Option<SlotHoursInput>,
}

/// The label of a session: "38" or "S-28".
pub fn label(kind: SessionKind, number: u32) -> String {
    match kind {
        SessionKind::Regular => number.to_string(),
        SessionKind::Special => format!("S-{number}"),
    }
}

/// What a session is called everywhere — the window, exports, the calendar, the command line:
/// "HRC38" for a regular session, "HRC S-28" for a special one.
pub fn name(kind: SessionKind, number: u32) -> String {
    match kind {
        SessionKind::Regular => format!("HRC{number}"),
        SessionKind::Special => format!("HRC S-{number}"),
    }
}

/// The default title: "38th regular session of the Human Rights Council".
pub fn default_title(kind: SessionKind, number: u32) -> String {
    let suffix = match (number % 100, number % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    let kind = match kind {
        SessionKind::Regular => "regular",
        SessionKind::Special => "special",
    };
    format!("{number}{suffix} {kind} session of the Human Rights Council")
}

/// Reads "38", "HRC38", "S-28" or "S28" as a session's kind and number.
pub fn parse_label(field: &str, value: &str) -> crate::Result<(SessionKind, u32)> {
    let v = value.trim().to_ascii_uppercase().replace(' ', "");
    let v = v.strip_prefix("HRC").unwrap_or(&v);
    let (kind, digits) = match v.strip_prefix("S-").or_else(|| v.strip_prefix('S')) {
        Some(rest) => (SessionKind::Special, rest),
        None => (SessionKind::Regular, v),
    };
    match digits.parse::<u32>() {
        Ok(n) if n >= 1 => Ok((kind, n)),
        _ => Err(crate::Error::invalid(
            field,
            crate::Rule::NotASession {
                value: value.trim().into(),
            },
        )),
    }
}

/// Where a session stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Upcoming,
    Current,
    Past,
}

/// A session's place in time: its phase, and the day counts a dashboard shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SessionTiming {
    pub phase: Phase,
    /// Days from `today` to the first day (0 on the first day, negative after).
    pub days_to_start: i64,
    /// Days from `today` to the last day (0 on the last day, negative after).
    pub days_to_end: i64,
    /// The day of the session `today` is (1 on the first day), while it runs.
    pub day_number: Option<u32>,
    /// How many days the session spans, first and last included.
    pub total_days: u32,
}

impl SessionTiming {
    /// The timing of a session that runs from `start` to `end`, seen on `today`.
    pub fn on(start: NaiveDate, end: NaiveDate, today: NaiveDate) -> SessionTiming {
        let days_to_start = (start - today).num_days();
        let days_to_end = (end - today).num_days();
        let phase = if days_to_start > 0 {
            Phase::Upcoming
        } else if days_to_end < 0 {
            Phase::Past
        } else {
            Phase::Current
        };
        SessionTiming {
            phase,
            days_to_start,
            days_to_end,
            day_number: (phase == Phase::Current).then(|| (1 - days_to_start) as u32),
            total_days: ((end - start).num_days() + 1) as u32,
        }
    }
}

/// A session as the sessions list shows it: where it stands and how much it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SessionSummary {
    pub session: Session,
    pub timing: SessionTiming,
    pub statements: u32,
    pub side_events: u32,
    pub notes: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_titles() {
        assert_eq!(label(SessionKind::Regular, 38), "38");
        assert_eq!(label(SessionKind::Special, 28), "S-28");
        assert_eq!(name(SessionKind::Regular, 38), "HRC38");
        assert_eq!(name(SessionKind::Special, 28), "HRC S-28");
        assert_eq!(
            default_title(SessionKind::Regular, 38),
            "38th regular session of the Human Rights Council"
        );
        assert_eq!(
            default_title(SessionKind::Regular, 41),
            "41st regular session of the Human Rights Council"
        );
        assert_eq!(
            default_title(SessionKind::Regular, 12),
            "12th regular session of the Human Rights Council"
        );
        assert_eq!(
            default_title(SessionKind::Special, 33),
            "33rd special session of the Human Rights Council"
        );
    }

    #[test]
    fn timing_through_a_session() {
        let (start, end) = ("2018-06-18".parse().unwrap(), "2018-07-06".parse().unwrap());
        let on = |d: &str| SessionTiming::on(start, end, d.parse().unwrap());
        let cases = [
            ("2018-06-01", Phase::Upcoming, 17, None),
            ("2018-06-17", Phase::Upcoming, 1, None),
            ("2018-06-18", Phase::Current, 0, Some(1)),
            ("2018-06-25", Phase::Current, -7, Some(8)),
            ("2018-07-06", Phase::Current, -18, Some(19)),
            ("2018-07-07", Phase::Past, -19, None),
        ];
        for (today, phase, days_to_start, day) in cases {
            let t = on(today);
            assert_eq!(
                (t.phase, t.days_to_start, t.day_number, t.total_days),
                (phase, days_to_start, day, 19),
                "{today}"
            );
        }
    }

    #[test]
    fn parses_labels() {
        let cases = [
            ("38", (SessionKind::Regular, 38)),
            ("HRC38", (SessionKind::Regular, 38)),
            ("hrc 38", (SessionKind::Regular, 38)),
            ("S-28", (SessionKind::Special, 28)),
            ("s28", (SessionKind::Special, 28)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_label("session", text).unwrap(), want, "{text}");
        }
        for bad in ["", "0", "S-", "thirty", "-3"] {
            assert_eq!(
                parse_label("session", bad).unwrap_err().field(),
                Some("session"),
                "{bad}"
            );
        }
    }
}
