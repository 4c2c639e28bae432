//! The recovery key: the database's key itself, written as 64 hexadecimal digits in groups of
//! eight, for the person to print or keep in a file of their choosing. It opens the database
//! when the passphrase is forgotten; changing the passphrase makes a new one.
use std::fmt::{self, Write as _};

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rule::Rule;

/// A recovery key (wiped from memory when dropped).
pub struct RecoveryKey(pub(crate) Zeroizing<[u8; 32]>);

impl RecoveryKey {
    /// Reads a recovery key as written by [`RecoveryKey::text`]: spaces, dashes and case are
    /// forgiven; anything but 64 hexadecimal digits is refused, naming `field`.
    pub fn parse(field: &str, text: &str) -> Result<RecoveryKey> {
        let digits: Zeroizing<Vec<u8>> = Zeroizing::new(
            text.bytes()
                .filter(|b| !matches!(b, b' ' | b'-' | b'\t' | b'\n' | b'\r'))
                .collect(),
        );
        let refuse = || Error::invalid(field, Rule::NotARecoveryKey);
        if digits.len() != 64 {
            return Err(refuse());
        }
        let mut key = Zeroizing::new([0u8; 32]);
        for (i, pair) in digits.chunks(2).enumerate() {
            let high = (pair[0] as char).to_digit(16).ok_or_else(refuse)?;
            let low = (pair[1] as char).to_digit(16).ok_or_else(refuse)?;
            key[i] = (high * 16 + low) as u8;
        }
        Ok(RecoveryKey(key))
    }

    /// The key as the person keeps it: `1A2B3C4D-…`, eight groups of eight digits.
    pub fn text(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(71));
        for (i, byte) in self.0.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            let _ = write!(out, "{byte:02X}");
        }
        out
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_key_reads_back_as_written_and_forgives_spacing() {
        let key = RecoveryKey(Zeroizing::new(core::array::from_fn(|i| i as u8 * 7)));
        let text = key.text();
        assert_eq!(text.len(), 71);
        let again =
            RecoveryKey::parse("recovery_key", &text.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!(*again.0, *key.0);
        assert!(RecoveryKey::parse("recovery_key", "12345").is_err());
        assert!(RecoveryKey::parse("recovery_key", &"Z".repeat(64)).is_err());
    }
}
