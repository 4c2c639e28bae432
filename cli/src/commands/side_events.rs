//! `hrc side-event`: the side events of a session.
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::SideEventCmd;
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: SideEventCmd) -> Result<(), Failed> {
    match cmd {
        SideEventCmd::Add {
            sel,
            title,
            date,
            start,
            end,
            room,
            organisers,
            states,
            speakers,
            status,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let input = SideEventInput {
                title,
                date,
                start,
                end,
                room,
                organisers,
                cosponsor_states: states,
                speakers,
                status,
                ..Default::default()
            };
            show(
                json,
                &store.create_side_event(id, &input)?,
                print::side_event,
            )
        }
        SideEventCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.side_events(id)?, |v| {
                lines(v, print::side_event, "No side events yet.")
            })
        }
    }
}
