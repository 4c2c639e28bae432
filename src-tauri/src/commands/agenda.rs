//! Agenda items: the ten standing items of a session and the advocate's notes on each.
use hrc_core::domain::agenda::AgendaItem;
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_agenda_items(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<AgendaItem>, CommandError> {
    store(&state)?.agenda_items(session_id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn set_agenda_notes(
    state: State<'_, Database>,
    session_id: Uuid,
    number: u8,
    notes: String,
) -> Result<AgendaItem, CommandError> {
    store(&state)?
        .set_agenda_notes(session_id, number, &notes)
        .map_err(Into::into)
}
