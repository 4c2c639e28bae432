//! `hrc resolution`: the texts of a session from draft to adoption — added, edited (only the
//! flags given), shown with their sponsors, revisions, mandates, amendments and vote, listed,
//! deleted.
use clap::{Args, Subcommand};
use hrc_core::domain::resolution::{
    Amendment, AmendmentInput, MandateLinkInput, Resolution, ResolutionInput, RevisionInput,
    SponsorRole,
};
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{given, given_opt, lines, session_id, show};
use crate::args::{DeleteArgs, ShowArgs};
use crate::escape::one_line;
use crate::output::{self, Failed};

#[derive(Debug, Subcommand)]
pub enum ResolutionCmd {
    /// Add a text (a draft resolution, a decision, a President's statement) to a session.
    Add {
        /// The session (38, S-28).
        #[arg(long)]
        session: String,
        #[arg(long)]
        title: String,
        #[command(flatten)]
        more: ResolutionFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a text: only the flags given; a repeated flag given replaces its list.
    Edit {
        /// The text's id.
        id: String,
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        more: ResolutionFields,
        #[arg(long)]
        json: bool,
    },
    /// Show one text with its sponsors, revisions, mandates, links and vote.
    Show(ShowArgs),
    /// List the texts of a session by agenda item and draft symbol.
    List {
        #[arg(long)]
        session: String,
        #[arg(long)]
        json: bool,
    },
    /// Delete a text (with its sponsors, links and vote). Final: the command line has no undo,
    /// and what I wrote on it (title, position, asks) is forgotten at once.
    Delete(DeleteArgs),
    /// Add co-sponsors from a pasted list (one State a line, or the paragraph as published:
    /// "The following States joined as co-sponsors: Albania, Andorra, …"), joining on --on.
    Cosponsors {
        /// The text's id.
        id: String,
        /// A file holding the pasted list (- for standard input).
        #[arg(long = "paste-file", alias = "from-file", value_name = "FILE")]
        paste_file: std::path::PathBuf,
        /// The day they joined (YYYY-MM-DD).
        #[arg(long)]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record the Council's action on a text or, with --amendment, on an amendment to it:
    /// --from-file with the lists pasted ("In favour (26): …  Against: …  Abstaining: …"),
    /// --yes N --no N --abstain N, or --without-vote; the day is --on, else the text's action
    /// date, else the session's last day. Replaces an earlier vote.
    Vote {
        /// The text's id.
        id: String,
        #[command(flatten)]
        vote: super::votes::VoteArgs,
    },
    /// Amendments to a text, each with its own L-symbol and sponsors (its vote: hrc resolution
    /// vote ID --amendment AMENDMENT-ID).
    #[command(subcommand)]
    Amendment(AmendmentCmd),
    /// Informal consultations on a text: day, hours, room, convenor, my notes.
    #[command(subcommand)]
    Consultation(super::consultations::ConsultationCmd),
}

#[derive(Debug, Subcommand)]
pub enum AmendmentCmd {
    /// Add an amendment to a text.
    Add {
        /// The text's id.
        #[arg(long)]
        resolution: String,
        /// Its own L-symbol (A/HRC/38/L.35).
        #[arg(long)]
        symbol: String,
        /// What it changes.
        #[arg(long)]
        summary: Option<String>,
        /// A State presenting it; repeated.
        #[arg(long = "sponsor", value_name = "STATE")]
        sponsors: Vec<String>,
        /// tabled, adopted, rejected or withdrawn.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Change an amendment: only the flags given (--sponsor given replaces the list).
    Edit {
        /// The amendment's id.
        id: String,
        #[arg(long)]
        symbol: Option<String>,
        #[arg(long)]
        summary: Option<String>,
        #[arg(long = "sponsor", value_name = "STATE")]
        sponsors: Vec<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Delete an amendment and the vote on it.
    Delete(DeleteArgs),
}

/// The fields `add` and `edit` share.
#[derive(Debug, Args)]
pub struct ResolutionFields {
    /// The agenda item (1–10).
    #[arg(long)]
    item: Option<u8>,
    /// resolution, decision or presidents-statement.
    #[arg(long)]
    kind: Option<String>,
    /// The draft's L-symbol (A/HRC/38/L.10).
    #[arg(long = "draft-symbol", alias = "draft")]
    draft_symbol: Option<String>,
    /// The adopted symbol (A/HRC/RES/38/16, A/HRC/DEC/…, A/HRC/PRST/…).
    #[arg(long = "adopted-symbol", alias = "symbol")]
    adopted_symbol: Option<String>,
    /// draft, tabled, adopted-with-vote, adopted-without-vote, rejected or withdrawn.
    #[arg(long)]
    status: Option<String>,
    /// The day the Council acted on it (YYYY-MM-DD).
    #[arg(long = "action-date")]
    action_date: Option<String>,
    /// The number of the meeting at which it acted.
    #[arg(long = "action-meeting")]
    action_meeting: Option<u32>,
    /// What the programme-budget implications say.
    #[arg(long = "programme-budget")]
    programme_budget: Option<String>,
    /// My position on it.
    #[arg(long)]
    position: Option<String>,
    /// My asks on it.
    #[arg(long)]
    asks: Option<String>,
    /// A main sponsor (the core group), a State by name or code; repeated.
    #[arg(long = "sponsor", value_name = "STATE")]
    sponsors: Vec<String>,
    /// A co-sponsor, with the day it joined when known ("Chile@2018-07-02"); repeated.
    #[arg(long = "cosponsor", value_name = "STATE[@DATE]")]
    cosponsors: Vec<String>,
    /// A revision by its symbol (A/HRC/38/L.10/Rev.1); repeated, in order.
    #[arg(long = "revision", value_name = "SYMBOL")]
    revisions: Vec<String>,
    /// An oral revision on this day; repeated.
    #[arg(long = "oral-revision", value_name = "DATE")]
    oral_revisions: Vec<String>,
    /// A mandate it acts on, by name (made when new); repeated.
    #[arg(long = "mandate", value_name = "NAME")]
    mandates: Vec<String>,
    /// What it does to each --mandate, in the same order (creates, renews, ends); one given
    /// alone applies to every mandate.
    #[arg(long = "mandate-effect", value_name = "EFFECT")]
    mandate_effects: Vec<String>,
    /// A document it links, by symbol; repeated.
    #[arg(long = "document", value_name = "SYMBOL")]
    documents: Vec<String>,
    /// A key issue of its session it links, by id; repeated.
    #[arg(long = "issue", value_name = "ID")]
    issues: Vec<String>,
    /// A country situation of its session it links, by id; repeated.
    #[arg(long = "situation", value_name = "ID")]
    situations: Vec<String>,
    /// One of my statements of its session it links, by id; repeated.
    #[arg(long = "statement", value_name = "ID")]
    statements: Vec<String>,
}

impl ResolutionFields {
    /// Writes the flags given over `input`; a repeated flag given replaces its list.
    fn apply(self, input: &mut ResolutionInput) -> Result<(), Failed> {
        given_opt(self.item, &mut input.agenda_item);
        given_opt(self.kind, &mut input.kind);
        given_opt(self.draft_symbol, &mut input.draft_symbol);
        given_opt(self.adopted_symbol, &mut input.adopted_symbol);
        given_opt(self.status, &mut input.status);
        given_opt(self.action_date, &mut input.action_date);
        given_opt(self.action_meeting, &mut input.action_meeting);
        given(self.programme_budget, &mut input.programme_budget);
        given(self.position, &mut input.position);
        given(self.asks, &mut input.asks);
        if !self.sponsors.is_empty() {
            input.sponsors = self.sponsors;
        }
        if !self.cosponsors.is_empty() {
            input.cosponsors = self.cosponsors;
        }
        if !self.revisions.is_empty() || !self.oral_revisions.is_empty() {
            input.revisions = self
                .revisions
                .into_iter()
                .map(|s| RevisionInput {
                    symbol: Some(s),
                    ..RevisionInput::default()
                })
                .chain(self.oral_revisions.into_iter().map(|d| RevisionInput {
                    oral: true,
                    date: Some(d),
                    ..RevisionInput::default()
                }))
                .collect();
        }
        if !self.mandates.is_empty() {
            let effects = &self.mandate_effects;
            input.mandates = self
                .mandates
                .into_iter()
                .enumerate()
                .map(|(i, name)| MandateLinkInput {
                    name,
                    effect: match effects.len() {
                        1 => Some(effects[0].clone()),
                        _ => effects.get(i).cloned(),
                    },
                })
                .collect();
        } else if !self.mandate_effects.is_empty() {
            for (i, m) in input.mandates.iter_mut().enumerate() {
                m.effect = match self.mandate_effects.len() {
                    1 => Some(self.mandate_effects[0].clone()),
                    _ => self.mandate_effects.get(i).cloned(),
                };
            }
        }
        if !self.documents.is_empty() {
            input.documents = self.documents;
        }
        for (typed, field, stored) in [
            (self.issues, "issue", &mut input.key_issue_ids),
            (self.situations, "situation", &mut input.situation_ids),
            (self.statements, "statement", &mut input.statement_ids),
        ] {
            if !typed.is_empty() {
                *stored = typed
                    .iter()
                    .map(|t| row_id(field, t))
                    .collect::<Result<_, _>>()?;
            }
        }
        Ok(())
    }
}

pub fn run(store: &mut Store, cmd: ResolutionCmd) -> Result<(), Failed> {
    match cmd {
        ResolutionCmd::Add {
            session,
            title,
            more,
            json,
        } => {
            let mut input = ResolutionInput {
                session_id: session_id(store, &session)?,
                title,
                ..ResolutionInput::default()
            };
            more.apply(&mut input)?;
            show(json, &store.create_resolution(&input)?, detail)
        }
        ResolutionCmd::Edit {
            id,
            title,
            more,
            json,
        } => {
            let id = row_id("id", &id)?;
            let mut input = store.resolution(id)?.to_input();
            given(title, &mut input.title);
            more.apply(&mut input)?;
            show(json, &store.update_resolution(id, &input)?, detail)
        }
        ResolutionCmd::Show(a) => {
            let id = row_id("id", &a.id)?;
            let consultations = store.consultations(id)?;
            show(a.json, &store.resolution(id)?, |r| {
                super::consultations::listed_after(detail(r), &consultations)
            })
        }
        ResolutionCmd::List { session, json } => {
            let session = session_id(store, &session)?;
            show(json, &store.resolutions(session)?, |v| {
                lines(
                    v,
                    line,
                    "No texts in this session yet: add one with hrc resolution add.",
                )
            })
        }
        ResolutionCmd::Delete(a) => {
            let was = store.delete_resolution(row_id("id", &a.id)?)?;
            store.purge_deleted(Some(was.id))?;
            output::human(&format!(
                "Deleted {} (no undo from the command line).",
                one_line(&was.title)
            ))
        }
        ResolutionCmd::Cosponsors {
            id,
            paste_file,
            on,
            json,
        } => {
            let text = crate::read_text(&paste_file)?;
            let grown = store.add_cosponsors(row_id("id", &id)?, &text, on.as_deref())?;
            show(json, &grown, detail)
        }
        ResolutionCmd::Vote { id, vote } => super::votes::record(store, &id, vote),
        ResolutionCmd::Amendment(cmd) => amendment(store, cmd),
        ResolutionCmd::Consultation(cmd) => super::consultations::run(store, cmd),
    }
}

fn amendment(store: &mut Store, cmd: AmendmentCmd) -> Result<(), Failed> {
    match cmd {
        AmendmentCmd::Add {
            resolution,
            symbol,
            summary,
            sponsors,
            status,
            json,
        } => {
            let input = AmendmentInput {
                resolution_id: row_id("resolution", &resolution)?,
                symbol,
                summary: summary.unwrap_or_default(),
                sponsors,
                status,
            };
            show(json, &store.create_amendment(&input)?, amendment_line)
        }
        AmendmentCmd::Edit {
            id,
            symbol,
            summary,
            sponsors,
            status,
            json,
        } => {
            let id = row_id("id", &id)?;
            let was = store.amendment(id)?;
            let mut input = AmendmentInput {
                resolution_id: was.resolution_id,
                symbol: was.symbol,
                summary: was.summary,
                sponsors: was.sponsors.into_iter().map(|s| s.country_code).collect(),
                status: Some(was.status.key().into()),
            };
            given(symbol, &mut input.symbol);
            given(summary, &mut input.summary);
            given_opt(status, &mut input.status);
            if !sponsors.is_empty() {
                input.sponsors = sponsors;
            }
            show(json, &store.update_amendment(id, &input)?, amendment_line)
        }
        AmendmentCmd::Delete(a) => {
            let was = store.delete_amendment(row_id("id", &a.id)?)?;
            output::human(&format!("Deleted the amendment {}.", was.symbol))
        }
    }
}

/// "A/HRC/38/L.35  Rejected  by China, Cuba  ID", then what it changes and its vote.
fn amendment_line(a: &Amendment) -> String {
    let by: Vec<&str> = a.sponsors.iter().map(|s| s.country_name.as_str()).collect();
    let by = if by.is_empty() {
        String::new()
    } else {
        format!("  by {}", by.join(", "))
    };
    let mut out = format!("{}  {}{by}  {}", a.symbol, a.status.label(), a.id);
    if !a.summary.trim().is_empty() {
        out.push_str(&format!("\n    {}", one_line(&a.summary)));
    }
    if let Some(v) = &a.vote {
        out.push_str(&format!(
            "\n    {}",
            super::votes::vote_words(v).replace('\n', "\n    ")
        ));
    }
    out
}

/// "A/HRC/38/L.10 → A/HRC/RES/38/16  Title  Adopted with a vote  item 4  ID".
pub fn line(r: &Resolution) -> String {
    let symbols = match (&r.draft_symbol, &r.adopted_symbol) {
        (Some(d), Some(a)) => format!("{d} → {a}  "),
        (Some(s), None) | (None, Some(s)) => format!("{s}  "),
        (None, None) => String::new(),
    };
    let item = r
        .agenda_item
        .map(|i| format!("  item {i}"))
        .unwrap_or_default();
    format!(
        "{symbols}{}  {}{item}  {}",
        one_line(&r.title),
        r.status.label(),
        r.id
    )
}

/// A text's line, then what hangs from it, each under its label.
fn detail(r: &Resolution) -> String {
    let mut out = line(r);
    let states = |role: SponsorRole| -> Vec<String> {
        r.sponsors
            .iter()
            .filter(|s| s.role == role)
            .map(|s| match s.joined_on {
                Some(d) => format!("{} (from {d})", s.country_name),
                None => s.country_name.clone(),
            })
            .collect()
    };
    let revisions: Vec<String> = r
        .revisions
        .iter()
        .map(|v| {
            let what = v.symbol.clone().unwrap_or_else(|| "Oral revision".into());
            match v.date {
                Some(d) => format!("{what} ({d})"),
                None => what,
            }
        })
        .collect();
    let mandates: Vec<String> = r
        .mandates
        .iter()
        .map(|m| match m.effect {
            Some(e) => format!("{}: {}", e.label(), m.name),
            None => m.name.clone(),
        })
        .collect();
    for (label, items) in [
        ("Main sponsors", states(SponsorRole::Main)),
        ("Co-sponsors", states(SponsorRole::Co)),
        ("Revisions", revisions),
        ("Mandates", mandates),
        ("Documents", r.documents.clone()),
    ] {
        if !items.is_empty() {
            out.push_str(&format!("\n{label}: {}", items.join(", ")));
        }
    }
    for a in &r.amendments {
        out.push_str(&format!("\nAmendment {}", amendment_line(a)));
    }
    if let Some(v) = &r.vote {
        out.push_str(&format!("\n{}", super::votes::vote_words(v)));
    }
    for (label, text) in [
        ("Programme budget", &r.programme_budget),
        ("My position", &r.position),
        ("My asks", &r.asks),
    ] {
        if !text.trim().is_empty() {
            out.push_str(&format!("\n\n{label}:\n{text}"));
        }
    }
    out
}
