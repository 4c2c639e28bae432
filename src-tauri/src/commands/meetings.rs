//! Meetings: the programme of work (Order of the Day) of a session, in Geneva time.
use hrc_core::domain::meeting::{Meeting, MeetingInput, MeetingMove};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_meetings(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<Meeting>, CommandError> {
    store(&state)?.meetings(session_id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn get_meeting(state: State<'_, Database>, id: Uuid) -> Result<Meeting, CommandError> {
    store(&state)?.meeting(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_meeting(
    state: State<'_, Database>,
    session_id: Uuid,
    input: MeetingInput,
) -> Result<Meeting, CommandError> {
    store(&state)?
        .create_meeting(session_id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_meeting(
    state: State<'_, Database>,
    id: Uuid,
    input: MeetingInput,
) -> Result<Meeting, CommandError> {
    store(&state)?
        .update_meeting(id, &input)
        .map_err(Into::into)
}

/// Moves a meeting to another day, slot or time (no date: postponed); its previous time is kept.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn move_meeting(
    state: State<'_, Database>,
    id: Uuid,
    to: MeetingMove,
) -> Result<Meeting, CommandError> {
    store(&state)?.move_meeting(id, &to).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_meeting(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?.delete_meeting(id).map_err(Into::into)
}
