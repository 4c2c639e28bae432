//! The key of a protected database: 32 bytes Argon2id derives from the passphrase and the
//! file's salt, handed to SQLCipher as a raw key (so that opening a second connection, for a
//! backup, costs nothing), and wiped from memory when dropped.
use std::fmt::{self, Write as _};
use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use super::{Passphrase, RecoveryKey};
use crate::error::{Error, Result};

/// Argon2id's cost: 64 MiB of memory, three passes, one lane (RFC 9106's second recommended
/// setting). Fixed: a file's key is derived the same way by every version that opens it.
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 3;
const LANES: u32 = 1;

/// What opens a protected database.
pub enum Unlock {
    /// The passphrase (derived with the file's salt).
    Passphrase(Passphrase),
    /// The recovery key, which is the key itself.
    RecoveryKey(RecoveryKey),
}

/// A database's key with the salt it goes with (wiped from memory when dropped; its `Debug`
/// shows nothing of it).
#[derive(Clone)]
pub struct DatabaseKey {
    key: Zeroizing<[u8; 32]>,
    salt: [u8; 16],
}

impl DatabaseKey {
    /// The key for `passphrase` with `salt`: Argon2id, about half a second.
    pub fn derive(passphrase: &Passphrase, salt: [u8; 16]) -> Result<DatabaseKey> {
        let params = Params::new(MEMORY_KIB, PASSES, LANES, Some(32))
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        let mut key = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.bytes(), &salt, key.as_mut())
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        Ok(DatabaseKey { key, salt })
    }

    /// The key of a new protected file: a fresh random salt, then [`DatabaseKey::derive`].
    pub fn fresh(passphrase: &Passphrase) -> Result<DatabaseKey> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        DatabaseKey::derive(passphrase, salt)
    }

    /// The key of the protected file at `path`, from what unlocks it. A file with no salt (not
    /// there, empty) is not protected: `NotFound`.
    pub fn for_file(path: &Path, unlock: &Unlock) -> Result<DatabaseKey> {
        let salt = super::file::salt(path)?.ok_or_else(|| Error::NotFound {
            entity: "protected database",
            key: path.display().to_string(),
        })?;
        match unlock {
            Unlock::Passphrase(p) => DatabaseKey::derive(p, salt),
            Unlock::RecoveryKey(r) => Ok(DatabaseKey {
                key: r.0.clone(),
                salt,
            }),
        }
    }

    /// The recovery key that stands for this key.
    pub fn recovery_key(&self) -> RecoveryKey {
        RecoveryKey(self.key.clone())
    }

    /// Whether this key goes with the protected file at `path` (its salt is the file's).
    pub(crate) fn salt_matches(&self, path: &Path) -> Result<bool> {
        Ok(super::file::salt(path)?.is_some_and(|s| s == self.salt))
    }

    /// The statement that gives a connection this key: SQLCipher's raw key with its salt
    /// (`x'<key><salt>'`), so that a new file takes this salt as its first bytes.
    pub(crate) fn pragma(&self) -> Zeroizing<String> {
        let mut sql = Zeroizing::new(String::with_capacity(120));
        sql.push_str("PRAGMA key = \"x'");
        for byte in self.key.iter().chain(self.salt.iter()) {
            // Written in place: a formatted temporary would be left unwiped.
            let _ = write!(sql, "{byte:02X}");
        }
        sql.push_str("'\"");
        sql
    }

    /// The same in an `ATTACH … KEY` clause.
    pub(crate) fn attach_value(&self) -> Zeroizing<String> {
        let mut sql = Zeroizing::new(String::with_capacity(100));
        sql.push_str("\"x'");
        for byte in self.key.iter().chain(self.salt.iter()) {
            let _ = write!(sql, "{byte:02X}");
        }
        sql.push_str("'\"");
        sql
    }
}

impl fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DatabaseKey(…)")
    }
}
