//! Amendments to a draft text, on its page: added with their own L-symbol, sponsors, what they
//! change and what became of them, edited and deleted (the vote on one goes with it). The vote on
//! an amendment is recorded by `record_vote` with its id.
use hrc_core::domain::resolution::{Amendment, AmendmentInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// Adds an amendment to a text; refused naming `symbol`, `sponsors` or `status`, nothing stored.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_amendment(
    state: State<'_, Database>,
    input: AmendmentInput,
) -> Result<Amendment, CommandError> {
    store(&state)?.create_amendment(&input).map_err(Into::into)
}

/// Edits an amendment, checked as when it is added; it stays with its text.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_amendment(
    state: State<'_, Database>,
    id: Uuid,
    input: AmendmentInput,
) -> Result<Amendment, CommandError> {
    store(&state)?
        .update_amendment(id, &input)
        .map_err(Into::into)
}

/// Deletes an amendment and the vote on it.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_amendment(state: State<'_, Database>, id: Uuid) -> Result<Amendment, CommandError> {
    store(&state)?.delete_amendment(id).map_err(Into::into)
}
