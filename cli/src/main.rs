//! `hrc`: the command-line door to hrc-core. It parses, calls the core, prints; no rules live here.
//! Each noun's commands are in `commands/`; this file only says which one runs.
mod args;
mod commands;
mod db_passphrase;
mod escape;
mod json;
mod output;
mod parse;
mod print;
mod seal_passphrase;
mod signatories;

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use hrc_core::domain::search::SearchQuery;
use hrc_core::problem::FileProblem;
use hrc_core::{Error, Result, Rule};

use args::Command;
use commands::{
    agenda, backups, brief, database, documents, exchange, key_issues, lobby, mandates, meetings,
    members, notes, organisations, programme, protection, reference, resolutions, search, sessions,
    side_events, situations, statements, today, votes,
};
use output::Failed;

fn main() -> ExitCode {
    match parse::command_line().and_then(|line| line.map_or(Ok(()), logged)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failed) => failed.report(),
    }
}

/// Runs the command, logged beside its database (`hrc_core::logs`, the `cli` files): its name
/// and duration, and a failure's code. Nothing typed on the command line reaches the log.
fn logged(line: parse::CommandLine) -> Result<(), Failed> {
    let db_path = match &line.cli.db {
        Some(p) => p.clone(),
        None => hrc_core::store::default_path()?,
    };
    hrc_core::logs::start(&db_path, "cli", &["hrc"]);
    let _command = tracing::info_span!("hrc", command = line.name).entered();
    let source = db_passphrase::Source {
        passphrase_file: line.cli.passphrase_file.clone(),
        recovery_key_file: line.cli.recovery_key_file.clone(),
    };
    let done = run(line.cli.command, &db_path, &source);
    if let Err(failed) = &done {
        tracing::warn!(error = failed.code());
    }
    done
}

/// The text of a file, or of standard input for `-`.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| {
            Error::invalid(
                "file",
                Rule::CannotReadInput {
                    problem: FileProblem::of(&e),
                },
            )
        })?;
        return Ok(s);
    }
    std::fs::read_to_string(path).map_err(|e| {
        Error::invalid(
            "file",
            Rule::CannotRead {
                path: path.display().to_string(),
                problem: FileProblem::of(&e),
            },
        )
    })
}

/// The bytes of a file, or of standard input for `-` (a sealed bundle is not text).
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| {
            Error::invalid(
                "file",
                Rule::CannotReadInput {
                    problem: FileProblem::of(&e),
                },
            )
        })?;
        return Ok(bytes);
    }
    std::fs::read(path).map_err(|e| {
        Error::invalid(
            "file",
            Rule::CannotRead {
                path: path.display().to_string(),
                problem: FileProblem::of(&e),
            },
        )
    })
}

/// Runs `command` on the database at `db_path`: the noun's file in `commands/` does the work.
fn run(command: Command, db_path: &Path, source: &db_passphrase::Source) -> Result<(), Failed> {
    // Listing and restoring backups work without opening the database: it may be damaged.
    // Encrypting, decrypting and changing the passphrase need the file closed.
    let command = match command {
        Command::Backup { list: true, json } => return backups::list(db_path, json),
        Command::Restore { backup, json } => {
            return backups::restore(db_path, &backup, source, json)
        }
        Command::Encrypt { recovery, json } => {
            return protection::encrypt(db_path, source, &recovery, json)
        }
        Command::Decrypt { json } => return protection::decrypt(db_path, source, json),
        Command::Passphrase(cmd) => return protection::run(db_path, source, cmd),
        other => other,
    };
    let mut store = match &command {
        Command::Init {
            protect: true,
            recovery,
        } => protection::create(db_path, source, recovery)?,
        _ => db_passphrase::open(db_path, source)?,
    };
    match command {
        Command::Init { .. } => database::init(&store),
        Command::Demo => database::demo(&mut store),
        Command::Session(cmd) => sessions::run(&mut store, cmd),
        Command::Agenda(cmd) => agenda::run(&mut store, cmd),
        Command::Meeting(cmd) => meetings::run(&mut store, cmd),
        Command::Programme(cmd) => programme::run(&mut store, cmd),
        Command::Issue(cmd) => key_issues::run(&mut store, cmd),
        Command::Situation(cmd) => situations::run(&mut store, cmd),
        Command::Statement(cmd) => statements::run(&mut store, cmd),
        Command::SideEvent(cmd) => side_events::run(&mut store, cmd),
        Command::Note(cmd) => notes::run(&mut store, cmd),
        Command::Organisation(cmd) => organisations::run(&mut store, cmd),
        Command::Document(cmd) => documents::run(&mut store, cmd),
        Command::Mandate(cmd) => mandates::run(&mut store, cmd),
        Command::Resolution(cmd) => resolutions::run(&mut store, cmd),
        Command::Vote(cmd) => votes::run(&mut store, cmd),
        Command::Delegation(cmd) => commands::delegations::run(&mut store, cmd),
        Command::Member(cmd) => members::run(&mut store, cmd),
        Command::Membership(cmd) => members::run_membership(&mut store, cmd),
        Command::Lobby {
            id,
            json,
            format,
            out,
        } => lobby::run(&store, &id, json, format.as_deref(), out),
        Command::Brief {
            situation,
            issue,
            format,
            out,
            with_confidential,
        } => brief::run(
            &store,
            situation.as_deref(),
            issue.as_deref(),
            &format,
            out,
            with_confidential,
        ),
        Command::Today { at, session, json } => {
            today::run(&store, at.as_deref(), session.as_deref(), json)
        }
        Command::Search {
            query,
            session,
            kind,
            limit,
            json,
        } => {
            let query = SearchQuery {
                text: query,
                session,
                kinds: kind,
                limit,
            };
            search::run(&store, query, json)
        }
        Command::Export {
            sel,
            format,
            out,
            sections,
            with_notes,
            mine,
            paper,
            confidential,
            with_confidential,
            seal,
        } => exchange::export(
            &store,
            &sel,
            &format,
            out,
            sections.as_deref(),
            with_notes,
            mine,
            paper.as_deref(),
            confidential,
            with_confidential,
            &seal,
        ),
        Command::Import {
            file,
            as_copy,
            seal_passphrase_file,
            json,
        } => exchange::import(
            &mut store,
            &file,
            as_copy,
            seal_passphrase_file.as_deref(),
            json,
        ),
        Command::Backup { json, .. } => backups::write(&mut store, json),
        Command::Restore { .. }
        | Command::Encrypt { .. }
        | Command::Decrypt { .. }
        | Command::Passphrase(_) => {
            unreachable!("run above, without opening the database")
        }
        Command::Countries { json } => reference::countries(&store, json),
    }?;
    // A deletion has no undo here: the words of its text leave the search indexes before `hrc`
    // exits (a merge that costs nothing when there is no such word).
    if store.has_words_to_forget() {
        store.forget_old_words()?;
    }
    Ok(())
}
