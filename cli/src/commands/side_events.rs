//! `hrc side-event`: the side events of a session, and the meetings that matter to me they clash with.
use hrc_core::domain::clash::Clash;
use hrc_core::domain::side_event::{SideEvent, SideEventInput};
use hrc_core::store::row_id;
use hrc_core::Store;
use serde::Serialize;

use super::{
    cleared, deleted, detail, given, given_list, given_opt, given_sources, session_id, show,
    with_sources,
};
use crate::args::{SideEventClears, SideEventCmd, SideEventFields};
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
            more,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let mut input = SideEventInput {
                title,
                date,
                start,
                end,
                ..Default::default()
            };
            apply(more, &mut input);
            show(
                json,
                &store.create_side_event(id, &input)?,
                print::side_event,
            )
        }
        SideEventCmd::Edit {
            id,
            title,
            date,
            start,
            end,
            more,
            clear,
            json,
        } => {
            let id = row_id("side event", &id)?;
            let mut input = SideEventInput::from(&store.side_event(id)?);
            given(title, &mut input.title);
            given(date, &mut input.date);
            given(start, &mut input.start);
            given(end, &mut input.end);
            apply(more, &mut input);
            empty(clear, &mut input);
            let edited = store.update_side_event(id, &input)?;
            show(json, &edited, print::side_event)
        }
        SideEventCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            let events = store.side_events(id)?;
            let clashes = store.clashes(id)?;
            let listed: Vec<Listed> = events
                .iter()
                .map(|event| Listed {
                    event,
                    clashes: clashes
                        .iter()
                        .filter(|c| c.side_event_id == event.id)
                        .collect(),
                })
                .collect();
            show(a.json, &listed, |v| with_clashes(v))
        }
        SideEventCmd::Show(a) => {
            let e = store.side_event(row_id("side event", &a.id)?)?;
            show(a.json, &e, |e| {
                with_sources(
                    detail(print::side_event(e), &[("Description", &e.description)]),
                    &e.sources,
                )
            })
        }
        SideEventCmd::Delete(a) => {
            let id = row_id("side event", &a.id)?;
            store.delete_side_event(id)?;
            store.purge_deleted(Some(id))?;
            deleted("side event")
        }
    }
}

/// A side event as `list` gives it: the record, and the meetings that matter to me it clashes
/// with (`--json`: the record's fields and `clashes`, each as the core's `Clash`).
#[derive(Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    event: &'a SideEvent,
    clashes: Vec<&'a Clash>,
}

/// One line per side event, each followed by the meetings it clashes with and why they matter.
fn with_clashes(events: &[Listed]) -> String {
    if events.is_empty() {
        return "No side events yet.".to_string();
    }
    let mut out = Vec::new();
    for e in events {
        out.push(print::side_event(e.event));
        for c in &e.clashes {
            let why: Vec<&str> = c.meeting.reasons.iter().map(|r| r.words.as_str()).collect();
            out.push(format!(
                "  clashes with {} — {}: {}",
                c.meeting.meeting_title,
                c.meeting.meeting_time,
                why.join("; ")
            ));
        }
    }
    out.join("\n")
}

fn apply(f: SideEventFields, input: &mut SideEventInput) {
    given_opt(f.room, &mut input.room);
    given_list(f.organisers, &mut input.organisers);
    given_list(f.cosponsors, &mut input.cosponsor_organisations);
    given_list(f.states, &mut input.cosponsor_states);
    given_list(f.speakers, &mut input.speakers);
    given_opt(f.description, &mut input.description);
    given_opt(f.status, &mut input.status);
    given_list(f.issues, &mut input.key_issue_ids);
    given_list(f.situations, &mut input.situation_ids);
    given_sources(f.sources, &mut input.sources);
}

fn empty(c: SideEventClears, input: &mut SideEventInput) {
    cleared(c.no_organisers, &mut input.organisers);
    cleared(c.no_co_sponsors, &mut input.cosponsor_organisations);
    cleared(c.no_cosponsor_states, &mut input.cosponsor_states);
    cleared(c.no_speakers, &mut input.speakers);
    cleared(c.no_issues, &mut input.key_issue_ids);
    cleared(c.no_situations, &mut input.situation_ids);
    cleared(c.no_sources, &mut input.sources);
}
