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
/// paths it writes to); `include_confidential`: a confidential subject and our confidential
/// statements on it too (refused on a confidential subject when absent).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn export_brief(
    state: State<'_, Database>,
    on: String,
    id: Uuid,
    format: String,
    path: PathBuf,
    include_confidential: Option<bool>,
    chosen: State<'_, ChosenFiles>,
) -> Result<(), CommandError> {
    let path = chosen.check(&path)?;
    let on = BriefOn::parse("on", &on)?;
    let format = BriefFormat::parse("format", &format)?;
    let brief = store(&state)?.brief_choosing(on, id, include_confidential == Some(true))?;
    let bytes = render(&brief, format)?;
    hrc_core::export::write_whole(&bytes, &path)?;
    Ok(())
}
