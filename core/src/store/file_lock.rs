//! Who has a database open. Every open store holds a shared lock on `NAME.lock` beside the
//! file, so ordinary writers never wait for each other here (SQLite orders their writes); an
//! operation on the whole file — a restore, and later encrypting or changing a passphrase —
//! takes the lock alone, and is refused while another program has the database open.
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A lock held on a database's lock file, given back when dropped (or when the process ends,
/// however it ends).
#[derive(Debug)]
pub(crate) struct FileLock(#[allow(dead_code)] File);

/// The lock file of the database at `db_path`.
pub fn lock_path(db_path: &Path) -> PathBuf {
    let mut name = db_path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    db_path.with_file_name(name)
}

fn lock_file(db_path: &Path) -> Result<File> {
    Ok(crate::private_files::open_or_create(&lock_path(db_path))?)
}

/// The lock of a store that has the database open: shared with every other open store.
pub(crate) fn open(db_path: &Path) -> Result<FileLock> {
    let file = lock_file(db_path)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(FileLock(file)),
        Err(TryLockError::WouldBlock) => Err(Error::Conflict(
            "the database is being restored or replaced by another program; try again in a \
             moment"
                .into(),
        )),
        Err(TryLockError::Error(e)) => Err(e.into()),
    }
}

/// The lock of an operation on the whole file, taken only when no program has it open.
pub(crate) fn whole_file(db_path: &Path, doing: &str) -> Result<FileLock> {
    let file = lock_file(db_path)?;
    match file.try_lock() {
        Ok(()) => Ok(FileLock(file)),
        Err(TryLockError::WouldBlock) => Err(Error::Conflict(format!(
            "the database is open in another program (HRC Planner, or an hrc command); close \
             it first, then {doing}"
        ))),
        Err(TryLockError::Error(e)) => Err(e.into()),
    }
}
