//! Speaking rules: what changing a meeting's speaking time does to the statements due there
//! (previewed for the meeting form to confirm), and the change applied; a session's speaking
//! time per kind of meeting, listed, set and cleared (the statements held to the old default follow).
use hrc_core::domain::speaking_rule::{SessionSpeakingRule, SpeakingTimeChange};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn preview_speaking_time(
    state: State<'_, Database>,
    meeting_id: Uuid,
    seconds: Option<u32>,
) -> Result<SpeakingTimeChange, CommandError> {
    store(&state)?
        .preview_speaking_time(meeting_id, seconds)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn set_speaking_time(
    state: State<'_, Database>,
    meeting_id: Uuid,
    seconds: Option<u32>,
) -> Result<SpeakingTimeChange, CommandError> {
    store(&state)?
        .set_speaking_time(meeting_id, seconds)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn speaking_rules(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<SessionSpeakingRule>, CommandError> {
    store(&state)?
        .speaking_rules(session_id)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn set_speaking_rule(
    state: State<'_, Database>,
    session_id: Uuid,
    meeting_kind: String,
    seconds: u32,
) -> Result<SpeakingTimeChange, CommandError> {
    store(&state)?
        .set_speaking_rule(session_id, &meeting_kind, seconds)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn clear_speaking_rule(
    state: State<'_, Database>,
    session_id: Uuid,
    meeting_kind: String,
) -> Result<SpeakingTimeChange, CommandError> {
    store(&state)?
        .clear_speaking_rule(session_id, &meeting_kind)
        .map_err(Into::into)
}
