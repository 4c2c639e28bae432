//! The advocate's settings: speaking rate, default limits, their organisation, the theme; and how
//! many words fit a limit at a rate, as the core counts them.
use hrc_core::domain::{settings::Settings, statement::Timing};
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn get_settings(state: State<'_, Database>) -> Result<Settings, CommandError> {
    store(&state)?.settings().map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn save_settings(
    state: State<'_, Database>,
    settings: Settings,
) -> Result<Settings, CommandError> {
    store(&state)?.save_settings(&settings).map_err(Into::into)
}

/// How many words fit `seconds` at `words_per_minute` (the Settings screen's estimate, as typed).
#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn words_that_fit(words_per_minute: u32, seconds: u32) -> u32 {
    Timing::words_that_fit(seconds, words_per_minute)
}
