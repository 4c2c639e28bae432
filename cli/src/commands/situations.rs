//! `hrc situation`: the country situations followed in a session.
use hrc_core::domain::situation::SituationInput;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::SituationCmd;
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: SituationCmd) -> Result<(), Failed> {
    match cmd {
        SituationCmd::Add {
            sel,
            country,
            item,
            mechanism,
            summary,
            asks,
            priority,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let input = SituationInput {
                country,
                agenda_item: item,
                mechanism,
                summary,
                asks,
                priority,
            };
            show(json, &store.create_situation(id, &input)?, print::situation)
        }
        SituationCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.situations(id)?, |v| {
                lines(v, print::situation, "No country situations yet.")
            })
        }
    }
}
