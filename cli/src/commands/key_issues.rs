//! `hrc issue`: the key (thematic) issues followed in a session.
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::IssueCmd;
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: IssueCmd) -> Result<(), Failed> {
    match cmd {
        IssueCmd::Add {
            sel,
            title,
            item,
            overview,
            asks,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let input = KeyIssueInput {
                title,
                agenda_item: item,
                overview,
                asks,
            };
            show(json, &store.create_key_issue(id, &input)?, print::key_issue)
        }
        IssueCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.key_issues(id)?, |v| {
                lines(v, print::key_issue, "No key issues yet.")
            })
        }
    }
}
