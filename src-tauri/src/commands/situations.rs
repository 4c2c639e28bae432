//! Country situations a session considers, and the country reference list.
use hrc_core::domain::situation::{Country, CountrySituation, SituationInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_situations(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<CountrySituation>, CommandError> {
    store(&state)?.situations(session_id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_situation(
    state: State<'_, Database>,
    session_id: Uuid,
    input: SituationInput,
) -> Result<CountrySituation, CommandError> {
    store(&state)?
        .create_situation(session_id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_situation(
    state: State<'_, Database>,
    id: Uuid,
    input: SituationInput,
) -> Result<CountrySituation, CommandError> {
    store(&state)?
        .update_situation(id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_situation(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?.delete_situation(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_countries(state: State<'_, Database>) -> Result<Vec<Country>, CommandError> {
    Ok(store(&state)?.countries())
}
