//! The error every command returns: the core's `{code, message, field}`, never a bare string.
use hrc_core::ErrorPayload;
use serde::Serialize;

/// A failed command, serialised exactly as the core's [`ErrorPayload`] so the UI can branch on
/// `code` and put `message` next to `field`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CommandError(pub ErrorPayload);

impl From<hrc_core::Error> for CommandError {
    fn from(e: hrc_core::Error) -> Self {
        CommandError(e.to_payload())
    }
}

impl From<ErrorPayload> for CommandError {
    fn from(p: ErrorPayload) -> Self {
        CommandError(p)
    }
}

/// What the log says of a failed command (`#[tracing::instrument(err)]` writes it): its code
/// alone, never its message, which can quote what the person typed.
impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.code)
    }
}
