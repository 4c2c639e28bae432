//! `hrc delegation`: a State's delegation in Geneva (its mission) — contacts and my meeting
//! notes, one record per State: added, edited (only the flags given), shown, listed, deleted.
//! A record is named by its id or by its State.
use clap::Subcommand;
use hrc_core::domain::delegation::{Delegation, DelegationInput};
use hrc_core::{Error, Store, Uuid};

use super::{detail, lines, show};
use crate::args::DeleteArgs;
use crate::output::{self, Failed};

#[derive(Debug, Subcommand)]
pub enum DelegationCmd {
    /// Add the record of a State's delegation (one per State).
    Add {
        /// The State, by name or code.
        #[arg(long)]
        country: String,
        /// The people to reach (names, roles, addresses).
        #[arg(long)]
        contacts: Option<String>,
        /// My notes of meetings with them.
        #[arg(long)]
        notes: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Change a delegation's record: only the flags given.
    Edit {
        /// The record's id, or its State.
        id: String,
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        contacts: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show a delegation's record.
    Show {
        /// The record's id, or its State.
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// List the delegations' records by State.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Delete a delegation's record. Final: the command line has no undo, and its contacts and
    /// notes are forgotten at once.
    Delete(DeleteArgs),
}

/// The record named by `typed`: its id, or the State (by name or code).
fn find(store: &Store, typed: &str) -> Result<Delegation, Failed> {
    if let Ok(id) = Uuid::parse_str(typed.trim()) {
        return Ok(store.delegation(id)?);
    }
    Ok(store.delegation_of(typed)?.ok_or(Error::NotFound {
        entity: "delegation",
        key: typed.trim().to_string(),
    })?)
}

pub fn run(store: &mut Store, cmd: DelegationCmd) -> Result<(), Failed> {
    match cmd {
        DelegationCmd::Add {
            country,
            contacts,
            notes,
            json,
        } => {
            let input = DelegationInput {
                country,
                contacts: contacts.unwrap_or_default(),
                notes: notes.unwrap_or_default(),
            };
            show(json, &store.create_delegation(&input)?, full)
        }
        DelegationCmd::Edit {
            id,
            country,
            contacts,
            notes,
            json,
        } => {
            let was = find(store, &id)?;
            let mut input = was.to_input();
            for (flag, stored) in [
                (country, &mut input.country),
                (contacts, &mut input.contacts),
                (notes, &mut input.notes),
            ] {
                if let Some(v) = flag {
                    *stored = v;
                }
            }
            show(json, &store.update_delegation(was.id, &input)?, full)
        }
        DelegationCmd::Show { id, json } => show(json, &find(store, &id)?, full),
        DelegationCmd::List { json } => show(json, &store.delegations()?, |v| {
            lines(
                v,
                line,
                "No delegations yet: add one with hrc delegation add --country C.",
            )
        }),
        DelegationCmd::Delete(a) => {
            let was = find(store, &a.id)?;
            store.delete_delegation(was.id)?;
            store.purge_deleted(Some(was.id))?;
            output::human(&format!(
                "Deleted the record of the delegation of {} (no undo from the command line).",
                was.country_name
            ))
        }
    }
}

/// "Chile  ID".
fn line(d: &Delegation) -> String {
    format!("{}  {}", d.country_name, d.id)
}

/// The line, then the contacts and my notes.
fn full(d: &Delegation) -> String {
    detail(line(d), &[("Contacts", &d.contacts), ("Notes", &d.notes)])
}
