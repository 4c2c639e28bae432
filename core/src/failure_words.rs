//! How a failure of SQLite or of the file system is said to a person: what happened and what to
//! do, in the app's words — never SQLite's own ("CHECK constraint failed: …").
use rusqlite::ErrorCode;

/// A failed read or write of the database, in words.
pub fn storage(e: &rusqlite::Error) -> String {
    let rusqlite::Error::SqliteFailure(failure, _) = e else {
        return "some stored data could not be read by this version of HRC Planner; nothing \
                was changed"
            .into();
    };
    match failure.code {
        ErrorCode::DiskFull => {
            "the disk is full: free some space, then try again; nothing was saved".into()
        }
        ErrorCode::ReadOnly => "the database cannot be written: its file or its folder is \
                                read-only; nothing was saved"
            .into(),
        ErrorCode::PermissionDenied | ErrorCode::AuthorizationForStatementDenied => {
            "the system refused access to the database file; check who may read and write it".into()
        }
        ErrorCode::CannotOpen => "the database file cannot be opened: check that its folder \
                                  exists and that you may read and write there"
            .into(),
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
            "another program kept the database busy for more than 5 seconds; try again".into()
        }
        ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => {
            "the database file is damaged; restore a backup (Settings → Backups, or hrc restore)"
                .into()
        }
        ErrorCode::ConstraintViolation => {
            "the change would break a rule of the stored data and was not saved".into()
        }
        ErrorCode::TooBig => "a text is too large to store; nothing was saved".into(),
        ErrorCode::SystemIoFailure => "the disk could not be read or written (an input/output \
                                       error); nothing was saved"
            .into(),
        ErrorCode::OutOfMemory => "the computer ran out of memory; nothing was saved".into(),
        _ => format!(
            "the database could not be read or written (error {}); nothing was changed",
            failure.extended_code
        ),
    }
}

/// A failed file operation, in words.
pub fn io(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let what = match e.kind() {
        ErrorKind::PermissionDenied => "the system refused access (permission denied)",
        ErrorKind::NotFound => "the file or folder does not exist",
        ErrorKind::StorageFull => "the disk is full",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::AlreadyExists => "a file of that name is already there",
        _ => return format!("the file could not be read or written ({e})"),
    };
    what.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(code: std::os::raw::c_int) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some("raw".into()))
    }

    #[test]
    fn each_failure_has_its_own_words_and_none_of_sqlites() {
        use rusqlite::ffi;
        let cases = [
            (ffi::SQLITE_FULL, "disk is full"),
            (ffi::SQLITE_READONLY, "read-only"),
            (ffi::SQLITE_PERM, "refused access"),
            (ffi::SQLITE_CANTOPEN, "cannot be opened"),
            (ffi::SQLITE_BUSY, "busy"),
            (ffi::SQLITE_CORRUPT, "damaged"),
            (ffi::SQLITE_CONSTRAINT_CHECK, "break a rule"),
        ];
        for (code, words) in cases {
            let said = storage(&failure(code));
            assert!(said.contains(words), "{code}: {said}");
            assert!(!said.contains("raw") && !said.contains("SQLITE"), "{said}");
        }
        let io_cases = [
            (std::io::ErrorKind::PermissionDenied, "permission denied"),
            (std::io::ErrorKind::StorageFull, "disk is full"),
            (std::io::ErrorKind::ReadOnlyFilesystem, "read-only"),
        ];
        for (kind, words) in io_cases {
            assert!(io(&std::io::Error::from(kind)).contains(words), "{kind:?}");
        }
    }
}
