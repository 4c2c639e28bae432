//! Side events of a session, and the meetings that matter to me they clash with (saved or not yet).
use hrc_core::domain::clash::{Clash, MeetingClash};
use hrc_core::domain::side_event::{SideEvent, SideEventInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_side_events(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<SideEvent>, CommandError> {
    store(&state)?.side_events(session_id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_side_event(
    state: State<'_, Database>,
    session_id: Uuid,
    input: SideEventInput,
) -> Result<SideEvent, CommandError> {
    store(&state)?
        .create_side_event(session_id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_side_event(
    state: State<'_, Database>,
    id: Uuid,
    input: SideEventInput,
) -> Result<SideEvent, CommandError> {
    store(&state)?
        .update_side_event(id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_side_event(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?.delete_side_event(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_clashes(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<Clash>, CommandError> {
    store(&state)?.clashes(session_id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn preview_side_event_clashes(
    state: State<'_, Database>,
    session_id: Uuid,
    input: SideEventInput,
) -> Result<Vec<MeetingClash>, CommandError> {
    store(&state)?
        .preview_clashes(session_id, &input)
        .map_err(Into::into)
}
