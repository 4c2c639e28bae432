//! The passphrase of a sealed bundle (`hrc export --seal`, `hrc import`): read from the file that
//! `--seal-passphrase-file` names, or asked on the terminal without echo; never from an argument.
use std::path::Path;

use hrc_core::bundle::seal::Passphrase;
use hrc_core::Result;

/// The option that names the passphrase's file.
const OPTION: &str = "--seal-passphrase-file";
const FIELD: &str = "seal-passphrase-file";

/// The passphrase to seal with: the file's first line, or asked twice on the terminal.
pub fn to_seal(file: Option<&Path>) -> Result<Passphrase> {
    match file {
        Some(path) => Passphrase::chosen(FIELD, first_line(path)?),
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
        Some(path) => Passphrase::typed(FIELD, first_line(path)?),
        None => Passphrase::typed("passphrase", ask("The bundle is sealed. Its passphrase: ")?),
    }
}

/// The file's text up to its first line break (a passphrase file ends with one, or not).
fn first_line(path: &Path) -> Result<String> {
    let mut text = crate::db_passphrase::read(path, FIELD)?;
    let end = text.find(['\r', '\n']).unwrap_or(text.len());
    text.truncate(end);
    Ok(text)
}

/// Asks on the terminal, without echo; refused naming the option when there is no terminal.
fn ask(prompt: &str) -> Result<String> {
    crate::db_passphrase::ask_or_name(prompt, OPTION)
}
