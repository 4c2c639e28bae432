//! Validation in one place: every door's raw input is parsed and checked here,
//! and each error names the field at fault.
use chrono::{NaiveDate, NaiveTime};

use crate::error::{Error, Result};
use crate::rule::Rule;

/// A required, non-blank text, trimmed.
pub fn required(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(field, Rule::Empty));
    }
    Ok(v.to_string())
}

/// An optional text: blank becomes `None`, anything else is trimmed.
pub fn optional(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// The years a date may fall in: from the United Nations' first human rights body (the
/// Commission on Human Rights, 1946) to 2100. A year outside them is a typing slip ("0018",
/// "20188"), and dates far outside them cannot be shown as Geneva time.
pub const YEARS: std::ops::RangeInclusive<i32> = 1946..=2100;

/// A calendar date written `YYYY-MM-DD`, in [`YEARS`].
pub fn date(field: &str, value: &str) -> Result<NaiveDate> {
    let date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(
            field,
            Rule::NotADate {
                value: value.trim().into(),
            },
        )
    })?;
    if !YEARS.contains(&chrono::Datelike::year(&date)) {
        return Err(Error::invalid(
            field,
            Rule::OutsideYears {
                date,
                first: *YEARS.start(),
                last: *YEARS.end(),
            },
        ));
    }
    Ok(date)
}

/// A wall-clock time written `HH:MM` (24-hour).
pub fn time(field: &str, value: &str) -> Result<NaiveTime> {
    let v = value.trim();
    NaiveTime::parse_from_str(v, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
        .map_err(|_| Error::invalid(field, Rule::NotATime { value: v.into() }))
}

/// Checks that `end` is not before `start`.
pub fn span<T: PartialOrd>(end_field: &str, start: T, end: T, inclusive: bool) -> Result<()> {
    let bad = if inclusive { end < start } else { end <= start };
    if bad {
        let rule = if inclusive {
            Rule::BeforeStart
        } else {
            Rule::AfterStart
        };
        return Err(Error::invalid(end_field, rule));
    }
    Ok(())
}

/// Checks that `date` lies within a session's dates.
pub fn within_session(
    field: &str,
    date: NaiveDate,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<()> {
    if date < start || date > end {
        return Err(Error::invalid(
            field,
            Rule::OutsideSession { date, start, end },
        ));
    }
    Ok(())
}

/// An agenda item number, 1 to 10.
pub fn agenda_item(field: &str, value: Option<u8>) -> Result<Option<u8>> {
    match value {
        Some(n) if !(1..=10).contains(&n) => {
            Err(Error::invalid(field, Rule::NotAnAgendaItem { value: n }))
        }
        v => Ok(v),
    }
}

/// Parses one of an enum's kebab-case names, listing the allowed ones on failure.
pub fn choice<T: Copy>(
    field: &str,
    value: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T> {
    let v = value.trim().to_ascii_lowercase().replace([' ', '_'], "-");
    all.iter().copied().find(|c| name(*c) == v).ok_or_else(|| {
        Error::invalid(
            field,
            Rule::NotAChoice {
                value: value.trim().into(),
                choices: all.iter().map(|c| name(*c).to_string()).collect(),
            },
        )
    })
}

/// A checked time slot in Geneva: the date, wall-clock times and UTC instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub ends_at: chrono::DateTime<chrono::Utc>,
}

/// Checks a meeting's or side event's date and times against its session's dates:
/// the date inside the session, the end after the start, both real Geneva times.
pub fn slot(
    date_text: &str,
    start_text: &str,
    end_text: &str,
    session: (NaiveDate, NaiveDate),
) -> Result<Slot> {
    let date = date("date", date_text)?;
    within_session("date", date, session.0, session.1)?;
    let start = time("start", start_text)?;
    let end = time("end", end_text)?;
    span("end", start, end, false)?;
    Ok(Slot {
        date,
        start,
        end,
        starts_at: crate::geneva::to_utc("start", date, start)?,
        ends_at: crate::geneva::to_utc("end", date, end)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_name_their_field() {
        let cases: Vec<(&str, Error)> = vec![
            ("title", required("title", "   ").unwrap_err()),
            ("start", date("start", "2018-02-30").unwrap_err()),
            ("start", date("start", "18/06/2018").unwrap_err()),
            ("start", date("start", "0000-06-18").unwrap_err()),
            ("start", date("start", "1945-12-31").unwrap_err()),
            ("end", date("end", "2101-01-01").unwrap_err()),
            ("end", time("end", "25:00").unwrap_err()),
            ("end", span("end", 2, 1, true).unwrap_err()),
            ("end", span("end", 1, 1, false).unwrap_err()),
            ("item", agenda_item("item", Some(11)).unwrap_err()),
            ("item", agenda_item("item", Some(0)).unwrap_err()),
        ];
        for (field, err) in cases {
            assert_eq!(err.field(), Some(field), "{err}");
        }
    }

    #[test]
    fn slots_stay_inside_their_session() {
        let session = (
            date("s", "2018-06-18").unwrap(),
            date("s", "2018-07-06").unwrap(),
        );
        let cases = [
            (("2018-06-17", "10:00", "11:00"), Some("date")),
            (("2018-07-07", "10:00", "11:00"), Some("date")),
            (("2018-06-18", "12:00", "10:00"), Some("end")),
            (("2018-06-18", "10:00", "10:00"), Some("end")),
            (("2018-06-18", "25:00", "26:00"), Some("start")),
            (("2018-06-31", "10:00", "11:00"), Some("date")),
            (("2018-06-18", "09:00", "12:00"), None),
            (("2018-07-06", "15:00", "18:00"), None),
        ];
        for ((d, s, e), field) in cases {
            assert_eq!(
                slot(d, s, e, session).err().as_ref().and_then(Error::field),
                field,
                "{d} {s}-{e}"
            );
        }
    }

    #[test]
    fn good_values_pass() {
        assert_eq!(required("title", "  Reprisals ").unwrap(), "Reprisals");
        assert_eq!(optional(Some("  ")), None);
        assert_eq!(time("start", "9:00").unwrap().to_string(), "09:00:00");
        assert!(span("end", 1, 1, true).is_ok());
        assert_eq!(agenda_item("item", Some(10)).unwrap(), Some(10));
    }
}
