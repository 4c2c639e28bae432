//! The members of the Council in a session, against which votes are checked and by whose
//! regional groups a vote is shown: listed, added from a paste (one State a line), a State leaving
//! or joining during the session, one added by mistake removed, and the groups off their usual
//! seats.
use hrc_core::domain::membership::{Member, SeatWarning, SeatWarningSpan};
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

/// The groups off their usual seats and on which days of the session (warnings): a State leaving
/// or a seat filled later changes them from that day.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn seat_warning_spans(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<SeatWarningSpan>, CommandError> {
    Ok(store(&state)?.membership(session_id)?.warnings)
}

/// A State leaving the Council: `on` is its last day. Refused naming `country` (not sitting
/// then) or `on` (no day of the session, or a later vote names the State), nothing stored.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn leave_member(
    state: State<'_, Database>,
    session_id: Uuid,
    country: String,
    on: String,
) -> Result<Member, CommandError> {
    store(&state)?
        .leave_member(session_id, &country, &on)
        .map_err(Into::into)
}

/// A State joining the Council from `on` to the session's end (a vacant seat filled), in `group`
/// or else the UN's. Refused naming `country`, `group` or `on`, nothing stored.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn join_member(
    state: State<'_, Database>,
    session_id: Uuid,
    country: String,
    group: Option<String>,
    on: String,
) -> Result<Member, CommandError> {
    store(&state)?
        .join_member(session_id, &country, group.as_deref(), &on)
        .map_err(Into::into)
}

/// Removes a member added by mistake; refused naming `id` when a recorded vote names the State.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_member(state: State<'_, Database>, id: Uuid) -> Result<Member, CommandError> {
    store(&state)?.delete_member(id).map_err(Into::into)
}
