//! Backups: list them, take one now, restore one; and, when the database could not be opened,
//! open another file or start a new one with the old file moved aside.
use std::path::PathBuf;

use hrc_core::store::{Backup, Restored};
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database, Startup};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_backups(state: State<'_, Database>) -> Result<Vec<Backup>, CommandError> {
    state.backups()
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn back_up_now(state: State<'_, Database>) -> Result<Backup, CommandError> {
    store(&state)?.back_up().map_err(Into::into)
}

/// Restores one of the listed backups; the UI reloads afterwards.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_backup(state: State<'_, Database>, path: PathBuf) -> Result<Restored, CommandError> {
    state.restore(&path)
}

/// Opens a file the person chose, when the database could not be opened.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn open_database(state: State<'_, Database>, path: PathBuf) -> Result<Startup, CommandError> {
    state.open_file(&path)
}

/// Moves a database that could not be opened aside and starts a new one; returns where it went.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn start_new_database(state: State<'_, Database>) -> Result<PathBuf, CommandError> {
    state.start_new()
}
