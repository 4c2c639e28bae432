//! Why the disk or the database failed, as codes that errors carry in their parameters; the
//! English for each is made in `failure_words`, like every other message.
use serde::Serialize;

/// Why a file could not be read or written, read from the system's error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileProblem {
    AccessDenied,
    NotFound,
    DiskFull,
    ReadOnly,
    AlreadyExists,
    IsAFolder,
    NotText,
    Other,
}

impl FileProblem {
    /// The problem behind a failed file operation.
    pub fn of(e: &std::io::Error) -> Self {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::PermissionDenied => FileProblem::AccessDenied,
            K::NotFound => FileProblem::NotFound,
            K::StorageFull => FileProblem::DiskFull,
            K::ReadOnlyFilesystem => FileProblem::ReadOnly,
            K::AlreadyExists => FileProblem::AlreadyExists,
            K::IsADirectory => FileProblem::IsAFolder,
            K::InvalidData => FileProblem::NotText,
            _ => FileProblem::Other,
        }
    }
}

/// Why SQLite failed to read or write the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StorageProblem {
    /// Stored data this version cannot read (not a failure of SQLite itself).
    Unreadable,
    DiskFull,
    ReadOnly,
    AccessDenied,
    CannotOpen,
    Busy,
    Damaged,
    /// A change that would break a rule of the stored data (a constraint).
    BreaksStoredRule,
    TooBig,
    DiskFailure,
    OutOfMemory,
    /// Another failure; SQLite's extended code says which.
    Other,
}

impl StorageProblem {
    /// The problem behind a failure of SQLite, with SQLite's extended code (0 when there is none).
    pub fn of(e: &rusqlite::Error) -> (Self, i32) {
        use rusqlite::ErrorCode as C;
        let rusqlite::Error::SqliteFailure(failure, _) = e else {
            return (StorageProblem::Unreadable, 0);
        };
        let problem = match failure.code {
            C::DiskFull => StorageProblem::DiskFull,
            C::ReadOnly => StorageProblem::ReadOnly,
            C::PermissionDenied | C::AuthorizationForStatementDenied => {
                StorageProblem::AccessDenied
            }
            C::CannotOpen => StorageProblem::CannotOpen,
            C::DatabaseBusy | C::DatabaseLocked => StorageProblem::Busy,
            C::DatabaseCorrupt | C::NotADatabase => StorageProblem::Damaged,
            C::ConstraintViolation => StorageProblem::BreaksStoredRule,
            C::TooBig => StorageProblem::TooBig,
            C::SystemIoFailure => StorageProblem::DiskFailure,
            C::OutOfMemory => StorageProblem::OutOfMemory,
            _ => StorageProblem::Other,
        };
        (problem, failure.extended_code)
    }
}
