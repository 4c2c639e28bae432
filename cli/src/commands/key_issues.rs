//! `hrc issue`: the key (thematic) issues followed in a session.
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{
    cleared, deleted, detail, document_lines, given, given_links, given_opt, given_sources, lines,
    session_id, show, unlinked, with_list, with_sources,
};
use crate::args::{IssueCmd, IssueFields};
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: IssueCmd) -> Result<(), Failed> {
    match cmd {
        IssueCmd::Add {
            sel,
            title,
            more,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let mut input = KeyIssueInput {
                title,
                ..Default::default()
            };
            apply(more, &mut input);
            show(json, &store.create_key_issue(id, &input)?, print::key_issue)
        }
        IssueCmd::Edit {
            id,
            title,
            more,
            clear,
            json,
        } => {
            let id = row_id("key issue", &id)?;
            let mut input = KeyIssueInput::from(&store.key_issue(id)?);
            given(title, &mut input.title);
            apply(more, &mut input);
            cleared(clear.no_item, &mut input.agenda_item);
            cleared(clear.no_sources, &mut input.sources);
            unlinked(clear.no_documents, &mut input.documents);
            show(json, &store.update_key_issue(id, &input)?, print::key_issue)
        }
        IssueCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.key_issues(id)?, |v| {
                lines(v, print::key_issue, "No key issues yet.")
            })
        }
        IssueCmd::Show(a) => {
            let k = store.key_issue(row_id("key issue", &a.id)?)?;
            show(a.json, &k, |k| {
                with_list(
                    with_sources(
                        detail(
                            print::key_issue(k),
                            &[("Overview", &k.overview), ("Asks", &k.asks)],
                        ),
                        &k.sources,
                    ),
                    "Documents",
                    &document_lines(&k.documents),
                )
            })
        }
        IssueCmd::Delete(a) => {
            let id = row_id("key issue", &a.id)?;
            store.delete_key_issue(id)?;
            store.purge_deleted(Some(id))?;
            deleted("key issue")
        }
    }
}

fn apply(f: IssueFields, input: &mut KeyIssueInput) {
    input.confidential = f.mark.applied_to(input.confidential);
    given_opt(f.item, &mut input.agenda_item);
    given_opt(f.overview, &mut input.overview);
    given_opt(f.asks, &mut input.asks);
    given_sources(f.sources, &mut input.sources);
    given_links(f.documents, &mut input.documents);
}
