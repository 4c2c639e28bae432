//! A programme file turned into the events the import matches and writes: each with the key it
//! is found again by on the next import, and the meeting or side event it stands for.
use chrono::NaiveDate;

use super::order_of_the_day::{self, OrderOfTheDay, ProgrammeEntry, ReadError};
use crate::domain::meeting::MeetingInput;
use crate::domain::programme_import::ProgrammeFormat;
use crate::domain::side_event::SideEventInput;
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

/// Reads a programme file by what it holds: an Order of the Day as text. `name` is only said in
/// messages.
pub fn read_file(name: &str, bytes: &[u8]) -> Result<SourceFile> {
    let not_a_programme = || {
        Error::invalid(
            "file",
            Rule::NotAProgramme {
                name: name.to_string(),
            },
        )
    };
    let text = std::str::from_utf8(bytes).map_err(|_| not_a_programme())?;
    let text = text.trim_start_matches('\u{feff}');
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
    let hhmm = |t: Option<chrono::NaiveTime>| {
        t.map_or_else(String::new, |t| t.format("%H:%M").to_string())
    };
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
