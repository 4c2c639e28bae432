//! `hrc session`: Council sessions, and one shown with everything in it.
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;

use super::{deleted, given, given_opt, lines, session_id, show};
use crate::args::{SessionCmd, SessionFields};
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: SessionCmd) -> Result<(), Failed> {
    match cmd {
        SessionCmd::Add {
            number,
            start,
            end,
            more,
            json,
        } => {
            let mut input = SessionInput {
                number,
                start_date: start,
                end_date: end,
                ..Default::default()
            };
            apply(more, &mut input);
            show(json, &store.create_session(&input)?, print::session)
        }
        SessionCmd::Edit {
            session,
            start,
            end,
            more,
            json,
        } => {
            let stored = store.find_session(&session)?;
            let mut input = SessionInput::from(&stored);
            given(start, &mut input.start_date);
            given(end, &mut input.end_date);
            apply(more, &mut input);
            let edited = store.update_session(stored.id, &input)?;
            show(json, &edited, print::session)
        }
        SessionCmd::List { json } => show(json, &store.list_sessions()?, |v| {
            lines(v, print::session, "No sessions yet: add one with `hrc session add`, or load the example with `hrc demo`.")
        }),
        SessionCmd::Show { session, json } => {
            let id = session_id(store, &session)?;
            show(json, &store.overview(id)?, print::overview)
        }
        SessionCmd::Renumber { session, to, json } => {
            let stored = store.find_session(&session)?;
            let input = SessionInput {
                number: to,
                ..SessionInput::from(&stored)
            };
            show(
                json,
                &store.update_session(stored.id, &input)?,
                print::session,
            )
        }
        SessionCmd::Delete { session } => {
            let id = session_id(store, &session)?;
            store.delete_session_for_good(id)?;
            deleted("session")
        }
        SessionCmd::SpeakingRule(cmd) => super::speaking_rules::run(store, cmd),
    }
}

fn apply(f: SessionFields, input: &mut SessionInput) {
    given_opt(f.kind, &mut input.kind);
    given_opt(f.title, &mut input.title);
    given_opt(f.venue, &mut input.venue);
    given_opt(f.notes, &mut input.notes);
}
