//! `hrc resolution vote ID` (and `hrc vote record --resolution ID`, the same): the Council's
//! action on a text or an amendment, entered as the pasted lists of a recorded vote, its three
//! counts, or adoption without a vote; checked by the core against the members on the day of the
//! vote, nothing stored on any error.
use std::path::PathBuf;

use clap::{Args, Subcommand};
use hrc_core::domain::resolution::{Vote, VoteEntry, VoteInput, VoteOutcome};
use hrc_core::domain::vote_list::{VoteCast, VoteCounts};
use hrc_core::store::row_id;
use hrc_core::{Error, Rule, Store};

use super::show;
use crate::output::Failed;

#[derive(Debug, Subcommand)]
pub enum VoteCmd {
    /// Record the Council's action on a text, replacing an earlier one (as hrc resolution vote
    /// ID): the lists pasted from the Council's report or press release ("In favour (26): …
    /// Against: …  Abstaining: …"), the three counts, or --without-vote. The day is --on, else
    /// the text's action date, else the session's last day.
    Record {
        /// The text's id.
        #[arg(long)]
        resolution: String,
        #[command(flatten)]
        vote: VoteArgs,
    },
}

/// How a vote is entered, for `hrc vote record` and `hrc resolution vote`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("entry").required(true).multiple(true)
    .args(["paste_file", "in_favour", "without_vote"])))]
pub struct VoteArgs {
    /// The amendment's id, for the vote on an amendment to the text.
    #[arg(long)]
    amendment: Option<String>,
    /// A file holding the pasted lists (- for standard input).
    #[arg(
        long = "from-file",
        alias = "paste-file",
        value_name = "FILE",
        conflicts_with = "without_vote"
    )]
    paste_file: Option<PathBuf>,
    /// Votes in favour (beside --from-file, they must agree with its list).
    #[arg(long = "yes", visible_alias = "in-favour", value_name = "N", requires_all = ["against", "abstaining"])]
    in_favour: Option<u32>,
    /// Votes against.
    #[arg(long = "no", visible_alias = "against", value_name = "N", requires_all = ["in_favour", "abstaining"])]
    against: Option<u32>,
    /// Abstentions.
    #[arg(long = "abstain", visible_alias = "abstaining", value_name = "N", requires_all = ["in_favour", "against"])]
    abstaining: Option<u32>,
    /// Adopted without a vote.
    #[arg(long = "without-vote", conflicts_with_all = ["in_favour", "against", "abstaining"])]
    without_vote: bool,
    /// The day of the vote (YYYY-MM-DD).
    #[arg(long)]
    on: Option<String>,
    #[arg(long)]
    json: bool,
}

pub fn run(store: &mut Store, cmd: VoteCmd) -> Result<(), Failed> {
    match cmd {
        VoteCmd::Record { resolution, vote } => record(store, &resolution, vote),
    }
}

/// Records the vote entered by `args` on the text `resolution` (an id as typed), and prints it.
pub fn record(store: &mut Store, resolution: &str, args: VoteArgs) -> Result<(), Failed> {
    let counts = match (args.in_favour, args.against, args.abstaining) {
        (Some(in_favour), Some(against), Some(abstaining)) => Some(VoteCounts {
            in_favour,
            against,
            abstaining,
        }),
        _ => None,
    };
    let entry = match (args.paste_file, counts, args.without_vote) {
        (_, _, true) => VoteEntry::WithoutVote,
        (Some(path), counts, false) => VoteEntry::Lists {
            text: crate::read_text(&path)?,
            counts,
        },
        (None, Some(c), false) => VoteEntry::Counts(c),
        (None, None, false) => Err(Error::invalid(
            "votes",
            Rule::NotAVoteList {
                value: "(nothing given)".into(),
            },
        ))?,
    };
    let input = VoteInput {
        resolution_id: row_id("resolution", resolution)?,
        amendment_id: args
            .amendment
            .map(|a| row_id("amendment", &a))
            .transpose()?,
        date: args.on,
        entry,
    };
    show(args.json, &store.record_vote(&input)?, vote_words)
}

/// "Adopted by 26 to 6, with 14 abstentions, on 2018-07-06", then each list of States.
pub fn vote_words(v: &Vote) -> String {
    let mut out = match (v.outcome, v.counts) {
        (VoteOutcome::AdoptedWithoutVote, _) | (_, None) => {
            format!("Adopted without a vote on {}", v.date)
        }
        (outcome, Some(c)) => format!(
            "{} by a recorded vote of {} to {}, with {} abstentions, on {}",
            outcome.label(),
            c.in_favour,
            c.against,
            c.abstaining,
            v.date
        ),
    };
    for cast in VoteCast::ALL {
        let names: Vec<&str> = v
            .states
            .iter()
            .filter(|s| s.cast == *cast)
            .map(|s| s.country_name.as_str())
            .collect();
        if !names.is_empty() {
            out.push_str(&format!("\n{}: {}", cast.label(), names.join(", ")));
        }
    }
    out
}
