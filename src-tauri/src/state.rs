//! The app's one database, opened at start — or, when its schema needs an update (seconds at ten
//! years of data), opened on a thread of its own while the window shows how far the update has
//! come. When it cannot be opened (a newer schema, not a database) the app still starts and the
//! UI shows the core's message and the ways forward (restore a backup, open another file, start a
//! new one); commands then fail with that message.
//! A database protected by a passphrase starts locked (no store, no key) until it is unlocked,
//! and a first start at the default place waits for the choice of a passphrase
//! (state/protection.rs).
//! The store sits behind one mutex so that a restore can close it, replace the file and reopen
//! it in place, and the hourly backup check waits its turn like any command.
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};
use hrc_core::cipher::DatabaseKey;
use hrc_core::store::{Backup, MigrationProgress, Restored};
use hrc_core::{Error, ErrorPayload, Store};
use serde::Serialize;
use tauri::State;

use crate::error::CommandError;

mod kept_key;
mod protection;
pub use kept_key::KeychainStatus;
pub use protection::{unlock_from, ProtectionChange};

/// The database the app has open, or why it could not open it.
pub struct Database {
    opened: Mutex<Opened>,
    /// While the schema is being updated: how far the update has come (the store is not open).
    updating: Arc<Mutex<Option<MigrationProgress>>>,
    /// Wrong passphrases typed in a row (each makes the next answer wait longer).
    wrong_tries: Mutex<u32>,
    /// Whether a database that started locked was unlocked once in this run.
    unlocked_once: AtomicBool,
}

struct Opened {
    /// The file in use (or that failed to open).
    path: Option<PathBuf>,
    store: Result<Store, ErrorPayload>,
    /// No database yet, and the choice of a passphrase is offered before one is made.
    first_start: bool,
}

impl Database {
    /// Opens `hrc_core::store::default_path()` (which honours `HRC_DB`); never fails.
    pub fn open_default() -> Database {
        match hrc_core::store::default_path() {
            Ok(path) => Database::open_at(path),
            Err(e) => Database::with(None, Err(e.to_payload())),
        }
    }

    /// Opens the database at `path`; never fails (the error is kept for the UI).
    pub fn open_at(path: PathBuf) -> Database {
        let store = Store::open(&path).map_err(|e| e.to_payload());
        Database::with(Some(path), store)
    }

    /// Like [`Database::open_default`], but a file whose schema needs an update is left to
    /// [`Database::finish_update`], so that the window can show at once and say what is going on.
    pub fn start_default() -> Database {
        match hrc_core::store::default_path() {
            Ok(path) => Database::start_at(path),
            Err(e) => Database::with(None, Err(e.to_payload())),
        }
    }

    /// Opens the database at `path` now, unless its schema needs an update: then it waits for
    /// [`Database::finish_update`]. A file the core refuses is refused now, as by `open_at`.
    pub fn start_at(path: PathBuf) -> Database {
        if protection::offers_first_start(&path) {
            let db = Database::with(Some(path), Err(protection::choosing()));
            db.lock().first_start = true;
            return db;
        }
        match Store::updates_due(&path, None) {
            Ok(steps) if steps > 0 => {
                let db = Database::with(Some(path), Err(being_updated().to_payload()));
                *db.progress() = Some(MigrationProgress { done: 0, steps });
                db
            }
            _ => Database::open_at(path),
        }
    }

    /// Whether the schema update is still to run or running.
    pub fn is_updating(&self) -> bool {
        self.progress().is_some()
    }

    /// Opens the file whose schema needs an update, noting each step as it ends; the app runs it
    /// on a thread of its own. Does nothing when no update is waiting.
    pub fn finish_update(&self) {
        let Some(path) = self.path().filter(|_| self.is_updating()) else {
            return;
        };
        let progress = self.updating.clone();
        let store = Store::open_reporting(&path, move |p| {
            *progress.lock().unwrap_or_else(PoisonError::into_inner) = Some(p)
        });
        // The store and the end of the update change together, under the lock `startup` reads.
        let mut opened = self.lock();
        opened.store = store.map_err(|e| e.to_payload());
        *self.progress() = None;
    }

    fn progress(&self) -> MutexGuard<'_, Option<MigrationProgress>> {
        self.updating.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn with(path: Option<PathBuf>, store: Result<Store, ErrorPayload>) -> Database {
        Database {
            opened: Mutex::new(Opened {
                path,
                store,
                first_start: false,
            }),
            updating: Arc::new(Mutex::new(None)),
            wrong_tries: Mutex::new(0),
            unlocked_once: AtomicBool::new(false),
        }
    }

    /// Locked for one step. A command that panicked mid-transaction leaves nothing behind (the
    /// transaction rolls back), so a poisoned lock is safe to take over.
    fn lock(&self) -> MutexGuard<'_, Opened> {
        self.opened.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The file in use (or that failed to open).
    pub fn path(&self) -> Option<PathBuf> {
        self.lock().path.clone()
    }

    /// The open store, locked; the reason there is none otherwise.
    pub fn store(&self) -> Result<StoreGuard<'_>, CommandError> {
        let opened = self.lock();
        match &opened.store {
            Ok(_) => Ok(StoreGuard(opened)),
            Err(e) => Err(e.clone().into()),
        }
    }

    /// Checks a large database's pages beside the open store (a connection of its own, the
    /// store's lock held only to note the answer), so that the first write — the start purge,
    /// or the person's first note — does not wait for it under the lock. A damaged file is left
    /// to that first write, which then refuses it.
    pub fn check_before_first_write(&self) {
        let Some(path) = self.path() else { return };
        let key = self.store().ok().and_then(|s| s.key().cloned());
        if hrc_core::store::check_file(&path, key.as_ref()).is_ok() {
            if let Ok(mut store) = self.store() {
                store.note_checked();
            }
        }
    }

    /// Empties the text of every deleted row whose undo is no longer offered — at start, before
    /// the start backup, and when the app quits (see `hrc_core::Store::purge_deleted`). A failure
    /// is logged by its code; the app carries on.
    pub fn forget_deleted(&self) {
        if let Ok(mut store) = self.store() {
            if let Err(e) = store.purge_deleted(None) {
                tracing::warn!(error = e.code(), "deleted text could not be emptied");
            }
        }
    }

    /// Whether a purge left words of deleted text in the search indexes (the undo notice of a
    /// note closed, or a record without undo was deleted).
    pub fn has_words_to_forget(&self) -> bool {
        self.store().is_ok_and(|s| s.has_words_to_forget())
    }

    /// Merges the search indexes so that no word of deleted or edited text stays in their pages
    /// (`hrc_core::Store::forget_old_words`), one short step at a time under the lock, so that
    /// the person's commands pass between the steps. A failure is reported; the app carries on.
    pub fn forget_old_words(&self) {
        loop {
            let more = match self.store() {
                Ok(mut store) => store.forget_old_words_step(),
                Err(_) => return,
            };
            match more {
                Ok(true) => std::thread::sleep(std::time::Duration::from_millis(5)),
                Ok(false) => return,
                Err(e) => {
                    tracing::warn!(error = e.code(), "the search index could not be merged");
                    return;
                }
            }
        }
    }

    /// What the UI needs to know before its first screen.
    pub fn startup(&self) -> Startup {
        let protected = self.is_protected();
        let opened = self.lock();
        let migration = *self.progress();
        Startup {
            version: env!("CARGO_PKG_VERSION").to_string(),
            database_path: opened.path.as_ref().map(|p| p.display().to_string()),
            database_error: match migration {
                Some(_) => None,
                None => opened.store.as_ref().err().cloned(),
            },
            migration,
            clock: std::env::var("HRC_CLOCK")
                .ok()
                .filter(|c| !c.trim().is_empty()),
            first_start: opened.first_start,
            protected,
        }
    }

    /// The backup taken each time the app starts (see `routine_backups`), at `now`. A failure
    /// is logged by its code; the app carries on.
    pub fn back_up_at_start(&self, now: DateTime<Utc>) {
        if let Some((path, key, kept)) = self.backup_job() {
            if let Err(e) = hrc_core::store::back_up_file(&path, key.as_ref(), kept, now) {
                tracing::warn!(error = e.code(), "the backup at start failed");
            }
        }
    }

    /// The daily backup, when one is due at `now` (the core decides), of a file whose search
    /// indexes were merged first; a failure is reported and the app carries on.
    pub fn back_up_if_due(&self, now: DateTime<Utc>) {
        if let Some((path, key, kept)) = self.backup_job() {
            self.forget_old_words();
            if let Err(e) = hrc_core::store::back_up_file_if_due(&path, key.as_ref(), kept, now) {
                tracing::warn!(error = e.code(), "the daily backup failed");
            }
        }
    }

    /// The open file, its key when it is protected, and how many backups to keep, read under
    /// the lock. The backup itself is then written through a read-only connection of its own,
    /// without the lock, so that commands never wait for a large file to be copied by the
    /// low-priority thread.
    fn backup_job(&self) -> Option<(PathBuf, Option<DatabaseKey>, usize)> {
        let opened = self.lock();
        let store = opened.store.as_ref().ok()?;
        let kept = store.settings().ok()?.backups_kept as usize;
        Some((store.path()?.to_path_buf(), store.key().cloned(), kept))
    }

    /// The backups of the database file, newest first (also when it could not be opened).
    pub fn backups(&self) -> Result<Vec<Backup>, CommandError> {
        let path = self.path().ok_or_else(no_file)?;
        Ok(hrc_core::store::backups(&path)?)
    }

    /// Puts one of the listed backups in place of the database: closes the store, restores (the
    /// core checks the backup first and keeps a copy of the current file), and opens the file
    /// again. A refused backup changes nothing, and the store reopens as it was.
    pub fn restore(&self, backup: &Path) -> Result<Restored, CommandError> {
        if self.is_updating() {
            return Err(being_updated().into());
        }
        let mut opened = self.lock();
        let path = opened.path.clone().ok_or_else(no_file)?;
        // Only a backup of this database: the web view cannot name any other file to copy in.
        let known = hrc_core::store::backups(&path)?;
        let Some(backup) = known.into_iter().find(|b| b.path == backup) else {
            return Err(Error::NotFound {
                entity: "backup",
                key: backup.display().to_string(),
            }
            .into());
        };
        let closing = ErrorPayload {
            code: "storage".into(),
            message: "the database is being restored from a backup".into(),
            ..Default::default()
        };
        let key = opened.store.as_ref().ok().and_then(|s| s.key().cloned());
        // Dropping the store closes its connection, which folds its log into the file.
        drop(std::mem::replace(&mut opened.store, Err(closing)));
        let restored = hrc_core::store::restore(&path, &backup.path, key.as_ref());
        opened.store = Store::open_keyed(&path, key, |_| {}).map_err(|e| e.to_payload());
        Ok(restored?)
    }

    /// Opens another existing file, in place of a database that could not be opened.
    pub fn open_file(&self, path: &Path) -> Result<Startup, CommandError> {
        {
            if self.is_updating() {
                return Err(being_updated().into());
            }
            let mut opened = self.lock();
            if opened.store.is_ok() {
                return Err(open_and_sound());
            }
            if !path.is_file() {
                return Err(Error::NotFound {
                    entity: "database file",
                    key: path.display().to_string(),
                }
                .into());
            }
            opened.store = Ok(Store::open(path)?);
            opened.path = Some(path.to_path_buf());
        }
        // The person chose this file and waits for it: its backup is written before answering.
        if let Ok(store) = &mut self.lock().store {
            if let Err(e) = store.back_up() {
                tracing::warn!(error = e.code(), "the backup of the opened file failed");
            }
        }
        Ok(self.startup())
    }

    /// Moves a database that could not be opened aside (never overwriting anything) and starts a
    /// new, empty one in its place; returns where the old file went.
    pub fn start_new(&self) -> Result<PathBuf, CommandError> {
        if self.is_updating() {
            return Err(being_updated().into());
        }
        let mut opened = self.lock();
        if opened.store.is_ok() {
            return Err(open_and_sound());
        }
        let path = opened.path.clone().ok_or_else(no_file)?;
        let moved = hrc_core::store::set_aside(&path)?;
        opened.store = Store::open(&path).map_err(|e| e.to_payload());
        match &opened.store {
            Ok(_) => Ok(moved),
            Err(e) => Err(e.clone().into()),
        }
    }
}

fn no_file() -> CommandError {
    Error::Io(std::io::Error::other(
        "there is no database file (no home directory to keep it in)",
    ))
    .into()
}

fn being_updated() -> Error {
    Error::Conflict("the database is being updated to this version; wait a moment".into())
}

fn open_and_sound() -> CommandError {
    Error::Conflict("the database is open and sound; nothing was changed".into()).into()
}

/// The open store, locked for one command (it derefs to [`Store`]).
pub struct StoreGuard<'a>(MutexGuard<'a, Opened>);

impl Deref for StoreGuard<'_> {
    type Target = Store;

    fn deref(&self) -> &Store {
        match &self.0.store {
            Ok(store) => store,
            Err(_) => unreachable!("a StoreGuard is only made for an open store"),
        }
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        match &mut self.0.store {
            Ok(store) => store,
            Err(_) => unreachable!("a StoreGuard is only made for an open store"),
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
    /// Set while the database's schema is being updated to this version (commands wait for it
    /// to end): how far the update has come. Asked again until it is gone.
    pub migration: Option<MigrationProgress>,
    /// A time the clock is set to at start (`HRC_CLOCK`, e.g. `2018-06-27 12:30`) for rehearsal
    /// and tests; the real clock when absent. The today view can change it by hand.
    pub clock: Option<String>,
    /// No database yet: the window offers to protect it with a passphrase (or not) first.
    pub first_start: bool,
    /// Whether the database is protected by a passphrase; with `database_error` coded `locked`,
    /// it waits to be unlocked.
    pub protected: bool,
}

/// The open store, locked for one command; the startup error when there is none.
pub fn store<'a>(state: &'a State<'_, Database>) -> Result<StoreGuard<'a>, CommandError> {
    state.inner().store()
}
