//! Encrypting a plain database in place, decrypting it back, and changing its passphrase: each
//! writes the whole database into a new file under the new key (SQLCipher's `sqlcipher_export`),
//! checks it row for row against the old one, and renames it over the old file; then the old
//! file's blocks and its log are overwritten, and each backup is converted the same way. A kill
//! at any moment leaves either the old file or the new one whole (`core/tests/crash.rs`).
use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::backup::{backups, folder, process_runs, remove_if_there, sidecar, sync_dir};
use super::connection::{self, Found};
use crate::cipher::{protection, DatabaseKey, Passphrase, Protection, Unlock};
use crate::error::{Error, Result};
use crate::private_files;

/// What a conversion did.
#[derive(Debug)]
pub struct Converted {
    /// The database's key now (`None` when it is plain): the app opens it again with it.
    pub key: Option<DatabaseKey>,
    /// The backups converted with it.
    pub backups_converted: usize,
    /// Backups left as they were: protected by another key (an older passphrase's file copied
    /// in by hand), or damaged; named so that the person can delete them.
    pub backups_left: Vec<PathBuf>,
}

/// Encrypts the plain database at `db_path` with `passphrase`, and its backups with it. On a
/// file already protected by that passphrase, converts the backups a killed run left plain.
pub fn encrypt(db_path: &Path, passphrase: &Passphrase) -> Result<Converted> {
    let _alone = super::file_lock::whole_file(db_path, "encrypt it")?;
    match protection(db_path)? {
        Protection::Plain => {
            let key = DatabaseKey::fresh(passphrase)?;
            convert_database(db_path, None, Some(&key))?;
            convert_backups(db_path, None, Some(key))
        }
        Protection::Encrypted => {
            let key = DatabaseKey::for_file(db_path, &Unlock::Passphrase(passphrase.clone()))?;
            check_opens(db_path, &key)?;
            convert_backups(db_path, None, Some(key))
        }
        _ => Err(missing(db_path)),
    }
}

/// Decrypts the protected database at `db_path` (with what unlocks it), and its backups.
pub fn decrypt(db_path: &Path, unlock: &Unlock) -> Result<Converted> {
    let _alone = super::file_lock::whole_file(db_path, "decrypt it")?;
    let old = key_of(db_path, unlock)?;
    convert_database(db_path, Some(&old), None)?;
    convert_backups(db_path, Some(old), None)
}

/// Gives the protected database at `db_path` (opened with `unlock`) the passphrase `new`: a new
/// salt and key, so the old recovery key no longer opens it; its backups follow.
pub fn change_passphrase(db_path: &Path, unlock: &Unlock, new: &Passphrase) -> Result<Converted> {
    let _alone = super::file_lock::whole_file(db_path, "change its passphrase")?;
    let old = key_of(db_path, unlock)?;
    let key = DatabaseKey::fresh(new)?;
    convert_database(db_path, Some(&old), Some(&key))?;
    convert_backups(db_path, Some(old), Some(key))
}

/// Removes what a killed conversion left beside the database at `db_path` or its backups (a
/// new file not yet in place; overwritten first, as it may be a plain copy). Called when the
/// database opens.
pub(crate) fn clear_interrupted(db_path: &Path) -> Result<()> {
    clear_in(&folder(db_path))?;
    clear_in(&super::backup::backup_dir(db_path))
}

fn clear_in(dir: &Path) -> Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    for entry in entries {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix('.') else {
            continue;
        };
        let base = rest
            .strip_suffix("-journal")
            .or_else(|| rest.strip_suffix("-wal"))
            .or_else(|| rest.strip_suffix("-shm"))
            .unwrap_or(rest);
        let Some(pid) = base
            .strip_suffix(".converting")
            .and_then(|b| b.rsplit_once('.'))
            .and_then(|(_, p)| p.parse().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_runs(pid) {
            shred(&dir.join(&name))?;
        }
    }
    Ok(())
}

/// The key of the protected file at `db_path`, checked to open it (a wrong passphrase changes
/// nothing).
fn key_of(db_path: &Path, unlock: &Unlock) -> Result<DatabaseKey> {
    if protection(db_path)? != Protection::Encrypted {
        return Err(match protection(db_path)? {
            Protection::Plain => Error::Conflict(format!(
                "{} is not protected by a passphrase",
                db_path.display()
            )),
            _ => missing(db_path),
        });
    }
    let key = DatabaseKey::for_file(db_path, unlock)?;
    check_opens(db_path, &key)?;
    Ok(key)
}

/// Refuses a key that does not open the file (read-only: nothing is written).
fn check_opens(path: &Path, key: &DatabaseKey) -> Result<()> {
    let conn = connection::read_only(path, Some(key))?;
    match connection::recognise(&conn, path, true)? {
        Found::Ours { .. } => Ok(()),
        _ => Err(Error::NotADatabase {
            path: path.display().to_string(),
            reason: "it is not an HRC Planner database".into(),
        }),
    }
}

/// Writes the file at `path` (its log folded in) under key `to`, checks the copy, and puts it
/// in place; then overwrites the old file's blocks and its log's.
fn convert_file(path: &Path, from: Option<&DatabaseKey>, to: Option<&DatabaseKey>) -> Result<()> {
    let temp = folder(path).join(format!(
        ".{}.{}.converting",
        file_name(path),
        std::process::id()
    ));
    shred(&temp)?;
    let source = connection::restoring(path, from)?;
    if !matches!(
        connection::recognise(&source, path, from.is_some())?,
        Found::Ours { .. }
    ) {
        return Err(Error::NotADatabase {
            path: path.display().to_string(),
            reason: "it is not an HRC Planner database".into(),
        });
    }
    super::soundness::check(&source, path, "quick_check")?;
    let written = export(&source, &temp, to).and_then(|_| verify(&temp, to, path, from));
    if let Err(e) = written {
        shred(&temp)?;
        return Err(e);
    }
    File::open(&temp)?.sync_all()?;
    // Everything is in the file itself now; the log is kept open to be overwritten once gone.
    source.query_row("PRAGMA wal_checkpoint(FULL)", [], |_| Ok(()))?;
    let old_log = open_to_overwrite(&sidecar(path, "-wal"))?;
    let old_file = open_to_overwrite(path)?;
    source.close().map_err(|(_, e)| Error::from(e))?;
    // The old log must go before the new file arrives: SQLite would replay it into the new one.
    remove_if_there(&sidecar(path, "-wal"))?;
    remove_if_there(&sidecar(path, "-shm"))?;
    fs::rename(&temp, path)?;
    sync_dir(&folder(path))?;
    for old in [old_file, old_log].into_iter().flatten() {
        overwrite(old)?;
    }
    Ok(())
}

fn convert_database(
    db_path: &Path,
    from: Option<&DatabaseKey>,
    to: Option<&DatabaseKey>,
) -> Result<()> {
    convert_file(db_path, from, to)
}

/// Converts each backup of the database at `db_path` that `from` opens (a plain one when `from`
/// is `None`) to `to`; a backup already under `to`, left; any other, named in `backups_left`.
fn convert_backups(
    db_path: &Path,
    from: Option<DatabaseKey>,
    to: Option<DatabaseKey>,
) -> Result<Converted> {
    let mut converted = 0;
    let mut left = Vec::new();
    for backup in backups(db_path)? {
        let path = backup.path;
        let state = protection(&path)?;
        let opens = |key: &Option<DatabaseKey>| -> Result<bool> {
            Ok(match (key, state) {
                (None, Protection::Plain) => true,
                (Some(k), Protection::Encrypted) => {
                    k.salt_matches(&path)? && check_opens(&path, k).is_ok()
                }
                _ => false,
            })
        };
        if opens(&to)? {
            continue;
        }
        if opens(&from)? && convert_file(&path, from.as_ref(), to.as_ref()).is_ok() {
            converted += 1;
        } else {
            left.push(path);
        }
    }
    Ok(Converted {
        key: to,
        backups_converted: converted,
        backups_left: left,
    })
}

/// Writes every table of `source` into a new file at `temp` under `to` (a plain file when
/// `None`), with the schema version.
fn export(source: &Connection, temp: &Path, to: Option<&DatabaseKey>) -> Result<()> {
    private_files::create_empty(temp)?;
    let key = to.map(|k| k.attach_value());
    let key_sql = key.as_deref().map_or("''", |k| k.as_str());
    let version: i64 = source.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
    let target = path_text(temp)?;
    source.execute_batch(&zeroize::Zeroizing::new(format!(
        "ATTACH DATABASE '{}' AS converted KEY {key_sql}",
        target.replace('\'', "''")
    )))?;
    let exported = source
        .query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))
        .and_then(|_| source.execute_batch(&format!("PRAGMA converted.user_version = {version}")));
    source.execute_batch("DETACH DATABASE converted")?;
    Ok(exported?)
}

/// Checks the new file at `temp` (under `to`) against the old one at `old` (under `from`): the
/// same schema version, every table with the same rows, and the new file whole.
fn verify(
    temp: &Path,
    to: Option<&DatabaseKey>,
    old: &Path,
    from: Option<&DatabaseKey>,
) -> Result<()> {
    let conn = connection::read_only(temp, to)?;
    super::soundness::check(&conn, temp, "integrity_check")?;
    let key = from.map(|k| k.attach_value());
    let key_sql = key.as_deref().map_or("''", |k| k.as_str());
    conn.execute_batch(&zeroize::Zeroizing::new(format!(
        "ATTACH DATABASE '{}' AS old KEY {key_sql}",
        path_text(old)?.replace('\'', "''")
    )))?;
    let differ = |what: String| {
        Err(Error::Io(std::io::Error::other(format!(
            "the converted copy differs from the database ({what}); nothing was changed"
        ))))
    };
    let versions: (i64, i64) = (
        conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?,
        conn.query_row("PRAGMA old.user_version", [], |r| r.get(0))?,
    );
    if versions.0 != versions.1 {
        return differ("schema version".into());
    }
    let tables = |schema: &str| -> Result<Vec<String>> {
        let mut stmt = conn.prepare(&format!(
            "SELECT name FROM {schema}.sqlite_schema WHERE type = 'table' \
             AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        ))?;
        let names = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(names)
    };
    let names = tables("main")?;
    if names != tables("old")? {
        return differ("tables".into());
    }
    for name in names {
        let t = name.replace('"', "\"\"");
        let (count, old_count, missing, extra): (i64, i64, i64, i64) = conn.query_row(
            &format!(
                "SELECT (SELECT count(*) FROM main.\"{t}\"), (SELECT count(*) FROM old.\"{t}\"), \
                 (SELECT count(*) FROM (SELECT * FROM old.\"{t}\" EXCEPT SELECT * FROM main.\"{t}\")), \
                 (SELECT count(*) FROM (SELECT * FROM main.\"{t}\" EXCEPT SELECT * FROM old.\"{t}\"))"
            ),
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        if count != old_count || missing != 0 || extra != 0 {
            return differ(format!("table {name}"));
        }
    }
    conn.execute_batch("DETACH DATABASE old")?;
    Ok(())
}

/// A file opened for overwriting once its name is gone (`None` when there is none).
fn open_to_overwrite(path: &Path) -> Result<Option<File>> {
    match OpenOptions::new().write(true).open(path) {
        Ok(f) => Ok(Some(f)),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Writes zeros over every byte of `file` and flushes them to disk. On a hard disk and most
/// file systems this overwrites the old blocks; an SSD or a copy-on-write file system may write
/// elsewhere and keep the old blocks out of any program's reach (SECURITY.md).
fn overwrite(mut file: File) -> Result<()> {
    let len = file.metadata()?.len();
    file.seek(SeekFrom::Start(0))?;
    let zeros = vec![0u8; 1 << 20];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()?;
    Ok(())
}

/// Overwrites and removes the file at `path` and its log, when there.
fn shred(path: &Path) -> Result<()> {
    for p in [
        path.to_path_buf(),
        sidecar(path, "-wal"),
        sidecar(path, "-journal"),
        sidecar(path, "-shm"),
    ] {
        if let Some(f) = open_to_overwrite(&p)? {
            overwrite(f)?;
            remove_if_there(&p)?;
        }
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn path_text(path: &Path) -> Result<&str> {
    path.to_str().ok_or_else(|| {
        Error::Io(std::io::Error::other(format!(
            "{} is not a UTF-8 path",
            path.display()
        )))
    })
}

fn missing(db_path: &Path) -> Error {
    Error::NotFound {
        entity: "database file",
        key: db_path.display().to_string(),
    }
}
