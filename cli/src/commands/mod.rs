//! The commands of `hrc`, one file per noun as in the desktop shell: each takes its arguments,
//! makes one call into the core and shows the answer. What they share is here.
pub mod backups;
pub mod database;
pub mod exchange;
pub mod key_issues;
pub mod meetings;
pub mod notes;
pub mod reference;
pub mod search;
pub mod sessions;
pub mod side_events;
pub mod situations;
pub mod statements;
pub mod today;

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
pub fn lines<T>(items: &[T], f: fn(&T) -> String, empty: &str) -> String {
    if items.is_empty() {
        return empty.to_string();
    }
    items.iter().map(f).collect::<Vec<_>>().join("\n")
}

/// The id of the session a label names (38, HRC38, S-28).
pub fn session_id(store: &Store, label: &str) -> Result<Uuid> {
    store.find_session(label).map(|s| s.id)
}
