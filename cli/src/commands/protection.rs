//! `hrc encrypt`, `hrc decrypt`, `hrc passphrase change` and `hrc init --protect`: a database
//! protected by a passphrase (the core converts the file and its backups; see
//! `hrc_core::store::encrypt`). Each needs the file alone: close HRC Planner first.
use std::path::{Path, PathBuf};

use clap::Subcommand;
use hrc_core::store::Converted;
use hrc_core::Store;
use serde::Serialize;

use super::show;
use crate::db_passphrase::{self, Source};
use crate::output::Failed;

/// `hrc passphrase …`.
#[derive(Debug, Subcommand)]
pub enum PassphraseCmd {
    /// Give the protected database a new passphrase (and a new recovery key: the old one no
    /// longer opens it); its backups follow. The current one from --passphrase-file (or
    /// --recovery-key-file), else asked; the new one from --new-passphrase-file, else asked twice.
    Change {
        /// The new passphrase, read from this file (its first line).
        #[arg(long = "new-passphrase-file", value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
        #[command(flatten)]
        recovery: RecoveryOut,
        #[arg(long)]
        json: bool,
    },
}

/// Where the new recovery key goes.
#[derive(Debug, clap::Args)]
pub struct RecoveryOut {
    /// Write the recovery key to this file (readable by you only) instead of printing it.
    #[arg(long = "recovery-key-out", value_name = "FILE")]
    pub recovery_key_out: Option<PathBuf>,
}

/// What a conversion did, as `--json` gives it.
#[derive(Debug, Serialize)]
struct Outcome {
    database: PathBuf,
    protected: bool,
    backups_converted: usize,
    backups_left: Vec<PathBuf>,
    /// The recovery key, when it was not written to a file.
    recovery_key: Option<String>,
    recovery_key_file: Option<PathBuf>,
}

/// `hrc encrypt`: the plain database encrypted in place with a new passphrase.
pub fn encrypt(
    db_path: &Path,
    source: &Source,
    out: &RecoveryOut,
    json: bool,
) -> Result<(), Failed> {
    let passphrase =
        db_passphrase::new_passphrase(source.passphrase_file.as_deref(), "passphrase-file")?;
    let done = hrc_core::store::encrypt(db_path, &passphrase)?;
    report(db_path, done, out, json)
}

/// `hrc decrypt`: the protected database made plain again (its backups too).
pub fn decrypt(db_path: &Path, source: &Source, json: bool) -> Result<(), Failed> {
    let done = hrc_core::store::decrypt(db_path, &source.unlock(db_path)?)?;
    report(
        db_path,
        done,
        &RecoveryOut {
            recovery_key_out: None,
        },
        json,
    )
}

/// `hrc passphrase change`.
pub fn run(db_path: &Path, source: &Source, cmd: PassphraseCmd) -> Result<(), Failed> {
    let PassphraseCmd::Change {
        new_passphrase_file,
        recovery,
        json,
    } = cmd;
    let unlock = source.unlock(db_path)?;
    let new = db_passphrase::new_passphrase(new_passphrase_file.as_deref(), "new-passphrase-file")?;
    let done = hrc_core::store::change_passphrase(db_path, &unlock, &new)?;
    report(db_path, done, &recovery, json)
}

/// `hrc init --protect`: a new database, protected from its first byte.
pub fn create(db_path: &Path, source: &Source, out: &RecoveryOut) -> Result<Store, Failed> {
    let passphrase =
        db_passphrase::new_passphrase(source.passphrase_file.as_deref(), "passphrase-file")?;
    let store = Store::create_protected(db_path, &passphrase)?;
    if let Some(key) = store.key() {
        keep_recovery_key(&key.recovery_key().text(), out)?;
    }
    Ok(store)
}

fn report(db_path: &Path, done: Converted, out: &RecoveryOut, json: bool) -> Result<(), Failed> {
    let recovery = done.key.as_ref().map(|k| k.recovery_key().text());
    let (recovery_key, recovery_key_file) = match (&recovery, &out.recovery_key_out) {
        (Some(text), Some(file)) => {
            hrc_core::private_files::write(file, format!("{}\n", text.as_str()).as_bytes())
                .map_err(hrc_core::Error::from)?;
            (None, Some(file.clone()))
        }
        (Some(text), None) => (Some(text.to_string()), None),
        (None, _) => (None, None),
    };
    let outcome = Outcome {
        database: db_path.to_path_buf(),
        protected: done.key.is_some(),
        backups_converted: done.backups_converted,
        backups_left: done.backups_left,
        recovery_key,
        recovery_key_file,
    };
    show(json, &outcome, describe)
}

/// Writes the recovery key of a new protected database where the person asked, or prints it.
fn keep_recovery_key(text: &str, out: &RecoveryOut) -> Result<(), Failed> {
    match &out.recovery_key_out {
        Some(file) => hrc_core::private_files::write(file, format!("{text}\n").as_bytes())
            .map_err(|e| Failed::Core(e.into())),
        None => crate::output::human(&format!(
            "Recovery key (keep it safe, apart from this computer: it opens the database if the \
             passphrase is forgotten):\n{text}"
        )),
    }
}

fn describe(o: &Outcome) -> String {
    let mut text = if o.protected {
        format!(
            "{} is protected by its passphrase (encrypted with SQLCipher); {} backup(s) converted.",
            o.database.display(),
            o.backups_converted
        )
    } else {
        format!(
            "{} is no longer protected: anyone who can read the file can read it; {} backup(s) \
             converted.",
            o.database.display(),
            o.backups_converted
        )
    };
    for left in &o.backups_left {
        text.push_str(&format!(
            "\nLeft as it was (another key, or damaged): {}",
            left.display()
        ));
    }
    if let Some(key) = &o.recovery_key {
        text.push_str(&format!(
            "\nRecovery key (keep it safe, apart from this computer: it opens the database if \
             the passphrase is forgotten; the old one no longer does):\n{key}"
        ));
    }
    if let Some(file) = &o.recovery_key_file {
        text.push_str(&format!("\nRecovery key written to {}", file.display()));
    }
    if o.protected {
        text.push_str(
            "\nThe old file's blocks and its log were overwritten with zeros; an SSD or a \
             copy-on-write file system may still keep old blocks out of any program's reach \
             (see SECURITY.md).",
        );
    }
    text
}
