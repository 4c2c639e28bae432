//! The system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
//! Windows, through the `keyring` crate), which keeps a protected database's recovery key only
//! when the person asks for it (issue 20, item 4). One entry per database: service "HRC Planner",
//! user the database file's canonical path. Tests build it on `keyring::mock`, never a real one.
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use keyring::credential::CredentialBuilder;
use keyring::{Entry, Error};
use zeroize::Zeroizing;

/// The keychain service every entry is kept under.
pub const SERVICE: &str = "HRC Planner";

/// The keychain, reached through a credential builder: the system's, or a test's.
pub struct Keychain {
    builder: Option<Box<CredentialBuilder>>,
    /// One entry per database, made once (a mock credential keeps its secret in its entry).
    entries: Mutex<HashMap<String, Arc<Entry>>>,
}

/// Why the keychain cannot be used (no Secret Service running, access refused…), in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable(pub String);

impl Keychain {
    /// The system's keychain.
    pub fn system() -> Keychain {
        Keychain {
            builder: None,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// A keychain on `builder` (tests: `keyring::mock::default_credential_builder()`).
    pub fn with_builder(builder: Box<CredentialBuilder>) -> Keychain {
        Keychain {
            builder: Some(builder),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The entry for `database` (the user is its canonical path, or the path as given when it
    /// cannot be resolved).
    pub fn entry(&self, database: &Path) -> Result<Arc<Entry>, Unavailable> {
        let user = std::fs::canonicalize(database)
            .unwrap_or_else(|_| database.to_path_buf())
            .display()
            .to_string();
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = entries.get(&user) {
            return Ok(entry.clone());
        }
        let entry = match &self.builder {
            Some(builder) => builder
                .build(None, SERVICE, &user)
                .map(Entry::new_with_credential),
            None => Entry::new(SERVICE, &user),
        }
        .map_err(unavailable)?;
        let entry = Arc::new(entry);
        entries.insert(user, entry.clone());
        Ok(entry)
    }

    /// The recovery key kept for `database`; `None` when none is kept.
    pub fn kept(&self, database: &Path) -> Result<Option<Zeroizing<String>>, Unavailable> {
        match self.entry(database)?.get_password() {
            Ok(text) => Ok(Some(Zeroizing::new(text))),
            Err(Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// Keeps `recovery_key` for `database`, in place of any kept before.
    pub fn keep(&self, database: &Path, recovery_key: &str) -> Result<(), Unavailable> {
        self.entry(database)?
            .set_password(recovery_key)
            .map_err(unavailable)
    }

    /// Forgets the key kept for `database` (nothing kept is not an error).
    pub fn forget(&self, database: &Path) -> Result<(), Unavailable> {
        match self.entry(database)?.delete_credential() {
            Ok(()) | Err(Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(e: Error) -> Unavailable {
    let why = match &e {
        Error::PlatformFailure(_) | Error::NoStorageAccess(_) => {
            format!("the system keychain cannot be reached ({e})")
        }
        _ => format!("the system keychain refused it ({e})"),
    };
    Unavailable(why)
}
