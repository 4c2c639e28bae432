//! `hrc meeting`: the meetings of a session's programme of work.
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{cleared, deleted, given, given_opt, lines, session_id, show};
use crate::args::{MeetingClears, MeetingCmd, MeetingFields};
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: MeetingCmd) -> Result<(), Failed> {
    match cmd {
        MeetingCmd::Add {
            sel,
            date,
            start,
            end,
            title,
            more,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let mut input = MeetingInput {
                date,
                start,
                end,
                title,
                ..Default::default()
            };
            apply(more, &mut input);
            show(json, &store.create_meeting(id, &input)?, print::meeting)
        }
        MeetingCmd::Edit {
            id,
            date,
            start,
            end,
            title,
            more,
            clear,
            json,
        } => {
            let id = row_id("meeting", &id)?;
            let mut input = MeetingInput::from(&store.meeting(id)?);
            given(date, &mut input.date);
            given(start, &mut input.start);
            given(end, &mut input.end);
            given(title, &mut input.title);
            apply(more, &mut input);
            empty(clear, &mut input);
            show(json, &store.update_meeting(id, &input)?, print::meeting)
        }
        MeetingCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.meetings(id)?, |v| {
                lines(v, print::meeting, "No meetings in the programme yet.")
            })
        }
        MeetingCmd::Show(a) => {
            let m = store.meeting(row_id("meeting", &a.id)?)?;
            show(a.json, &m, print::meeting)
        }
        MeetingCmd::Delete(a) => {
            let id = row_id("meeting", &a.id)?;
            store.delete_meeting(id)?;
            store.purge_deleted(Some(id))?;
            deleted("meeting")
        }
    }
}

fn apply(f: MeetingFields, input: &mut MeetingInput) {
    given_opt(f.item, &mut input.agenda_item);
    given_opt(f.kind, &mut input.kind);
    given_opt(f.room, &mut input.room);
}

fn empty(c: MeetingClears, input: &mut MeetingInput) {
    cleared(c.no_item, &mut input.agenda_item);
}
