//! Informal consultations on a session's draft texts: a text's, added, edited, deleted and
//! restored on its page; the session's in time order for the Programme, and those that clash with
//! a meeting that matters to me or with my side events.
use hrc_core::domain::clash::ConsultationClash;
use hrc_core::domain::consultation::{Consultation, ConsultationInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// The session's informal consultations, those to be announced last.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn session_consultations(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<Consultation>, CommandError> {
    store(&state)?
        .session_consultations(session_id)
        .map_err(Into::into)
}

/// The session's consultations at known hours that clash, each with what it clashes with.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn consultation_clashes(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<ConsultationClash>, CommandError> {
    store(&state)?
        .consultation_clashes(session_id)
        .map_err(Into::into)
}

/// A text's consultations, in time order (those to be announced last).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_consultations(
    state: State<'_, Database>,
    resolution_id: Uuid,
) -> Result<Vec<Consultation>, CommandError> {
    store(&state)?
        .consultations(resolution_id)
        .map_err(Into::into)
}

/// Adds a consultation on a text; refused naming `date`, `start` or `end` on bad input.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_consultation(
    state: State<'_, Database>,
    input: ConsultationInput,
) -> Result<Consultation, CommandError> {
    store(&state)?
        .create_consultation(&input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_consultation(
    state: State<'_, Database>,
    id: Uuid,
    input: ConsultationInput,
) -> Result<Consultation, CommandError> {
    store(&state)?
        .update_consultation(id, &input)
        .map_err(Into::into)
}

/// Deletes a consultation (undone by `restore_consultation`).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_consultation(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<Consultation, CommandError> {
    store(&state)?.delete_consultation(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_consultation(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<Consultation, CommandError> {
    store(&state)?.restore_consultation(id).map_err(Into::into)
}
