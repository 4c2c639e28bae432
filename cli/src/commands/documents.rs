//! `hrc document`: UN documents known by their symbol, shared by every session — added, edited,
//! shown with the records that link them, listed (or found), deleted.
use clap::Subcommand;
use hrc_core::domain::document::{Document, DocumentInput, DocumentSummary, LinkedRecord};
use hrc_core::{Error, Store, Uuid};

use super::{given, given_opt, lines, show};
use crate::args::ShowArgs;
use crate::escape::one_line;
use crate::output::{self, Failed};

#[derive(Debug, Subcommand)]
pub enum DocumentCmd {
    /// Add a document by its symbol (A/HRC/38/44, A/HRC/38/44/Add.1, A/HRC/38/L.10,
    /// A/HRC/38/NGO/96, A/HRC/RES/38/1 …; refused when one has it already).
    Add {
        #[arg(long)]
        symbol: String,
        #[arg(long)]
        title: Option<String>,
        /// report, addendum, corrigendum, revision, draft-resolution, ngo-written-statement,
        /// resolution, decision, president-statement, order-of-the-day or other; by default the
        /// kind its symbol says.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Change a document: only the fields given (a new symbol without --kind takes the kind it
    /// says). The records that link it show the new symbol.
    Edit {
        /// The document's id or symbol.
        id: String,
        #[arg(long)]
        symbol: Option<String>,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List every document by symbol, with its link.
    List {
        /// Only those whose symbol or title holds this text (case and spacing ignored).
        #[arg(long, value_name = "TEXT")]
        find: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one document (by id or symbol) with the meetings, situations, key issues and
    /// statements that link it.
    Show(ShowArgs),
    /// Delete a document (by id or symbol): the records that link it no longer show it. Final:
    /// the command line has no undo.
    Delete {
        /// The document's id or symbol.
        id: String,
    },
}

pub fn run(store: &mut Store, cmd: DocumentCmd) -> Result<(), Failed> {
    match cmd {
        DocumentCmd::Add {
            symbol,
            title,
            kind,
            json,
        } => {
            let input = DocumentInput {
                symbol,
                title: title.unwrap_or_default(),
                kind,
            };
            show(json, &store.create_document(&input)?, document)
        }
        DocumentCmd::Edit {
            id,
            symbol,
            title,
            kind,
            json,
        } => {
            let id = find(store, &id)?;
            let stored = store.document(id)?.document;
            let mut input = DocumentInput {
                symbol: stored.symbol,
                title: stored.title,
                kind: Some(stored.kind.key().into()),
            };
            // A new symbol says its kind again, unless one is given.
            if symbol.is_some() {
                input.kind = None;
            }
            given(symbol, &mut input.symbol);
            given(title, &mut input.title);
            given_opt(kind, &mut input.kind);
            show(json, &store.update_document(id, &input)?, document)
        }
        DocumentCmd::List { find, json } => {
            let none = match &find {
                Some(text) => format!("No document's symbol or title holds {:?}.", one_line(text)),
                None => "No documents yet: they are added as you link a symbol to a meeting, \
                         or with hrc document add."
                    .into(),
            };
            show(json, &store.documents(find.as_deref())?, |v| {
                lines(v, document, &none)
            })
        }
        DocumentCmd::Show(a) => {
            let id = find(store, &a.id)?;
            show(a.json, &store.document(id)?, summary)
        }
        DocumentCmd::Delete { id } => {
            let id = find(store, &id)?;
            let was = store.delete_document(id)?;
            store.purge_deleted(Some(id))?;
            output::human(&format!(
                "Deleted {}{} (no undo from the command line).",
                was.document.symbol,
                taken_off(&was.linked)
            ))
        }
    }
}

/// The document a typed id or symbol names; an unknown one is refused naming `document`.
fn find(store: &Store, typed: &str) -> Result<Uuid, Failed> {
    if let Ok(id) = Uuid::parse_str(typed.trim()) {
        return Ok(id);
    }
    match store.document_by_symbol(typed)? {
        Some(d) => Ok(d.id),
        None => Err(Error::NotFound {
            entity: "document",
            key: typed.trim().into(),
        })?,
    }
}

/// ", taken off 2 meetings and 1 statement", or nothing.
pub fn taken_off(linked: &[LinkedRecord]) -> String {
    if linked.is_empty() {
        return String::new();
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for l in linked {
        match counts.iter_mut().find(|(k, _)| *k == l.kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((&l.kind, 1)),
        }
    }
    let words: Vec<String> = counts
        .iter()
        .map(|(kind, n)| {
            let what = kind.replace('-', " ");
            if *n == 1 {
                format!("1 {what}")
            } else {
                format!("{n} {what}s")
            }
        })
        .collect();
    format!(", taken off {}", words.join(" and "))
}

/// "A/HRC/38/44  Addendum  Title  https://undocs.org/…  ID".
fn document(d: &Document) -> String {
    let title = match d.title.as_str() {
        "" => String::new(),
        t => format!("  {}", one_line(t)),
    };
    format!(
        "{}  {}{title}  {}  {}",
        d.symbol,
        d.kind.label(),
        d.url,
        d.id
    )
}

/// A document's line, then each record that links it.
fn summary(s: &DocumentSummary) -> String {
    let mut out = document(&s.document);
    out.push_str(&linked(&s.linked));
    out
}

/// "\n    meeting: Title (2018-06-19)  ID" for each record (a meeting with its day when it has
/// one), or a line saying none links it.
pub fn linked(records: &[LinkedRecord]) -> String {
    if records.is_empty() {
        return "\n    linked to nothing".into();
    }
    records
        .iter()
        .map(|l| {
            let day = l.date.map(|d| format!(" ({d})")).unwrap_or_default();
            format!(
                "\n    {}: {}{day}  {}",
                l.kind.replace('-', " "),
                one_line(&l.title),
                l.id
            )
        })
        .collect()
}
