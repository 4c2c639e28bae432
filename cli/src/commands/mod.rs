//! The commands of `hrc`, one file per noun as in the desktop shell: each takes its arguments,
//! makes one call into the core and shows the answer. What they share is here.
pub mod agenda;
pub mod backups;
pub mod brief;
pub mod consultations;
pub mod database;
pub mod delegations;
pub mod documents;
pub mod exchange;
pub mod key_issues;
pub mod lobby;
pub mod mandates;
pub mod meetings;
pub mod members;
pub mod notes;
pub mod organisations;
pub mod programme;
pub mod protection;
pub mod reference;
pub mod resolutions;
pub mod search;
pub mod sessions;
pub mod side_events;
pub mod situations;
pub mod speaking_rules;
pub mod statements;
pub mod today;
pub mod votes;

use hrc_core::domain::source::Source;
use hrc_core::{Result, Store, Uuid};
use serde::Serialize;

use crate::output::{self, Failed};

/// Prints `value` as JSON, or as the text `human` makes of it.
pub fn show<T: Serialize>(
    json: bool,
    value: &T,
    human: impl FnOnce(&T) -> String,
) -> Result<(), Failed> {
    if json {
        output::json(value)
    } else {
        output::human(&human(value))
    }
}

/// One line per item, or `empty` when there is none.
pub fn lines<T>(items: &[T], f: impl Fn(&T) -> String, empty: &str) -> String {
    if items.is_empty() {
        return empty.to_string();
    }
    items.iter().map(f).collect::<Vec<_>>().join("\n")
}

/// The id of the session a label names (38, HRC38, S-28).
pub fn session_id(store: &Store, label: &str) -> Result<Uuid> {
    store.find_session(label).map(|s| s.id)
}

/// An edit's flag over the stored value: the flag when given, else what was stored.
pub fn given<T>(flag: Option<T>, stored: &mut T) {
    if let Some(v) = flag {
        *stored = v;
    }
}

/// An edit's flag over an optional stored value.
pub fn given_opt<T>(flag: Option<T>, stored: &mut Option<T>) {
    if flag.is_some() {
        *stored = flag;
    }
}

/// A repeated flag over a stored list: the values given replace the list; none keeps it.
pub fn given_list(flag: Vec<String>, stored: &mut Vec<String>) {
    if !flag.is_empty() {
        *stored = flag;
    }
}

/// Repeated `--source "Title|https://…"` over the stored sources: the ones given replace them
/// (the core checks each address on saving); none keeps them.
pub fn given_sources(flag: Vec<String>, stored: &mut Vec<Source>) {
    if !flag.is_empty() {
        *stored = flag.iter().map(|s| Source::typed(s)).collect();
    }
}

/// A record's text followed by its sources, one "title — address" line each, when it has any.
pub fn with_sources(text: String, sources: &[Source]) -> String {
    if sources.is_empty() {
        return text;
    }
    let lines: Vec<String> = sources
        .iter()
        .map(|s| format!("- {} — {}", s.title, s.url))
        .collect();
    format!("{text}\n\nSources:\n{}", lines.join("\n"))
}

/// Empties a stored value when its `--no-…` flag is given (clap refuses it beside the flag that
/// sets the same field): an optional link becomes none, a list becomes empty.
pub fn cleared<T: Default>(clear: bool, stored: &mut T) {
    if clear {
        *stored = T::default();
    }
}

/// A repeated flag naming linked records (documents by symbol, mandates by name): the values
/// given replace the links; none keeps them.
pub fn given_links(flag: Vec<String>, stored: &mut Option<Vec<String>>) {
    if !flag.is_empty() {
        *stored = Some(flag);
    }
}

/// Takes every link off when its `--no-…` flag is given.
pub fn unlinked(clear: bool, stored: &mut Option<Vec<String>>) {
    if clear {
        *stored = Some(Vec::new());
    }
}

/// A record's text followed by a labelled list (its mandates, its documents with their links),
/// when the list is not empty.
pub fn with_list(text: String, label: &str, items: &[String]) -> String {
    if items.is_empty() {
        return text;
    }
    format!("{text}\n\n{label}:\n{}", items.join("\n"))
}

/// Documents' symbols, each with its link.
pub fn document_lines(symbols: &[String]) -> Vec<String> {
    symbols
        .iter()
        .map(|s| format!("{s}  {}", hrc_core::domain::document::url_of(s)))
        .collect()
}

/// Says that a record was deleted, for good: the command line offers no undo.
pub fn deleted(what: &str) -> Result<(), Failed> {
    output::human(&format!(
        "Deleted the {what} (no undo from the command line)."
    ))
}

/// A record's line followed by its longer texts, each under its label; empty ones left out.
pub fn detail(line: String, texts: &[(&str, &str)]) -> String {
    let mut out = line;
    for (label, text) in texts.iter().filter(|(_, t)| !t.trim().is_empty()) {
        out.push_str(&format!("\n\n{label}:\n{text}"));
    }
    out
}
