//! The one error type of the core: every door (CLI, desktop) maps it, none parses its text.
use serde::Serialize;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; `field` names the input field at fault.
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    /// A row that does not exist (or was deleted).
    #[error("{entity} not found: {key}")]
    NotFound { entity: &'static str, key: String },
    /// Input that clashes with what is stored (a duplicate, a stale edit).
    #[error("{0}")]
    Conflict(String),
    /// A database written by a newer version of HRC Planner.
    #[error("this database was written by a newer version of HRC Planner (schema {found}; this version knows up to {supported}); it was left untouched — update HRC Planner to open it")]
    NewerDatabase { found: i64, supported: i64 },
    /// A file that is not an HRC Planner database, or is damaged.
    #[error("{path} is not a readable HRC Planner database: {reason}")]
    NotADatabase { path: String, reason: String },
    /// SQLite failed (said in the app's words: see `failure_words`).
    #[error("{}", crate::failure_words::storage(.0))]
    Storage(#[from] rusqlite::Error),
    /// A schema migration failed; nothing was changed.
    #[error("the database could not be updated to this version of HRC Planner and was left as it was: {0}")]
    Migration(String),
    /// The file system failed.
    #[error("{}", crate::failure_words::io(.0))]
    Io(#[from] std::io::Error),
}

impl Error {
    /// A validation error for `field`.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Validation {
            field: field.into(),
            message: message.into(),
        }
    }

    /// A stable, machine-readable code that the doors pass on (`validation`, `not_found`, …).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Validation { .. } => "validation",
            Error::NotFound { .. } => "not_found",
            Error::Conflict(_) => "conflict",
            Error::NewerDatabase { .. } => "newer_database",
            Error::NotADatabase { .. } => "not_a_database",
            Error::Storage(_) => "storage",
            Error::Migration(_) => "migration",
            Error::Io(_) => "io",
        }
    }

    /// The field at fault, for validation errors.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Validation { field, .. } => Some(field),
            _ => None,
        }
    }

    /// True when the error is the person's input rather than the machine.
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::Validation { .. } | Error::NotFound { .. } | Error::Conflict(_)
        )
    }

    /// The `{code, message, field}` shape that the desktop sends to the UI.
    pub fn to_payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_string(),
            message: self.to_string(),
            field: self.field().map(str::to_string),
        }
    }
}

/// The serialisable face of an [`Error`].
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorPayload {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
