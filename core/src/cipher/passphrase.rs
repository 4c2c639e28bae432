//! A passphrase as the person typed it: held in memory that is wiped when dropped, never shown,
//! never written, and checked for length only when it is being chosen.
use std::fmt;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rule::Rule;

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// A passphrase (wiped from memory when dropped; its `Debug` shows nothing of it).
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// A passphrase typed to unlock a database: anything but nothing (`field` names the input).
    pub fn typed(field: &str, text: String) -> Result<Passphrase> {
        let text = Zeroizing::new(text);
        if text.trim().is_empty() {
            return Err(Error::invalid(field, Rule::Empty));
        }
        Ok(Passphrase(text))
    }

    /// A passphrase being chosen for a database: at least [`MIN_PASSPHRASE_CHARS`] characters.
    pub fn chosen(field: &str, text: String) -> Result<Passphrase> {
        let passphrase = Passphrase::typed(field, text)?;
        if passphrase.0.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(Error::invalid(
                field,
                Rule::PassphraseTooShort {
                    min: MIN_PASSPHRASE_CHARS,
                },
            ));
        }
        Ok(passphrase)
    }

    /// A passphrase being chosen, typed twice: refused on `passphrase` when too short, on
    /// `confirm` when the two differ.
    pub fn confirmed(text: String, confirm: String) -> Result<Passphrase> {
        let confirm = Zeroizing::new(confirm);
        let passphrase = Passphrase::chosen("passphrase", text)?;
        if passphrase.0.as_bytes() != confirm.as_bytes() {
            return Err(Error::invalid("confirm", Rule::PassphrasesDiffer));
        }
        Ok(passphrase)
    }

    /// A passphrase read from a file (`--passphrase-file`): its first line, without the line
    /// ending, so that `echo … > file` and an editor's saved file both work.
    pub fn from_file_text(field: &str, text: String) -> Result<Passphrase> {
        let text = Zeroizing::new(text);
        let line = text.lines().next().unwrap_or_default().to_string();
        Passphrase::typed(field, line)
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(…)")
    }
}
