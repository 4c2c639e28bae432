//! Key issues: the thematic issues an advocate follows in a session.
use hrc_core::domain::key_issue::{KeyIssue, KeyIssueInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_key_issues(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<KeyIssue>, CommandError> {
    store(&state)?.key_issues(session_id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_key_issue(
    state: State<'_, Database>,
    session_id: Uuid,
    input: KeyIssueInput,
) -> Result<KeyIssue, CommandError> {
    store(&state)?
        .create_key_issue(session_id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_key_issue(
    state: State<'_, Database>,
    id: Uuid,
    input: KeyIssueInput,
) -> Result<KeyIssue, CommandError> {
    store(&state)?
        .update_key_issue(id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_key_issue(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?.delete_key_issue(id).map_err(Into::into)
}
