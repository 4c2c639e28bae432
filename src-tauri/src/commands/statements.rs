//! Statements: oral, written, joint and video, their status, the live word count against the
//! limit, and their co-signatories pasted from e-mails.
use hrc_core::domain::organisation::{SignatoryPreview, SignatoryReport};
use hrc_core::domain::statement::{Statement, StatementInput, Timing};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_statements(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<Statement>, CommandError> {
    store(&state)?.statements(session_id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_statement(
    state: State<'_, Database>,
    session_id: Uuid,
    input: StatementInput,
) -> Result<Statement, CommandError> {
    store(&state)?
        .create_statement(session_id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_statement(
    state: State<'_, Database>,
    id: Uuid,
    input: StatementInput,
) -> Result<Statement, CommandError> {
    store(&state)?
        .update_statement(id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_statement(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?.delete_statement(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn set_statement_status(
    state: State<'_, Database>,
    id: Uuid,
    status: String,
) -> Result<Statement, CommandError> {
    store(&state)?
        .set_statement_status(id, &status)
        .map_err(Into::into)
}

/// Deliver mode's "Delivered": the status, and the time (`at`, else now).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn deliver_statement(
    state: State<'_, Database>,
    id: Uuid,
    at: Option<String>,
) -> Result<Statement, CommandError> {
    Ok(store(&state)?.deliver_statement(id, hrc_core::geneva::clock("at", at.as_deref())?)?)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn measure_draft(
    state: State<'_, Database>,
    session_id: Uuid,
    input: StatementInput,
) -> Result<Timing, CommandError> {
    store(&state)?
        .measure_draft(session_id, &input)
        .map_err(Into::into)
}

/// What pasting a list would do (to add, already signing, merged, skipped), with nothing saved.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn preview_signatories(
    state: State<'_, Database>,
    statement_id: Uuid,
    pasted: String,
) -> Result<SignatoryPreview, CommandError> {
    store(&state)?
        .preview_signatories(statement_id, &pasted)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn add_signatories(
    state: State<'_, Database>,
    statement_id: Uuid,
    pasted: String,
) -> Result<SignatoryReport, CommandError> {
    store(&state)?
        .add_signatories(statement_id, &pasted)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn remove_signatory(
    state: State<'_, Database>,
    statement_id: Uuid,
    organisation_id: Uuid,
) -> Result<Statement, CommandError> {
    store(&state)?
        .remove_signatory(statement_id, organisation_id)
        .map_err(Into::into)
}
