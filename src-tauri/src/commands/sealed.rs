//! Sealed bundles in the window: the passphrase checked before the save dialog opens, the full copy
//! sealed with it into the file chosen there (hrc_core::bundle::seal). Importing one goes through
//! `exports::import_bundle`, given the passphrase the window asked for.
use std::path::PathBuf;

use hrc_core::bundle::seal::{self, Passphrase};
use hrc_core::export::{ExportFormat, Section};
use hrc_core::Uuid;
use tauri::State;

use super::chosen_files::ChosenFiles;
use crate::error::CommandError;
use crate::state::{store, Database};

/// Checks the passphrase typed twice (long enough, the same twice) before the save dialog opens;
/// refused naming `passphrase` or `confirm`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn check_seal_passphrase(passphrase: String, confirm: String) -> Result<(), CommandError> {
    Passphrase::confirmed(passphrase, confirm)?;
    Ok(())
}

/// Saves the session's full copy, sealed with the passphrase typed twice, to the file chosen in
/// the shell's dialog; `sections` holds the notes when they are to go with it;
/// `include_confidential`: the records marked confidential too (left out when absent).
// A command takes each of the window's arguments and the shell's states by name.
#[allow(clippy::too_many_arguments)]
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn export_sealed_session(
    state: State<'_, Database>,
    session_id: Uuid,
    sections: Vec<Section>,
    path: PathBuf,
    passphrase: String,
    confirm: String,
    include_confidential: Option<bool>,
    chosen: State<'_, ChosenFiles>,
) -> Result<(), CommandError> {
    let path = chosen.check(&path)?;
    let passphrase = Passphrase::confirmed(passphrase, confirm)?;
    seal::export_sealed_to_file(
        &*store(&state)?,
        session_id,
        ExportFormat::Bundle,
        &sections,
        &passphrase,
        include_confidential == Some(true),
        &path,
    )?;
    Ok(())
}
