//! A programme file (an Order of the Day, a calendar, a CSV table) turned into the events the
//! import matches and writes: each with the key it is found again by on the next import, and
//! the meeting or side event it stands for.
use chrono::NaiveDate;

use chrono::NaiveTime;

use super::calendar::{self, Calendar, CalendarEvent, EventStatus};
use super::csv_programme::{self, CsvEntry};
use super::order_of_the_day::{self, kind_of_title, OrderOfTheDay, ProgrammeEntry, ReadError};
use super::word;
use crate::domain::meeting::MeetingInput;
use crate::domain::programme_import::{
    ProgrammeFormat, ProgrammeRule, ProgrammeRuleField, ProgrammeRuleOutcome,
};
use crate::domain::side_event::SideEventInput;
use crate::domain::source::Source;
use crate::error::{Error, Result};
use crate::text::fold;
use crate::Rule;

/// What an event of the source stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceRecord {
    Meeting(MeetingInput),
    SideEvent(SideEventInput),
}

/// One event of a programme file.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceEvent {
    /// Found again by it: "calendar:UID", "order-of-the-day:2018-06-20:7:special rapporteur on …".
    pub key: String,
    pub record: SourceRecord,
    /// The dialogues taken together share it.
    pub cluster: Option<String>,
    /// "(cont'd)": it continues a dialogue of an earlier day.
    pub continued: bool,
}

/// A programme file read: its format, its events, and the days it speaks for (an Order of the
/// Day speaks for its own days only: a meeting of another day is not removed for missing from it).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    pub format: ProgrammeFormat,
    pub events: Vec<SourceEvent>,
    /// None: the whole session.
    pub days: Option<Vec<NaiveDate>>,
    /// Events the rules leave out.
    pub skipped: u32,
}

/// Reads a programme file by what it holds: a calendar (it begins BEGIN:VCALENDAR), a CSV table
/// (its first line names the columns `date` and `title`), else an Order of the Day as text or
/// as Word (.docx).
/// `rules` say which calendar events become meetings, side events or nothing. `name` is only
/// said in messages.
pub fn read_file(name: &str, bytes: &[u8], rules: &[ProgrammeRule]) -> Result<SourceFile> {
    let not_a_programme = || {
        Error::invalid(
            "file",
            Rule::NotAProgramme {
                name: name.to_string(),
            },
        )
    };
    let unreadable = |problem: String| Error::invalid("file", Rule::ProgrammeFile { problem });
    // An Order of the Day saved as Word: its text read as the text copied from its PDF is.
    let from_word;
    let bytes = if word::looks_like_docx(bytes) {
        from_word = word::text_of(bytes).ok_or_else(not_a_programme)?;
        from_word.as_bytes()
    } else {
        bytes
    };
    let text = std::str::from_utf8(bytes).map_err(|_| not_a_programme())?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") {
        let calendar = calendar::read_str(text).map_err(|e| unreadable(e.to_string()))?;
        return Ok(from_calendar(&calendar, rules));
    }
    if is_csv_header(first) {
        let rows = csv_programme::read(text).map_err(|e| unreadable(e.to_string()))?;
        return Ok(from_csv(&rows));
    }
    match order_of_the_day::read(text) {
        Ok(od) => Ok(from_order_of_the_day(&od)),
        Err(ReadError::NotAnOrderOfTheDay) => Err(not_a_programme()),
        Err(ReadError::Unplaced {
            line,
            expected,
            found,
        }) => Err(Error::invalid(
            "file",
            Rule::ProgrammeLine {
                line,
                expected: expected.to_string(),
                found,
            },
        )),
    }
}

/// A first line naming the columns `date` and `title` among others, separated by commas or
/// semicolons: a CSV programme's header.
fn is_csv_header(line: &str) -> bool {
    let cells: Vec<String> = line
        .split([',', ';'])
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    cells.len() > 1 && cells.iter().any(|c| c == "date") && cells.iter().any(|c| c == "title")
}

/// What the rules make of a calendar event: the first rule that matches, else a side event.
pub fn outcome_of(event: &CalendarEvent, rules: &[ProgrammeRule]) -> ProgrammeRuleOutcome {
    let mut rules: Vec<&ProgrammeRule> = rules.iter().collect();
    rules.sort_by_key(|r| r.position);
    rules
        .into_iter()
        .find(|r| {
            let pattern = fold(&r.pattern);
            match r.matches {
                ProgrammeRuleField::Category => {
                    event.categories.iter().any(|c| fold(c).contains(&pattern))
                }
                ProgrammeRuleField::Room => event.location.as_deref().map(fold) == Some(pattern),
                ProgrammeRuleField::Title => fold(&event.summary).contains(&pattern),
            }
        })
        .map_or(ProgrammeRuleOutcome::SideEvent, |r| r.becomes)
}

/// The events of a calendar: each a meeting or a side event as the rules say, keyed by its UID.
/// A side event needs its hours: an all-day event the rules make a side event is left out.
pub fn from_calendar(calendar: &Calendar, rules: &[ProgrammeRule]) -> SourceFile {
    let mut events = Vec::new();
    let mut skipped = 0;
    for e in &calendar.events {
        let (date, start, end) = e.day_and_times();
        let sources: Vec<Source> = e
            .url
            .iter()
            .map(|url| Source {
                title: calendar.name.clone().unwrap_or_else(|| "Calendar".into()),
                url: url.clone(),
            })
            .collect();
        let cancelled = e.status == EventStatus::Cancelled;
        let record = match outcome_of(e, rules) {
            ProgrammeRuleOutcome::Skip => {
                skipped += 1;
                continue;
            }
            ProgrammeRuleOutcome::Meeting => SourceRecord::Meeting(MeetingInput {
                date: date.to_string(),
                start: hhmm(start),
                end: hhmm(end.filter(|_| start.is_some())),
                kind: Some(kind_of_title(&e.summary).key().to_string()),
                title: e.summary.clone(),
                room: e.location.clone(),
                status: cancelled.then(|| "cancelled".to_string()),
                sources,
                ..MeetingInput::default()
            }),
            ProgrammeRuleOutcome::SideEvent => match (start, end) {
                (Some(start), Some(end)) => SourceRecord::SideEvent(SideEventInput {
                    title: e.summary.clone(),
                    date: date.to_string(),
                    start: hhmm(Some(start)),
                    end: hhmm(Some(end)),
                    room: e.location.clone(),
                    description: Some(e.description.clone()).filter(|d| !d.is_empty()),
                    status: Some(if cancelled { "cancelled" } else { "confirmed" }.into()),
                    sources,
                    ..SideEventInput::default()
                }),
                _ => {
                    skipped += 1;
                    continue;
                }
            },
        };
        events.push(SourceEvent {
            key: format!("calendar:{}", e.key()),
            record,
            cluster: None,
            continued: false,
        });
    }
    SourceFile {
        format: ProgrammeFormat::Calendar,
        events,
        days: None,
        skipped,
    }
}

/// The rows of a CSV programme: each a meeting, keyed by its `uid`, else as an Order of the Day
/// entry of its day would be (so the two find each other); a row to be announced by its title.
pub fn from_csv(rows: &[CsvEntry]) -> SourceFile {
    let events = rows
        .iter()
        .map(|row| {
            let (key, input) = match row.as_programme_entry() {
                Some(entry) => (entry_key(&entry), meeting_input(&entry)),
                None => (
                    format!("csv:to-be-announced:{}", fold(&row.title)),
                    MeetingInput {
                        slot: row.slot.map(|s| s.key().to_string()),
                        start: hhmm(row.start),
                        end: hhmm(row.end),
                        number: row.number,
                        agenda_items: row.agenda_items.clone(),
                        kind: Some(row.kind.key().to_string()),
                        title: row.title.clone(),
                        room: row.room.clone(),
                        speaking_seconds: row.speaking_seconds,
                        member_speaking_seconds: row.member_speaking_seconds,
                        modalities: row.modalities.clone(),
                        documents: row.documents.clone(),
                        mandates: row.mandates.clone(),
                        ..MeetingInput::default()
                    },
                ),
            };
            let key = match &row.uid {
                Some(uid) => format!("csv:{uid}"),
                None => key,
            };
            SourceEvent {
                key,
                cluster: row.cluster.map(|c| {
                    format!(
                        "{}:{c}",
                        row.date.map_or_else(String::new, |d| d.to_string())
                    )
                }),
                continued: row.continued,
                record: SourceRecord::Meeting(input),
            }
        })
        .collect();
    SourceFile {
        format: ProgrammeFormat::Csv,
        events,
        days: None,
        skipped: 0,
    }
}

/// The events of an Order of the Day: a meeting for each dialogue or debate, keyed by its day,
/// its meeting number (or slot) and its mandate holder (or title).
pub fn from_order_of_the_day(od: &OrderOfTheDay) -> SourceFile {
    let mut days: Vec<NaiveDate> = od.meetings.iter().map(|m| m.date).collect();
    days.dedup();
    let events = od
        .meetings
        .iter()
        .map(|e| SourceEvent {
            key: entry_key(e),
            cluster: e.cluster.map(|c| format!("{}:{c}", e.date)),
            continued: e.continued,
            record: SourceRecord::Meeting(meeting_input(e)),
        })
        .collect();
    SourceFile {
        format: ProgrammeFormat::OrderOfTheDay,
        events,
        days: Some(days),
        skipped: 0,
    }
}

/// "order-of-the-day:2018-06-20:7:special rapporteur on violence against women …".
fn entry_key(e: &ProgrammeEntry) -> String {
    let meeting = match (e.number, e.slot) {
        (Some(n), _) => n.to_string(),
        (None, Some(slot)) => slot.key().to_string(),
        (None, None) => e
            .start
            .map_or_else(String::new, |t| t.format("%H:%M").to_string()),
    };
    let what = e.mandates.first().unwrap_or(&e.title);
    format!("order-of-the-day:{}:{meeting}:{}", e.date, fold(what))
}

/// The meeting an entry of the Order of the Day describes.
pub fn meeting_input(e: &ProgrammeEntry) -> MeetingInput {
    MeetingInput {
        date: e.date.to_string(),
        slot: e.slot.map(|s| s.key().to_string()),
        start: hhmm(e.start),
        end: hhmm(e.end),
        estimated: e.estimated,
        number: e.number,
        agenda_items: e.agenda_items.clone(),
        kind: Some(e.kind.key().to_string()),
        title: e.title.clone(),
        room: e.room.clone(),
        speaking_seconds: e.speaking_seconds,
        member_speaking_seconds: e.member_speaking_seconds,
        modalities: e.modalities.clone(),
        documents: e.documents.clone(),
        mandates: e.mandates.clone(),
        ..MeetingInput::default()
    }
}

/// "09:00", or "" while the time is not known: how a meeting's input takes a time.
fn hhmm(t: Option<NaiveTime>) -> String {
    t.map_or_else(String::new, |t| t.format("%H:%M").to_string())
}
