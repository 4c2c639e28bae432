//! `hrc situation`: the country situations followed in a session.
use hrc_core::domain::situation::SituationInput;
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{
    cleared, deleted, detail, document_lines, given, given_links, given_opt, given_sources, lines,
    session_id, show, unlinked, with_list, with_sources,
};
use crate::args::{SituationCmd, SituationFields};
use crate::output::Failed;
use crate::print;

pub fn run(store: &mut Store, cmd: SituationCmd) -> Result<(), Failed> {
    match cmd {
        SituationCmd::Add {
            sel,
            country,
            more,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let mut input = SituationInput {
                country,
                ..Default::default()
            };
            apply(more, &mut input);
            show(json, &store.create_situation(id, &input)?, print::situation)
        }
        SituationCmd::Edit {
            id,
            country,
            more,
            clear,
            json,
        } => {
            let id = row_id("situation", &id)?;
            let mut input = SituationInput::from(&store.situation(id)?);
            given(country, &mut input.country);
            apply(more, &mut input);
            cleared(clear.no_item, &mut input.agenda_item);
            cleared(clear.no_sources, &mut input.sources);
            unlinked(clear.no_mechanisms, &mut input.mandates);
            unlinked(clear.no_documents, &mut input.documents);
            show(json, &store.update_situation(id, &input)?, print::situation)
        }
        SituationCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            show(a.json, &store.situations(id)?, |v| {
                lines(v, print::situation, "No country situations yet.")
            })
        }
        SituationCmd::Show(a) => {
            let s = store.situation(row_id("situation", &a.id)?)?;
            show(a.json, &s, |s| {
                // What was typed as its mechanism before mandates were records, beside them.
                let typed = match s.mandates.is_empty() {
                    true => "",
                    false => s.mechanism.as_str(),
                };
                let text = detail(
                    print::situation(s),
                    &[
                        ("Mechanism as typed before", typed),
                        ("Summary", &s.summary),
                        ("Asks", &s.asks),
                    ],
                );
                let text = with_list(text, "Mandates", &s.mandates);
                let text = with_list(text, "Documents", &document_lines(&s.documents));
                with_sources(text, &s.sources)
            })
        }
        SituationCmd::Delete(a) => {
            let id = row_id("situation", &a.id)?;
            store.delete_situation(id)?;
            store.purge_deleted(Some(id))?;
            deleted("country situation")
        }
    }
}

fn apply(f: SituationFields, input: &mut SituationInput) {
    input.confidential = f.mark.applied_to(input.confidential);
    given_opt(f.item, &mut input.agenda_item);
    given_links(f.mandates, &mut input.mandates);
    given_links(f.documents, &mut input.documents);
    given_opt(f.summary, &mut input.summary);
    given_opt(f.asks, &mut input.asks);
    given_opt(f.priority, &mut input.priority);
    given_sources(f.sources, &mut input.sources);
}
