//! Whom to lobby on a text: the member States of its session likely yes, swing or likely no by
//! their record on the related texts of earlier sessions, with the rule the core applies.
use hrc_core::domain::lobby::LobbyList;
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn lobby(state: State<'_, Database>, resolution_id: Uuid) -> Result<LobbyList, CommandError> {
    store(&state)?.lobby(resolution_id).map_err(Into::into)
}
