//! Country situations a session considers, and the countries the country box suggests.
use chrono::NaiveDate;
use hrc_core::domain::situation::{CountrySituation, SituationInput};
use hrc_core::reference::country_search::{self, CountryMatch};
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

/// The countries the country box suggests for `query`, best first, each named as it was on `on`
/// (the session's first day: "Turkey" at HRC38).
#[tauri::command]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn find_countries(
    query: String,
    on: Option<NaiveDate>,
) -> Result<Vec<CountryMatch>, CommandError> {
    Ok(country_search::find_countries(&query, on))
}
