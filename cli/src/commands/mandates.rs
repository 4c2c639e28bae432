//! `hrc mandate`: special procedures, commissions of inquiry and OHCHR reports, shared by every
//! session — added, edited, shown with the meetings and situations that link them, listed (or
//! found), deleted.
use clap::{Args, Subcommand};
use hrc_core::domain::mandate::{Mandate, MandateInput, MandateSummary};
use hrc_core::store::row_id;
use hrc_core::Store;

use super::documents::{linked, taken_off};
use super::{cleared, given, given_list, given_opt, lines, show};
use crate::args::{DeleteArgs, ShowArgs};
use crate::escape::one_line;
use crate::output::{self, Failed};

#[derive(Debug, Subcommand)]
pub enum MandateCmd {
    /// Add a mandate (refused when one has its name already). Its name is taken whole, commas
    /// and all ("Special Rapporteur on extrajudicial, summary or arbitrary executions").
    Add {
        #[arg(long)]
        name: String,
        #[command(flatten)]
        more: MandateFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a mandate: only the fields given. The meetings and situations that link it show
    /// the new name.
    Edit {
        /// The mandate's id.
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        more: MandateFields,
        /// No country.
        #[arg(long, conflicts_with = "country")]
        no_country: bool,
        /// No holders.
        #[arg(long, conflicts_with = "holder")]
        no_holders: bool,
        #[arg(long)]
        json: bool,
    },
    /// List every mandate by name.
    List {
        /// Only those whose name, theme, country or a holder holds this text (case and accents
        /// ignored).
        #[arg(long, value_name = "TEXT")]
        find: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one mandate with the meetings and situations that link it.
    Show(ShowArgs),
    /// Delete a mandate: the meetings and situations that link it no longer show it. Final: the
    /// command line has no undo.
    Delete(DeleteArgs),
}

/// A mandate's fields that may be left out.
#[derive(Debug, Args)]
pub struct MandateFields {
    /// special-rapporteur, independent-expert, working-group, commission-of-inquiry,
    /// ohchr-report or other; by default the kind its name says.
    #[arg(long)]
    pub kind: Option<String>,
    /// The country it covers (code or name), for a country mandate.
    #[arg(long)]
    pub country: Option<String>,
    /// Its theme ("Right to life").
    #[arg(long)]
    pub theme: Option<String>,
    /// A holder's name (repeat for more; a name is never split at its commas).
    #[arg(long, value_name = "NAME")]
    pub holder: Vec<String>,
    /// The resolution that created or last renewed it (A/HRC/RES/35/15); an empty one clears it.
    #[arg(long, value_name = "SYMBOL")]
    pub resolution: Option<String>,
    /// The session where its renewal falls (44).
    #[arg(long, value_name = "NUMBER")]
    pub renewal_session: Option<u32>,
}

pub fn run(store: &mut Store, cmd: MandateCmd) -> Result<(), Failed> {
    match cmd {
        MandateCmd::Add { name, more, json } => {
            let mut input = MandateInput {
                name,
                ..Default::default()
            };
            apply(more, &mut input);
            show(json, &store.create_mandate(&input)?, mandate)
        }
        MandateCmd::Edit {
            id,
            name,
            more,
            no_country,
            no_holders,
            json,
        } => {
            let id = row_id("mandate", &id)?;
            let m = store.mandate(id)?.mandate;
            let mut input = MandateInput {
                name: m.name,
                kind: Some(m.kind.key().into()),
                country: m.country_code,
                theme: m.theme,
                holders: m.holders,
                resolution: m.resolution,
                renewal_session: m.renewal_session,
            };
            given(name, &mut input.name);
            apply(more, &mut input);
            cleared(no_country, &mut input.country);
            cleared(no_holders, &mut input.holders);
            show(json, &store.update_mandate(id, &input)?, mandate)
        }
        MandateCmd::List { find, json } => {
            let none = match &find {
                Some(text) => format!(
                    "No mandate's name, theme, country or holder holds {:?}.",
                    one_line(text)
                ),
                None => "No mandates yet: they are added as you link one to a meeting, or with \
                         hrc mandate add."
                    .into(),
            };
            show(json, &store.mandates(find.as_deref())?, |v| {
                lines(v, mandate, &none)
            })
        }
        MandateCmd::Show(a) => {
            let m = store.mandate(row_id("mandate", &a.id)?)?;
            show(a.json, &m, summary)
        }
        MandateCmd::Delete(a) => {
            let id = row_id("mandate", &a.id)?;
            let was = store.delete_mandate(id)?;
            store.purge_deleted(Some(id))?;
            output::human(&format!(
                "Deleted the mandate{} (no undo from the command line).",
                taken_off(&was.linked)
            ))
        }
    }
}

fn apply(f: MandateFields, input: &mut MandateInput) {
    given_opt(f.kind, &mut input.kind);
    given_opt(f.country, &mut input.country);
    given(f.theme, &mut input.theme);
    given_list(f.holder, &mut input.holders);
    given(f.resolution, &mut input.resolution);
    given_opt(f.renewal_session, &mut input.renewal_session);
}

/// "Name  Special Rapporteur  ID", then its country, theme, holders, resolution and renewal.
fn mandate(m: &Mandate) -> String {
    let mut out = format!("{}  {}  {}", one_line(&m.name), m.kind.label(), m.id);
    let mut more: Vec<String> = Vec::new();
    if let Some(country) = &m.country_name {
        more.push(one_line(country).into_owned());
    }
    if !m.theme.is_empty() {
        more.push(one_line(&m.theme).into_owned());
    }
    if !m.holders.is_empty() {
        let names: Vec<String> = m.holders.iter().map(|h| one_line(h).into_owned()).collect();
        more.push(format!("held by {}", names.join("; ")));
    }
    if !m.resolution.is_empty() {
        more.push(format!("resolution {}", m.resolution));
    }
    if let Some(n) = m.renewal_session {
        more.push(format!("renewal at HRC{n}"));
    }
    if !more.is_empty() {
        out.push_str(&format!("\n    {}", more.join(" · ")));
    }
    out
}

/// A mandate's lines, then each meeting and situation that links it.
fn summary(s: &MandateSummary) -> String {
    let mut out = mandate(&s.mandate);
    out.push_str(&linked(&s.linked));
    out
}
