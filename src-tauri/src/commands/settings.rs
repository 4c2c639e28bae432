//! The advocate's settings: speaking rate, default limits, their organisation, the theme.
use hrc_core::domain::settings::Settings;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
pub fn get_settings(state: State<'_, Database>) -> Result<Settings, CommandError> {
    store(&state)?.settings().map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_settings(
    state: State<'_, Database>,
    settings: Settings,
) -> Result<Settings, CommandError> {
    store(&state)?.save_settings(&settings).map_err(Into::into)
}
