//! Every connection to a database opens here, with its flags and pragmas: the store's own, the
//! read-only ones that look at a file without writing (the probe before opening, updates due,
//! backups, soundness checks), the one that settles a restored copy, and in-memory ones. And the
//! one answer to "is this HRC Planner's database?" (`recognise`).
//!
//! A protected database's key (SQLCipher, see `crate::cipher`) is given in [`open`], where every
//! file connection is made, as the first statement on it.
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::{migrations, soundness};
use crate::cipher::{protection, DatabaseKey, Protection};
use crate::error::{Error, Result};

/// How long a statement waits for another program's write to end before it gives up.
pub(crate) const PATIENCE: Duration = Duration::from_secs(5);

/// Makes a connection to the file at `path` (with its key, when it is protected): the one
/// place where that happens.
fn open(path: &Path, flags: OpenFlags, key: Option<&DatabaseKey>) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    // SQLCipher would write its own complaints (a wrong key's failed page check) to standard
    // error; the error returned says it in the app's words.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    if let Some(key) = key {
        conn.execute_batch(&key.pragma())?;
    }
    Ok(conn)
}

/// The store's connection to the file at `path`, created when missing: refused unless the
/// database is HRC Planner's (or new), then set up for writing (see [`configure`]). With `key`,
/// the file is protected (a new one is created so).
pub(crate) fn writer(path: &Path, key: Option<&DatabaseKey>) -> Result<Connection> {
    let conn = open(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        key,
    )?;
    // Before any pragma: setting the journal mode writes to the file.
    ours_or_new(&conn, path, key.is_some())?;
    configure(&conn)?;
    Ok(conn)
}

/// A private in-memory database, set up as a file's would be.
pub(crate) fn in_memory() -> Result<Connection> {
    let conn = Connection::open_in_memory()?;
    configure(&conn)?;
    Ok(conn)
}

/// A read-only connection to the file at `path`: one that looks without writing (it never
/// checkpoints or deletes a `-wal`), for inspecting, checking and copying a database.
pub(crate) fn read_only(path: &Path, key: Option<&DatabaseKey>) -> rusqlite::Result<Connection> {
    open(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key)
}

/// A connection to the copy of a backup being restored: read-write, so that its log can be folded
/// into it, and never creating a file.
pub(crate) fn restoring(path: &Path, key: Option<&DatabaseKey>) -> rusqlite::Result<Connection> {
    open(path, OpenFlags::SQLITE_OPEN_READ_WRITE, key)
}

/// The pragmas of a connection that writes: WAL, every commit synced, foreign keys, deleted
/// text overwritten, a larger page cache, and the busy timeout.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Pages freed by a deletion or an edit are overwritten with zeros, so that deleted and
    // edited text does not stay in the file (with the search indexes merged, store/purge.rs).
    conn.pragma_update(None, "secure_delete", "ON")?;
    // 16 MiB of page cache (SQLite's default is 2 MiB): a session's notes and statements,
    // ~3 MB at ten years of data, are read again from memory (BENCHMARKS.md).
    conn.pragma_update(None, "cache_size", -16_384)?;
    conn.busy_timeout(PATIENCE)
}

/// What a readable database holds, as HRC Planner sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// Nothing yet: a new database.
    Empty,
    /// HRC Planner's tables, at this schema version (not newer than this binary's).
    Ours { version: i64 },
    /// Another program's tables.
    Foreign,
}

/// Whether the database on `conn` is HRC Planner's. A file SQLite cannot read, or one a newer
/// version wrote, is refused here; `shown` is the path an error names. With `keyed`, the
/// connection was given a key: a file it cannot read is one the key does not open.
pub(crate) fn recognise(conn: &Connection, shown: &Path, keyed: bool) -> Result<Found> {
    // Only a file SQLite calls damaged or foreign is "not a database"; a folder that is
    // read-only, a full disk or a refused permission is said as what it is (the file is sound,
    // and the window must not offer to set it aside).
    let not_a_database = |e: rusqlite::Error| match e.sqlite_error_code() {
        // SQLCipher checks each page it reads: a wrong key fails on the first one.
        Some(rusqlite::ErrorCode::NotADatabase) if keyed => Error::WrongPassphrase {
            what: format!("{} (or the file is damaged)", shown.display()),
        },
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) | None => {
            Error::NotADatabase {
                path: shown.display().to_string(),
                reason: crate::failure_words::storage(&e),
            }
        }
        Some(_) => Error::Storage(e),
    };
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(not_a_database)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(not_a_database)?;
    migrations::refuse_newer(version)?;
    let ours: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('sessions', 'agenda_items')",
            [],
            |r| r.get(0),
        )
        .map_err(not_a_database)?;
    Ok(match (objects, ours) {
        (0, _) => Found::Empty,
        (_, 2..) => Found::Ours { version },
        _ => Found::Foreign,
    })
}

/// [`recognise`], refusing another program's database: what the store may open.
fn ours_or_new(conn: &Connection, path: &Path, keyed: bool) -> Result<Found> {
    match recognise(conn, path, keyed)? {
        Found::Foreign => Err(Error::NotADatabase {
            path: path.display().to_string(),
            reason: "it is an SQLite database of another program".into(),
        }),
        found => Ok(found),
    }
}

/// What looking at an existing file found, before anything was written to it.
pub(crate) struct Probe {
    pub found: Found,
    /// Whether its pages were checked (a large file is checked before its first write instead).
    pub checked: bool,
}

/// Looks at the file at `path` before anything writes to it: a foreign, damaged or newer file —
/// and the log beside it — must stay as it is. The header is read by hand, then SQLite looks
/// read-only (a read-only connection never checkpoints or deletes a `-wal` file). `None` when
/// there is no file yet, or an empty one: a new file has nothing to check. A protected file is
/// looked at with `key`; without one it is refused as [`Error::Locked`].
pub(crate) fn probe(path: &Path, key: Option<&DatabaseKey>) -> Result<Option<Probe>> {
    match (protection(path)?, key) {
        (Protection::New, _) => return Ok(None),
        (Protection::Plain, _) => {}
        (Protection::Other, _) => {
            return Err(Error::NotADatabase {
                path: path.display().to_string(),
                reason: "it is not an SQLite database (or its first page is damaged)".into(),
            })
        }
        (Protection::Encrypted, Some(_)) => {}
        (Protection::Encrypted, None) => {
            return Err(Error::Locked {
                path: path.display().to_string(),
            })
        }
    }
    // A plain file is opened plainly: a key is for a protected one.
    let key = key.filter(|_| protection(path).ok() == Some(Protection::Encrypted));
    let keyed = key.is_some();
    let mut conn = read_only(path, key)?;
    let found = match ours_or_new(&conn, path, keyed) {
        // A write killed midway in rollback mode (a new file's first steps) leaves a hot journal
        // beside the file, which only a connection that may write can roll back: one does, as
        // any SQLite program opening the file would, and the file is then as its last commit
        // left it; the look is taken again.
        Err(Error::Storage(e)) if hot_journal(path, &e) => {
            drop(conn);
            restoring(path, key)?.query_row(
                "SELECT count(*) FROM sqlite_schema",
                [],
                |_| Ok(()),
            )?;
            conn = read_only(path, key)?;
            ours_or_new(&conn, path, keyed)?
        }
        other => other?,
    };
    // A damaged file is refused before anything is written to it.
    let checked = soundness::check_at_open(&conn, path)?;
    Ok(Some(Probe { found, checked }))
}

/// Whether `e`, met by a read-only look at `path`, is a hot journal left beside it.
fn hot_journal(path: &Path, e: &rusqlite::Error) -> bool {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) && Path::new(&journal).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(sql: &str) -> Result<Found> {
        let conn = in_memory()?;
        conn.execute_batch(sql)?;
        recognise(&conn, Path::new("test.db"), false)
    }

    #[test]
    fn recognise_tells_new_ours_foreign_and_newer_apart() {
        assert_eq!(found("").unwrap(), Found::Empty);
        assert_eq!(
            found("CREATE TABLE sessions (id); CREATE TABLE agenda_items (id); PRAGMA user_version = 3;")
                .unwrap(),
            Found::Ours { version: 3 }
        );
        assert_eq!(
            found("CREATE TABLE photos (id, path);").unwrap(),
            Found::Foreign
        );
        assert_eq!(
            found("CREATE TABLE sessions (id);").unwrap(),
            Found::Foreign
        );
        let newer = format!(
            "CREATE TABLE sessions (id); CREATE TABLE agenda_items (id); PRAGMA user_version = {};",
            migrations::SCHEMA_VERSION + 1
        );
        assert_eq!(found(&newer).unwrap_err().code(), "newer_database");
    }

    #[test]
    fn a_migrated_store_is_ours_at_this_version() {
        let store = crate::Store::open_in_memory().unwrap();
        assert_eq!(
            recognise(store.connection(), Path::new(":memory:"), false).unwrap(),
            Found::Ours {
                version: migrations::SCHEMA_VERSION
            }
        );
    }
}
