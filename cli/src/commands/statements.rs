//! `hrc statement`: statements, their signatories, and marking one delivered.
use hrc_core::domain::statement::StatementInput;
use hrc_core::store::row_id;
use hrc_core::{Result, Store};

use super::{
    cleared, deleted, document_lines, given, given_links, given_list, given_opt, lines, session_id,
    show, unlinked, with_list,
};
use crate::args::{StatementClears, StatementCmd, StatementFields};
use crate::output::Failed;
use crate::read_text;
use crate::{print, signatories};

pub fn run(store: &mut Store, cmd: StatementCmd) -> Result<(), Failed> {
    match cmd {
        StatementCmd::Add {
            sel,
            title,
            more,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let mut input = StatementInput {
                title,
                ..Default::default()
            };
            apply(more, &mut input)?;
            show(json, &store.create_statement(id, &input)?, print::statement)
        }
        StatementCmd::Edit {
            id,
            title,
            more,
            clear,
            json,
        } => {
            let id = row_id("statement", &id)?;
            let mut input = StatementInput::from(&store.statement(id)?);
            given(title, &mut input.title);
            apply(more, &mut input)?;
            empty(clear, &mut input);
            show(json, &store.update_statement(id, &input)?, print::statement)
        }
        StatementCmd::Signatories {
            id,
            from_file,
            dry_run,
            json,
        } => {
            let id = row_id("statement", &id)?;
            let pasted = read_text(&from_file)?;
            if dry_run {
                let preview = store.preview_signatories(id, &pasted)?;
                show(json, &preview, signatories::preview)
            } else {
                let report = store.add_signatories(id, &pasted)?;
                show(json, &report, signatories::report)
            }
        }
        StatementCmd::RemoveSignatory {
            id,
            organisation,
            json,
        } => {
            let id = row_id("statement", &id)?;
            let organisation = row_id("organisation", &organisation)?;
            let s = store.remove_signatory(id, organisation)?;
            show(json, &s, print::statement)
        }
        StatementCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.statements(id)?, |v| {
                lines(v, print::statement, "No statements yet.")
            })
        }
        StatementCmd::Deliver { id, at, json } => {
            let at = hrc_core::geneva::clock("at", at.as_deref())?;
            let s = store.deliver_statement(row_id("statement", &id)?, at)?;
            show(json, &s, print::statement)
        }
        StatementCmd::Show(a) => {
            let s = store.statement(row_id("statement", &a.id)?)?;
            show(a.json, &s, |s| {
                let text = format!("{}\n\n{}", print::statement(s), s.text);
                with_list(text, "Documents", &document_lines(&s.documents))
            })
        }
        StatementCmd::Delete(a) => {
            let id = row_id("statement", &a.id)?;
            store.delete_statement(id)?;
            store.purge_deleted(Some(id))?;
            deleted("statement")
        }
    }
}

/// The flags given over `input`; the text read from its file when one is named.
fn apply(f: StatementFields, input: &mut StatementInput) -> Result<()> {
    input.confidential = f.mark.applied_to(input.confidential);
    let text = match f.text_file {
        Some(path) => Some(read_text(&path)?),
        None => f.text,
    };
    given_opt(text, &mut input.text);
    given_opt(f.kind, &mut input.kind);
    given_opt(f.item, &mut input.agenda_item);
    given_opt(f.meeting, &mut input.meeting_id);
    given_opt(f.speaker, &mut input.speaker);
    given_opt(f.limit_seconds, &mut input.limit_seconds);
    given_opt(f.limit_words, &mut input.limit_words);
    given_opt(f.status, &mut input.status);
    given_opt(f.document_symbol, &mut input.document_symbol);
    given_list(f.issues, &mut input.key_issue_ids);
    given_list(f.situations, &mut input.situation_ids);
    given_links(f.documents, &mut input.documents);
    Ok(())
}

fn empty(c: StatementClears, input: &mut StatementInput) {
    cleared(c.no_item, &mut input.agenda_item);
    cleared(c.no_meeting, &mut input.meeting_id);
    cleared(c.no_document_symbol, &mut input.document_symbol);
    cleared(c.no_issues, &mut input.key_issue_ids);
    cleared(c.no_situations, &mut input.situation_ids);
    unlinked(c.no_documents, &mut input.documents);
}
