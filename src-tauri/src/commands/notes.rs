//! Notes taken in a session: saved as typed (the autosave path), deleted and restored.
use hrc_core::domain::note::{Note, NoteInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_notes(state: State<'_, Database>, session_id: Uuid) -> Result<Vec<Note>, CommandError> {
    store(&state)?.notes(session_id).map_err(Into::into)
}

/// The notes about a text, newest first (its page's "Notes on this text").
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn notes_on_text(
    state: State<'_, Database>,
    resolution_id: Uuid,
) -> Result<Vec<Note>, CommandError> {
    store(&state)?
        .notes_on_text(resolution_id)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_note(
    state: State<'_, Database>,
    session_id: Uuid,
    input: NoteInput,
) -> Result<Note, CommandError> {
    store(&state)?
        .create_note(session_id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_note(
    state: State<'_, Database>,
    id: Uuid,
    input: NoteInput,
) -> Result<Note, CommandError> {
    store(&state)?.update_note(id, &input).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_note(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?.delete_note(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_note(state: State<'_, Database>, id: Uuid) -> Result<Note, CommandError> {
    store(&state)?.restore_note(id).map_err(Into::into)
}

/// Empties the text of a deleted note once its undo is no longer offered (the notice closed).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn forget_deleted_note(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?
        .purge_deleted(Some(id))
        .map(drop)
        .map_err(Into::into)
}
