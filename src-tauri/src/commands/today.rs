//! The room: the today view at the clock's time (or one set by hand) and the note capture shortcut.
use hrc_core::domain::note::Note;
use hrc_core::domain::today::Today;
use hrc_core::geneva::clock;
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// `at`: a time set by hand (Geneva time or RFC 3339); the real clock when absent.
#[tauri::command(async)]
pub fn today(
    state: State<'_, Database>,
    at: Option<String>,
    session_id: Option<Uuid>,
) -> Result<Today, CommandError> {
    Ok(store(&state)?.today(clock("at", at.as_deref())?, session_id)?)
}

/// A new, empty note at `at` linked to the meeting running then.
#[tauri::command(async)]
pub fn capture_note(
    state: State<'_, Database>,
    at: Option<String>,
    session_id: Option<Uuid>,
) -> Result<Note, CommandError> {
    Ok(store(&state)?.capture_note(clock("at", at.as_deref())?, session_id)?)
}
