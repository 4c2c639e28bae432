//! Whether a database file is sound: SQLite's own checks of every page, and the refusal of a
//! damaged file before anything is written to it or copied from it.
use std::path::Path;

use rusqlite::Connection;

use crate::error::{Error, Result};

/// Files up to this size are checked each time they are opened (`PRAGMA quick_check` reads
/// every page: about 0.5 s for 420 MB here, a few milliseconds for a few sessions). A larger
/// file is checked before the first write (`Store::write`), so that reading it starts at once;
/// every file is checked fully before each backup.
pub const CHECKED_AT_OPEN_BYTES: u64 = 64 * 1024 * 1024;

/// Runs `check` (`quick_check` or `integrity_check`) on `conn`; a damaged file is refused as
/// not a readable database, with the first problem SQLite found.
pub(crate) fn check(conn: &Connection, path: &Path, check: &str) -> Result<()> {
    let damaged = |what: &str| Error::NotADatabase {
        path: path.display().to_string(),
        reason: format!("it is damaged ({what}); restore a backup"),
    };
    let found: rusqlite::Result<Vec<String>> = conn
        .prepare(&format!("PRAGMA {check}(5)"))
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect());
    match found {
        Ok(found) if found.len() == 1 && found[0] == "ok" => Ok(()),
        Ok(found) => Err(damaged(
            found.first().map(String::as_str).unwrap_or("no answer"),
        )),
        // SQLite may stop at the first damaged page instead of listing it.
        Err(e)
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
            ) =>
        {
            Err(damaged("a page cannot be read"))
        }
        Err(e) => Err(e.into()),
    }
}

/// Checks the file at open when it is small enough for the check to go unnoticed; whether it
/// was checked (a larger one is checked before the first write).
pub(crate) fn check_at_open(conn: &Connection, path: &Path) -> Result<bool> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size <= CHECKED_AT_OPEN_BYTES {
        check(conn, path, "quick_check")?;
        return Ok(true);
    }
    Ok(false)
}

/// Checks the database file at `path` page by page through a read-only connection of its own,
/// so that a large file can be checked beside the open store, before its first write, without
/// holding the store (see [`crate::Store::note_checked`]); a protected file with its `key`.
pub fn check_file(path: &Path, key: Option<&crate::cipher::DatabaseKey>) -> Result<()> {
    check(
        &super::connection::read_only(path, key)?,
        path,
        "quick_check",
    )
}
