//! Geneva time: the Council's clock. Instants are stored in UTC and shown in `Europe/Zurich`.
use chrono::{DateTime, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Zurich;

use crate::error::{Error, Result};

/// The Council's time zone.
pub const GENEVA: chrono_tz::Tz = Zurich;

/// The UTC instant of a Geneva wall-clock time; `field` is named when that
/// time does not exist (the spring-forward hour). An ambiguous autumn time
/// takes the earlier (summer-time) instant.
pub fn to_utc(field: &str, date: NaiveDate, time: NaiveTime) -> Result<DateTime<Utc>> {
    match GENEVA.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(early, _) => Ok(early.with_timezone(&Utc)),
        LocalResult::None => Err(Error::invalid(
            field,
            crate::Rule::NotInGenevaTime { date, time },
        )),
    }
}

/// The Geneva date and wall-clock time of a UTC instant.
pub fn from_utc(t: DateTime<Utc>) -> (NaiveDate, NaiveTime) {
    let local = t.with_timezone(&GENEVA).naive_local();
    (local.date(), local.time())
}

/// The UTC instants a Geneva day starts and ends at (23 or 25 hours apart when clocks change).
pub fn day_bounds(date: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let midnight = |d: NaiveDate| {
        to_utc("date", d, NaiveTime::MIN).expect("midnight exists in Geneva on every day")
    };
    (midnight(date), midnight(date.succ_opt().unwrap_or(date)))
}

/// An instant typed for the clock: RFC 3339 with an offset (`2018-06-27T10:30:00Z`), or a Geneva
/// wall-clock time (`2018-06-27 12:30`, `2018-06-27T12:30:00`); the error names `field`.
pub fn parse_clock(field: &str, text: &str) -> Result<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Ok(t.with_timezone(&Utc));
    }
    for format in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(local) = chrono::NaiveDateTime::parse_from_str(text, format) {
            return to_utc(field, local.date(), local.time());
        }
    }
    Err(Error::invalid(
        field,
        crate::Rule::NotAClockTime { value: text.into() },
    ))
}

/// "Now": the instant typed for the clock (see [`parse_clock`]), or the real time when none is.
pub fn clock(field: &str, typed: Option<&str>) -> Result<DateTime<Utc>> {
    match typed.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => parse_clock(field, t),
        None => Ok(Utc::now()),
    }
}

/// Formats an instant the way the store keeps it: RFC 3339, UTC, milliseconds.
pub fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Reads an instant the store wrote with [`stamp`] (or any RFC 3339 instant).
pub fn parse_stamp(s: &str) -> Result<DateTime<Utc>> {
    if let Some(t) = parse_own_stamp(s) {
        return Ok(t);
    }
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            // A stored time this version cannot read: said as stored data it cannot read.
            Error::Storage(rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                Box::new(e),
            ))
        })
}

/// [`stamp`]'s own form, `2018-06-18T07:00:00.000Z`, read directly: every row read holds two or
/// three, and a session's notes alone are thousands of rows at ten years of data.
fn parse_own_stamp(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    let shape = [
        (4, b'-'),
        (7, b'-'),
        (10, b'T'),
        (13, b':'),
        (16, b':'),
        (19, b'.'),
        (23, b'Z'),
    ];
    if b.len() != 24 || shape.iter().any(|&(i, c)| b[i] != c) {
        return None;
    }
    let n = |from: usize, to: usize| {
        b[from..to].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(n(0, 4)? as i32, n(5, 7)?, n(8, 10)?)?;
    let time = NaiveTime::from_hms_milli_opt(n(11, 13)?, n(14, 16)?, n(17, 19)?, n(20, 23)?)?;
    Some(date.and_time(time).and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_is_typed_in_geneva_time_or_with_an_offset() {
        let cases = [
            ("2018-06-27 12:30", Some("2018-06-27T10:30:00.000Z")),
            ("2018-06-27T12:30:00", Some("2018-06-27T10:30:00.000Z")),
            ("2018-12-03 09:00", Some("2018-12-03T08:00:00.000Z")),
            ("2018-06-27T10:30:00Z", Some("2018-06-27T10:30:00.000Z")),
            (
                " 2018-06-27T12:30:00+02:00 ",
                Some("2018-06-27T10:30:00.000Z"),
            ),
            ("2019-03-31 02:30", None),
            ("2018-02-30 10:00", None),
            ("2018-06-27 25:00", None),
            ("tomorrow", None),
            ("", None),
        ];
        for (text, want) in cases {
            match (parse_clock("now", text), want) {
                (Ok(t), Some(w)) => assert_eq!(stamp(t), w, "{text}"),
                (Err(e), None) => assert_eq!(e.field(), Some("now"), "{text}"),
                (got, want) => panic!("{text:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn t(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    #[test]
    fn summer_and_winter_offsets() {
        // CEST (UTC+2) in June, CET (UTC+1) in March.
        assert_eq!(
            stamp(to_utc("start", d("2018-06-18"), t("09:00")).unwrap()),
            "2018-06-18T07:00:00.000Z"
        );
        assert_eq!(
            stamp(to_utc("start", d("2019-03-01"), t("09:00")).unwrap()),
            "2019-03-01T08:00:00.000Z"
        );
    }

    #[test]
    fn round_trip_through_utc() {
        let utc = to_utc("start", d("2018-10-28"), t("15:00")).unwrap();
        assert_eq!(from_utc(utc), (d("2018-10-28"), t("15:00")));
    }

    #[test]
    fn spring_forward_gap_names_the_field() {
        let err = to_utc("start", d("2019-03-31"), t("02:30")).unwrap_err();
        assert_eq!(err.field(), Some("start"));
    }

    proptest::proptest! {
        /// The store's own stamps read as RFC 3339 reads them, and anything else falls back to it.
        #[test]
        fn stamps_read_as_rfc3339_does(ms in 0i64..8_000_000_000_000, text in "[0-9TZ:.+-]{0,26}") {
            let t = DateTime::from_timestamp_millis(ms).unwrap();
            proptest::prop_assert_eq!(parse_stamp(&stamp(t)).unwrap(), t);
            let general = DateTime::parse_from_rfc3339(&text).map(|t| t.with_timezone(&Utc)).ok();
            proptest::prop_assert_eq!(parse_stamp(&text).ok(), general);
        }
    }
}
