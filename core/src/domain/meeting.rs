//! A meeting of the programme as the Council publishes it: one debate or dialogue in a slot, in Geneva time.
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

choices!(
    /// The kinds of Council meeting.
    MeetingKind {
        InteractiveDialogue = "interactive-dialogue": "Interactive dialogue",
        ClusteredInteractiveDialogue = "clustered-interactive-dialogue": "Clustered interactive dialogue",
        GeneralDebate = "general-debate": "General debate",
        Panel = "panel": "Panel discussion",
        UprAdoption = "upr-adoption": "UPR outcome adoption",
        Voting = "voting": "Action on draft proposals",
        HighLevelSegment = "high-level-segment": "High-level segment",
        Opening = "opening": "Opening of the session",
        Other = "other": "Other",
    }
);

choices!(
    /// The slots of an Order of the Day.
    MeetingSlot {
        Morning = "morning": "Morning",
        Midday = "midday": "Midday",
        Afternoon = "afternoon": "Afternoon",
    }
);

choices!(
    /// Where a meeting stands as the schedule rolls.
    MeetingStatus {
        Scheduled = "scheduled": "Scheduled",
        Moved = "moved": "Moved",
        Postponed = "postponed": "Postponed",
        Cancelled = "cancelled": "Cancelled",
        Held = "held": "Held",
    }
);

impl MeetingSlot {
    /// The Geneva hours of the slot as the Council's Orders of the Day give them.
    pub fn hours(self) -> (NaiveTime, NaiveTime) {
        let at = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("a whole hour");
        match self {
            MeetingSlot::Morning => (at(9), at(12)),
            MeetingSlot::Midday => (at(12), at(15)),
            MeetingSlot::Afternoon => (at(15), at(18)),
        }
    }
}

/// When a meeting is held, as far as it is known: no date ("to be announced"), a date and no
/// time, a slot, or exact times; `estimated` when the times are not yet confirmed. `start` and
/// `end` are Geneva wall-clock times, `starts_at` and `ends_at` the same instants in UTC.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MeetingWhen {
    pub date: Option<NaiveDate>,
    pub slot: Option<MeetingSlot>,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub estimated: bool,
}

impl MeetingWhen {
    /// Whether the date is still to be announced.
    pub fn to_be_announced(&self) -> bool {
        self.date.is_none()
    }

    /// The start and end instants, when the time is known.
    pub fn span(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        Some((self.starts_at?, self.ends_at?))
    }
}

/// A stored meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Meeting {
    pub id: Uuid,
    pub session_id: Uuid,
    /// Geneva date; none while to be announced.
    pub date: Option<NaiveDate>,
    pub slot: Option<MeetingSlot>,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    /// The times are an estimate ("time to be confirmed").
    pub estimated: bool,
    /// The meeting's number in the session ("7th meeting").
    pub number: Option<u32>,
    /// The agenda items it covers, as published.
    pub agenda_items: Vec<u8>,
    pub kind: MeetingKind,
    pub title: String,
    /// None while not yet known.
    pub room: Option<String>,
    /// The meeting this one continues ("cont'd").
    pub continues_id: Option<Uuid>,
    /// The first meeting of the cluster this one belongs to (none for the first itself).
    pub cluster_id: Option<Uuid>,
    pub status: MeetingStatus,
    /// When it was before it last moved.
    pub moved_from: Option<MeetingWhen>,
    /// Speaking time of observers and NGOs the modalities state, in seconds.
    pub speaking_seconds: Option<u32>,
    /// Speaking time of members, in seconds.
    pub member_speaking_seconds: Option<u32>,
    /// When the list of speakers closes.
    pub list_closes_at: Option<DateTime<Utc>>,
    /// The modalities as published.
    pub modalities: String,
    /// The symbols of the documents it takes up, in order.
    pub documents: Vec<String>,
    /// The names of the mandates presenting, in order.
    pub mandates: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Where it is published (an Order of the Day, a programme of work), in order.
    #[serde(default)]
    pub sources: Vec<super::source::Source>,
}

impl Meeting {
    /// " (cont'd)" to follow the title of a meeting that continues another, as the Orders of the
    /// Day mark it; nothing when it continues none or its title says so already ("… (cont'd)",
    /// "(cont’d)", "(continued)", as people copy titles from an Order of the Day).
    pub fn contd_mark(&self) -> &'static str {
        let said = ["(cont'd)", "(cont’d)", "(continued)", "(cont.)"];
        let title = self.title.trim_end().to_lowercase();
        if self.continues_id.is_none() || said.iter().any(|s| title.ends_with(s)) {
            ""
        } else {
            " (cont'd)"
        }
    }

    /// When it is held, as far as known.
    pub fn when(&self) -> MeetingWhen {
        MeetingWhen {
            date: self.date,
            slot: self.slot,
            start: self.start,
            end: self.end,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            estimated: self.estimated,
        }
    }

    /// The first agenda item it covers.
    pub fn agenda_item(&self) -> Option<u8> {
        self.agenda_items.first().copied()
    }

    /// The start and end instants, when the time is known.
    pub fn span(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        Some((self.starts_at?, self.ends_at?))
    }

    /// Whether it will not take place where it stands (cancelled or postponed).
    pub fn off(&self) -> bool {
        matches!(
            self.status,
            MeetingStatus::Cancelled | MeetingStatus::Postponed
        )
    }
}

/// What a person types for a meeting: date `YYYY-MM-DD` (empty: to be announced), a slot or
/// times `HH:MM` in Geneva (none: the time is not known yet).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct MeetingInput {
    pub date: String,
    /// `morning`, `midday` or `afternoon`; its hours unless `start` and `end` are given.
    pub slot: Option<String>,
    pub start: String,
    pub end: String,
    pub estimated: bool,
    pub number: Option<u32>,
    pub agenda_items: Vec<u8>,
    /// Defaults to `other`.
    pub kind: Option<String>,
    pub title: String,
    /// None or empty: not yet known.
    pub room: Option<String>,
    pub continues_id: Option<Uuid>,
    pub cluster_id: Option<Uuid>,
    /// Defaults to `scheduled`.
    pub status: Option<String>,
    pub speaking_seconds: Option<u32>,
    pub member_speaking_seconds: Option<u32>,
    /// Geneva wall-clock time `YYYY-MM-DD HH:MM`, or empty.
    pub list_closes_at: String,
    pub modalities: String,
    /// Document symbols, each linked (a document is made for a symbol not known yet).
    pub documents: Vec<String>,
    /// Mandate names, each linked (a mandate is made for a name not known yet).
    pub mandates: Vec<String>,
    /// Replaces the stored ones.
    pub sources: Vec<super::source::Source>,
}

/// Where a meeting moves to: a date (empty: to be announced), a slot or times.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct MeetingMove {
    pub date: String,
    pub slot: Option<String>,
    pub start: String,
    pub end: String,
    pub estimated: bool,
    /// `moved` (the default) or `postponed`.
    pub status: Option<String>,
}

/// A meeting's number as the Order of the Day writes it: "1st meeting", "7th meeting", "22nd meeting".
pub fn numbered(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix} meeting")
}

/// When a meeting is held, in words and Geneva time, without the date: "09:00–12:00",
/// "morning (09:00–12:00)" (a slot at its session's `slot_hours`), "10:00–13:00 (estimated)",
/// "time to be confirmed", or "date to be announced".
pub fn time_words(when: &MeetingWhen, slot_hours: &super::session::SlotHours) -> String {
    let Some(_) = when.date else {
        return "date to be announced".into();
    };
    let (Some(start), Some(end)) = (when.start, when.end) else {
        return "time to be confirmed".into();
    };
    let hours = format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"));
    let hours = match when.slot {
        Some(slot) if slot_hours.of(slot) == (start, end) => {
            format!("{} ({hours})", slot.label().to_lowercase())
        }
        _ => hours,
    };
    if when.estimated {
        format!("{hours} (estimated)")
    } else {
        hours
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_the_order_of_the_day_writes_them() {
        for (n, words) in [
            (1, "1st meeting"),
            (2, "2nd meeting"),
            (3, "3rd meeting"),
            (7, "7th meeting"),
            (11, "11th meeting"),
            (12, "12th meeting"),
            (21, "21st meeting"),
            (22, "22nd meeting"),
            (113, "113th meeting"),
        ] {
            assert_eq!(numbered(n), words);
        }
    }

    #[test]
    fn times_are_said_as_far_as_they_are_known() {
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        let day = NaiveDate::from_ymd_opt(2018, 6, 20);
        let council = super::super::session::SlotHours::council();
        assert_eq!(
            time_words(&MeetingWhen::default(), &council),
            "date to be announced"
        );
        let dated = MeetingWhen {
            date: day,
            ..MeetingWhen::default()
        };
        assert_eq!(time_words(&dated, &council), "time to be confirmed");
        let morning = MeetingWhen {
            slot: Some(MeetingSlot::Morning),
            start: at(9, 0),
            end: at(12, 0),
            ..dated.clone()
        };
        assert_eq!(time_words(&morning, &council), "morning (09:00–12:00)");
        let exact = MeetingWhen {
            start: at(10, 0),
            end: at(13, 0),
            estimated: true,
            ..dated
        };
        assert_eq!(time_words(&exact, &council), "10:00–13:00 (estimated)");
        // A session whose mornings run 10:00–13:00: its morning meeting is said as the slot, a
        // meeting at 09:00–12:00 by its hours.
        let mut own = council;
        own.morning.start = at(10, 0).unwrap();
        own.morning.end = at(13, 0).unwrap();
        let later = MeetingWhen {
            slot: Some(MeetingSlot::Morning),
            estimated: false,
            ..exact
        };
        assert_eq!(time_words(&later, &own), "morning (10:00–13:00)");
        assert_eq!(time_words(&later, &council), "10:00–13:00");
        assert_eq!(time_words(&morning, &own), "09:00–12:00");
    }
}
