//! `hrc meeting`: the meetings of a session's programme of work.
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::MeetingCmd;
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: MeetingCmd) -> Result<(), Failed> {
    match cmd {
        MeetingCmd::Add {
            sel,
            date,
            start,
            end,
            item,
            kind,
            room,
            title,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let input = MeetingInput {
                date,
                start,
                end,
                room,
                agenda_item: item,
                kind,
                title,
            };
            show(json, &store.create_meeting(id, &input)?, print::meeting)
        }
        MeetingCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.meetings(id)?, |v| {
                lines(v, print::meeting, "No meetings in the programme yet.")
            })
        }
    }
}
