//! Undo after a deletion in the window: a deleted record brought back (refused, naming the field,
//! when a rule now forbids it), and its text forgotten once the undo is no longer offered.
use hrc_core::domain::key_issue::KeyIssue;
use hrc_core::domain::meeting::Meeting;
use hrc_core::domain::session::Session;
use hrc_core::domain::side_event::SideEvent;
use hrc_core::domain::situation::CountrySituation;
use hrc_core::domain::statement::Statement;
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_session(state: State<'_, Database>, id: Uuid) -> Result<Session, CommandError> {
    store(&state)?.restore_session(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_meeting(state: State<'_, Database>, id: Uuid) -> Result<Meeting, CommandError> {
    store(&state)?.restore_meeting(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_key_issue(state: State<'_, Database>, id: Uuid) -> Result<KeyIssue, CommandError> {
    store(&state)?.restore_key_issue(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_situation(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<CountrySituation, CommandError> {
    store(&state)?.restore_situation(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_statement(state: State<'_, Database>, id: Uuid) -> Result<Statement, CommandError> {
    store(&state)?.restore_statement(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_side_event(state: State<'_, Database>, id: Uuid) -> Result<SideEvent, CommandError> {
    store(&state)?.restore_side_event(id).map_err(Into::into)
}

/// Empties a deleted record's text (a session's: everything in it) once its undo is no longer
/// offered (the notice closed).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn forget_deleted(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?
        .forget_deleted(id)
        .map(drop)
        .map_err(Into::into)
}
