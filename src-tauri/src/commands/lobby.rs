//! Whom to lobby on a text: the member States of its session likely yes, swing or likely no by
//! their record on the related texts of earlier sessions, with the rule the core applies; and
//! the one-page target list written to the file the person chose.
use std::path::PathBuf;

use hrc_core::domain::lobby::LobbyList;
use hrc_core::export::lobby::{export, LobbyFormat};
use hrc_core::Uuid;
use tauri::State;

use super::chosen_files::ChosenFiles;
use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn lobby(state: State<'_, Database>, resolution_id: Uuid) -> Result<LobbyList, CommandError> {
    store(&state)?.lobby(resolution_id).map_err(Into::into)
}

/// Writes a text's target list, as Word, a web page, Markdown or CSV (`format`: docx, html, md,
/// csv), to the file the person chose in the save dialog (the only paths it writes to).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn export_lobby(
    state: State<'_, Database>,
    resolution_id: Uuid,
    format: String,
    path: PathBuf,
    chosen: State<'_, ChosenFiles>,
) -> Result<(), CommandError> {
    let path = chosen.check(&path)?;
    let format = LobbyFormat::parse("format", &format)?;
    // The store is held while the list is read and rendered, not while the file is written.
    let bytes = export(&*store(&state)?, resolution_id, format)?;
    hrc_core::export::write_whole(&bytes, &path)?;
    Ok(())
}
