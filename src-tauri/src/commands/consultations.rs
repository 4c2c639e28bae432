//! Informal consultations on a session's draft texts, for the Programme: listed in time order,
//! and those that clash with a meeting that matters to me or with my side events.
use hrc_core::domain::clash::ConsultationClash;
use hrc_core::domain::consultation::Consultation;
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
