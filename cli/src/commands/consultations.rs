//! `hrc resolution consultation`: the informal consultations on a text — added (its day within
//! the session, or none while to be announced; hours and room as announced), edited (only the
//! flags given), listed by text or session, deleted.
use clap::{Args, Subcommand};
use hrc_core::domain::consultation::{Consultation, ConsultationInput};
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{detail, given_opt, lines, session_id, show};
use crate::args::DeleteArgs;
use crate::escape::one_line;
use crate::output::{self, Failed};

#[derive(Debug, Subcommand)]
pub enum ConsultationCmd {
    /// Add an informal consultation on a text (leave out --date while it is to be announced).
    Add {
        /// The text's id.
        id: String,
        #[command(flatten)]
        fields: ConsultationFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a consultation: only the flags given (an empty value clears one: --date "" with
    /// --start "" --end "" makes it to be announced again, --room "" a room not known).
    Edit {
        /// The consultation's id.
        id: String,
        #[command(flatten)]
        fields: ConsultationFields,
        #[arg(long)]
        json: bool,
    },
    /// List the consultations on a text, or on every text of a session, by day and hours (those
    /// to be announced last).
    List {
        /// The text's id.
        #[arg(required_unless_present = "session", conflicts_with = "session")]
        id: Option<String>,
        /// Every text of this session (38, S-28).
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Delete a consultation. Final: the command line has no undo, and my notes on it are
    /// forgotten at once.
    Delete(DeleteArgs),
}

/// The fields `add` and `edit` share.
#[derive(Debug, Args)]
pub struct ConsultationFields {
    /// Its day (YYYY-MM-DD), within the text's session.
    #[arg(long)]
    date: Option<String>,
    /// When it starts, Geneva time (HH:MM).
    #[arg(long)]
    start: Option<String>,
    /// When it ends (HH:MM), after the start.
    #[arg(long)]
    end: Option<String>,
    /// The room, as announced.
    #[arg(long)]
    room: Option<String>,
    /// Who convenes it (the core group, a delegation).
    #[arg(long)]
    convenor: Option<String>,
    /// My notes.
    #[arg(long)]
    notes: Option<String>,
}

impl ConsultationFields {
    fn apply(self, input: &mut ConsultationInput) {
        given_opt(self.date, &mut input.date);
        given_opt(self.start, &mut input.start);
        given_opt(self.end, &mut input.end);
        given_opt(self.room, &mut input.room);
        if let Some(c) = self.convenor {
            input.convenor = c;
        }
        if let Some(n) = self.notes {
            input.notes = n;
        }
    }
}

pub fn run(store: &mut Store, cmd: ConsultationCmd) -> Result<(), Failed> {
    match cmd {
        ConsultationCmd::Add { id, fields, json } => {
            let mut input = ConsultationInput {
                resolution_id: row_id("id", &id)?,
                ..ConsultationInput::default()
            };
            fields.apply(&mut input);
            show(json, &store.create_consultation(&input)?, full)
        }
        ConsultationCmd::Edit { id, fields, json } => {
            let id = row_id("id", &id)?;
            let mut input = store.consultation(id)?.to_input();
            fields.apply(&mut input);
            show(json, &store.update_consultation(id, &input)?, full)
        }
        ConsultationCmd::List { id, session, json } => {
            let all = match (id, session) {
                (Some(id), _) => store.consultations(row_id("id", &id)?)?,
                (None, Some(s)) => store.session_consultations(session_id(store, &s)?)?,
                (None, None) => Vec::new(),
            };
            show(json, &all, |v| {
                lines(
                    v,
                    line,
                    "No informal consultations yet: add one with hrc resolution consultation add.",
                )
            })
        }
        ConsultationCmd::Delete(a) => {
            let was = store.delete_consultation(row_id("id", &a.id)?)?;
            store.purge_deleted(Some(was.id))?;
            output::human(&format!(
                "Deleted the consultation of {} on {} (no undo from the command line).",
                was.when(),
                one_line(was.draft_symbol.as_deref().unwrap_or(&was.resolution_title))
            ))
        }
    }
}

/// "2018-07-02 13:00–14:00  Room XXIII  convened by United Kingdom  A/HRC/38/L.10  ID".
pub fn line(c: &Consultation) -> String {
    let room = c
        .room
        .as_deref()
        .map(|r| format!("  {}", one_line(r)))
        .unwrap_or_default();
    let convenor = match c.convenor.trim() {
        "" => String::new(),
        who => format!("  convened by {}", one_line(who)),
    };
    let text = match &c.draft_symbol {
        Some(symbol) => symbol.clone(),
        None => one_line(&c.resolution_title).into_owned(),
    };
    format!("{}{room}{convenor}  {text}  {}", c.when(), c.id)
}

/// A text's page followed by its consultations, one line each, when it has any.
pub fn listed_after(page: String, consultations: &[Consultation]) -> String {
    let lines: Vec<String> = consultations.iter().map(line).collect();
    super::with_list(page, "Informal consultations", &lines)
}

/// The line, then my notes.
fn full(c: &Consultation) -> String {
    detail(line(c), &[("Notes", &c.notes)])
}
