//! Statements, side events and texts (resolutions) as CSV for spreadsheets: UTF-8, a header row,
//! one row each.
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

/// A cell a spreadsheet will not run: text beginning with `=`, `+`, `-`, `@`, a tab or a carriage
/// return would be read as a formula (`=HYPERLINK(…)`, `@SUM(…)`), so it is opened with an
/// apostrophe, which spreadsheets show as text (the usual CSV-injection rule).
pub(crate) fn cell(text: String) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text,
    }
}

/// Writes one row of a person's data, each cell made safe for spreadsheets.
fn row<const N: usize>(w: &mut ::csv::Writer<Vec<u8>>, cells: [String; N]) -> Result<()> {
    w.write_record(cells.map(cell)).map_err(csv_error)
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
        row(
            &mut w,
            [
                s.id.to_string(),
                super::confidential::marked(&s.title, s.confidential),
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
            ],
        )?;
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
        "sources",
    ])
    .map_err(csv_error)?;
    for e in &o.side_events {
        let names = |orgs: &[crate::domain::organisation::Organisation]| {
            orgs.iter()
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        row(
            &mut w,
            [
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
                // "Title <https://…>; …": a spreadsheet shows the address beside its title.
                e.sources
                    .iter()
                    .map(|s| format!("{} <{}>", s.title, s.url))
                    .collect::<Vec<_>>()
                    .join("; "),
            ],
        )?;
    }
    finish(w)
}

/// The session's texts, one row each: symbols, title, item, status, action, sponsors and the
/// vote (its counts, "adopted without a vote", or empty before action). My position and asks stay
/// out, as statements' texts do.
pub fn resolutions(o: &SessionOverview) -> Result<String> {
    use super::texts;
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "draft_symbol",
        "adopted_symbol",
        "title",
        "kind",
        "agenda_item",
        "status",
        "action_date",
        "action_meeting",
        "main_sponsors",
        "cosponsor_count",
        "cosponsors",
        "vote",
        "in_favour",
        "against",
        "abstaining",
        "vote_date",
        "amendments",
    ])
    .map_err(csv_error)?;
    for r in &o.resolutions {
        let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
        let c = r.vote.as_ref().and_then(|v| v.counts);
        row(
            &mut w,
            [
                r.id.to_string(),
                r.draft_symbol.clone().unwrap_or_default(),
                r.adopted_symbol.clone().unwrap_or_default(),
                r.title.clone(),
                r.kind.key().into(),
                opt(r.agenda_item.map(u32::from)),
                r.status.key().into(),
                r.action_date.map(|d| d.to_string()).unwrap_or_default(),
                opt(r.action_meeting),
                texts::main_sponsors(r),
                texts::cosponsor_count(r).to_string(),
                r.sponsors
                    .iter()
                    .filter(|s| s.role == crate::domain::resolution::SponsorRole::Co)
                    .map(|s| s.country_name.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                texts::counts(r.vote.as_ref()).unwrap_or_default(),
                opt(c.map(|c| c.in_favour)),
                opt(c.map(|c| c.against)),
                opt(c.map(|c| c.abstaining)),
                r.vote
                    .as_ref()
                    .map(|v| v.date.to_string())
                    .unwrap_or_default(),
                r.amendments
                    .iter()
                    .map(|a| match texts::counts(a.vote.as_ref()) {
                        Some(c) => format!("{} {} {c}", a.symbol, a.status.key()),
                        None => format!("{} {}", a.symbol, a.status.key()),
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            ],
        )?;
    }
    finish(w)
}
