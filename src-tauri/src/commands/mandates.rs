//! Mandates (special procedures, commissions of inquiry, OHCHR reports), shared by every
//! session: listed (or found by a typed name, theme, country or holder) for the pickers, listed
//! with the meetings where each presents and the situations that follow it for the Mandates
//! screen, added, edited, shown, deleted and restored.
use hrc_core::domain::mandate::{Mandate, MandateInput, MandateSummary};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// Every mandate by name, or those whose name, theme, country or a holder holds `find`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_mandates(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<Mandate>, CommandError> {
    store(&state)?.mandates(find.as_deref()).map_err(Into::into)
}

/// The mandates `list_mandates` gives, each with the live meetings and situations that link it.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn mandate_summaries(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<MandateSummary>, CommandError> {
    store(&state)?
        .mandate_summaries(find.as_deref())
        .map_err(Into::into)
}

/// A mandate with the live meetings and situations that link it.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn get_mandate(state: State<'_, Database>, id: Uuid) -> Result<MandateSummary, CommandError> {
    store(&state)?.mandate(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_mandate(
    state: State<'_, Database>,
    input: MandateInput,
) -> Result<Mandate, CommandError> {
    store(&state)?.create_mandate(&input).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_mandate(
    state: State<'_, Database>,
    id: Uuid,
    input: MandateInput,
) -> Result<Mandate, CommandError> {
    store(&state)?
        .update_mandate(id, &input)
        .map_err(Into::into)
}

/// Deletes a mandate (undone by `restore_mandate`); returns it with what linked it.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_mandate(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<MandateSummary, CommandError> {
    store(&state)?.delete_mandate(id).map_err(Into::into)
}

/// Brings a deleted mandate back with its links; refused naming `name` when another has it.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_mandate(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<MandateSummary, CommandError> {
    store(&state)?.restore_mandate(id).map_err(Into::into)
}
