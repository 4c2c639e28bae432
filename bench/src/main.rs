//! `hrc-bench`: `generate` a ten-year database, `run` the benchmark on it, watch the app's
//! window `paint` (for `scripts/app-start`).
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use hrc_bench::generate::{self, Plan};
use hrc_bench::paint::{self, Target};
use hrc_bench::run;

/// Measured speed of HRC Planner at ten years of data.
#[derive(Debug, Parser)]
#[command(name = "hrc-bench", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build a database of ten years of an advocate's work, deterministic from a seed.
    Generate {
        /// The database file to create (it must not exist).
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        #[arg(long, default_value_t = 2018)]
        seed: u64,
        #[arg(long, default_value_t = Plan::TEN_YEARS.sessions)]
        sessions: u32,
        #[arg(long, default_value_t = Plan::TEN_YEARS.statements)]
        statements: u32,
        #[arg(long = "side-events", default_value_t = Plan::TEN_YEARS.side_events)]
        side_events: u32,
        #[arg(long, default_value_t = Plan::TEN_YEARS.notes)]
        notes: u32,
        /// Where to build it before copying it to OUT (default: /dev/shm, else beside OUT).
        #[arg(long, value_name = "DIR")]
        scratch: Option<PathBuf>,
        /// Also print a fingerprint of the content (equal seeds, equal fingerprints).
        #[arg(long)]
        fingerprint: bool,
    },
    /// Measure the core on a generated database and print the figures beside the budgets.
    Run(run::Options),
    /// Watch the app's window from its launch: prints when it was mapped, first painted (more
    /// than 15 colours) and settled (unchanged for a second), in ms, as JSON.
    Paint {
        /// The launch, in nanoseconds since the Unix epoch (`date +%s%N` before starting it).
        #[arg(long, value_name = "NS")]
        since: u128,
        /// The app's process id: the watch ends when it exits.
        #[arg(long)]
        pid: Option<u32>,
        #[arg(long, default_value = "HRC Planner")]
        title: String,
        #[arg(long, default_value_t = 60)]
        timeout_seconds: u64,
        /// A protected database: type the passphrase in this file (its first line) into the
        /// unlock screen once settled, press Return, and watch until the first screen settles.
        #[arg(long, value_name = "FILE")]
        unlock_with: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    match go(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hrc-bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn go(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Generate {
            out,
            seed,
            sessions,
            statements,
            side_events,
            notes,
            scratch,
            fingerprint,
        } => {
            let plan = Plan {
                sessions,
                statements,
                side_events,
                notes,
            };
            let scratch = scratch.unwrap_or_else(|| generate::default_scratch(&out));
            let made = generate::generate(&plan, seed, &out, &scratch)?;
            println!("{}", serde_json::to_string_pretty(&made)?);
            if fingerprint {
                let store = hrc_core::Store::open(&out)?;
                println!("fingerprint {}", generate::fingerprint(&store)?);
            }
            Ok(())
        }
        Command::Run(options) => run::main(&options),
        Command::Paint {
            since,
            pid,
            title,
            timeout_seconds,
            unlock_with,
        } => {
            let passphrase = match unlock_with {
                Some(file) => Some(
                    std::fs::read_to_string(&file)
                        .with_context(|| format!("cannot read {}", file.display()))?
                        .lines()
                        .next()
                        .unwrap_or_default()
                        .to_owned(),
                ),
                None => None,
            };
            let watched = paint::watch(&Target {
                title,
                since_ns: since,
                pid,
                settle: Duration::from_secs(1),
                timeout: Duration::from_secs(timeout_seconds),
                passphrase,
            })?;
            println!("{}", serde_json::to_string(&watched)?);
            Ok(())
        }
    }
}
