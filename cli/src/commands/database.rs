//! `hrc init` and `hrc demo`: the database itself, and the example session loaded into it.
use hrc_core::Store;

use crate::output::{self, Failed};

/// `hrc init`: says where the database is and its schema (opening it created or updated it).
pub fn init(store: &Store) -> Result<(), Failed> {
    output::human(&format!(
        "HRC Planner database ready at {} (schema {})",
        store
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        store.schema_version()?
    ))
}

/// `hrc demo`: loads HRC38, or says it is already there.
pub fn demo(store: &mut Store) -> Result<(), Failed> {
    let outcome = hrc_core::demo::load(store)?;
    let verb = if outcome.created {
        "Loaded"
    } else {
        "Already there:"
    };
    output::human(&format!(
        "{verb} the example session {} ({} – {})",
        outcome.session.name, outcome.session.start_date, outcome.session.end_date
    ))
}
