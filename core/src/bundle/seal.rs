//! A bundle sealed with a passphrase for sending to a teammate: its bytes encrypted in the age
//! format (age's scrypt recipient, the `age` crate), recognised by age's header and opened with
//! the same passphrase. The sealed file is written binary, not ASCII-armored: it travels as an
//! attachment, a quarter smaller, and its first line still says what it is; an armored one (made
//! with `rage -a -p`, or pasted as text) opens too.
use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use uuid::Uuid;

use super::{Bundle, ImportReport};
use crate::error::{Error, Result};
use crate::export::{ExportFormat, PageSetup, Section};
use crate::problem::FileProblem;
use crate::rule::Rule;
use crate::store::Store;

/// The passphrase to seal and open with: the same as a protected database's (wiped when
/// dropped; at least 12 characters when chosen, since a sealed file can be copied and guessed at
/// offline for as long as the guesser likes).
pub use crate::cipher::{Passphrase, MIN_PASSPHRASE_CHARS};

/// The first bytes of an age file, and of an ASCII-armored one.
const AGE_HEADER: &[u8] = b"age-encryption.org/";
const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// The passphrase as age takes it (a copy it wipes when dropped).
fn secret(passphrase: &Passphrase) -> SecretString {
    SecretString::from(String::from_utf8_lossy(passphrase.bytes()).into_owned())
}

/// Whether `bytes` are an age file (binary or armored): a sealed bundle, to be opened with a
/// passphrase before it is read.
pub fn is_sealed(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    bytes.starts_with(AGE_HEADER) || bytes[start..].starts_with(ARMOR_BEGIN)
}

/// `bytes` sealed with `passphrase` (age, scrypt tuned by age to about a second here).
pub fn seal(bytes: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>> {
    let encryptor = age::Encryptor::with_user_passphrase(secret(passphrase));
    let mut writer = encryptor.wrap_output(Vec::with_capacity(bytes.len() + 256))?;
    writer.write_all(bytes)?;
    Ok(writer.finish()?)
}

/// The bytes sealed in `sealed`, opened with `passphrase`. A passphrase that does not open them
/// is [`Error::WrongPassphrase`]; a damaged or cut-short file is refused on `bundle`.
pub fn open(sealed: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>> {
    let damaged = |problem: String| Error::invalid("bundle", Rule::SealedDamaged { problem });
    let reader = age::armor::ArmoredReader::new(sealed);
    let decryptor = age::Decryptor::new_buffered(reader).map_err(|e| match e {
        age::DecryptError::UnknownFormat => Error::invalid("bundle", Rule::SealedOtherwise),
        other => damaged(other.to_string()),
    })?;
    if !decryptor.is_scrypt() {
        return Err(Error::invalid("bundle", Rule::SealedOtherwise));
    }
    let identity = age::scrypt::Identity::new(secret(passphrase));
    let mut plain = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys => Error::WrongPassphrase {
                what: "this sealed bundle".into(),
            },
            age::DecryptError::ExcessiveWork { required, target } => {
                Error::invalid("bundle", Rule::SealedTooCostly { required, target })
            }
            other => damaged(other.to_string()),
        })?;
    let mut bytes = Vec::with_capacity(sealed.len());
    plain
        .read_to_end(&mut bytes)
        .map_err(|e| damaged(e.to_string()))?;
    Ok(bytes)
}

/// The bundle in `bytes`: opened with `passphrase` first when sealed (refused on `passphrase`
/// when none is given), then read as [`Bundle::from_json`] does.
pub fn read_bundle(bytes: &[u8], passphrase: Option<&Passphrase>) -> Result<Bundle> {
    let opened;
    let plain = if is_sealed(bytes) {
        let passphrase =
            passphrase.ok_or_else(|| Error::invalid("passphrase", Rule::SealedNeedsPassphrase))?;
        opened = open(bytes, passphrase)?;
        &opened[..]
    } else {
        bytes
    };
    let text =
        std::str::from_utf8(plain).map_err(|_| Error::invalid("bundle", Rule::NotABundle))?;
    Bundle::from_json(text)
}

/// Refuses, on `format`, to seal any format but the full copy (JSON bundle).
pub fn sealable(format: ExportFormat) -> Result<()> {
    if format != ExportFormat::Bundle {
        return Err(Error::invalid("format", Rule::SealOnlyBundle { format }));
    }
    Ok(())
}

/// The session's full copy (JSON bundle) sealed with `passphrase`; `sections` chooses the notes
/// as for an unsealed one, and `include_confidential` the records marked confidential (left out
/// unless asked, as in every export). Any other `format` is refused on `format`.
pub fn export_sealed(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
    passphrase: &Passphrase,
    include_confidential: bool,
) -> Result<Vec<u8>> {
    sealable(format)?;
    let bytes = crate::export::export_choosing(
        store,
        session_id,
        format,
        sections,
        &PageSetup::default(),
        include_confidential,
    )?;
    seal(&bytes, passphrase)
}

/// [`export_sealed`] written to `path` whole or not at all (`export::write_whole`).
pub fn export_sealed_to_file(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    sections: &[Section],
    passphrase: &Passphrase,
    include_confidential: bool,
    path: &Path,
) -> Result<()> {
    let sealed = export_sealed(
        store,
        session_id,
        format,
        sections,
        passphrase,
        include_confidential,
    )?;
    crate::export::write_whole(&sealed, path)
}

/// The bytes of the file at `path`; a file that cannot be read is refused on `path`.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        Error::invalid(
            "path",
            Rule::CannotRead {
                path: path.display().to_string(),
                problem: FileProblem::of(&e),
            },
        )
    })
}

/// Imports the bundle file at `path`, sealed or not (a sealed one opened with `passphrase`):
/// merged into its session, or, `as_copy`, added as a copy (see [`Bundle::into_copy`]).
pub fn import_file(
    store: &mut Store,
    path: &Path,
    passphrase: Option<&Passphrase>,
    as_copy: bool,
) -> Result<ImportReport> {
    import_bytes(store, &read_file(path)?, passphrase, as_copy)
}

/// As [`import_file`], from the file's bytes.
pub fn import_bytes(
    store: &mut Store,
    bytes: &[u8],
    passphrase: Option<&Passphrase>,
    as_copy: bool,
) -> Result<ImportReport> {
    let mut bundle = read_bundle(bytes, passphrase)?;
    if as_copy {
        bundle = bundle.into_copy(store)?;
    }
    store.import_bundle(&bundle)
}
