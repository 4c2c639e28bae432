//! Exports of a session overview: one layout ([`layout::Document`]) built from the stored
//! session, rendered to Markdown, HTML and Word; the calendar (.ics) and CSV from the same data.
pub mod brief;
pub mod choice;
pub mod confidential;
pub mod csv;
pub mod docx;
pub mod html;
pub mod ics;
pub mod layout;
pub mod lobby;
pub mod markdown;
pub mod mine;
pub mod page;
mod texts;
pub mod written;

use uuid::Uuid;

use crate::domain::choices;
use crate::error::{Error, Result};
use crate::store::Store;
pub use page::{PageSetup, Paper};

choices!(
    /// The formats a session overview leaves the laptop in, in the order the Export dialog offers them.
    ExportFormat {
        Word = "docx": "Word",
        Html = "html": "Web page",
        Markdown = "md": "Markdown",
        Calendar = "ics": "Calendar",
        CsvStatements = "csv-statements": "Statements (CSV)",
        CsvSideEvents = "csv-side-events": "Side events (CSV)",
        CsvResolutions = "csv-resolutions": "Resolutions (CSV)",
        Bundle = "json": "Full copy (JSON)",
    }
);

impl ExportFormat {
    /// Whether a person chooses what this format holds, section by section (the overview's
    /// documents). The calendar, the CSV tables and the full copy carry what they carry; of the
    /// sections, only notes — in the full copy — are a choice.
    pub fn has_sections(self) -> bool {
        matches!(
            self,
            ExportFormat::Markdown | ExportFormat::Html | ExportFormat::Word
        )
    }

    /// Whether the file can carry the notes (only when asked for): the overview's documents and the
    /// full copy. The calendar and the CSV tables never hold a note.
    pub fn carries_notes(self) -> bool {
        self.has_sections() || self == ExportFormat::Bundle
    }

    /// What the format is for, as the Export dialog says beside its name.
    pub fn hint(self) -> &'static str {
        match self {
            ExportFormat::Word => "a briefing for colleagues",
            ExportFormat::Html => "print-ready, opens in any browser",
            ExportFormat::Markdown => "plain text with headings",
            ExportFormat::Calendar => "meetings, side events, statements due and action on texts",
            ExportFormat::CsvStatements
            | ExportFormat::CsvSideEvents
            | ExportFormat::CsvResolutions => "for a spreadsheet",
            ExportFormat::Bundle => "a teammate or a backup can import it",
        }
    }

    /// The file extension a saved export takes.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Word => "docx",
            ExportFormat::Calendar => "ics",
            ExportFormat::Bundle => "json",
            ExportFormat::CsvStatements
            | ExportFormat::CsvSideEvents
            | ExportFormat::CsvResolutions => "csv",
        }
    }
}

/// Renders a session in `format` with the chosen sections (the calendar and the CSV formats
/// take their own content), as the bytes of the file; Word on A4, unmarked.
pub fn export(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
) -> Result<Vec<u8>> {
    export_with(store, session_id, format, sections, &PageSetup::default())
}

/// As [`export`], with Word set on the `page` chosen; its header names my organisation (from
/// the settings) and the session, its footer the day of the export. Confidential records are
/// left out ([`export_choosing`] includes them when asked).
pub fn export_with(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
    page: &PageSetup,
) -> Result<Vec<u8>> {
    export_choosing(store, session_id, format, sections, page, false)
}

/// The session's overview as an export reads it: its notes only `with_notes`, its confidential
/// records only `include_confidential` (else left out with every trace of them).
fn overview_for(
    store: &Store,
    session_id: Uuid,
    with_notes: bool,
    include_confidential: bool,
) -> Result<crate::domain::overview::SessionOverview> {
    let mut o = store.overview_with(session_id, with_notes)?;
    if !include_confidential {
        confidential::leave_out(&mut o);
    }
    Ok(o)
}

/// As [`export_with`], the records marked confidential (notes, statements, situations, key
/// issues) included only when `include_confidential`, each then marked "Confidential" and the
/// document saying so under its title.
pub fn export_choosing(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
    page: &PageSetup,
    include_confidential: bool,
) -> Result<Vec<u8>> {
    // Notes are read only for a layout that shows them: a session can hold thousands.
    let with_notes = sections.contains(&Section::Notes);
    let overview = |notes: bool| overview_for(store, session_id, notes, include_confidential);
    let doc = || Ok::<_, Error>(layout::build(&overview(with_notes)?, sections));
    Ok(match format {
        ExportFormat::Markdown => markdown::render(&doc()?).into_bytes(),
        ExportFormat::Html => html::render(&doc()?).into_bytes(),
        ExportFormat::Word => {
            let doc = doc()?;
            let letterhead = docx::Letterhead {
                organisation: store.settings()?.my_organisation,
                subject: doc.title.clone(),
                exported: Some(chrono::Local::now().date_naive()),
                page: *page,
            };
            docx::render(&doc, &letterhead)?
        }
        ExportFormat::Calendar => ics::render(&overview(false)?).into_bytes(),
        ExportFormat::Bundle => store
            .export_bundle_choosing(session_id, with_notes, include_confidential)?
            .to_json()
            .into_bytes(),
        ExportFormat::CsvStatements => csv::statements(&overview(false)?)?.into_bytes(),
        ExportFormat::CsvSideEvents => csv::side_events(&overview(false)?)?.into_bytes(),
        ExportFormat::CsvResolutions => csv::resolutions(&overview(false)?)?.into_bytes(),
    })
}

/// The sections of an export as a person asked for them: `list` (`key-issues,notes`) or the
/// default ones, and the notes when `with_notes`. A list is refused for a format that has no
/// sections to choose, rather than silently ignored.
pub fn chosen_sections(
    format: ExportFormat,
    list: Option<&str>,
    with_notes: bool,
) -> Result<Vec<Section>> {
    let mut sections = match list {
        Some(_) if !format.has_sections() => {
            return Err(Error::invalid(
                "sections",
                crate::Rule::NoSectionsToChoose { format },
            ))
        }
        Some(list) => Section::parse_list(list)?,
        None => Section::defaults(),
    };
    if with_notes && !sections.contains(&Section::Notes) {
        sections.push(Section::Notes);
    }
    Ok(sections)
}

choices!(
    /// The parts of a session overview a person can choose, in the order the overview shows them;
    /// the label is the section's heading.
    Section {
        KeyIssues = "key-issues": "Key issues",
        Situations = "situations": "Country situations",
        Programme = "programme": "Programme of work",
        Statements = "statements": "Statements",
        StatementTexts = "statement-texts": "Statement texts",
        Signatories = "signatories": "Signatory lists",
        SideEvents = "side-events": "Side events",
        Resolutions = "resolutions": "Resolutions and decisions",
        Notes = "notes": "Notes",
    }
);

impl Section {
    /// The sections chosen when a person chooses none: everything but the notes, which can
    /// name people at risk and leave the laptop only when asked for, and the statements' full
    /// texts (drafts, often) and signatory lists (pages of names), each an option.
    pub fn defaults() -> Vec<Section> {
        Section::ALL
            .iter()
            .copied()
            .filter(|s| s.chosen_by_default())
            .collect()
    }

    /// Whether [`Section::defaults`] holds this section.
    pub fn chosen_by_default(self) -> bool {
        !matches!(
            self,
            Section::Notes | Section::StatementTexts | Section::Signatories
        )
    }

    /// Reads a comma-separated list such as "key-issues,statements"; the error names `sections`.
    pub fn parse_list(text: &str) -> Result<Vec<Section>> {
        let mut out = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let s = Section::parse("sections", part)?;
            if !out.contains(&s) {
                out.push(s);
            }
        }
        Ok(out)
    }
}

/// The overview as it prints, for a preview before saving (`html::print_preview`), its
/// confidential records left out.
pub fn preview(
    store: &Store,
    session_id: Uuid,
    sections: &[Section],
) -> Result<html::PrintPreview> {
    preview_choosing(store, session_id, sections, false)
}

/// [`preview`], its confidential records only `include_confidential` (each then marked).
pub fn preview_choosing(
    store: &Store,
    session_id: Uuid,
    sections: &[Section],
    include_confidential: bool,
) -> Result<html::PrintPreview> {
    Ok(html::print_preview(&layout::build(
        &overview_for(
            store,
            session_id,
            sections.contains(&Section::Notes),
            include_confidential,
        )?,
        sections,
    )))
}

/// Writes the export to `path` whole or not at all (a temporary file beside it, then a rename),
/// so an interrupted export never leaves half a file where the person chose to save; its
/// confidential records left out.
pub fn export_to_file(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
    page: &PageSetup,
    path: &std::path::Path,
) -> Result<()> {
    export_to_file_choosing(store, session_id, format, sections, page, false, path)
}

/// [`export_to_file`], its confidential records only `include_confidential` (see
/// [`export_choosing`]).
pub fn export_to_file_choosing(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
    page: &PageSetup,
    include_confidential: bool,
    path: &std::path::Path,
) -> Result<()> {
    write_whole(
        &export_choosing(
            store,
            session_id,
            format,
            sections,
            page,
            include_confidential,
        )?,
        path,
    )
}

/// Writes `bytes` to the file at `path` whole or not at all (a partial file beside it, renamed),
/// readable by its owner alone; refused naming `path`.
pub fn write_whole(bytes: &[u8], path: &std::path::Path) -> Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| Error::invalid("path", crate::Rule::NoFileChosen))?;
    let temp = path.with_file_name(format!(".{}.partial", name.to_string_lossy()));
    let written =
        crate::private_files::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(Error::invalid(
            "path",
            crate::Rule::CannotWrite {
                path: path.display().to_string(),
                problem: crate::problem::FileProblem::of(&e),
            },
        ));
    }
    Ok(())
}
