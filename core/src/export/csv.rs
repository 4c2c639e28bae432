//! Statements and side events as CSV for spreadsheets: UTF-8, a header row, one row each.
use crate::domain::overview::SessionOverview;
use crate::error::{Error, Result};

use super::layout::length_against_limit;

fn finish(writer: ::csv::Writer<Vec<u8>>) -> Result<String> {
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

fn csv_error(e: ::csv::Error) -> Error {
    Error::Io(std::io::Error::other(e.to_string()))
}

/// The session's statements, one row each.
pub fn statements(o: &SessionOverview) -> Result<String> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "title",
        "kind",
        "agenda_item",
        "status",
        "speaker",
        "meeting",
        "word_count",
        "estimated_seconds",
        "limit_seconds",
        "limit_words",
        "over_limit",
        "length",
        "document_symbol",
        "signatories",
    ])
    .map_err(csv_error)?;
    for s in &o.statements {
        let meeting = s
            .meeting_id
            .and_then(|id| o.meetings.iter().find(|m| m.id == id))
            .map(|m| m.title.clone())
            .unwrap_or_default();
        let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        w.write_record([
            s.id.to_string(),
            s.title.clone(),
            s.kind.key().into(),
            opt(s.agenda_item.map(u32::from)),
            s.status.key().into(),
            s.speaker.clone(),
            meeting,
            s.timing.word_count.to_string(),
            s.timing.estimated_seconds.to_string(),
            opt(s.limit_seconds),
            opt(s.limit_words),
            s.timing.over_limit.to_string(),
            length_against_limit(s),
            s.document_symbol.clone(),
            s.signatories
                .iter()
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
                .join("; "),
        ])
        .map_err(csv_error)?;
    }
    finish(w)
}

/// The session's side events, one row each, in Geneva time.
pub fn side_events(o: &SessionOverview) -> Result<String> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "title",
        "date",
        "start",
        "end",
        "room",
        "status",
        "organisers",
        "cosponsor_states",
        "cosponsor_organisations",
        "speakers",
    ])
    .map_err(csv_error)?;
    for e in &o.side_events {
        let names = |orgs: &[crate::domain::organisation::Organisation]| {
            orgs.iter()
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        w.write_record([
            e.id.to_string(),
            e.title.clone(),
            e.date.to_string(),
            e.start.format("%H:%M").to_string(),
            e.end.format("%H:%M").to_string(),
            e.room.clone(),
            e.status.key().into(),
            names(&e.organisers),
            e.cosponsor_states
                .iter()
                .map(|c| c.code.clone())
                .collect::<Vec<_>>()
                .join("; "),
            names(&e.cosponsor_organisations),
            e.speakers.join("; "),
        ])
        .map_err(csv_error)?;
    }
    finish(w)
}
