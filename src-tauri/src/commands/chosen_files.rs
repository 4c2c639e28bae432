//! Files the person chose in this run, in a native dialog that the shell itself opened: the only
//! paths the window may export to or import from. The web view asks for a dialog and is told the
//! path chosen; a script in the page cannot name any other file to write or read.
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandError;

/// The paths chosen in this run's dialogs.
#[derive(Debug, Default)]
pub struct ChosenFiles(Mutex<HashSet<PathBuf>>);

impl ChosenFiles {
    /// Remembers a path the person chose.
    pub fn remember(&self, path: &Path) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_path_buf());
    }

    /// `path` when the person chose it in this run; an error naming the field otherwise.
    pub fn check(&self, path: &Path) -> Result<PathBuf, CommandError> {
        let chosen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if chosen.contains(path) {
            Ok(path.to_path_buf())
        } else {
            Err(hrc_core::Error::invalid("path", hrc_core::Rule::NotChosenInDialog).into())
        }
    }
}

/// Asks where to save an export, in the system's save dialog; `None` when the person cancels.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn choose_export_file(
    app: AppHandle,
    chosen: State<'_, ChosenFiles>,
    title: String,
    file_name: String,
    kind: String,
    extension: String,
) -> Option<PathBuf> {
    let path = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(kind, &[extension.as_str()])
        .blocking_save_file()?
        .into_path()
        .ok()?;
    chosen.remember(&path);
    Some(path)
}

/// Asks which bundle to import (a JSON bundle, or a sealed one: .age), in the system's open dialog; `None` when the person cancels.
#[tauri::command(async)]
#[tracing::instrument(skip_all)]
pub fn choose_bundle_file(
    app: AppHandle,
    chosen: State<'_, ChosenFiles>,
    title: String,
) -> Option<PathBuf> {
    let path = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("HRC Planner bundle", &["json", "age"])
        .blocking_pick_file()?
        .into_path()
        .ok()?;
    chosen.remember(&path);
    Some(path)
}
