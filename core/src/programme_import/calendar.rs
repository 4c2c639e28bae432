//! An iCalendar file — Sched's `all.ics` or any calendar's export — read into its events with
//! Geneva wall-clock times: UTC and other zones converted, Geneva's own times kept, all-day
//! events kept as days. The `icalendar` crate unfolds, unescapes and splits the lines.
use chrono::{LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use serde::Serialize;

use crate::geneva::{from_utc, GENEVA};

/// What a calendar holds: its name and time zone as it gives them, and its events in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Calendar {
    /// X-WR-CALNAME: "HRC38 side events".
    pub name: Option<String>,
    /// X-WR-TIMEZONE as written ("UTC"): the zone of its times written without one.
    pub time_zone: Option<String>,
    pub events: Vec<CalendarEvent>,
}

/// One VEVENT, its text unescaped and its times on Geneva's clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarEvent {
    /// UID: the event is found again by it on the next import.
    pub uid: String,
    /// RECURRENCE-ID as written: one changed occurrence of a repeating event, which shares
    /// the repeating event's UID.
    pub recurrence_id: Option<String>,
    /// The line of its BEGIN:VEVENT in the file (1 for the first line); none when the file's
    /// lines could not be matched to its events.
    pub line: Option<usize>,
    pub summary: String,
    pub description: String,
    /// LOCATION: "Room XXIV"; none when empty.
    pub location: Option<String>,
    /// CATEGORIES, every value of every CATEGORIES line, in order.
    pub categories: Vec<String>,
    pub start: EventTime,
    /// DTEND; for an all-day event the last day it covers (DTEND is the day after it). None
    /// when the event gives no DTEND.
    pub end: Option<EventTime>,
    pub url: Option<String>,
    pub status: EventStatus,
    /// It has an RRULE: only its first occurrence is read here.
    pub repeats: bool,
}

/// When an event starts or ends, on Geneva's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventTime {
    /// A date and wall-clock time in Geneva.
    At(NaiveDateTime),
    /// A whole day (an all-day event), without times.
    Day(NaiveDate),
}

/// STATUS: confirmed when the event says nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventStatus {
    Confirmed,
    Tentative,
    Cancelled,
}

impl EventTime {
    /// The Geneva day.
    pub fn date(self) -> NaiveDate {
        match self {
            EventTime::At(t) => t.date(),
            EventTime::Day(d) => d,
        }
    }

    /// The Geneva wall-clock time; none for a whole day.
    pub fn time(self) -> Option<NaiveTime> {
        match self {
            EventTime::At(t) => Some(t.time()),
            EventTime::Day(_) => None,
        }
    }
}

impl CalendarEvent {
    /// The key it is found again by: its UID, and for one changed occurrence of a repeating
    /// event the UID and its RECURRENCE-ID ("uid@20180619T101500Z").
    pub fn key(&self) -> String {
        match &self.recurrence_id {
            Some(r) => format!("{}@{r}", self.uid),
            None => self.uid.clone(),
        }
    }

    /// The day, start and end times as a meeting or side event holds them: the end only when
    /// it falls on the same day (an event running past midnight keeps no end here).
    pub fn day_and_times(&self) -> (NaiveDate, Option<NaiveTime>, Option<NaiveTime>) {
        let date = self.start.date();
        let end = self
            .end
            .filter(|e| e.date() == date)
            .and_then(EventTime::time);
        (date, self.start.time(), end)
    }
}

/// Why a calendar was not read. Every refusal about one event names its line and summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub enum ReadError {
    /// No BEGIN:VCALENDAR: some other file.
    #[error("this is not a calendar: an iCalendar file (.ics) begins with BEGIN:VCALENDAR")]
    NotACalendar,
    /// It begins as a calendar but a line does not read: the line as the file numbers it (none
    /// at the end of the file) and its text, unfolded.
    #[error("{}: {}", .line.map_or_else(|| "at the end of the file".to_string(), |l| format!("line {l}")), if .found.is_empty() { "the calendar ends before the END line of a component it began".to_string() } else { format!("\"{}\" does not read as iCalendar here: expected a line NAME:value, or the END line of the component begun before it", .found) })]
    Malformed { line: Option<usize>, found: String },
    /// An event without a UID could not be found again on the next import.
    #[error("{}: it has no UID; a calendar must give each event a UID for it to be found again on the next import", event_words(.line, .summary))]
    NoUid {
        line: Option<usize>,
        summary: String,
    },
    /// Two events under one UID (and RECURRENCE-ID).
    #[error("{}: its UID \"{uid}\" is also the UID of the event at line {}", event_words(.line, .summary), .first_line.map_or_else(|| "?".to_string(), |l| l.to_string()))]
    DuplicateUid {
        line: Option<usize>,
        summary: String,
        uid: String,
        first_line: Option<usize>,
    },
    /// No DTSTART, or one that is no date or date-time.
    #[error("{}: {property} \"{found}\" is not a date (20180619) or date-time (20180619T101500Z)", event_words(.line, .summary))]
    BadTime {
        line: Option<usize>,
        summary: String,
        property: &'static str,
        found: String,
    },
    /// A time in a zone this reader does not know, or that the zone's clock skips.
    #[error("{}: the time zone \"{time_zone}\" is not known, or its clock skips that time", event_words(.line, .summary))]
    UnknownTimeZone {
        line: Option<usize>,
        summary: String,
        time_zone: String,
    },
    /// DTEND before DTSTART.
    #[error("{}: it ends before it starts", event_words(.line, .summary))]
    EndsBeforeStart {
        line: Option<usize>,
        summary: String,
    },
}

/// "the event at line 12 (\"Side event: …\")", or the calendar itself when no event is meant.
fn event_words(line: &Option<usize>, summary: &str) -> String {
    let at = line.map_or_else(
        || "the event".to_string(),
        |l| format!("the event at line {l}"),
    );
    if summary.is_empty() {
        at
    } else {
        format!("{at} (\"{summary}\")")
    }
}

/// Reads a calendar file as bytes: UTF-8, with or without a byte-order mark, CRLF or LF.
pub fn read(bytes: &[u8]) -> Result<Calendar, ReadError> {
    // Folds are undone on the bytes first: a line folded at 75 octets may be cut inside a
    // character ("Réunion"), which no text can hold until the fold is undone.
    let (unfolded, lines) = unfold_octets(bytes);
    let text = std::str::from_utf8(&unfolded).map_err(|_| ReadError::NotACalendar)?;
    read_text(text, bytes, &lines)
}

/// Reads a calendar already held as text.
pub fn read_str(text: &str) -> Result<Calendar, ReadError> {
    read(text.as_bytes())
}

/// `text` unfolded from `raw`; `lines[i]`: the line of `raw` where line `i` of `text` begins.
fn read_text(text: &str, raw: &[u8], lines: &[usize]) -> Result<Calendar, ReadError> {
    let text = text.trim_start_matches('\u{feff}');
    let begins_as_calendar = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR"));
    if !begins_as_calendar {
        return Err(ReadError::NotACalendar);
    }
    let roots = icalendar::parser::read_components(text).map_err(|e| {
        // The crate says "at line N" of the text it was given: the unfolded one.
        let at = unfolded_line_of(&e);
        let found = at
            .and_then(|n| text.lines().nth(n - 1))
            .map(|l| l.trim().chars().take(80).collect::<String>())
            .unwrap_or_default();
        ReadError::Malformed {
            line: at
                .and_then(|n| lines.get(n - 1).copied())
                .filter(|_| !found.is_empty()),
            found,
        }
    })?;
    let root = roots
        .into_iter()
        .find(|c| c.name.as_str().eq_ignore_ascii_case("VCALENDAR"))
        .ok_or(ReadError::NotACalendar)?;
    let calendar = icalendar::Calendar::from(icalendar::parser::Calendar {
        properties: root.properties,
        components: root.components,
    });
    let name = calendar
        .property_value("X-WR-CALNAME")
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let time_zone = calendar
        .property_value("X-WR-TIMEZONE")
        .map(|z| z.trim().to_string())
        .filter(|z| !z.is_empty());
    let floating = match &time_zone {
        Some(z) => zone_of(z).ok_or_else(|| ReadError::UnknownTimeZone {
            line: None,
            summary: String::new(),
            time_zone: z.clone(),
        })?,
        // A time without a zone at the Council is a Geneva time.
        None => Zone::Geneva,
    };
    let vevents: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    let lines = vevent_lines(raw);
    let matched = lines.len() == vevents.len();
    let mut events: Vec<CalendarEvent> = Vec::with_capacity(vevents.len());
    for (i, vevent) in vevents.into_iter().enumerate() {
        let line_of = |i: usize| matched.then(|| lines[i]);
        let event = read_event(vevent, line_of(i), floating)?;
        if let Some(first) = events.iter().find(|e| e.key() == event.key()) {
            return Err(ReadError::DuplicateUid {
                line: event.line,
                summary: event.summary,
                uid: event.uid,
                first_line: first.line,
            });
        }
        events.push(event);
    }
    Ok(Calendar {
        name,
        time_zone,
        events,
    })
}

/// One VEVENT read, its times on Geneva's clock (`floating`: the zone of times written without one).
fn read_event(
    vevent: &icalendar::Event,
    line: Option<usize>,
    floating: Zone,
) -> Result<CalendarEvent, ReadError> {
    let text = |key: &str| {
        vevent
            .property_value(key)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let summary = text("SUMMARY").unwrap_or_default();
    let uid = text("UID").ok_or_else(|| ReadError::NoUid {
        line,
        summary: summary.clone(),
    })?;
    let time = |property: &'static str, value: Option<DatePerhapsTime>| match value {
        Some(value) => {
            geneva_time(&value, floating).map_err(|time_zone| ReadError::UnknownTimeZone {
                line,
                summary: summary.clone(),
                time_zone,
            })
        }
        None => Err(ReadError::BadTime {
            line,
            summary: summary.clone(),
            property,
            found: vevent.property_value(property).unwrap_or("").to_string(),
        }),
    };
    let start = time("DTSTART", vevent.get_start())?;
    let end = match vevent.property_value("DTEND") {
        Some(_) => Some(time("DTEND", vevent.get_end())?),
        None => None,
    };
    let end = match (start, end) {
        // DTEND of a whole day is the day after it: the last day is the one before.
        (EventTime::Day(first), Some(EventTime::Day(after))) if after > first => {
            Some(EventTime::Day(after.pred_opt().unwrap_or(after)))
        }
        (EventTime::Day(first), Some(EventTime::Day(after))) if after == first => {
            Some(EventTime::Day(first))
        }
        (EventTime::At(from), Some(EventTime::At(to))) if to < from => {
            return Err(ReadError::EndsBeforeStart { line, summary })
        }
        (EventTime::Day(_), Some(EventTime::Day(_))) => {
            return Err(ReadError::EndsBeforeStart { line, summary })
        }
        (_, end) => end,
    };
    let status = match vevent.get_status() {
        Some(icalendar::EventStatus::Cancelled) => EventStatus::Cancelled,
        Some(icalendar::EventStatus::Tentative) => EventStatus::Tentative,
        _ => EventStatus::Confirmed,
    };
    let categories = vevent
        .get_categories()
        .unwrap_or_default()
        .into_iter()
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    Ok(CalendarEvent {
        uid,
        recurrence_id: text("RECURRENCE-ID"),
        line,
        description: text("DESCRIPTION").unwrap_or_default(),
        location: text("LOCATION"),
        categories,
        start,
        end,
        url: text("URL"),
        status,
        repeats: vevent.property_value("RRULE").is_some(),
        summary,
    })
}

/// The zone of a calendar's times.
#[derive(Debug, Clone, Copy)]
enum Zone {
    /// Geneva's own clock: times kept as written.
    Geneva,
    Utc,
    Other(chrono_tz::Tz),
}

/// "UTC", "Europe/Geneva" (no IANA name, but what people write), "Europe/Zurich", Outlook's
/// "W. Europe Standard Time", or any IANA name ("Europe/Paris", "America/New_York").
fn zone_of(name: &str) -> Option<Zone> {
    let name = name.trim().trim_matches('"');
    let geneva = ["Europe/Geneva", "Europe/Zurich", "W. Europe Standard Time"];
    if geneva.iter().any(|g| g.eq_ignore_ascii_case(name)) {
        return Some(Zone::Geneva);
    }
    if ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Z"]
        .iter()
        .any(|u| u.eq_ignore_ascii_case(name))
    {
        return Some(Zone::Utc);
    }
    name.parse::<chrono_tz::Tz>().ok().map(Zone::Other)
}

/// A DTSTART or DTEND on Geneva's clock; the zone's name when it is unknown or skips that time.
fn geneva_time(value: &DatePerhapsTime, floating: Zone) -> Result<EventTime, String> {
    let (local, zone, zone_name) = match value {
        DatePerhapsTime::Date(d) => return Ok(EventTime::Day(*d)),
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(t)) => {
            let (date, time) = from_utc(*t);
            return Ok(EventTime::At(date.and_time(time)));
        }
        DatePerhapsTime::DateTime(CalendarDateTime::Floating(t)) => (*t, floating, String::new()),
        DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => {
            let zone = zone_of(tzid).ok_or_else(|| tzid.clone())?;
            (*date_time, zone, tzid.clone())
        }
    };
    let instant = match zone {
        Zone::Geneva => return Ok(EventTime::At(local)),
        Zone::Utc => local.and_utc(),
        Zone::Other(tz) => match tz.from_local_datetime(&local) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
            LocalResult::None => return Err(zone_name),
        },
    };
    Ok(EventTime::At(instant.with_timezone(&GENEVA).naive_local()))
}

/// The file with its folds undone (a line break followed by a space or a tab), on the bytes,
/// and for each line of the result the line of the file where it begins (1 for the first).
/// The crate's own unfolding works on text; this one runs first so that a fold inside a
/// character leaves the character whole.
fn unfold_octets(bytes: &[u8]) -> (Vec<u8>, Vec<usize>) {
    let mut out = Vec::with_capacity(bytes.len());
    let mut lines = vec![1];
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i..] {
            [b'\r', b'\n', b' ' | b'\t', ..] => {
                i += 3;
                line += 1;
            }
            [b'\n', b' ' | b'\t', ..] => {
                i += 2;
                line += 1;
            }
            [b'\n', ..] => {
                out.push(b'\n');
                i += 1;
                line += 1;
                lines.push(line);
            }
            _ => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    (out, lines)
}

/// The lines (1 for the first) where a VEVENT begins in the file as written.
fn vevent_lines(raw: &[u8]) -> Vec<usize> {
    raw.split(|b| *b == b'\n')
        .enumerate()
        .filter(|(_, l)| l.trim_ascii() == b"BEGIN:VEVENT")
        .map(|(i, _)| i + 1)
        .collect()
}

/// "error: 0: at line 5, in Tag: …": the line (1 for the first) the crate's message names.
fn unfolded_line_of(message: &str) -> Option<usize> {
    let (_, after) = message.split_once("at line ")?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|n| *n > 0)
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
