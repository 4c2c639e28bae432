//! `hrc programme import`: a session's programme brought in from what the Council publishes (an
//! Order of the Day as text, Sched's calendar, a CSV table), previewed with --dry-run, and the
//! report of what it did; `hrc programme rules`: which calendar events become what.
use std::path::PathBuf;

use clap::Subcommand;
use hrc_core::domain::programme_import::{
    ProgrammeChange, ProgrammeImport, ProgrammeRule, ProgrammeRuleField,
};
use hrc_core::Store;

use super::{session_id, show};
use crate::args::SessionSel;
use crate::output::Failed;

#[derive(Debug, Subcommand)]
pub enum ProgrammeCmd {
    /// Bring in an Order of the Day (its text copied from the PDF, or saved as .txt), a
    /// calendar (.ics, such as Sched's all.ics) or a CSV programme (docs/programme-import.md),
    /// or standard input for a file named "-". Each dialogue, debate or event becomes a meeting
    /// or side event, matched to those already there; importing the same file again changes
    /// nothing. Prints what it adds, changes, moves and removes, and what of mine each touches.
    Import {
        #[command(flatten)]
        sel: SessionSel,
        /// The file (- reads standard input).
        file: PathBuf,
        /// Only say what the import would do; write nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// The rules that make calendar events meetings, side events or nothing: the first that
    /// matches decides; an event no rule matches becomes a side event.
    #[command(subcommand)]
    Rules(RulesCmd),
}

#[derive(Debug, Subcommand)]
pub enum RulesCmd {
    /// The rules in the order they are tried.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a rule: events whose category or title holds PATTERN (or whose room is it) become
    /// a meeting, a side event, or nothing (skip).
    Add {
        /// category, room or title.
        #[arg(long)]
        matches: String,
        /// What it holds ("side event", "plenary"), or the room ("Room XX").
        #[arg(long)]
        pattern: String,
        /// meeting, side-event or skip.
        #[arg(long)]
        becomes: String,
        /// Where it goes (1: tried first); last when omitted.
        #[arg(long)]
        position: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Delete a rule.
    Delete {
        /// The rule's id.
        id: String,
    },
}

pub fn run(store: &mut Store, cmd: ProgrammeCmd) -> Result<(), Failed> {
    match cmd {
        ProgrammeCmd::Import {
            sel,
            file,
            dry_run,
            json,
        } => {
            let session = session_id(store, &sel.session)?;
            let name = file.file_name().map_or_else(
                || "standard input".into(),
                |n| n.to_string_lossy().into_owned(),
            );
            let bytes = crate::read_bytes(&file)?;
            let report = if dry_run {
                store.preview_programme(session, &name, &bytes)?
            } else {
                store.import_programme(session, &name, &bytes)?
            };
            show(json, &report, |r| words(r, dry_run))
        }
        ProgrammeCmd::Rules(RulesCmd::List { json }) => {
            show(json, &store.programme_rules()?, |rules| {
                rules.iter().map(rule_words).collect::<Vec<_>>().join("\n")
                    + "\nAn event no rule matches becomes a side event."
            })
        }
        ProgrammeCmd::Rules(RulesCmd::Add {
            matches,
            pattern,
            becomes,
            position,
            json,
        }) => {
            let rule = store.add_programme_rule(&matches, &pattern, &becomes, position)?;
            show(json, &rule, rule_words)
        }
        ProgrammeCmd::Rules(RulesCmd::Delete { id }) => {
            let id = hrc_core::store::row_id("programme rule", &id)?;
            let was = store.delete_programme_rule(id)?;
            crate::output::human(&format!("Deleted the rule {}", rule_words(&was)))
        }
    }
}

/// "2. title holds “side event” → a side event  [id]".
fn rule_words(r: &ProgrammeRule) -> String {
    let how = match r.matches {
        ProgrammeRuleField::Room => "room is",
        ProgrammeRuleField::Category => "a category holds",
        ProgrammeRuleField::Title => "title holds",
    };
    format!(
        "{}. {how} “{}” → {}  [{}]",
        r.position,
        r.pattern,
        r.becomes.label().to_lowercase(),
        r.id
    )
}

/// The report as a person reads it: the counts, then each change with its details and what of
/// mine it touches.
fn words(r: &ProgrammeImport, dry_run: bool) -> String {
    let counts = [
        ProgrammeChange::Added,
        ProgrammeChange::Changed,
        ProgrammeChange::Moved,
        ProgrammeChange::Removed,
    ]
    .map(|c| format!("{} {}", r.count(c), c.label().to_lowercase()))
    .join(", ");
    let mut out = format!(
        "{} “{}”: {counts}, {} unchanged.",
        r.format.label(),
        r.file_name,
        r.unchanged
    );
    for change in [
        ProgrammeChange::Added,
        ProgrammeChange::Moved,
        ProgrammeChange::Changed,
        ProgrammeChange::Removed,
    ] {
        let lines: Vec<_> = r.lines.iter().filter(|l| l.change == change).collect();
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n\n{}:", change.label()));
        for l in lines {
            let when = if l.when.is_empty() {
                String::new()
            } else {
                format!("{} · ", l.when)
            };
            // A record a preview would add does not exist yet: it has no id to give.
            let id = if dry_run && l.change == ProgrammeChange::Added {
                String::new()
            } else {
                format!("  [{}]", l.record_id)
            };
            out.push_str(&format!("\n  {when}{}{id}", l.title));
            for d in &l.details {
                out.push_str(&format!("\n      {d}"));
            }
            for t in &l.touches {
                out.push_str(&format!("\n      ! {t}"));
            }
        }
    }
    if dry_run {
        out.push_str(
            "\n\nNothing was written (--dry-run): run it again without --dry-run to import.",
        );
    } else if r.is_empty() {
        out.push_str("\n\nNothing to change: the programme already says this.");
    }
    out
}
