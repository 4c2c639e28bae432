//! `hrc session`: Council sessions, and one shown with everything in it.
use hrc_core::domain::meeting::MeetingSlot;
use hrc_core::domain::session::{SessionInput, SlotHours, SlotHoursInput, SlotSpanInput};
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
            apply(more, &mut input, &SlotHours::council())?;
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
            apply(more, &mut input, &stored.hours())?;
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

fn apply(f: SessionFields, input: &mut SessionInput, stored: &SlotHours) -> Result<(), Failed> {
    given_opt(f.kind, &mut input.kind);
    given_opt(f.title, &mut input.title);
    given_opt(f.venue, &mut input.venue);
    given_opt(f.notes, &mut input.notes);
    if f.no_slot_hours || !f.slots.is_empty() {
        input.slot_hours = Some(slot_hours(stored, f.no_slot_hours, &f.slots)?);
    }
    Ok(())
}

/// The slot hours `--no-slot-hours` and each `--slot morning=10:00-13:00` make of the `stored`
/// ones; the core checks the hours (its errors name the slot).
fn slot_hours(stored: &SlotHours, usual: bool, slots: &[String]) -> Result<SlotHoursInput, Failed> {
    let mut hours = if usual {
        SlotHoursInput::default()
    } else {
        SlotHoursInput::from(stored)
    };
    for given in slots {
        let (slot, span) = given.split_once('=').unwrap_or((given, ""));
        let slot = MeetingSlot::parse("slot", slot)?;
        let span = span.trim();
        let (start, end) = span.split_once(['-', '–']).unwrap_or((span, ""));
        *hours.of_mut(slot) = SlotSpanInput {
            start: start.trim().into(),
            end: end.trim().into(),
        };
    }
    Ok(hours)
}
