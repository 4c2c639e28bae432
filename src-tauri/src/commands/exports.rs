//! Exports and imports: a preview of the overview, saving a session in a chosen format to the
//! file the person picked, and importing a JSON bundle.
use std::path::PathBuf;

use hrc_core::bundle::ImportReport;
use hrc_core::export::{ExportFormat, Section};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
pub fn export_preview(
    state: State<'_, Database>,
    session_id: Uuid,
    sections: Vec<Section>,
) -> Result<String, CommandError> {
    hrc_core::export::preview(&*store(&state)?, session_id, &sections).map_err(Into::into)
}

#[tauri::command(async)]
pub fn export_session(
    state: State<'_, Database>,
    session_id: Uuid,
    format: ExportFormat,
    sections: Vec<Section>,
    path: PathBuf,
) -> Result<(), CommandError> {
    hrc_core::export::export_to_file(&*store(&state)?, session_id, format, &sections, &path)
        .map_err(Into::into)
}

#[tauri::command(async)]
pub fn import_bundle(
    state: State<'_, Database>,
    path: PathBuf,
) -> Result<ImportReport, CommandError> {
    hrc_core::bundle::import_file(&mut *store(&state)?, &path).map_err(Into::into)
}
