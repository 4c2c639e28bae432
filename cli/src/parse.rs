//! Reading the command line: clap parses it, and its errors become one line like hrc's others.
use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::{ArgMatches, Command, CommandFactory, FromArgMatches};

use crate::args::Cli;
use crate::escape;
use crate::output::Failed;

/// A command line read: what to do, and the command's name (`note add`), which is all the log
/// says of it.
pub struct CommandLine {
    pub cli: Cli,
    pub name: String,
}

/// The command line, or `None` when it asked for `--help` or `--version`, which are printed
/// here as clap prints them.
pub fn command_line() -> Result<Option<CommandLine>, Failed> {
    let argv: Vec<OsString> = std::env::args_os().collect();
    // As `Cli::try_parse_from`, keeping the matches long enough to read the command's name.
    let read = Cli::command()
        .try_get_matches_from(&argv)
        .and_then(|mut m| {
            let name = name(&m);
            Cli::from_arg_matches_mut(&mut m)
                .map(|cli| CommandLine { cli, name })
                .map_err(|e| e.format(&mut Cli::command()))
        });
    match read {
        Ok(line) => Ok(Some(line)),
        Err(e) if !e.use_stderr() => e.print().map(|()| None).map_err(Failed::Output),
        Err(e) => Err(Failed::Usage(one_line(&e, &argv))),
    }
}

/// The subcommands' names, from the outermost in: `session list`.
fn name(mut matches: &ArgMatches) -> String {
    let mut names = Vec::new();
    while let Some((name, sub)) = matches.subcommand() {
        names.push(name);
        matches = sub;
    }
    names.join(" ")
}

/// clap's error in one line, with its tips and where to read more:
/// `hrc: error: unexpected argument '--titel' found (tip: a similar argument exists: '--title';
/// see 'hrc session add --help')`.
fn one_line(e: &clap::Error, argv: &[OsString]) -> String {
    let (command, path) = command_typed(argv);
    let mut notes: Vec<String> = Vec::new();
    let message = if matches!(
        e.kind(),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let names: Vec<&str> = command
            .get_subcommands()
            .map(Command::get_name)
            .filter(|name| *name != "help")
            .collect();
        format!("'{path}' needs a command: {}", names.join(", "))
    } else {
        // clap's text: the message (some list what is missing on the lines below it), then
        // paragraphs of tips, usage and a pointer to --help.
        let rendered = e.render().to_string();
        let mut paragraphs = rendered.split("\n\n");
        let mut lines = paragraphs.next().unwrap_or_default().lines().map(str::trim);
        let head = lines.next().unwrap_or_default();
        let head = head.strip_prefix("error: ").unwrap_or(head);
        let listed: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
        notes.extend(
            paragraphs
                .flat_map(str::lines)
                .map(str::trim)
                .filter(|l| l.starts_with("tip: "))
                .map(str::to_string),
        );
        if listed.is_empty() {
            head.to_string()
        } else {
            format!("{head} {}", listed.join(", "))
        }
    };
    notes.push(format!("see '{path} --help'"));
    escape::one_line(&format!("hrc: error: {message} ({})", notes.join("; "))).into_owned()
}

/// The (sub)command the person typed, and its path (`hrc session add`), read from the
/// arguments as far as they name subcommands: clap's errors do not always say.
fn command_typed(argv: &[OsString]) -> (Command, String) {
    let mut command = Cli::command();
    command.build();
    let mut path = vec![command.get_name().to_string()];
    let mut args = argv.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let takes_value = !long.contains('=')
                && command
                    .get_arguments()
                    .any(|a| a.get_long() == Some(long) && a.get_action().takes_values());
            if takes_value {
                args.next();
            }
            continue;
        }
        if let Some(sub) = command.find_subcommand(arg.as_ref()) {
            path.push(sub.get_name().to_string());
            command = sub.clone();
        }
    }
    (command, path.join(" "))
}
