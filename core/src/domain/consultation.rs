//! An informal consultation on a draft text, convened by its core group: its Geneva day (none
//! while to be announced), its hours and room when known, who convenes it and my notes.
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A stored consultation, with the text it is on (its session, title and draft symbol).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Consultation {
    pub id: Uuid,
    pub resolution_id: Uuid,
    pub session_id: Uuid,
    /// The text's title and draft symbol, as a list of consultations names them.
    pub resolution_title: String,
    pub draft_symbol: Option<String>,
    /// Geneva date; none while to be announced.
    pub date: Option<NaiveDate>,
    /// Geneva wall-clock hours, when known (an end only with a start).
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    /// As announced; none while not known (never guessed).
    pub room: Option<String>,
    pub convenor: String,
    /// My notes (Markdown).
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A consultation as typed: date `YYYY-MM-DD` within the text's session or blank (to be
/// announced), hours `HH:MM` (Geneva), the end after the start; room, convenor and notes free.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct ConsultationInput {
    pub resolution_id: Uuid,
    pub date: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub room: Option<String>,
    pub convenor: String,
    pub notes: String,
}

impl Consultation {
    /// The input that saves it unchanged: the base of an edit of some of its fields.
    pub fn to_input(&self) -> ConsultationInput {
        let hhmm = |t: Option<NaiveTime>| t.map(|t| t.format("%H:%M").to_string());
        ConsultationInput {
            resolution_id: self.resolution_id,
            date: self.date.map(|d| d.to_string()),
            start: hhmm(self.start),
            end: hhmm(self.end),
            room: self.room.clone(),
            convenor: self.convenor.clone(),
            notes: self.notes.clone(),
        }
    }

    /// The UTC instants it starts and ends at, when its day and both hours are known.
    pub fn span(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let (d, s, e) = (self.date?, self.start?, self.end?);
        let at = |t| crate::geneva::to_utc("start", d, t).ok();
        Some((at(s)?, at(e)?))
    }

    /// What a list of the day calls it: "Informal consultation on A/HRC/38/L.10" (on the text's
    /// title when it has no symbol yet).
    pub fn title(&self) -> String {
        let text = self
            .draft_symbol
            .clone()
            .unwrap_or_else(|| format!("‘{}’", self.resolution_title));
        format!("Informal consultation on {text}")
    }

    /// When it is, in words: "2018-07-02 13:00–14:00", "2018-07-02 from 13:00",
    /// "2018-07-02 (time to be announced)", "date to be announced".
    pub fn when(&self) -> String {
        match (self.date, self.start, self.end) {
            (None, _, _) => "date to be announced".into(),
            (Some(d), Some(s), Some(e)) => {
                format!("{d} {}–{}", s.format("%H:%M"), e.format("%H:%M"))
            }
            (Some(d), Some(s), None) => format!("{d} from {}", s.format("%H:%M")),
            (Some(d), None, _) => format!("{d} (time to be announced)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn when_says_what_is_known() {
        let day = NaiveDate::from_ymd_opt(2018, 7, 2).unwrap();
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        let mut c = Consultation {
            id: Uuid::nil(),
            resolution_id: Uuid::nil(),
            session_id: Uuid::nil(),
            resolution_title: String::new(),
            draft_symbol: None,
            date: None,
            start: None,
            end: None,
            room: None,
            convenor: String::new(),
            notes: String::new(),
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
        };
        assert_eq!(c.when(), "date to be announced");
        c.date = Some(day);
        assert_eq!(c.when(), "2018-07-02 (time to be announced)");
        c.start = at(13, 0);
        assert_eq!(c.when(), "2018-07-02 from 13:00");
        c.end = at(14, 30);
        assert_eq!(c.when(), "2018-07-02 13:00–14:30");
        let input = c.to_input();
        assert_eq!(input.start.as_deref(), Some("13:00"));
        assert_eq!(input.end.as_deref(), Some("14:30"));
        assert_eq!(input.date.as_deref(), Some("2018-07-02"));
    }
}
