//! A Council session: regular (HRC38) or special (S-28), with its dates and venue.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

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
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub venue: String,
    pub notes: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
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
}

/// The label of a session: "38" or "S-28".
pub fn label(kind: SessionKind, number: u32) -> String {
    match kind {
        SessionKind::Regular => number.to_string(),
        SessionKind::Special => format!("S-{number}"),
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
            format!(
                "{:?} is not a session; write 38 for HRC38 or S-28 for a special session",
                value.trim()
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_titles() {
        assert_eq!(label(SessionKind::Regular, 38), "38");
        assert_eq!(label(SessionKind::Special, 28), "S-28");
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
