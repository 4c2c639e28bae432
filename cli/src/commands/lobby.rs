//! `hrc lobby ID`: whom to lobby on a text — the member States of its session likely yes, swing
//! and likely no by the core's rule, each with why and my notes on its delegation — printed, as
//! JSON, or written as a one-page target list (Word, HTML, Markdown, CSV).
use std::path::PathBuf;

use hrc_core::domain::lobby::LobbyList;
use hrc_core::export::lobby::{export, LobbyFormat};
use hrc_core::store::row_id;
use hrc_core::Store;

use super::show;
use crate::escape::one_line;
use crate::output::{self, Failed};

/// Prints the target list for the text `id`, or writes it in `format` to `out` (standard output
/// when none).
pub fn run(
    store: &Store,
    id: &str,
    json: bool,
    format: Option<&str>,
    out: Option<PathBuf>,
) -> Result<(), Failed> {
    let id = row_id("id", id)?;
    let Some(format) = format else {
        return show(json, &store.lobby(id)?, words);
    };
    let format = LobbyFormat::parse("format", format)?;
    let bytes = export(store, id, format)?;
    let binary = (format == LobbyFormat::Word).then_some("a Word document");
    output::file(&bytes, out.as_deref(), binary)
}

/// Each group with its States, why and my delegation notes, then the related texts and the rule.
fn words(list: &LobbyList) -> String {
    let mut out = vec![format!(
        "Whom to lobby on {} ({})",
        one_line(&list.symbol.clone().unwrap_or_else(|| list.title.clone())),
        list.session
    )];
    if !list.members_entered {
        out.push(format!(
            "No members of the Council entered for {}: hrc membership set --session N --from-file FILE.",
            list.session
        ));
    }
    for (lean, targets) in list.by_lean() {
        out.push(format!("\n{} ({})", lean.label(), targets.len()));
        for t in targets {
            let mut line = format!("  {}  {}", t.country_name, t.reason);
            let notes = [t.delegation_contacts.trim(), t.delegation_notes.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(one_line)
                .collect::<Vec<_>>()
                .join(" — ");
            if !notes.is_empty() {
                line.push_str(&format!("  [{notes}]"));
            }
            out.push(line);
        }
    }
    out.push("\nRelated texts".into());
    if list.related.is_empty() {
        out.push("  none of an earlier session".into());
    }
    for r in &list.related {
        let how: Vec<&str> = r.relations.iter().map(|x| x.label()).collect();
        out.push(format!(
            "  {} — {} ({})",
            r.name(),
            one_line(&r.title),
            how.join(", ")
        ));
    }
    out.push(format!("\n{}", list.rule));
    out.join("\n")
}
