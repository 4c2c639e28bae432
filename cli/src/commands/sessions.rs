//! `hrc session`: Council sessions, and one shown with everything in it.
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::SessionCmd;
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: SessionCmd) -> Result<(), Failed> {
    match cmd {
        SessionCmd::Add {
            number,
            kind,
            start,
            end,
            title,
            venue,
            json,
        } => {
            let input = SessionInput {
                number,
                kind,
                title,
                start_date: start,
                end_date: end,
                venue,
                notes: None,
            };
            show(json, &store.create_session(&input)?, print::session)
        }
        SessionCmd::List { json } => show(json, &store.list_sessions()?, |v| {
            lines(v, print::session, "No sessions yet: add one with `hrc session add`, or load the example with `hrc demo`.")
        }),
        SessionCmd::Show { session, json } => {
            let id = session_id(store, &session)?;
            show(json, &store.overview(id)?, print::overview)
        }
    }
}
