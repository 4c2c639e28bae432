//! Delegations: a State's mission in Geneva, one record per State shared by every session — the
//! people to reach and my notes of meetings with them; listed, added, edited, deleted, restored.
use hrc_core::domain::delegation::{Delegation, DelegationInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// Every delegation by the State's name, or those whose State, contacts or notes hold `find`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_delegations(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<Delegation>, CommandError> {
    store(&state)?
        .find_delegations(find.as_deref())
        .map_err(Into::into)
}

/// Adds a State's delegation; refused naming `country` when the State is unknown or has one.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_delegation(
    state: State<'_, Database>,
    input: DelegationInput,
) -> Result<Delegation, CommandError> {
    store(&state)?.create_delegation(&input).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_delegation(
    state: State<'_, Database>,
    id: Uuid,
    input: DelegationInput,
) -> Result<Delegation, CommandError> {
    store(&state)?
        .update_delegation(id, &input)
        .map_err(Into::into)
}

/// Deletes a delegation (undone by `restore_delegation`).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_delegation(state: State<'_, Database>, id: Uuid) -> Result<Delegation, CommandError> {
    store(&state)?.delete_delegation(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_delegation(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<Delegation, CommandError> {
    store(&state)?.restore_delegation(id).map_err(Into::into)
}
