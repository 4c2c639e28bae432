//! Speaking rules: what changing a meeting's speaking time does to the statements due there
//! (previewed for the meeting form to confirm), and the change applied.
use hrc_core::domain::speaking_rule::SpeakingTimeChange;
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
