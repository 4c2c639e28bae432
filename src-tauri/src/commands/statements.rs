//! Statements: oral, written, joint and video, their status, the live word count against the
//! limit, and their co-signatories pasted from e-mails.
use std::collections::BTreeMap;

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

/// The editor's safety copies of unsaved changes kept in a protected database, by
/// `<statement id>` or `new:<session id>`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn statement_copies(
    state: State<'_, Database>,
) -> Result<BTreeMap<String, String>, CommandError> {
    store(&state)?.statement_copies().map_err(Into::into)
}

/// Keeps the editor's safety copy `value` (JSON text, opaque to the core) of `copy`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn keep_statement_copy(
    state: State<'_, Database>,
    copy: String,
    value: String,
) -> Result<(), CommandError> {
    store(&state)?
        .keep_statement_copy(&copy, &value)
        .map_err(Into::into)
}

/// Forgets the safety copy of `copy` (saved into its statement, or thrown away).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn forget_statement_copy(state: State<'_, Database>, copy: String) -> Result<(), CommandError> {
    store(&state)?
        .forget_statement_copy(&copy)
        .map_err(Into::into)
}
