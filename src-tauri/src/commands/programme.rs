//! The programme brought in from what the Council publishes: an Order of the Day pasted or read
//! from a file, previewed (nothing written), imported, and the marks of the latest import.
use hrc_core::domain::programme_import::{ProgrammeImport, ProgrammeMark};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// What importing `text` (pasted, or the text of the file `name`) would do; nothing is written.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn preview_programme(
    state: State<'_, Database>,
    session_id: Uuid,
    name: String,
    text: String,
) -> Result<ProgrammeImport, CommandError> {
    store(&state)?
        .preview_programme(session_id, &name, text.as_bytes())
        .map_err(Into::into)
}

/// Imports `text` into the session and says what it did.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn import_programme(
    state: State<'_, Database>,
    session_id: Uuid,
    name: String,
    text: String,
) -> Result<ProgrammeImport, CommandError> {
    store(&state)?
        .import_programme(session_id, &name, text.as_bytes())
        .map_err(Into::into)
}

/// What the session's latest import changed, record by record.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn programme_marks(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<ProgrammeMark>, CommandError> {
    store(&state)?
        .latest_programme_changes(session_id)
        .map_err(Into::into)
}
