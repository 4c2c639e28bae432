//! The programme brought in from what the Council publishes: an Order of the Day, a calendar or a
//! CSV pasted or read from a file (a Word file as its bytes), previewed (nothing written),
//! imported, and the marks of the latest import.
use hrc_core::domain::programme_import::{ProgrammeImport, ProgrammeMark, ProgrammeRule};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// What importing `text` (pasted, or the text of the file `name`) or, for a Word file, `bytes`
/// would do; nothing is written.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn preview_programme(
    state: State<'_, Database>,
    session_id: Uuid,
    name: String,
    text: String,
    bytes: Option<Vec<u8>>,
) -> Result<ProgrammeImport, CommandError> {
    let content = bytes.unwrap_or_else(|| text.into_bytes());
    store(&state)?
        .preview_programme(session_id, &name, &content)
        .map_err(Into::into)
}

/// Imports `text` (or a Word file's `bytes`) into the session and says what it did.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn import_programme(
    state: State<'_, Database>,
    session_id: Uuid,
    name: String,
    text: String,
    bytes: Option<Vec<u8>>,
) -> Result<ProgrammeImport, CommandError> {
    let content = bytes.unwrap_or_else(|| text.into_bytes());
    store(&state)?
        .import_programme(session_id, &name, &content)
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

/// The rules that make calendar events meetings, side events or nothing, in the order tried.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn programme_rules(state: State<'_, Database>) -> Result<Vec<ProgrammeRule>, CommandError> {
    store(&state)?.programme_rules().map_err(Into::into)
}

/// Adds a rule (last, or at `position`); refused naming `matches`, `pattern` or `becomes`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn add_programme_rule(
    state: State<'_, Database>,
    matches: String,
    pattern: String,
    becomes: String,
    position: Option<u32>,
) -> Result<ProgrammeRule, CommandError> {
    store(&state)?
        .add_programme_rule(&matches, &pattern, &becomes, position)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_programme_rule(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<ProgrammeRule, CommandError> {
    store(&state)?.delete_programme_rule(id).map_err(Into::into)
}
