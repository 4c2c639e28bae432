//! Full-text search over everything a person wrote.
use hrc_core::domain::search::{SearchHit, SearchQuery};
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn search(
    state: State<'_, Database>,
    query: SearchQuery,
) -> Result<Vec<SearchHit>, CommandError> {
    store(&state)?.search(&query).map_err(Into::into)
}
