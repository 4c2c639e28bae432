//! Exports and imports: a preview of the overview, saving a session in a chosen format to the
//! file the person picked in the shell's own dialog (`chosen_files`), opening that file (or showing it in its folder) with the system's
//! programs, and importing a JSON bundle.
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use hrc_core::bundle::ImportReport;
use hrc_core::export::choice::ExportChoice;
use hrc_core::export::html::PrintPreview;
use hrc_core::export::{ExportFormat, PageSetup, Section};
use hrc_core::{ErrorPayload, Uuid};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use super::chosen_files::ChosenFiles;
use crate::error::CommandError;
use crate::state::{store, Database};

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn export_preview(
    state: State<'_, Database>,
    session_id: Uuid,
    sections: Vec<Section>,
    include_confidential: Option<bool>,
) -> Result<PrintPreview, CommandError> {
    hrc_core::export::preview_choosing(
        &*store(&state)?,
        session_id,
        &sections,
        include_confidential == Some(true),
    )
    .map_err(Into::into)
}

/// The format and sections last chosen to export the session (kept by the core), if any.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn export_choice(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Option<ExportChoice>, CommandError> {
    store(&state)?.export_choice(session_id).map_err(Into::into)
}

/// Keeps the format and sections chosen to export the session, for the dialog's next opening.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn remember_export_choice(
    state: State<'_, Database>,
    session_id: Uuid,
    choice: ExportChoice,
) -> Result<ExportChoice, CommandError> {
    store(&state)?
        .remember_export_choice(session_id, &choice)
        .map_err(Into::into)
}

/// Saves a session in `format` to the file chosen in the shell's dialog; `mine`: the calendar
/// limited to what is mine (refused by the core for another format; it never holds confidential
/// records); `page`: Word's paper and Confidential marking (A4, unmarked when absent);
/// `include_confidential`: the records marked confidential too (left out when absent).
// A command takes each of the window's arguments and the shell's states by name.
#[allow(clippy::too_many_arguments)]
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn export_session(
    state: State<'_, Database>,
    session_id: Uuid,
    format: ExportFormat,
    sections: Vec<Section>,
    path: PathBuf,
    mine: Option<bool>,
    page: Option<PageSetup>,
    include_confidential: Option<bool>,
    exported: State<'_, LastExport>,
    chosen: State<'_, ChosenFiles>,
) -> Result<(), CommandError> {
    let path = chosen.check(&path)?;
    let store = store(&state)?;
    if mine == Some(true) {
        hrc_core::export::mine::export_to_file(&store, session_id, format, &path)?;
    } else {
        let page = page.unwrap_or_default();
        hrc_core::export::export_to_file_choosing(
            &store,
            session_id,
            format,
            &sections,
            &page,
            include_confidential == Some(true),
            &path,
        )?;
    }
    exported.remember(&path, format);
    Ok(())
}

/// The file this run of the app exported last: the only one the window may have opened or shown
/// in its folder. The web view holds no opener permission; it names the file, and the shell opens
/// it only when it is that one (and has the extension of the format written into it).
#[derive(Debug, Default)]
pub struct LastExport(Mutex<Option<PathBuf>>);

impl LastExport {
    /// Remembers `path`, just written in `format`; a file named with another extension (which the
    /// system would open as something else) is not remembered, so it cannot be opened from here.
    pub fn remember(&self, path: &Path, format: ExportFormat) {
        let fits = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(format.extension()));
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = fits.then(|| path.to_path_buf());
    }

    /// `path` when it is the file exported last in this run; an error naming `path` otherwise.
    pub fn check(&self, path: &Path) -> Result<PathBuf, CommandError> {
        match &*self.0.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(last) if last == path => Ok(last.clone()),
            _ => Err(hrc_core::Error::invalid("path", hrc_core::Rule::NotJustExported).into()),
        }
    }
}

/// What the system said when it could not open or show the file.
fn not_opened(e: tauri_plugin_opener::Error) -> CommandError {
    ErrorPayload {
        code: "io".into(),
        message: format!("The system could not open the file: {e}"),
        ..Default::default()
    }
    .into()
}

/// Opens the file just exported with the system's program for its kind.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn open_export(
    app: AppHandle,
    exported: State<'_, LastExport>,
    path: PathBuf,
) -> Result<(), CommandError> {
    let path = exported.check(&path)?;
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(not_opened)
}

/// Shows the file just exported in its folder, in the system's file manager.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn show_export_in_folder(
    app: AppHandle,
    exported: State<'_, LastExport>,
    path: PathBuf,
) -> Result<(), CommandError> {
    let path = exported.check(&path)?;
    app.opener().reveal_item_in_dir(path).map_err(not_opened)
}

/// Imports the bundle chosen in the shell's dialog: merged into its session, or, `as_copy`, added
/// as a copy beside the session here with its number (the window offers it on that clash). A
/// sealed bundle needs its `passphrase` (refused with `sealed_needs_passphrase` without one, which
/// the window answers by asking for it; `wrong_passphrase` when it does not open the file).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn import_bundle(
    state: State<'_, Database>,
    path: PathBuf,
    as_copy: bool,
    passphrase: Option<String>,
    chosen: State<'_, ChosenFiles>,
) -> Result<ImportReport, CommandError> {
    let path = chosen.check(&path)?;
    let passphrase = passphrase
        .map(|p| hrc_core::bundle::seal::Passphrase::typed("passphrase", p))
        .transpose()?;
    let store = &mut *store(&state)?;
    hrc_core::bundle::seal::import_file(store, &path, passphrase.as_ref(), as_copy)
        .map_err(Into::into)
}
