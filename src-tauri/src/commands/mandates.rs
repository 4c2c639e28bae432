//! Mandates (special procedures, commissions of inquiry, OHCHR reports), shared by every
//! session: listed (or found by a typed name, theme, country or holder), for the pickers of the
//! forms that link them.
use hrc_core::domain::mandate::Mandate;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// Every mandate by name, or those whose name, theme, country or a holder holds `find`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_mandates(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<Mandate>, CommandError> {
    store(&state)?.mandates(find.as_deref()).map_err(Into::into)
}
