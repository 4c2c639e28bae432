//! `hrc`: the command-line door to hrc-core. It parses, calls the core, prints; no rules live here.
mod args;
mod escape;
mod json;
mod output;
mod parse;
mod print;
mod signatories;

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::search::SearchQuery;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::export::ExportFormat;
use hrc_core::store::row_id;
use hrc_core::{Error, Result, Store};
use serde::Serialize;

use output::Failed;

use args::{
    Cli, Command, IssueCmd, MeetingCmd, NoteCmd, SessionCmd, SideEventCmd, SituationCmd,
    StatementCmd,
};

fn main() -> ExitCode {
    match parse::command_line().and_then(|cli| cli.map_or(Ok(()), run)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failed) => failed.report(),
    }
}

/// Prints `value` as JSON, or as the text `human` makes of it.
fn show<T: Serialize>(
    json: bool,
    value: &T,
    human: impl FnOnce(&T) -> String,
) -> Result<(), Failed> {
    if json {
        output::json(value)
    } else {
        output::human(&human(value))
    }
}

fn lines<T>(items: &[T], f: fn(&T) -> String, empty: &str) -> String {
    if items.is_empty() {
        return empty.to_string();
    }
    items.iter().map(f).collect::<Vec<_>>().join("\n")
}

fn read_text(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::invalid("file", format!("cannot read standard input: {e}")))?;
        return Ok(s);
    }
    std::fs::read_to_string(path)
        .map_err(|e| Error::invalid("file", format!("cannot read {}: {e}", path.display())))
}

fn run(cli: Cli) -> Result<(), Failed> {
    let db_path = match cli.db {
        Some(p) => p,
        None => hrc_core::store::default_path()?,
    };
    // Listing and restoring backups work without opening the database: it may be damaged.
    let command = match cli.command {
        Command::Backup { list: true, json } => {
            let list = hrc_core::store::backups(&db_path)?;
            show(json, &list, |v| {
                lines(
                    v,
                    print::backup,
                    "No backups yet: make one with `hrc backup`.",
                )
            })?;
            return Ok(());
        }
        Command::Restore { backup, json } => {
            let backup = if backup == Path::new("latest") {
                hrc_core::store::latest_backup(&db_path)?.path
            } else {
                backup
            };
            let restored = hrc_core::store::restore(&db_path, &backup)?;
            show(json, &restored, print::restored)?;
            return Ok(());
        }
        other => other,
    };
    let mut store = Store::open(&db_path)?;
    let session_id = |store: &Store, label: &str| store.find_session(label).map(|s| s.id);
    match command {
        Command::Init => output::human(&format!(
            "HRC Planner database ready at {} (schema {})",
            store
                .path()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            store.schema_version()?
        ))?,
        Command::Demo => {
            let outcome = hrc_core::demo::load(&mut store)?;
            let verb = if outcome.created {
                "Loaded"
            } else {
                "Already there:"
            };
            output::human(&format!(
                "{verb} the example session HRC{} ({} – {})",
                outcome.session.label, outcome.session.start_date, outcome.session.end_date
            ))?;
        }
        Command::Session(cmd) => match cmd {
            SessionCmd::Add {
                number,
                kind,
                start,
                end,
                title,
                venue,
                json,
            } => {
                let s = store.create_session(&SessionInput {
                    number,
                    kind,
                    title,
                    start_date: start,
                    end_date: end,
                    venue,
                    notes: None,
                })?;
                show(json, &s, print::session)?;
            }
            SessionCmd::List { json } => show(json, &store.list_sessions()?, |v| {
                lines(v, print::session, "No sessions yet: add one with `hrc session add`, or load the example with `hrc demo`.")
            })?,
            SessionCmd::Show { session, json } => {
                let id = session_id(&store, &session)?;
                show(json, &store.overview(id)?, print::overview)?;
            }
        },
        Command::Meeting(cmd) => match cmd {
            MeetingCmd::Add {
                sel,
                date,
                start,
                end,
                item,
                kind,
                room,
                title,
                json,
            } => {
                let id = session_id(&store, &sel.session)?;
                let m = store.create_meeting(
                    id,
                    &MeetingInput {
                        date,
                        start,
                        end,
                        room,
                        agenda_item: item,
                        kind,
                        title,
                    },
                )?;
                show(json, &m, print::meeting)?;
            }
            MeetingCmd::List(a) => {
                let id = session_id(&store, &a.sel.session)?;
                show(a.json, &store.meetings(id)?, |v| {
                    lines(v, print::meeting, "No meetings in the programme yet.")
                })?;
            }
        },
        Command::Issue(cmd) => match cmd {
            IssueCmd::Add {
                sel,
                title,
                item,
                overview,
                asks,
                json,
            } => {
                let id = session_id(&store, &sel.session)?;
                show(
                    json,
                    &store.create_key_issue(
                        id,
                        &KeyIssueInput {
                            title,
                            agenda_item: item,
                            overview,
                            asks,
                        },
                    )?,
                    print::key_issue,
                )?;
            }
            IssueCmd::List(a) => {
                let id = session_id(&store, &a.sel.session)?;
                show(a.json, &store.key_issues(id)?, |v| {
                    lines(v, print::key_issue, "No key issues yet.")
                })?;
            }
        },
        Command::Situation(cmd) => match cmd {
            SituationCmd::Add {
                sel,
                country,
                item,
                mechanism,
                summary,
                asks,
                priority,
                json,
            } => {
                let id = session_id(&store, &sel.session)?;
                let s = store.create_situation(
                    id,
                    &SituationInput {
                        country,
                        agenda_item: item,
                        mechanism,
                        summary,
                        asks,
                        priority,
                    },
                )?;
                show(json, &s, print::situation)?;
            }
            SituationCmd::List(a) => {
                let id = session_id(&store, &a.sel.session)?;
                show(a.json, &store.situations(id)?, |v| {
                    lines(v, print::situation, "No country situations yet.")
                })?;
            }
        },
        Command::Statement(cmd) => match cmd {
            StatementCmd::Add {
                sel,
                title,
                kind,
                item,
                meeting,
                speaker,
                limit_seconds,
                limit_words,
                status,
                text,
                text_file,
                json,
            } => {
                let id = session_id(&store, &sel.session)?;
                let text = match text_file {
                    Some(path) => Some(read_text(&path)?),
                    None => text,
                };
                let input = StatementInput {
                    title,
                    kind,
                    agenda_item: item,
                    meeting_id: meeting,
                    speaker,
                    text,
                    limit_seconds,
                    limit_words,
                    status,
                    ..Default::default()
                };
                show(json, &store.create_statement(id, &input)?, print::statement)?;
            }
            StatementCmd::Signatories {
                id,
                from_file,
                dry_run,
                json,
            } => {
                let id = row_id("statement", &id)?;
                let pasted = read_text(&from_file)?;
                if dry_run {
                    let preview = store.preview_signatories(id, &pasted)?;
                    show(json, &preview, signatories::preview)?;
                } else {
                    let report = store.add_signatories(id, &pasted)?;
                    show(json, &report, signatories::report)?;
                }
            }
            StatementCmd::List(a) => {
                let id = session_id(&store, &a.sel.session)?;
                show(a.json, &store.statements(id)?, |v| {
                    lines(v, print::statement, "No statements yet.")
                })?;
            }
            StatementCmd::Deliver { id, at, json } => {
                let at = hrc_core::geneva::clock("at", at.as_deref())?;
                let s = store.deliver_statement(row_id("statement", &id)?, at)?;
                show(json, &s, print::statement)?;
            }
            StatementCmd::Show { id, json } => {
                let s = store.statement(row_id("statement", &id)?)?;
                show(json, &s, |s| {
                    format!("{}\n\n{}", print::statement(s), s.text)
                })?;
            }
        },
        Command::SideEvent(cmd) => match cmd {
            SideEventCmd::Add {
                sel,
                title,
                date,
                start,
                end,
                room,
                organisers,
                states,
                speakers,
                status,
                json,
            } => {
                let id = session_id(&store, &sel.session)?;
                let input = SideEventInput {
                    title,
                    date,
                    start,
                    end,
                    room,
                    organisers,
                    cosponsor_states: states,
                    speakers,
                    status,
                    ..Default::default()
                };
                show(
                    json,
                    &store.create_side_event(id, &input)?,
                    print::side_event,
                )?;
            }
            SideEventCmd::List(a) => {
                let id = session_id(&store, &a.sel.session)?;
                show(a.json, &store.side_events(id)?, |v| {
                    lines(v, print::side_event, "No side events yet.")
                })?;
            }
        },
        Command::Note(cmd) => match cmd {
            NoteCmd::Add {
                sel,
                text,
                meeting,
                item,
                json,
            } => {
                let id = session_id(&store, &sel.session)?;
                let n = store.create_note(
                    id,
                    &NoteInput {
                        body: text,
                        meeting_id: meeting,
                        agenda_item: item,
                        ..Default::default()
                    },
                )?;
                show(json, &n, print::note)?;
            }
            NoteCmd::List(a) => {
                let id = session_id(&store, &a.sel.session)?;
                show(a.json, &store.notes(id)?, |v| {
                    lines(v, print::note, "No notes yet.")
                })?;
            }
        },
        Command::Today { at, session, json } => {
            let now = hrc_core::geneva::clock("at", at.as_deref())?;
            let session = session.map(|s| session_id(&store, &s)).transpose()?;
            show(json, &store.today(now, session)?, print::today)?;
        }
        Command::Search {
            query,
            session,
            kind,
            limit,
            json,
        } => {
            let hits = store.search(&SearchQuery {
                text: query,
                session,
                kinds: kind,
                limit,
            })?;
            show(json, &hits, |v| lines(v, print::hit, "Nothing found."))?;
        }
        Command::Export {
            sel,
            format,
            out,
            sections,
            with_notes,
        } => {
            let id = session_id(&store, &sel.session)?;
            let format = ExportFormat::parse("format", &format)?;
            let sections =
                hrc_core::export::chosen_sections(format, sections.as_deref(), with_notes)?;
            match out {
                // The core writes the file whole or not at all, as the app's Export does.
                Some(path) => {
                    hrc_core::export::export_to_file(&store, id, format, &sections, &path)?;
                    output::tell(&format!(
                        "Wrote {}",
                        escape::one_line(&path.to_string_lossy())
                    ));
                }
                None => output::bytes(&hrc_core::export::export(&store, id, format, &sections)?)?,
            }
        }
        Command::Import { file, json } => {
            let bundle = hrc_core::bundle::Bundle::from_json(&read_text(&file)?)?;
            let report = store.import_bundle(&bundle)?;
            show(json, &report, print::import)?;
        }
        Command::Backup { json, .. } => {
            show(json, &store.back_up()?, |b| b.path.display().to_string())?;
        }
        Command::Restore { .. } => unreachable!("restored above, without opening the database"),
        Command::Countries { json } => {
            show(json, &store.countries(), |v| {
                v.iter()
                    .map(|c| format!("{}  {}", c.code, c.name))
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
    }
    // A deletion has no undo here: the words of its text leave the search indexes before `hrc`
    // exits (a merge that costs nothing when there is no such word).
    if store.has_words_to_forget() {
        store.forget_old_words()?;
    }
    Ok(())
}
