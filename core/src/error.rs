//! The one error type of the core: every door (CLI, desktop) maps it, none parses its text.
use std::collections::BTreeMap;

use serde::Serialize;

use crate::rule::{Rule, RuleCode};

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; `field` names the input field at fault.
    #[error("{field}: {}", .rule.message())]
    Validation { field: String, rule: Box<Rule> },
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
    /// A database protected by a passphrase, opened without one.
    #[error("{path} is protected by a passphrase: unlock it with its passphrase or recovery key")]
    Locked { path: String },
    /// SQLite failed (said in the app's words: see `failure_words`).
    #[error("{}", crate::failure_words::storage(.0))]
    Storage(#[from] rusqlite::Error),
    /// A schema migration failed; nothing was changed.
    #[error("the database could not be updated to this version of HRC Planner and was left as it was: {0}")]
    Migration(String),
    /// The file system failed.
    #[error("{}", crate::failure_words::io(.0))]
    Io(#[from] std::io::Error),
    /// A passphrase (or recovery key) that does not open what it was given for: `what` is a
    /// protected database's path or a sealed bundle; nothing changed.
    #[error("wrong passphrase: it does not open {what}; nothing was changed")]
    WrongPassphrase { what: String },
}

impl Error {
    /// A validation error: `field` broke `rule`.
    pub fn invalid(field: impl Into<String>, rule: Rule) -> Self {
        Error::Validation {
            field: field.into(),
            rule: Box::new(rule),
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
            Error::Locked { .. } => "locked",
            Error::WrongPassphrase { .. } => "wrong_passphrase",
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

    /// The rule broken, for validation errors.
    pub fn rule(&self) -> Option<&Rule> {
        match self {
            Error::Validation { rule, .. } => Some(rule),
            _ => None,
        }
    }

    /// True when the error is the person's input rather than the machine.
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::Validation { .. }
                | Error::NotFound { .. }
                | Error::Conflict(_)
                | Error::WrongPassphrase { .. }
        )
    }

    /// The `{code, message, field, rule, params, field_message}` shape that the desktop sends
    /// to the UI.
    pub fn to_payload(&self) -> ErrorPayload {
        let rule = self.rule();
        ErrorPayload {
            code: self.code().to_string(),
            message: self.to_string(),
            field: self.field().map(str::to_string),
            rule: rule.map(RuleCode::from),
            params: rule.map(Rule::params).unwrap_or_default(),
            field_message: rule.map(Rule::message),
        }
    }
}

/// The serialisable face of an [`Error`].
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ErrorPayload {
    /// What kind of failure (`validation`, `not_found`, …).
    pub code: String,
    /// The whole message, standing alone ("end: must be after the start").
    pub message: String,
    /// The input field at fault, for validation errors.
    pub field: Option<String>,
    /// The rule the field broke (`after_start`), for validation errors.
    pub rule: Option<RuleCode>,
    /// The values the rule's message names (`{"value": "25:00"}`); empty when none.
    pub params: BTreeMap<String, String>,
    /// The message to show next to `field`, without its name ("must be after the start").
    pub field_message: Option<String>,
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
