//! `hrc statement`: statements, their signatories, and marking one delivered.
use hrc_core::domain::statement::StatementInput;
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::StatementCmd;
use crate::output::Failed;
use crate::read_text;
use crate::{print, signatories};

pub fn run(store: &mut Store, cmd: StatementCmd) -> Result<(), Failed> {
    match cmd {
        StatementCmd::Add {
            sel,
            title,
            kind,
            item,
            meeting,
            speaker,
            limit_seconds,
            limit_words,
            status,
            text,
            text_file,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let text = match text_file {
                Some(path) => Some(read_text(&path)?),
                None => text,
            };
            let input = StatementInput {
                title,
                kind,
                agenda_item: item,
                meeting_id: meeting,
                speaker,
                text,
                limit_seconds,
                limit_words,
                status,
                ..Default::default()
            };
            show(json, &store.create_statement(id, &input)?, print::statement)
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
        StatementCmd::Show { id, json } => {
            let s = store.statement(row_id("statement", &id)?)?;
            show(json, &s, |s| {
                format!("{}\n\n{}", print::statement(s), s.text)
            })
        }
    }
}
