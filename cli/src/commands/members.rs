//! `hrc membership` and `hrc member`: the members of the Council in a session — the whole list
//! set from a paste (one State a line), shown by regional group with the seat warnings, a State
//! leaving or a seat filled later; or, row by row, added, edited, listed and deleted.
use std::path::PathBuf;

use clap::Subcommand;
use hrc_core::domain::membership::{
    Member, MemberInput, Membership as SessionMembers, SeatWarning,
};
use hrc_core::store::row_id;
use hrc_core::{Store, Uuid};

use super::{given_opt, lines, session_id, show};
use crate::args::DeleteArgs;
use crate::output::{self, Failed};

#[derive(Debug, Subcommand)]
pub enum MembershipCmd {
    /// Replace the session's members by a pasted list, at once: one State a line, its group after
    /// a tab, ";" or "|", or under a line naming the group, else the UN's. A State still listed
    /// keeps its days; the seats per group are warned about, not refused.
    Set {
        /// The session (38, S-28).
        #[arg(long)]
        session: String,
        /// A file holding the pasted list (- for standard input).
        #[arg(long = "from-file", alias = "paste-file", value_name = "FILE")]
        from_file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// The session's members by regional group, with their days, and the days a group is off
    /// its usual seats (13, 13, 8, 7, 6).
    Show {
        #[arg(long)]
        session: String,
        #[arg(long)]
        json: bool,
    },
    /// A State leaving the Council during the session: --on is its last day as a member.
    Leave {
        #[arg(long)]
        session: String,
        /// The State, by name or code.
        #[arg(long)]
        country: String,
        /// Its last day (YYYY-MM-DD).
        #[arg(long)]
        on: String,
        #[arg(long)]
        json: bool,
    },
    /// A seat filled during the session: the State sits from --on to the session's last day.
    Join {
        #[arg(long)]
        session: String,
        /// The State, by name or code.
        #[arg(long)]
        country: String,
        /// Its first day (YYYY-MM-DD).
        #[arg(long)]
        on: String,
        /// Its regional group (else the UN's for the State).
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

pub fn run_membership(store: &mut Store, cmd: MembershipCmd) -> Result<(), Failed> {
    match cmd {
        MembershipCmd::Set {
            session,
            from_file,
            json,
        } => {
            let session = session_id(store, &session)?;
            let text = crate::read_text(&from_file)?;
            show(json, &store.set_members(session, &text)?, by_group)
        }
        MembershipCmd::Show { session, json } => {
            let session = session_id(store, &session)?;
            show(json, &store.membership(session)?, by_group)
        }
        MembershipCmd::Leave {
            session,
            country,
            on,
            json,
        } => {
            let session = session_id(store, &session)?;
            show(json, &store.leave_member(session, &country, &on)?, member)
        }
        MembershipCmd::Join {
            session,
            country,
            on,
            group,
            json,
        } => {
            let session = session_id(store, &session)?;
            let joined = store.join_member(session, &country, group.as_deref(), &on)?;
            show(json, &joined, member)
        }
    }
}

/// Each group with its members and their days, then the warnings on the seats.
fn by_group(m: &SessionMembers) -> String {
    if m.groups.iter().all(|g| g.members.is_empty()) {
        return "No members yet: paste them with hrc membership set --session N --from-file FILE."
            .into();
    }
    let mut out = Vec::new();
    for g in &m.groups {
        out.push(format!(
            "{} ({} of {} seats)",
            g.group.label(),
            g.members.len(),
            g.seats
        ));
        out.extend(
            g.members
                .iter()
                .map(|s| format!("  {}  {} – {}  {}", s.country_name, s.joined, s.left, s.id)),
        );
    }
    out.extend(m.warnings.iter().map(|w| format!("Note: {}", w.message)));
    out.join("\n")
}

#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Add a member to a session (--country), or every State of a pasted list (--paste-file: one
    /// State a line, its group after a tab, ";" or "|", or under a line naming the group).
    #[command(group(clap::ArgGroup::new("who").required(true).args(["country", "paste_file"])))]
    Add {
        /// The session (38, S-28).
        #[arg(long)]
        session: String,
        /// The State, by name or code.
        #[arg(long)]
        country: Option<String>,
        /// Its regional group (else the UN's for the State).
        #[arg(long, requires = "country")]
        group: Option<String>,
        /// Its first day in the session (else the session's first).
        #[arg(long, requires = "country")]
        joined: Option<String>,
        /// Its last day in the session (else the session's last).
        #[arg(long, requires = "country")]
        left: Option<String>,
        /// A file holding the pasted list (- for standard input).
        #[arg(long = "paste-file", value_name = "FILE")]
        paste_file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Change a member's group or days: only the flags given (a State leaving: --left DATE).
    Edit {
        /// The member's id.
        id: String,
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        joined: Option<String>,
        #[arg(long)]
        left: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List a session's members by group, then the groups whose members on --on (else the
    /// session's first day) are not their usual seats.
    List {
        #[arg(long)]
        session: String,
        #[arg(long)]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Delete a member.
    Delete(DeleteArgs),
}

/// A session's members with the warnings on their seats, as `--json` prints them.
#[derive(serde::Serialize)]
struct Membership {
    members: Vec<Member>,
    warnings: Vec<String>,
}

pub fn run(store: &mut Store, cmd: MemberCmd) -> Result<(), Failed> {
    match cmd {
        MemberCmd::Add {
            session,
            country,
            group,
            joined,
            left,
            paste_file,
            json,
        } => {
            let session = session_id(store, &session)?;
            let added = match (country, paste_file) {
                (Some(country), _) => vec![store.add_member(
                    session,
                    &MemberInput {
                        country,
                        group,
                        joined,
                        left,
                    },
                )?],
                (None, Some(path)) => {
                    store.add_members_pasted(session, &crate::read_text(&path)?)?
                }
                (None, None) => Vec::new(),
            };
            membership(store, session, None, json, added)
        }
        MemberCmd::Edit {
            id,
            group,
            joined,
            left,
            json,
        } => {
            let id = row_id("id", &id)?;
            let was = store.member(id)?;
            let mut input = MemberInput {
                country: was.country_code,
                group: Some(was.group.key().into()),
                joined: Some(was.joined.to_string()),
                left: Some(was.left.to_string()),
            };
            given_opt(group, &mut input.group);
            given_opt(joined, &mut input.joined);
            given_opt(left, &mut input.left);
            show(json, &store.update_member(id, &input)?, member)
        }
        MemberCmd::List { session, on, json } => {
            let session = session_id(store, &session)?;
            let members = store.members(session)?;
            membership(store, session, on.as_deref(), json, members)
        }
        MemberCmd::Delete(a) => {
            let was = store.delete_member(row_id("id", &a.id)?)?;
            output::human(&format!(
                "{} is no longer a member in this session.",
                was.country_name
            ))
        }
    }
}

/// Prints `members`, then the groups off their usual seats on the day `on` (else the session's
/// first).
fn membership(
    store: &Store,
    session: Uuid,
    on: Option<&str>,
    json: bool,
    members: Vec<Member>,
) -> Result<(), Failed> {
    let day = on.map(|d| hrc_core::validate::date("on", d)).transpose()?;
    let warnings: Vec<String> = store
        .seat_warnings(session, day)?
        .iter()
        .map(SeatWarning::message)
        .collect();
    let all = Membership { members, warnings };
    show(json, &all, |m| {
        let mut out = lines(
            &m.members,
            member,
            "No members yet: paste them with hrc member add --session N --paste-file FILE.",
        );
        for w in &m.warnings {
            out.push_str(&format!("\nNote: {w}"));
        }
        out
    })
}

/// "Chile  Latin American and Caribbean States  2018-06-18 – 2018-07-06  ID".
fn member(m: &Member) -> String {
    format!(
        "{}  {}  {} – {}  {}",
        m.country_name,
        m.group.label(),
        m.joined,
        m.left,
        m.id
    )
}
