//! The database's passphrase in the window (issue 20): the choice at first start, unlocking a
//! protected file (a wrong try waits a little longer each time), locking it (the store and its
//! key dropped), and protecting, changing or removing the passphrase in Settings. Every rule is
//! the core's (`hrc_core::cipher`, `hrc_core::store::{encrypt, decrypt, change_passphrase}`);
//! on any failure the store is opened again as it was.
use std::path::Path;
use std::sync::PoisonError;
use std::time::Duration;

use hrc_core::cipher::{protection, DatabaseKey, Passphrase, Protection, RecoveryKey, Unlock};
use hrc_core::store::Converted;
use hrc_core::{Error, ErrorPayload, Store};
use serde::Serialize;

use super::{being_updated, no_file, Database};
use crate::error::CommandError;

/// What a change of protection left: the new recovery key to keep (none once the database is
/// plain), and the backups the change could not convert (another key's, or damaged).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ProtectionChange {
    pub recovery_key: Option<String>,
    pub backups_left: Vec<String>,
}

/// How long the answer to the `tries`-th wrong passphrase in a row waits: 1, 2, 4, 8, then 10
/// seconds, so that guessing is slow and a slip of the finger costs a second.
pub fn wrong_try_wait(tries: u32) -> Duration {
    let seconds = 1u64 << tries.clamp(1, 5).saturating_sub(1);
    Duration::from_secs(seconds.min(10))
}

/// Whether this start should offer the choice of a passphrase: no database file yet, at the
/// default place (`HRC_DB` unset) or when `HRC_FIRST_START=1` asks for it (tests, rehearsal).
/// A new file named by `HRC_DB` alone is created plain, as before.
pub fn offers_first_start(path: &Path) -> bool {
    let asked = std::env::var("HRC_FIRST_START").is_ok_and(|v| v == "1");
    let default_place = std::env::var_os("HRC_DB").is_none_or(|p| p.is_empty());
    (asked || default_place) && matches!(protection(path), Ok(Protection::New))
}

/// The error commands answer while the first-start choice is open.
pub fn choosing() -> ErrorPayload {
    ErrorPayload {
        code: "first_start".into(),
        message: "no database yet: choose whether to protect it with a passphrase".into(),
        ..Default::default()
    }
}

/// What unlocks the database: the passphrase typed, or the recovery key when one is given.
pub fn unlock_from(
    passphrase: Option<String>,
    recovery_key: Option<String>,
) -> Result<Unlock, Error> {
    match recovery_key {
        Some(text) => {
            let text = zeroize::Zeroizing::new(text);
            Ok(Unlock::RecoveryKey(RecoveryKey::parse(
                "recovery_key",
                &text,
            )?))
        }
        None => Ok(Unlock::Passphrase(Passphrase::typed(
            "passphrase",
            passphrase.unwrap_or_default(),
        )?)),
    }
}

fn recovery_text(key: &Option<DatabaseKey>) -> Option<String> {
    key.as_ref().map(|k| k.recovery_key().text().to_string())
}

fn change(converted: &Converted) -> ProtectionChange {
    ProtectionChange {
        recovery_key: recovery_text(&converted.key),
        backups_left: converted
            .backups_left
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
    }
}

impl Database {
    /// Whether the first-start choice is open (no store until it is made).
    pub fn is_first_start(&self) -> bool {
        self.lock().first_start
    }

    /// Whether the database is protected by a passphrase (open with its key, or locked).
    pub fn is_protected(&self) -> bool {
        let opened = self.lock();
        match &opened.store {
            Ok(store) => store.key().is_some(),
            Err(e) => e.code == "locked",
        }
    }

    /// First start: creates the database protected by `passphrase`; returns its recovery key.
    pub fn create_protected(&self, passphrase: &Passphrase) -> Result<String, CommandError> {
        let mut opened = self.lock();
        if !opened.first_start {
            return Err(already_chosen());
        }
        let path = opened.path.clone().ok_or_else(no_file)?;
        let store = Store::create_protected(&path, passphrase)?;
        let text = recovery_text(&store.key().cloned()).unwrap_or_default();
        opened.store = Ok(store);
        opened.first_start = false;
        Ok(text)
    }

    /// First start: creates the database plain, as the app always did.
    pub fn create_plain(&self) -> Result<(), CommandError> {
        let mut opened = self.lock();
        if !opened.first_start {
            return Err(already_chosen());
        }
        let path = opened.path.clone().ok_or_else(no_file)?;
        opened.store = Ok(Store::open(&path)?);
        opened.first_start = false;
        Ok(())
    }

    /// Opens the locked database with what unlocks it. A wrong passphrase (or recovery key)
    /// answers only after [`wrong_try_wait`], longer after each wrong try in a row, and changes
    /// nothing. Returns whether this was the first unlock of the run (its start backup is due).
    pub fn unlock(&self, unlock: &Unlock) -> Result<bool, CommandError> {
        if self.is_updating() {
            return Err(being_updated().into());
        }
        let outcome = {
            let mut opened = self.lock();
            if opened.store.is_ok() {
                return Ok(false);
            }
            let path = opened.path.clone().ok_or_else(no_file)?;
            match Store::unlock(&path, unlock) {
                Ok(store) => {
                    opened.store = Ok(store);
                    Ok(())
                }
                Err(e) => Err(e),
            }
        };
        let mut tries = self
            .wrong_tries
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        match outcome {
            Ok(()) => {
                *tries = 0;
                Ok(!self
                    .unlocked_once
                    .swap(true, std::sync::atomic::Ordering::SeqCst))
            }
            Err(e @ Error::WrongPassphrase { .. }) => {
                *tries += 1;
                let wait = wrong_try_wait(*tries);
                drop(tries);
                std::thread::sleep(wait);
                Err(e.into())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Locks a protected database: the store closes (SQLCipher wipes its copy of the key) and
    /// its key is dropped (wiped); commands then fail as `locked` until it is unlocked.
    pub fn lock_now(&self) -> Result<(), CommandError> {
        if self.is_updating() {
            return Err(being_updated().into());
        }
        let mut opened = self.lock();
        let path = opened.path.clone().ok_or_else(no_file)?;
        match &opened.store {
            Ok(store) if store.key().is_some() => {}
            Ok(_) => return Err(not_protected()),
            Err(_) => return Ok(()),
        }
        let locked = Error::Locked {
            path: path.display().to_string(),
        };
        drop(std::mem::replace(
            &mut opened.store,
            Err(locked.to_payload()),
        ));
        Ok(())
    }

    /// Protects the open plain database with `passphrase` (`hrc_core::store::encrypt`: the store
    /// closes, the file is converted, and it opens again with its new key).
    pub fn protect(&self, passphrase: &Passphrase) -> Result<ProtectionChange, CommandError> {
        self.convert(false, |path| hrc_core::store::encrypt(path, passphrase))
    }

    /// Gives the open protected database a new passphrase (checking the old one first).
    pub fn change_passphrase(
        &self,
        old: &Unlock,
        new: &Passphrase,
    ) -> Result<ProtectionChange, CommandError> {
        self.convert(true, |path| {
            hrc_core::store::change_passphrase(path, old, new)
        })
    }

    /// Removes the open database's protection (checking its passphrase first): plain again.
    pub fn remove_protection(&self, old: &Unlock) -> Result<ProtectionChange, CommandError> {
        self.convert(true, |path| hrc_core::store::decrypt(path, old))
    }

    /// Closes the store, runs `conversion` on its file, and opens it again with the key it
    /// returns — or, when it fails, with the key it had.
    fn convert(
        &self,
        protected: bool,
        conversion: impl FnOnce(&Path) -> hrc_core::Result<Converted>,
    ) -> Result<ProtectionChange, CommandError> {
        if self.is_updating() {
            return Err(being_updated().into());
        }
        let mut opened = self.lock();
        let path = opened.path.clone().ok_or_else(no_file)?;
        let key = match &opened.store {
            Ok(store) if store.key().is_some() == protected => store.key().cloned(),
            Ok(_) if protected => return Err(not_protected()),
            Ok(_) => return Err(already_protected()),
            Err(e) => return Err(e.clone().into()),
        };
        let closing = ErrorPayload {
            code: "storage".into(),
            message: "the database's protection is being changed".into(),
            ..Default::default()
        };
        drop(std::mem::replace(&mut opened.store, Err(closing)));
        match conversion(&path) {
            Ok(converted) => {
                opened.store = Store::open_keyed(&path, converted.key.clone(), |_| {})
                    .map_err(|e| e.to_payload());
                match &opened.store {
                    Ok(_) => Ok(change(&converted)),
                    Err(e) => Err(e.clone().into()),
                }
            }
            Err(e) => {
                opened.store = Store::open_keyed(&path, key, |_| {}).map_err(|e| e.to_payload());
                Err(e.into())
            }
        }
    }

    /// The recovery key of the open protected database, as the person keeps it.
    pub fn recovery_key(&self) -> Result<String, CommandError> {
        let opened = self.lock();
        match &opened.store {
            Ok(store) => recovery_text(&store.key().cloned()).ok_or_else(not_protected),
            Err(e) => Err(e.clone().into()),
        }
    }
}

fn already_chosen() -> CommandError {
    Error::Conflict("the database already exists; nothing was changed".into()).into()
}

fn not_protected() -> CommandError {
    Error::Conflict("the database is not protected by a passphrase; nothing was changed".into())
        .into()
}

fn already_protected() -> CommandError {
    Error::Conflict("the database is already protected by a passphrase; nothing was changed".into())
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_wrong_try_in_a_row_waits_longer_up_to_ten_seconds() {
        let waits: Vec<u64> = (1..=7).map(|n| wrong_try_wait(n).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 10, 10, 10]);
    }
}
