//! `hrc agenda`: a session's ten agenda items, and my notes on each.
use hrc_core::domain::agenda::AgendaItem;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::AgendaCmd;
use crate::output::Failed;

pub fn run(store: &mut Store, cmd: AgendaCmd) -> Result<(), Failed> {
    match cmd {
        AgendaCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.agenda_items(id)?, |v| {
                lines(v, item, "No agenda items.")
            })
        }
        AgendaCmd::Edit {
            sel,
            item: number,
            notes,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            show(json, &store.set_agenda_notes(id, number, &notes)?, item)
        }
    }
}

/// "Item 4  Human rights situations that require the Council's attention", then my notes.
fn item(a: &AgendaItem) -> String {
    let mut line = format!("Item {:<2} {}", a.number, a.title);
    if !a.notes.trim().is_empty() {
        line.push_str(&format!(
            "\n        {}",
            a.notes.replace('\n', "\n        ")
        ));
    }
    line
}
