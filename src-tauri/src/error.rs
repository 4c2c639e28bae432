//! The error every command returns: the core's `{code, message, field, rule, params,
//! field_message}`, never a bare string.
use hrc_core::ErrorPayload;
use serde::Serialize;

/// A failed command, serialised exactly as the core's [`ErrorPayload`] so the UI can branch on
/// `code` and `rule`, and put `field_message` next to `field`. Boxed: every command returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CommandError(pub Box<ErrorPayload>);

impl From<hrc_core::Error> for CommandError {
    fn from(e: hrc_core::Error) -> Self {
        CommandError(Box::new(e.to_payload()))
    }
}

impl From<ErrorPayload> for CommandError {
    fn from(p: ErrorPayload) -> Self {
        CommandError(Box::new(p))
    }
}

/// What the log says of a failed command (`#[tracing::instrument(err)]` writes it): its code
/// alone, never its message, which can quote what the person typed.
impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.code)
    }
}
