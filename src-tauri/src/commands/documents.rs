//! UN documents known by their symbol, shared by every session: listed (or found by a typed
//! symbol or title), for the pickers of the forms that link them.
use hrc_core::domain::document::Document;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// Every document by symbol, or those whose symbol or title holds `find`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_documents(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<Document>, CommandError> {
    store(&state)?
        .documents(find.as_deref())
        .map_err(Into::into)
}
