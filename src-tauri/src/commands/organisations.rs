//! Organisations: the NGOs that sign statements and organise or co-sponsor side events, shared by
//! every session — listed (or found by a typed text) with how much each is used, added, edited,
//! merged into another, deleted with undo.
use hrc_core::domain::organisation::{Organisation, OrganisationInput, OrganisationSummary};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_organisations(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<OrganisationSummary>, CommandError> {
    let store = store(&state)?;
    match find {
        Some(text) => store.organisation_summaries_matching(&text),
        None => store.organisation_summaries(),
    }
    .map_err(Into::into)
}

/// Merges the duplicate `id` into `into`; returns the organisation kept. No undo.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn merge_organisations(
    state: State<'_, Database>,
    id: Uuid,
    into: Uuid,
) -> Result<OrganisationSummary, CommandError> {
    store(&state)?
        .merge_organisations(id, into)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_organisation(
    state: State<'_, Database>,
    input: OrganisationInput,
) -> Result<Organisation, CommandError> {
    store(&state)?
        .create_organisation(&input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_organisation(
    state: State<'_, Database>,
    id: Uuid,
    input: OrganisationInput,
) -> Result<Organisation, CommandError> {
    store(&state)?
        .update_organisation(id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_organisation(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    store(&state)?.delete_organisation(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_organisation(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<Organisation, CommandError> {
    store(&state)?.restore_organisation(id).map_err(Into::into)
}

/// Empties a deleted organisation's name once its undo is no longer offered (the notice closed).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn forget_deleted_organisation(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<(), CommandError> {
    store(&state)?
        .purge_deleted(Some(id))
        .map(drop)
        .map_err(Into::into)
}
