//! A database protected by a passphrase (issue 20): the passphrase as typed, the key derived
//! from it, the recovery key that stands for it, and whether a file on disk is protected.
//!
//! The file is encrypted by SQLCipher, page by page (its write-ahead log and backups with it),
//! with a 256-bit key that Argon2id derives from the passphrase and the file's own random salt
//! (its first 16 bytes, which SQLCipher keeps there in place of SQLite's plain header). Neither
//! the passphrase nor the key is written anywhere; both are wiped from memory when dropped.
mod file;
mod key;
mod passphrase;
mod recovery;

pub use file::{protection, Protection};
pub use key::{DatabaseKey, Unlock};
pub use passphrase::{Passphrase, MIN_PASSPHRASE_CHARS};
pub use recovery::RecoveryKey;
