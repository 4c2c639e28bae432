//! Organisations: the NGOs that sign, organise and co-sponsor, with their ECOSOC status.
use hrc_core::domain::organisation::{Organisation, OrganisationInput};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
pub fn list_organisations(state: State<'_, Database>) -> Result<Vec<Organisation>, CommandError> {
    store(&state)?.organisations().map_err(Into::into)
}

#[tauri::command(async)]
pub fn find_or_create_organisation(
    state: State<'_, Database>,
    name: String,
) -> Result<Organisation, CommandError> {
    store(&state)?
        .find_or_create_organisation(&name)
        .map_err(Into::into)
}

#[tauri::command(async)]
pub fn update_organisation(
    state: State<'_, Database>,
    id: Uuid,
    input: OrganisationInput,
) -> Result<Organisation, CommandError> {
    store(&state)?
        .update_organisation(id, &input)
        .map_err(Into::into)
}
