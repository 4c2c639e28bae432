//! The database's passphrase: the first-start choice, unlock and lock, protecting, changing and
//! removing it, and saving the recovery key to a file the person chooses. Each is one call into
//! the shell's state (state/protection.rs), which calls the core.
use std::path::PathBuf;

use chrono::Utc;
use hrc_core::cipher::Passphrase;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandError;
use crate::keychain::Keychain;
use crate::state::{unlock_from, Database, KeychainStatus, ProtectionChange, Startup};

/// First start: creates the database protected by the passphrase typed twice; returns the
/// recovery key to keep.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_protected_database(
    state: State<'_, Database>,
    passphrase: String,
    confirm: String,
) -> Result<String, CommandError> {
    let passphrase = Passphrase::confirmed(passphrase, confirm)?;
    state.create_protected(&passphrase)
}

/// First start: creates the database without a passphrase.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_plain_database(state: State<'_, Database>) -> Result<(), CommandError> {
    state.create_plain()
}

/// Unlocks the database with its passphrase, or with its recovery key when one is given. A
/// wrong one answers after a wait that grows with each wrong try. The first unlock of a run
/// takes the start backup the locked start could not.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn unlock_database(
    app: AppHandle,
    state: State<'_, Database>,
    passphrase: Option<String>,
    recovery_key: Option<String>,
) -> Result<Startup, CommandError> {
    let unlock = unlock_from(passphrase, recovery_key)?;
    if state.unlock(&unlock)? {
        let spawned = std::thread::Builder::new()
            .name("backup-after-unlock".into())
            .spawn(move || app.state::<Database>().back_up_at_start(Utc::now()));
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "the backup after unlocking could not start");
        }
    }
    Ok(state.startup())
}

/// Locks the protected database: the store and its key are dropped until it is unlocked.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn lock_database(state: State<'_, Database>) -> Result<(), CommandError> {
    state.lock_now()
}

/// Protects the plain database with the passphrase typed twice; returns the recovery key.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn protect_database(
    state: State<'_, Database>,
    passphrase: String,
    confirm: String,
) -> Result<ProtectionChange, CommandError> {
    let passphrase = Passphrase::confirmed(passphrase, confirm)?;
    state.protect(&passphrase)
}

/// Gives the protected database a new passphrase (the old one typed to allow it); returns the
/// new recovery key, the old one no longer opening it.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn change_database_passphrase(
    state: State<'_, Database>,
    keychain: State<'_, Keychain>,
    old_passphrase: String,
    passphrase: String,
    confirm: String,
) -> Result<ProtectionChange, CommandError> {
    let old = unlock_from(Some(old_passphrase), None)
        .map_err(|_| hrc_core::Error::invalid("old_passphrase", hrc_core::Rule::Empty))?;
    let new = Passphrase::confirmed(passphrase, confirm)?;
    state.change_passphrase_kept(&old, &new, &keychain)
}

/// Removes the database's protection (its passphrase typed to allow it): plain again.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn remove_database_protection(
    state: State<'_, Database>,
    keychain: State<'_, Keychain>,
    old_passphrase: String,
) -> Result<ProtectionChange, CommandError> {
    let old = unlock_from(Some(old_passphrase), None)
        .map_err(|_| hrc_core::Error::invalid("old_passphrase", hrc_core::Rule::Empty))?;
    state.remove_protection_kept(&old, &keychain)
}

/// Whether the system keychain keeps the database's key, or why it cannot be used.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn keychain_status(
    state: State<'_, Database>,
    keychain: State<'_, Keychain>,
) -> Result<KeychainStatus, CommandError> {
    Ok(state.keychain_status(&keychain))
}

/// Lets the system keychain keep the open database's key, so that it opens at start without
/// the passphrase; or forgets it (`remember` false).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn remember_database_key(
    state: State<'_, Database>,
    keychain: State<'_, Keychain>,
    remember: bool,
) -> Result<KeychainStatus, CommandError> {
    if remember {
        state.remember_key(&keychain)
    } else {
        state.forget_key(&keychain)
    }
}

/// Saves the open database's recovery key to a file chosen in the system's save dialog
/// (readable by its owner only); `None` when the person cancels.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn save_recovery_key(
    app: AppHandle,
    state: State<'_, Database>,
) -> Result<Option<PathBuf>, CommandError> {
    let key = state.recovery_key()?;
    let Some(path) = app
        .dialog()
        .file()
        .set_title("Save the recovery key")
        .set_file_name("HRC Planner recovery key.txt")
        .add_filter("Text", &["txt"])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
    else {
        return Ok(None);
    };
    let database = state
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let text = zeroize::Zeroizing::new(format!(
        "HRC Planner recovery key\n\nDatabase: {database}\n\n{key}\n\n\
         It opens the database when its passphrase is forgotten. Keep it away from this \
         computer: whoever has it can read every note. Changing the passphrase makes a new \
         one; this one then no longer opens the database.\n"
    ));
    drop(zeroize::Zeroizing::new(key));
    hrc_core::private_files::write(&path, text.as_bytes()).map_err(hrc_core::Error::Io)?;
    Ok(Some(path))
}
