//! `hrc organisation`: the NGOs that sign statements and organise or co-sponsor side events,
//! shared by every session — added, edited, shown and listed (or found) with how much each is used,
//! merged into another, deleted.
use clap::{Args, Subcommand};
use hrc_core::domain::organisation::{Organisation, OrganisationInput, OrganisationSummary};
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{deleted, given, given_opt, lines, show};
use crate::args::{DeleteArgs, ShowArgs};
use crate::escape::one_line;
use crate::output::Failed;

#[derive(Debug, Subcommand)]
pub enum OrganisationCmd {
    /// Add an organisation (refused when its name or acronym names one already here).
    Add {
        #[arg(long)]
        name: String,
        #[command(flatten)]
        more: OrganisationFields,
        #[arg(long)]
        json: bool,
    },
    /// Change an organisation: only the fields given. Every statement and side event it is part
    /// of shows the new name.
    Edit {
        /// The organisation's id.
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        more: OrganisationFields,
        #[arg(long)]
        json: bool,
    },
    /// List every organisation, with the statements it signs and the side events it organises
    /// and co-sponsors.
    List {
        /// Only those whose name or acronym holds this text (case and accents ignored).
        #[arg(long, value_name = "TEXT")]
        find: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Merge a duplicate into another organisation: its signatures and side events move to it
    /// (once each), it lends its acronym and ECOSOC status where the other has none, and it is
    /// deleted. Final: there is no undo. Prints the organisation kept.
    Merge {
        /// The duplicate's id.
        id: String,
        /// The id of the organisation kept.
        #[arg(long, value_name = "ID")]
        into: String,
        #[arg(long)]
        json: bool,
    },
    /// Show one organisation.
    Show(ShowArgs),
    /// Delete an organisation that signs no statement and is on no side event. Final: the
    /// command line has no undo.
    Delete(DeleteArgs),
}

/// An organisation's fields that may be left out.
#[derive(Debug, Args)]
pub struct OrganisationFields {
    /// Its acronym ("ISHR"); an empty one clears it.
    #[arg(long)]
    pub acronym: Option<String>,
    /// Its ECOSOC consultative status: general, special, roster or none.
    #[arg(long)]
    pub ecosoc: Option<String>,
}

pub fn run(store: &mut Store, cmd: OrganisationCmd) -> Result<(), Failed> {
    match cmd {
        OrganisationCmd::Add { name, more, json } => {
            let mut input = OrganisationInput {
                name,
                ..Default::default()
            };
            apply(more, &mut input);
            show(json, &store.create_organisation(&input)?, organisation)
        }
        OrganisationCmd::Edit {
            id,
            name,
            more,
            json,
        } => {
            let id = row_id("organisation", &id)?;
            let mut input = OrganisationInput::from(&store.organisation(id)?.organisation);
            given(name, &mut input.name);
            apply(more, &mut input);
            show(json, &store.update_organisation(id, &input)?, organisation)
        }
        OrganisationCmd::List { find: None, json } => {
            show(json, &store.organisation_summaries()?, |v| {
                lines(
                    v,
                    summary,
                    "No organisations yet: they are added as you paste signatories, or with \
                     hrc organisation add.",
                )
            })
        }
        OrganisationCmd::List {
            find: Some(text),
            json,
        } => show(json, &store.organisation_summaries_matching(&text)?, |v| {
            let none = format!(
                "No organisation's name or acronym holds {:?}.",
                one_line(&text)
            );
            lines(v, summary, &none)
        }),
        OrganisationCmd::Merge { id, into, json } => {
            let from = row_id("organisation", &id)?;
            let into = row_id("into", &into)?;
            show(json, &store.merge_organisations(from, into)?, summary)
        }
        OrganisationCmd::Show(a) => {
            let o = store.organisation(row_id("organisation", &a.id)?)?;
            show(a.json, &o, summary)
        }
        OrganisationCmd::Delete(a) => {
            let id = row_id("organisation", &a.id)?;
            store.delete_organisation(id)?;
            store.purge_deleted(Some(id))?;
            deleted("organisation")
        }
    }
}

fn apply(f: OrganisationFields, input: &mut OrganisationInput) {
    given_opt(f.acronym, &mut input.acronym);
    given_opt(f.ecosoc, &mut input.ecosoc_status);
}

/// "International Service for Human Rights (ISHR)  Special consultative status  ID".
fn organisation(o: &Organisation) -> String {
    let name = match o.acronym.as_str() {
        "" => one_line(&o.name).into_owned(),
        acronym => format!("{} ({})", one_line(&o.name), one_line(acronym)),
    };
    format!("{name}  {}  {}", o.ecosoc_status.label(), o.id)
}

/// An organisation's line, then how much it is used.
fn summary(s: &OrganisationSummary) -> String {
    let count = |n: u32, verb: &str, what: &str| match n {
        0 => None,
        1 => Some(format!("{verb} 1 {what}")),
        n => Some(format!("{verb} {n} {what}s")),
    };
    let uses: Vec<String> = [
        count(s.statements, "signs", "statement"),
        count(s.side_events_organised, "organises", "side event"),
        count(s.side_events_cosponsored, "co-sponsors", "side event"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let uses = if uses.is_empty() {
        "signs no statement and is on no side event".to_string()
    } else {
        uses.join(", ")
    };
    format!("{}\n    {uses}", organisation(&s.organisation))
}
