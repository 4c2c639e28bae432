//! The passphrase of a sealed bundle (`hrc export --seal`, `hrc import`): read from the file that
//! `--seal-passphrase-file` names, or asked on the terminal without echo; never from an argument.
use std::path::Path;

use hrc_core::bundle::seal::Passphrase;
use hrc_core::problem::FileProblem;
use hrc_core::{Error, Result, Rule};

/// The option that names the passphrase's file.
const OPTION: &str = "--seal-passphrase-file";
const FIELD: &str = "seal-passphrase-file";

/// The passphrase to seal with: the file's first line, or asked twice on the terminal.
pub fn to_seal(file: Option<&Path>) -> Result<Passphrase> {
    match file {
        Some(path) => Passphrase::to_seal(FIELD, first_line(path)?),
        None => {
            let first =
                ask("Passphrase to seal the bundle (the teammate needs it, sent another way): ")?;
            let confirm = ask("The same passphrase again: ")?;
            Passphrase::confirmed(first, confirm)
        }
    }
}

/// The passphrase to open a sealed bundle with: the file's first line, or asked on the terminal.
pub fn to_open(file: Option<&Path>) -> Result<Passphrase> {
    match file {
        Some(path) => Passphrase::to_open(FIELD, first_line(path)?),
        None => Passphrase::to_open("passphrase", ask("The bundle is sealed. Its passphrase: ")?),
    }
}

/// The file's text up to its first line break (a passphrase file ends with one, or not).
fn first_line(path: &Path) -> Result<String> {
    let mut text = std::fs::read_to_string(path).map_err(|e| {
        Error::invalid(
            FIELD,
            Rule::CannotRead {
                path: path.display().to_string(),
                problem: FileProblem::of(&e),
            },
        )
    })?;
    let end = text.find(['\r', '\n']).unwrap_or(text.len());
    text.truncate(end);
    Ok(text)
}

/// Asks on the terminal, without echo; refused naming the option when there is no terminal.
fn ask(prompt: &str) -> Result<String> {
    rpassword::prompt_password(prompt).map_err(|_| {
        Error::invalid(
            "passphrase",
            Rule::NoTerminalForPassphrase {
                option: OPTION.into(),
            },
        )
    })
}
