//! `hrc note`: notes taken in a session, now or from a notebook afterwards.
use hrc_core::domain::note::{Note, NoteInput};
use hrc_core::domain::resolution::Resolution;
use hrc_core::store::row_id;
use hrc_core::{geneva, Result, Store};

use super::{
    cleared, deleted, given, given_opt, given_sources, lines, session_id, show, with_sources,
};
use crate::args::{NoteClears, NoteCmd, NoteFields};
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: NoteCmd) -> Result<(), Failed> {
    match cmd {
        NoteCmd::Add {
            sel,
            text,
            more,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let mut input = NoteInput {
                body: text,
                ..Default::default()
            };
            apply(more, &mut input)?;
            let note = store.create_note(id, &input)?;
            let texts = texts_of(store, &note)?;
            show(json, &note, |n| print::note(n, &texts))
        }
        NoteCmd::Edit {
            id,
            text,
            more,
            clear,
            json,
        } => {
            let id = row_id("note", &id)?;
            let mut input = NoteInput::from(&store.note(id)?);
            given(text, &mut input.body);
            apply(more, &mut input)?;
            empty(clear, &mut input);
            let note = store.update_note(id, &input)?;
            let texts = texts_of(store, &note)?;
            show(json, &note, |n| print::note(n, &texts))
        }
        NoteCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            let notes = store.notes(id)?;
            let texts = if notes.iter().any(|n| n.resolution_id.is_some()) {
                store.resolutions(id)?
            } else {
                Vec::new()
            };
            show(a.json, &notes, |v| {
                lines(v, |n| print::note(n, &texts), "No notes yet.")
            })
        }
        NoteCmd::Show(a) => {
            let n = store.note(row_id("note", &a.id)?)?;
            let texts = match n.resolution_id {
                Some(t) => vec![store.resolution(t)?],
                None => Vec::new(),
            };
            show(a.json, &n, |n| {
                with_sources(
                    format!("{}\n\n{}", print::note(n, &texts), n.body),
                    &n.sources,
                )
            })
        }
        NoteCmd::Delete(a) => {
            let id = row_id("note", &a.id)?;
            store.delete_note(id)?;
            store.purge_deleted(Some(id))?;
            deleted("note")
        }
    }
}

/// The text `note` is about, if any, for its line.
fn texts_of(store: &Store, note: &Note) -> Result<Vec<Resolution>> {
    note.resolution_id
        .map(|t| store.resolution(t))
        .transpose()
        .map(|t| t.into_iter().collect())
}

/// The flags given over `input`; `--at` is read as Geneva time by the core.
fn apply(f: NoteFields, input: &mut NoteInput) -> Result<()> {
    input.confidential = f.mark.applied_to(input.confidential);
    if let Some(at) = f.at {
        input.taken_at = Some(geneva::stamp(geneva::parse_clock("at", &at)?));
    }
    given_opt(f.meeting, &mut input.meeting_id);
    given_opt(f.item, &mut input.agenda_item);
    given_opt(f.situation, &mut input.situation_id);
    given_opt(f.issue, &mut input.key_issue_id);
    given_opt(f.statement, &mut input.statement_id);
    given_opt(f.resolution, &mut input.resolution_id);
    given_sources(f.sources, &mut input.sources);
    Ok(())
}

fn empty(c: NoteClears, input: &mut NoteInput) {
    cleared(c.no_meeting, &mut input.meeting_id);
    cleared(c.no_item, &mut input.agenda_item);
    cleared(c.no_situation, &mut input.situation_id);
    cleared(c.no_issue, &mut input.key_issue_id);
    cleared(c.no_statement, &mut input.statement_id);
    cleared(c.no_resolution, &mut input.resolution_id);
    cleared(c.no_sources, &mut input.sources);
}
