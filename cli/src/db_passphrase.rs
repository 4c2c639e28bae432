//! The database's passphrase: read from the file that `--passphrase-file` (or the variable
//! `HRC_PASSPHRASE_FILE`) names, or asked on the terminal without echo — never from an argument
//! or a variable holding it; or the recovery key, from `--recovery-key-file`. And the store
//! opened with it when the file is protected.
use std::path::{Path, PathBuf};

use hrc_core::cipher::{protection, Passphrase, Protection, RecoveryKey, Unlock};
use hrc_core::problem::FileProblem;
use hrc_core::{Error, Result, Rule, Store};
use zeroize::Zeroizing;

/// The option that names the passphrase's file.
const OPTION: &str = "--passphrase-file";

/// Where the passphrase (or recovery key) comes from, as the command line said.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub passphrase_file: Option<PathBuf>,
    pub recovery_key_file: Option<PathBuf>,
}

impl Source {
    /// What unlocks the protected database at `db_path`: the recovery key when its file is
    /// named, else the passphrase from its file or the terminal.
    pub fn unlock(&self, db_path: &Path) -> Result<Unlock> {
        if let Some(path) = &self.recovery_key_file {
            let text = read(path, "recovery-key-file")?;
            return Ok(Unlock::RecoveryKey(RecoveryKey::parse(
                "recovery-key-file",
                &text,
            )?));
        }
        let passphrase = match &self.passphrase_file {
            Some(path) => {
                Passphrase::from_file_text("passphrase-file", read(path, "passphrase-file")?)?
            }
            None => Passphrase::typed(
                "passphrase",
                ask(&format!("Passphrase for {}: ", db_path.display()))?,
            )?,
        };
        Ok(Unlock::Passphrase(passphrase))
    }
}

/// The store at `db_path`: a protected file opened with what unlocks it (asked only then), any
/// other as `Store::open` opens it.
pub fn open(db_path: &Path, source: &Source) -> Result<Store> {
    match protection(db_path)? {
        Protection::Encrypted => Store::unlock(db_path, &source.unlock(db_path)?),
        _ => Store::open(db_path),
    }
}

/// A new passphrase: the first line of `file` (`field` names its option), or typed twice on the
/// terminal.
pub fn new_passphrase(file: Option<&Path>, field: &str) -> Result<Passphrase> {
    match file {
        Some(path) => {
            let text = read(path, field)?;
            let line = Zeroizing::new(text.lines().next().unwrap_or_default().to_string());
            Passphrase::chosen(field, line.to_string())
        }
        None => {
            let first = ask("New passphrase (12 characters or more; forgetting it loses the data, keep the recovery key): ")?;
            let again = ask("The same passphrase again: ")?;
            Passphrase::confirmed(first, again)
        }
    }
}

/// The text of a passphrase or key file, refused naming `field` when it cannot be read.
pub(crate) fn read(path: &Path, field: &str) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        Error::invalid(
            field,
            Rule::CannotRead {
                path: path.display().to_string(),
                problem: FileProblem::of(&e),
            },
        )
    })
}

/// Asks on the terminal, without echo; refused naming the option when there is no terminal.
fn ask(prompt: &str) -> Result<String> {
    ask_or_name(prompt, OPTION)
}

/// Asks on the terminal, without echo; refused naming `option` (where the passphrase can be
/// given instead) when there is no terminal.
pub(crate) fn ask_or_name(prompt: &str, option: &str) -> Result<String> {
    rpassword::prompt_password(prompt).map_err(|_| {
        Error::invalid(
            "passphrase",
            Rule::NoTerminalForPassphrase {
                option: option.into(),
            },
        )
    })
}
