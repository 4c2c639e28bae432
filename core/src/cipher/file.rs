//! Whether a database file on disk is protected: an SQLite file begins with its plain header,
//! an encrypted one with SQLCipher's random salt (nothing readable).
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::error::Result;

/// What a database file is, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Protection {
    /// No file yet (or an empty one): a new database.
    New,
    /// An SQLite file anyone who can read the file can read.
    Plain,
    /// Not a plain SQLite file, but whole pages of one: protected by a passphrase (or
    /// damaged, which opening it with a key tells).
    Encrypted,
    /// Neither: not a database (a text file, a truncated copy).
    Other,
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// What the file at `path` is.
pub fn protection(path: &Path) -> Result<Protection> {
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Protection::New),
        Err(e) => return Err(e.into()),
    };
    Ok(match first_bytes(path)? {
        _ if len == 0 => Protection::New,
        Some(head) if &head == SQLITE_HEADER => Protection::Plain,
        // SQLCipher's pages are 512 bytes to 64 KiB, each a multiple of 512, and its file
        // begins with 16 random bytes: not a run of one byte, not text.
        Some(head) if len >= 512 && len % 512 == 0 && looks_random(&head) => Protection::Encrypted,
        _ => Protection::Other,
    })
}

/// The salt of an encrypted file: its first 16 bytes. `None` when the file is missing, empty
/// or shorter than that.
pub(crate) fn salt(path: &Path) -> Result<Option<[u8; 16]>> {
    first_bytes(path)
}

/// Whether 16 bytes look like a random salt: many different values, not all printable text
/// (random bytes are both but once in ten million).
fn looks_random(head: &[u8; 16]) -> bool {
    let distinct = head.iter().collect::<std::collections::BTreeSet<_>>().len();
    distinct >= 10 && !head.iter().all(|b| b.is_ascii_graphic() || *b == b' ')
}

fn first_bytes(path: &Path) -> Result<Option<[u8; 16]>> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let mut head = [0u8; 16];
    match file.read_exact(&mut head) {
        Ok(()) => Ok(Some(head)),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(e.into()),
    }
}
