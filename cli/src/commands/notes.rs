//! `hrc note`: notes taken in a session.
use hrc_core::domain::note::NoteInput;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::NoteCmd;
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: NoteCmd) -> Result<(), Failed> {
    match cmd {
        NoteCmd::Add {
            sel,
            text,
            meeting,
            item,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let input = NoteInput {
                body: text,
                meeting_id: meeting,
                agenda_item: item,
                ..Default::default()
            };
            show(json, &store.create_note(id, &input)?, print::note)
        }
        NoteCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.notes(id)?, |v| {
                lines(v, print::note, "No notes yet.")
            })
        }
    }
}
