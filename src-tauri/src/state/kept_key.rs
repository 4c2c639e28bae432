//! A protected database's key in the system keychain, only when the person asks for it (issue
//! 20, item 4): kept from the open store, forgotten when turned off, kept anew when the
//! passphrase changes, forgotten when the protection is removed; read once at app start to
//! unlock (never after a lock), and forgotten when it no longer opens the file. A keychain that
//! cannot be reached is said, never an error that stops the app.
use std::sync::atomic::Ordering;

use hrc_core::cipher::{Passphrase, RecoveryKey, Unlock};
use hrc_core::{Error, ErrorPayload, Store};
use serde::Serialize;

use super::{no_file, Database, ProtectionChange};
use crate::error::CommandError;
use crate::keychain::{Keychain, Unavailable};

/// Whether the system keychain keeps this database's key, or why it cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct KeychainStatus {
    /// The keychain keeps the key: the app opens the database at start without the passphrase.
    pub kept: bool,
    /// Why the keychain cannot be used on this computer (e.g. no Secret Service running).
    pub unavailable: Option<String>,
}

fn refused(Unavailable(why): Unavailable) -> CommandError {
    ErrorPayload {
        code: "keychain".into(),
        message: format!("{why}; nothing was kept"),
        ..Default::default()
    }
    .into()
}

impl Database {
    /// Whether the keychain keeps this database's key, or why it cannot be used.
    pub fn keychain_status(&self, keychain: &Keychain) -> KeychainStatus {
        let Some(path) = self.path() else {
            return KeychainStatus {
                kept: false,
                unavailable: Some("there is no database file".into()),
            };
        };
        match keychain.kept(&path) {
            Ok(key) => KeychainStatus {
                kept: key.is_some(),
                unavailable: None,
            },
            Err(Unavailable(why)) => KeychainStatus {
                kept: false,
                unavailable: Some(why),
            },
        }
    }

    /// Lets the keychain keep the open protected database's key (its recovery key).
    pub fn remember_key(&self, keychain: &Keychain) -> Result<KeychainStatus, CommandError> {
        let key = zeroize::Zeroizing::new(self.recovery_key()?);
        let path = self.path().ok_or_else(no_file)?;
        keychain.keep(&path, &key).map_err(refused)?;
        Ok(self.keychain_status(keychain))
    }

    /// Forgets the key the keychain keeps for this database.
    pub fn forget_key(&self, keychain: &Keychain) -> Result<KeychainStatus, CommandError> {
        let path = self.path().ok_or_else(no_file)?;
        keychain.forget(&path).map_err(refused)?;
        Ok(self.keychain_status(keychain))
    }

    /// At app start only: opens the locked database with the key the keychain keeps for it.
    /// A key that no longer opens it is forgotten; a keychain that cannot be reached leaves it
    /// locked. Returns whether it opened.
    pub fn unlock_with_kept_key(&self, keychain: &Keychain) -> bool {
        let mut opened = self.lock();
        let Some(path) = opened.path.clone() else {
            return false;
        };
        if !matches!(&opened.store, Err(e) if e.code == "locked") {
            return false;
        }
        let text = match keychain.kept(&path) {
            Ok(Some(text)) => text,
            Ok(None) => return false,
            Err(Unavailable(why)) => {
                tracing::info!(%why, "the keychain was not read at start");
                return false;
            }
        };
        let unlocked = RecoveryKey::parse("recovery_key", &text)
            .and_then(|key| Store::unlock(&path, &Unlock::RecoveryKey(key)));
        match unlocked {
            Ok(store) => {
                opened.store = Ok(store);
                self.unlocked_once.store(true, Ordering::SeqCst);
                true
            }
            Err(e @ (Error::WrongPassphrase { .. } | Error::Validation { .. })) => {
                tracing::warn!(
                    error = e.code(),
                    "the key kept in the keychain does not open the database; it is forgotten"
                );
                if let Err(Unavailable(why)) = keychain.forget(&path) {
                    tracing::warn!(%why, "the key kept in the keychain could not be forgotten");
                }
                false
            }
            Err(e) => {
                tracing::warn!(
                    error = e.code(),
                    "the key kept in the keychain was not used"
                );
                false
            }
        }
    }

    /// Changes the passphrase; a key the keychain kept is replaced by the new one (forgotten
    /// when the new one cannot be kept).
    pub fn change_passphrase_kept(
        &self,
        old: &Unlock,
        new: &Passphrase,
        keychain: &Keychain,
    ) -> Result<ProtectionChange, CommandError> {
        let path = self.path().ok_or_else(no_file)?;
        let was_kept = matches!(keychain.kept(&path), Ok(Some(_)));
        let change = self.change_passphrase(old, new)?;
        if was_kept {
            let kept = match &change.recovery_key {
                Some(key) => keychain.keep(&path, key),
                None => keychain.forget(&path),
            };
            if kept.is_err() && keychain.forget(&path).is_err() {
                tracing::warn!("the old key kept in the keychain could not be forgotten");
            }
        }
        Ok(change)
    }

    /// Removes the protection; the key the keychain kept, if any, is forgotten.
    pub fn remove_protection_kept(
        &self,
        old: &Unlock,
        keychain: &Keychain,
    ) -> Result<ProtectionChange, CommandError> {
        let path = self.path().ok_or_else(no_file)?;
        let change = self.remove_protection(old)?;
        if let Err(Unavailable(why)) = keychain.forget(&path) {
            tracing::warn!(%why, "the key kept in the keychain could not be forgotten");
        }
        Ok(change)
    }
}
