//! `hrc session speaking-rule` (a session's speaking time per kind of meeting) and `hrc meeting
//! speaking-time` (a meeting's own, previewed: the statements whose limit follows, and those
//! that would be over; --apply sets it and updates them).
use clap::{Args, Subcommand};
use hrc_core::domain::speaking_rule::{minutes_seconds, SessionSpeakingRule, SpeakingTimeChange};
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{lines, session_id, show};
use crate::args::SessionSel;
use crate::escape::one_line;
use crate::output::Failed;

#[derive(Debug, Subcommand)]
pub enum SpeakingRuleCmd {
    /// Set the speaking time of observers and NGOs at every meeting of a kind that states none
    /// of its own; the statements due there held to the old default follow (and are listed).
    Set {
        #[command(flatten)]
        sel: SessionSel,
        /// The kind of meeting: interactive-dialogue, general-debate, panel…
        #[arg(long)]
        kind: String,
        /// 10 to 1800.
        #[arg(long)]
        seconds: u32,
        #[arg(long)]
        json: bool,
    },
    /// List the speaking times the session sets per kind of meeting.
    List {
        #[command(flatten)]
        sel: SessionSel,
        #[arg(long)]
        json: bool,
    },
    /// Take away the session's speaking time for a kind of meeting: the settings' default
    /// applies again, and the statements held to the old one follow.
    Clear {
        #[command(flatten)]
        sel: SessionSel,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        json: bool,
    },
}

/// `hrc meeting speaking-time ID --seconds S [--apply]`.
#[derive(Debug, Args)]
pub struct SpeakingTimeArgs {
    /// The meeting's id.
    pub id: String,
    /// The speaking time of observers and NGOs, 10 to 1800 seconds.
    #[arg(long, required_unless_present = "clear")]
    pub seconds: Option<u32>,
    /// No time of its own: the session's rule for its kind, else the settings' default.
    #[arg(long, conflicts_with = "seconds")]
    pub clear: bool,
    /// Set it and update the statements listed (without it, nothing is changed).
    #[arg(long)]
    pub apply: bool,
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &mut Store, cmd: SpeakingRuleCmd) -> Result<(), Failed> {
    match cmd {
        SpeakingRuleCmd::Set {
            sel,
            kind,
            seconds,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let change = store.set_speaking_rule(id, &kind, seconds)?;
            show(json, &change, |c| change_words(c, true))
        }
        SpeakingRuleCmd::List { sel, json } => {
            let id = session_id(store, &sel.session)?;
            show(json, &store.speaking_rules(id)?, |v| {
                lines(v, rule, "No speaking times set for the session: each meeting states its own, else the settings' default applies.")
            })
        }
        SpeakingRuleCmd::Clear { sel, kind, json } => {
            let id = session_id(store, &sel.session)?;
            let change = store.clear_speaking_rule(id, &kind)?;
            show(json, &change, |c| change_words(c, true))
        }
    }
}

pub fn speaking_time(store: &mut Store, a: SpeakingTimeArgs) -> Result<(), Failed> {
    let id = row_id("meeting", &a.id)?;
    let change = if a.apply {
        store.set_speaking_time(id, a.seconds)?
    } else {
        store.preview_speaking_time(id, a.seconds)?
    };
    show(a.json, &change, |c| change_words(c, a.apply))
}

fn rule(r: &SessionSpeakingRule) -> String {
    format!(
        "{:<32} {}",
        r.meeting_kind.label(),
        minutes_seconds(r.speaking_seconds)
    )
}

/// "Limit now 1:30 (was 2:00) — 3 statements over", then a line per statement that follows.
fn change_words(c: &SpeakingTimeChange, applied: bool) -> String {
    let n = c.statements.len();
    let over = match c.over {
        0 => "none over".to_string(),
        1 => "1 statement over".to_string(),
        k => format!("{k} statements over"),
    };
    let mut out = format!(
        "Limit now {} (was {}) — {over}",
        minutes_seconds(c.new_seconds),
        minutes_seconds(c.old_seconds)
    );
    if n == 0 {
        out.push_str("\nNo statement due there follows the default.");
        return out;
    }
    for s in &c.statements {
        out.push_str(&format!(
            "\n  {}  {} → {}  measured {}{}",
            one_line(&s.title),
            minutes_seconds(s.old_limit_seconds),
            minutes_seconds(s.new_limit_seconds),
            minutes_seconds(s.estimated_seconds),
            if s.over_limit { "  over" } else { "" }
        ));
    }
    let (what, these) = if n == 1 {
        ("1 statement".to_string(), "this statement".to_string())
    } else {
        (format!("{n} statements"), format!("these {n} statements"))
    };
    out.push_str(&if applied {
        format!("\nUpdated {what}.")
    } else {
        format!("\nNothing changed: add --apply to set it and update {these}.")
    });
    out
}
