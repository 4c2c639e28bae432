//! The members of the Council in a session, against which votes are checked and by whose
//! regional groups a vote is shown: listed, added from a paste (one State a line), and the groups
//! off their usual seats.
use hrc_core::domain::membership::{Member, SeatWarning};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// The session's members, by group then name.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_members(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<Member>, CommandError> {
    store(&state)?.members(session_id).map_err(Into::into)
}

/// Adds every State of a pasted list (its group after it or under a heading, else the UN's),
/// all or none; refused naming `members`, or `country` for a State already a member.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn add_members(
    state: State<'_, Database>,
    session_id: Uuid,
    text: String,
) -> Result<Vec<Member>, CommandError> {
    store(&state)?
        .add_members_pasted(session_id, &text)
        .map_err(Into::into)
}

/// The groups whose members on the session's first day are not their usual seats (warnings).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn seat_warnings(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<SeatWarning>, CommandError> {
    store(&state)?
        .seat_warnings(session_id, None)
        .map_err(Into::into)
}
