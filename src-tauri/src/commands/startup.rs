//! The first call the UI makes: the app's version and whether its database opened.
use tauri::State;

use crate::state::{Database, Startup};

#[tauri::command]
#[tracing::instrument(skip_all)]
pub fn startup(state: State<'_, Database>) -> Startup {
    state.startup()
}
