//! Exports of a session overview: one layout ([`layout::Document`]) built from the stored
//! session, rendered to Markdown, HTML and CSV.
pub mod csv;
pub mod html;
pub mod layout;
pub mod markdown;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::choices;
use crate::error::{Error, Result};
use crate::store::Store;

choices!(
    /// The formats a session overview leaves the laptop in.
    ExportFormat {
        Markdown = "md": "Markdown",
        Html = "html": "HTML (print-ready)",
        CsvStatements = "csv-statements": "Statements (CSV)",
        CsvSideEvents = "csv-side-events": "Side events (CSV)",
    }
);

impl ExportFormat {
    /// The file extension a saved export takes.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::CsvStatements | ExportFormat::CsvSideEvents => "csv",
        }
    }
}

/// Renders a session in `format` with the chosen sections (ignored by the CSV formats).
pub fn export(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
) -> Result<String> {
    let overview = store.overview(session_id)?;
    match format {
        ExportFormat::Markdown => Ok(markdown::render(&layout::build(&overview, sections))),
        ExportFormat::Html => Ok(html::render(&layout::build(&overview, sections))),
        ExportFormat::CsvStatements => csv::statements(&overview),
        ExportFormat::CsvSideEvents => csv::side_events(&overview),
    }
}

/// The parts of a session overview a person can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    KeyIssues,
    Situations,
    Programme,
    Statements,
    SideEvents,
    Notes,
}

impl Section {
    /// Every section, in the order the overview shows them.
    pub const ALL: [Section; 6] = [
        Section::KeyIssues,
        Section::Situations,
        Section::Programme,
        Section::Statements,
        Section::SideEvents,
        Section::Notes,
    ];

    /// The sections chosen when a person chooses none: everything but the notes,
    /// which can name people at risk and leave the laptop only when asked for.
    pub fn defaults() -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|s| *s != Section::Notes)
            .collect()
    }

    /// The section's kebab-case name.
    pub fn key(self) -> &'static str {
        match self {
            Section::KeyIssues => "key-issues",
            Section::Situations => "situations",
            Section::Programme => "programme",
            Section::Statements => "statements",
            Section::SideEvents => "side-events",
            Section::Notes => "notes",
        }
    }

    /// Reads a comma-separated list such as "key-issues,statements"; the error names `sections`.
    pub fn parse_list(text: &str) -> Result<Vec<Section>> {
        let mut out = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let s = Section::ALL
                .into_iter()
                .find(|s| s.key() == part)
                .ok_or_else(|| {
                    let names: Vec<_> = Section::ALL.iter().map(|s| s.key()).collect();
                    Error::invalid(
                        "sections",
                        format!("{part:?} is not one of: {}", names.join(", ")),
                    )
                })?;
            if !out.contains(&s) {
                out.push(s);
            }
        }
        Ok(out)
    }
}
