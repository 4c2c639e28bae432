//! The app's one database, opened at start. When it cannot be opened (a newer schema, not a
//! database) the app still starts and the UI shows the core's message; commands then fail with it.
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, PoisonError};

use hrc_core::{ErrorPayload, Store};
use serde::Serialize;
use tauri::State;

use crate::error::CommandError;

/// The database the app opened at start, or why it could not.
pub struct Database {
    path: Option<PathBuf>,
    store: Result<Mutex<Store>, ErrorPayload>,
}

impl Database {
    /// Opens `hrc_core::store::default_path()` (which honours `HRC_DB`); never fails.
    pub fn open_default() -> Database {
        match hrc_core::store::default_path() {
            Ok(path) => Database {
                store: Store::open(&path)
                    .map(Mutex::new)
                    .map_err(|e| e.to_payload()),
                path: Some(path),
            },
            Err(e) => Database {
                path: None,
                store: Err(e.to_payload()),
            },
        }
    }

    /// The file in use (or that failed to open).
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// What the UI needs to know before its first screen.
    pub fn startup(&self) -> Startup {
        Startup {
            version: env!("CARGO_PKG_VERSION").to_string(),
            database_path: self.path.as_ref().map(|p| p.display().to_string()),
            database_error: self.store.as_ref().err().cloned(),
            clock: std::env::var("HRC_CLOCK")
                .ok()
                .filter(|c| !c.trim().is_empty()),
        }
    }
}

/// How the app started: its version, its database file, and why that file could not be opened.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Startup {
    pub version: String,
    pub database_path: Option<String>,
    /// Set when the database could not be opened; every other command fails with it too.
    pub database_error: Option<ErrorPayload>,
    /// A time the clock is set to at start (`HRC_CLOCK`, e.g. `2018-06-27 12:30`) for rehearsal
    /// and tests; the real clock when absent. The today view can change it by hand.
    pub clock: Option<String>,
}

/// The open store, locked for one command; the startup error when there is none.
///
/// A command that panicked mid-transaction leaves nothing behind (the transaction rolls back), so
/// a poisoned lock is safe to take over.
pub fn store<'a>(state: &'a State<'_, Database>) -> Result<MutexGuard<'a, Store>, CommandError> {
    match &state.inner().store {
        Ok(m) => Ok(m.lock().unwrap_or_else(PoisonError::into_inner)),
        Err(e) => Err(CommandError(e.clone())),
    }
}
