//! Sessions: list (with timing on the clock's Geneva date), create, edit, delete, the overview of
//! one session, and the HRC38 example.
use hrc_core::demo::DemoOutcome;
use hrc_core::domain::overview::SessionOverview;
use hrc_core::domain::session::{Session, SessionInput, SessionSummary};
use hrc_core::geneva::{clock, from_utc};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// `at`: the clock set by hand (Geneva time or RFC 3339), as for `today`; the real clock when absent.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn session_summaries(
    state: State<'_, Database>,
    at: Option<String>,
) -> Result<Vec<SessionSummary>, CommandError> {
    let (today, _) = from_utc(clock("at", at.as_deref())?);
    store(&state)?.session_summaries(today).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_session(
    state: State<'_, Database>,
    input: SessionInput,
) -> Result<Session, CommandError> {
    store(&state)?.create_session(&input).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_session(
    state: State<'_, Database>,
    id: Uuid,
    input: SessionInput,
) -> Result<Session, CommandError> {
    store(&state)?
        .update_session(id, &input)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_session(state: State<'_, Database>, id: Uuid) -> Result<(), CommandError> {
    // A tombstone while Undo is offered; `forget_deleted` then empties everything in it.
    store(&state)?.delete_session(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn session_overview(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<SessionOverview, CommandError> {
    // The screens show how many notes there are, not the notes: counted, not read.
    store(&state)?
        .overview_counting_notes(id)
        .map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn load_example_session(state: State<'_, Database>) -> Result<DemoOutcome, CommandError> {
    hrc_core::demo::load(&mut *store(&state)?).map_err(Into::into)
}
