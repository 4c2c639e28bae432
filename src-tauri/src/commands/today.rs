//! The room: the today view at the clock's time (or one set by hand), the date in Geneva then, and
//! the note capture shortcut.
use chrono::NaiveDate;
use hrc_core::domain::note::Note;
use hrc_core::domain::today::Today;
use hrc_core::geneva::{clock, from_utc};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// `at`: a time set by hand (Geneva time or RFC 3339); the real clock when absent.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn today(
    state: State<'_, Database>,
    at: Option<String>,
    session_id: Option<Uuid>,
) -> Result<Today, CommandError> {
    Ok(store(&state)?.today(clock("at", at.as_deref())?, session_id)?)
}

/// The date in Geneva at the clock's time (`at` as `today` takes it): the day the window's
/// calendars open on.
#[tauri::command]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn geneva_today(at: Option<String>) -> Result<NaiveDate, CommandError> {
    Ok(from_utc(clock("at", at.as_deref())?).0)
}

/// A new, empty note at `at` linked to the meeting running then.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn capture_note(
    state: State<'_, Database>,
    at: Option<String>,
    session_id: Option<Uuid>,
) -> Result<Note, CommandError> {
    Ok(store(&state)?.capture_note(clock("at", at.as_deref())?, session_id)?)
}
