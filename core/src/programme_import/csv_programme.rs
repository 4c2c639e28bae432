//! A programme kept as a spreadsheet and saved as CSV — one row per debate or dialogue under a
//! header naming its columns (docs/programme-import.md) — read into the same entries as an
//! Order of the Day. A cell that does not read is refused with its line and column.
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use super::order_of_the_day::ProgrammeEntry;
use super::report_symbols::read_list;
use crate::domain::meeting::{MeetingKind, MeetingSlot};
use crate::reference::agenda;

/// The columns a programme's header may name, in the order the documentation gives them. Only
/// `date` and `title` must be there; the others may be left out of the header.
pub const COLUMNS: &[&str] = &[
    "date",
    "start",
    "end",
    "slot",
    "number",
    "items",
    "kind",
    "title",
    "room",
    "continued",
    "cluster",
    "mandates",
    "documents",
    "member_speaking_time",
    "speaking_time",
    "modalities",
    "uid",
];

/// The columns every programme's header must name.
pub const REQUIRED: &[&str] = &["date", "title"];

/// One row of the programme: a debate or dialogue, as an Order of the Day entry holds it, with
/// a day that may still be to be announced and the row's own key when the file gives one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CsvEntry {
    /// The row's line in the file (1 for the header).
    pub line: usize,
    /// The `uid` column: the row is found again by it on the next import; none when empty.
    pub uid: Option<String>,
    /// None: to be announced.
    pub date: Option<NaiveDate>,
    pub slot: Option<MeetingSlot>,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    /// The end was not given: the slot's usual end, shown as estimated.
    pub estimated: bool,
    pub number: Option<u32>,
    pub agenda_items: Vec<u8>,
    pub kind: MeetingKind,
    pub title: String,
    pub room: Option<String>,
    pub continued: bool,
    pub cluster: Option<u32>,
    pub mandates: Vec<String>,
    pub documents: Vec<String>,
    /// Seconds.
    pub member_speaking_seconds: Option<u32>,
    pub speaking_seconds: Option<u32>,
    pub modalities: String,
}

impl CsvEntry {
    /// The entry as an Order of the Day gives it, when its day is known.
    pub fn as_programme_entry(&self) -> Option<ProgrammeEntry> {
        Some(ProgrammeEntry {
            line: self.line,
            date: self.date?,
            slot: self.slot,
            start: self.start,
            end: self.end,
            estimated: self.estimated,
            number: self.number,
            agenda_items: self.agenda_items.clone(),
            kind: self.kind,
            title: self.title.clone(),
            room: self.room.clone(),
            continued: self.continued,
            cluster: self.cluster,
            mandates: self.mandates.clone(),
            documents: self.documents.clone(),
            member_speaking_seconds: self.member_speaking_seconds,
            speaking_seconds: self.speaking_seconds,
            modalities: self.modalities.clone(),
        })
    }
}

/// Why a CSV programme was not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub enum ReadError {
    /// Nothing in the file.
    #[error("this programme is empty: a CSV programme begins with a header such as \"date,start,end,title\"")]
    Empty,
    /// The first line names none of the columns.
    #[error("line 1 is not the header: a CSV programme begins with a line naming its columns, such as \"date,start,end,title\"; found \"{found}\"")]
    MissingHeader { found: String },
    #[error("the header names a column \"{column}\" that a programme has not; the columns are {}", COLUMNS.join(", "))]
    UnknownColumn { column: String },
    #[error("the header names the column \"{column}\" twice")]
    DuplicateColumn { column: String },
    #[error("the header has no column \"{column}\", which every programme needs")]
    MissingColumn { column: &'static str },
    /// A cell that does not read as its column asks.
    #[error("line {line}, column \"{column}\": \"{found}\" is not {expected}")]
    Cell {
        line: usize,
        column: &'static str,
        found: String,
        expected: String,
    },
    /// A cell left empty that the row needs.
    #[error("line {line}, column \"{column}\": it is empty; {needed}")]
    EmptyCell {
        line: usize,
        column: &'static str,
        needed: &'static str,
    },
    /// A row the CSV itself cannot read (a wrong number of cells, a stray quote).
    #[error("line {line}: {detail}")]
    Row { line: usize, detail: String },
}

/// Reads a programme saved as CSV (comma- or semicolon-separated, UTF-8, a byte-order mark
/// allowed): the header first, then one row per debate or dialogue; empty rows are skipped.
pub fn read(text: &str) -> Result<Vec<CsvEntry>, ReadError> {
    let text = text.trim_start_matches('\u{feff}');
    let Some(first) = text.lines().find(|l| !l.trim().is_empty()) else {
        return Err(ReadError::Empty);
    };
    // A spreadsheet saved where the comma is the decimal mark separates with semicolons.
    let delimiter = if !first.contains(',') && first.contains(';') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut rows = reader.records();
    let header = match rows.next() {
        Some(row) => row.map_err(|e| row_error(text, e))?,
        None => return Err(ReadError::Empty),
    };
    let columns = columns_of(&header)?;
    let mut entries = Vec::new();
    for row in rows {
        let row = row.map_err(|e| row_error(text, e))?;
        if row.iter().all(str::is_empty) {
            continue;
        }
        let line = line_at(text, row.position());
        let cells = Cells {
            line,
            row: &row,
            columns: &columns,
        };
        entries.push(cells.entry()?);
    }
    Ok(entries)
}

/// For each column of the file, which of [`COLUMNS`] it is.
fn columns_of(header: &csv::StringRecord) -> Result<Vec<&'static str>, ReadError> {
    let known = |name: &str| {
        let name = name.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        COLUMNS.iter().copied().find(|c| *c == name)
    };
    if !header.iter().any(|h| known(h).is_some()) {
        let found: String = header.iter().collect::<Vec<_>>().join(",");
        return Err(ReadError::MissingHeader {
            found: found.chars().take(80).collect(),
        });
    }
    let mut columns: Vec<&'static str> = Vec::new();
    for name in header.iter() {
        let column = known(name).ok_or_else(|| ReadError::UnknownColumn {
            column: name.to_string(),
        })?;
        if columns.contains(&column) {
            return Err(ReadError::DuplicateColumn {
                column: column.to_string(),
            });
        }
        columns.push(column);
    }
    for column in REQUIRED {
        if !columns.contains(column) {
            return Err(ReadError::MissingColumn { column });
        }
    }
    Ok(columns)
}

/// The line (1 for the first) of the record at `position`. The csv crate's own line count
/// goes wrong after CRLF line ends, and its byte position is where the record before ended: the
/// line ends and empty lines from there are skipped here.
fn line_at(text: &str, position: Option<&csv::Position>) -> usize {
    let at = position.map_or(0, |p| p.byte() as usize).min(text.len());
    let bytes = text.as_bytes();
    let before = bytes[..at].iter().filter(|b| **b == b'\n').count();
    let skipped = bytes[at..]
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .filter(|b| **b == b'\n')
        .count();
    1 + before + skipped
}

fn row_error(text: &str, e: csv::Error) -> ReadError {
    let line = line_at(text, e.position());
    let detail = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} cells where the header names {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "this row is not UTF-8 text".to_string(),
        _ => e.to_string(),
    };
    ReadError::Row { line, detail }
}

/// One row's cells by column.
struct Cells<'a> {
    line: usize,
    row: &'a csv::StringRecord,
    columns: &'a [&'static str],
}

impl Cells<'_> {
    /// The cell of `column`; empty when the header does not name it.
    fn get(&self, column: &str) -> &str {
        self.columns
            .iter()
            .position(|c| *c == column)
            .and_then(|i| self.row.get(i))
            .unwrap_or("")
    }

    fn wrong(&self, column: &'static str, expected: impl Into<String>) -> ReadError {
        ReadError::Cell {
            line: self.line,
            column,
            found: self.get(column).to_string(),
            expected: expected.into(),
        }
    }

    /// The cell read by `read`, none when empty; `expected` names what it should be.
    fn read<T>(
        &self,
        column: &'static str,
        expected: &str,
        read: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, ReadError> {
        match self.get(column) {
            "" => Ok(None),
            cell => read(cell)
                .map(Some)
                .ok_or_else(|| self.wrong(column, expected)),
        }
    }

    fn entry(&self) -> Result<CsvEntry, ReadError> {
        let date = self.read(
            "date",
            "a date (YYYY-MM-DD), or empty when to be announced",
            |d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
        )?;
        let start = self.read("start", "a time (HH:MM)", hh_mm)?;
        let end = self.read("end", "a time (HH:MM)", hh_mm)?;
        let slot = self.read("slot", "a slot (morning, midday or afternoon)", |s| {
            MeetingSlot::ALL
                .iter()
                .copied()
                .find(|c| c.key().eq_ignore_ascii_case(s) || c.label().eq_ignore_ascii_case(s))
        })?;
        let (start, end, slot, estimated) = self.when(start, end, slot)?;
        let number = self.read("number", "a meeting number (7 or 7th)", |n| {
            let digits = n.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            digits.parse::<u32>().ok().filter(|n| *n > 0)
        })?;
        let agenda_items = self
            .read("items", "agenda items from 1 to 10 (3, or 3;4)", |items| {
                items
                    .split([';', ','])
                    .map(|i| {
                        let i = i.trim();
                        let i = i.strip_prefix("Item").unwrap_or(i).trim();
                        i.parse::<u8>().ok().filter(|n| agenda::title(*n).is_some())
                    })
                    .collect::<Option<Vec<u8>>>()
            })?
            .unwrap_or_default();
        let kind = self
            .read("kind", &kinds_words(), |k| {
                MeetingKind::ALL
                    .iter()
                    .copied()
                    .find(|c| c.key().eq_ignore_ascii_case(k) || c.label().eq_ignore_ascii_case(k))
            })?
            .unwrap_or(MeetingKind::Other);
        let title = self.get("title").to_string();
        if title.is_empty() {
            return Err(ReadError::EmptyCell {
                line: self.line,
                column: "title",
                needed: "every meeting needs a title",
            });
        }
        let continued = self
            .read("continued", "yes or no", |c| {
                match c.to_ascii_lowercase().replace('’', "'").as_str() {
                    "yes" | "y" | "true" | "1" | "cont'd" | "x" => Some(true),
                    "no" | "n" | "false" | "0" => Some(false),
                    _ => None,
                }
            })?
            .unwrap_or(false);
        let cluster = self.read("cluster", "a cluster number (1, 2 …)", |c| {
            c.parse::<u32>().ok().filter(|n| *n > 0)
        })?;
        let documents = self
            .read(
                "documents",
                "a list of document symbols (A/HRC/38/44 and Add.1–5; A/HRC/38/NGO/96)",
                read_list,
            )?
            .unwrap_or_default();
        let speaking = "a speaking time in minutes (2, or 1:30)";
        Ok(CsvEntry {
            line: self.line,
            uid: self.read("uid", "", |u| Some(u.to_string()))?,
            date,
            slot,
            start,
            end,
            estimated,
            number,
            agenda_items,
            kind,
            title,
            room: self.read("room", "", |r| Some(r.to_string()))?,
            continued,
            cluster,
            mandates: listed(self.get("mandates")),
            documents,
            member_speaking_seconds: self.read("member_speaking_time", speaking, seconds)?,
            speaking_seconds: self.read("speaking_time", speaking, seconds)?,
            modalities: self.get("modalities").to_string(),
        })
    }

    /// The slot and times of a row, as an Order of the Day gives them: times given (a start
    /// without an end ends at its slot's usual end, estimated), else the slot's hours.
    #[allow(clippy::type_complexity)]
    fn when(
        &self,
        start: Option<NaiveTime>,
        end: Option<NaiveTime>,
        slot: Option<MeetingSlot>,
    ) -> Result<
        (
            Option<NaiveTime>,
            Option<NaiveTime>,
            Option<MeetingSlot>,
            bool,
        ),
        ReadError,
    > {
        let slot_of = |t: NaiveTime| {
            MeetingSlot::ALL.iter().copied().find(|s| {
                let (from, to) = s.hours();
                t >= from && t < to
            })
        };
        match (start, end) {
            (Some(start), Some(end)) if end <= start => Err(self.wrong(
                "end",
                format!("a time after the start ({})", start.format("%H:%M")),
            )),
            (Some(start), Some(end)) => {
                let slot = slot.or_else(|| slot_of(start).filter(|s| s.hours() == (start, end)));
                Ok((Some(start), Some(end), slot, false))
            }
            (Some(start), None) => {
                let slot = slot.or_else(|| slot_of(start));
                let end = slot.map(|s| s.hours().1).filter(|e| *e > start);
                Ok((Some(start), end, slot, end.is_some()))
            }
            (None, Some(_)) => {
                Err(self.wrong("end", "an end without a start (give the start too)"))
            }
            (None, None) => Ok(match slot {
                Some(s) => (Some(s.hours().0), Some(s.hours().1), Some(s), false),
                None => (None, None, None, false),
            }),
        }
    }
}

/// "09:00", "9:00", "15:30".
fn hh_mm(cell: &str) -> Option<NaiveTime> {
    let (h, m) = cell.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits(h) || !digits(m) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// "2" (minutes), "1:30" (minutes and seconds), in seconds.
fn seconds(cell: &str) -> Option<u32> {
    let (minutes, secs) = cell.split_once(':').unwrap_or((cell, "0"));
    let minutes: u32 = minutes.trim().parse().ok()?;
    let secs: u32 = secs.trim().parse().ok()?;
    (secs < 60 && minutes <= 60).then_some(minutes * 60 + secs)
}

/// "Special Rapporteur on X; Independent Expert on Y": each, in order, empty ones left out.
fn listed(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// "a kind of meeting (interactive-dialogue, general-debate …)".
fn kinds_words() -> String {
    let keys: Vec<&str> = MeetingKind::ALL.iter().map(|k| k.key()).collect();
    format!("a kind of meeting ({})", keys.join(", "))
}

#[cfg(test)]
#[path = "csv_programme_tests.rs"]
mod tests;
