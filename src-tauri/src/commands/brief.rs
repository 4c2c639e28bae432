//! The one-page brief on a country situation or a key issue, written to the file the person
//! chose in the save dialog.
use std::path::PathBuf;

use hrc_core::domain::brief::BriefOn;
use hrc_core::export::brief::{render, BriefFormat};
use hrc_core::Uuid;
use tauri::State;

use super::chosen_files::ChosenFiles;
use crate::error::CommandError;
use crate::state::{store, Database};

/// Writes the brief on the situation or key issue `id` (`on`: situation or issue) as Word, a web
/// page or Markdown (`format`: docx, html, md) to the file chosen in the save dialog (the only
/// paths it writes to).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn export_brief(
    state: State<'_, Database>,
    on: String,
    id: Uuid,
    format: String,
    path: PathBuf,
    chosen: State<'_, ChosenFiles>,
) -> Result<(), CommandError> {
    let path = chosen.check(&path)?;
    let on = BriefOn::parse("on", &on)?;
    let format = BriefFormat::parse("format", &format)?;
    let bytes = render(&store(&state)?.brief(on, id)?, format)?;
    hrc_core::export::write_whole(&bytes, &path)?;
    Ok(())
}
