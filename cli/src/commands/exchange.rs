//! `hrc export` and `hrc import`: a session written out in a format, and a bundle read back in.
use std::path::{Path, PathBuf};

use hrc_core::export::ExportFormat;
use hrc_core::Store;

use super::{session_id, show};
use crate::args::{SealArgs, SessionSel};
use crate::output::{self, Failed};
use crate::read_bytes;
use crate::{print, seal_passphrase};

/// `hrc export`: to the file given, written whole or not at all as the app's Export does, or to
/// standard output; with `mine`, the calendar limited to what is mine; `paper` and
/// `confidential` set Word's pages; `with_confidential` adds the records marked confidential
/// (never to what is mine); `seal`: the full copy sealed with a passphrase.
// One argument for each option of `hrc export`.
#[allow(clippy::too_many_arguments)]
pub fn export(
    store: &Store,
    sel: &SessionSel,
    format: &str,
    out: Option<PathBuf>,
    sections: Option<&str>,
    with_notes: bool,
    mine: bool,
    paper: Option<&str>,
    confidential: bool,
    with_confidential: bool,
    seal: &SealArgs,
) -> Result<(), Failed> {
    let id = session_id(store, &sel.session)?;
    let format = ExportFormat::parse("format", format)?;
    let sections = hrc_core::export::chosen_sections(format, sections, with_notes)?;
    let page = hrc_core::export::PageSetup::chosen(format, paper, confidential)?;
    let written = |include: bool| {
        hrc_core::export::export_choosing(store, id, format, &sections, &page, include)
    };
    let binary = match format {
        _ if seal.seal => Some("a sealed bundle"),
        ExportFormat::Word => Some("a Word document"),
        _ => None,
    };
    let bytes = if seal.seal {
        hrc_core::bundle::seal::sealable(format)?;
        // Refused before the passphrase is asked.
        if out.is_none() {
            output::not_to_terminal(binary)?;
        }
        let passphrase = seal_passphrase::to_seal(seal.seal_passphrase_file.as_deref())?;
        hrc_core::bundle::seal::export_sealed(
            store,
            id,
            format,
            &sections,
            &passphrase,
            with_confidential,
        )?
    } else if mine {
        if with_confidential {
            return Err(Failed::Usage(
                "hrc: error: --with-confidential: the calendar of what is mine leaves confidential items out".into(),
            ));
        }
        hrc_core::export::mine::export(store, id, format)?
    } else {
        written(with_confidential)?
    };
    output::file(&bytes, out.as_deref(), binary)
}

/// `hrc import`: a JSON bundle merged into the database, or added as a copy, and what it did; a
/// sealed one (known by its header) opened first with its passphrase.
pub fn import(
    store: &mut Store,
    file: &Path,
    as_copy: bool,
    seal_passphrase_file: Option<&Path>,
    json: bool,
) -> Result<(), Failed> {
    use hrc_core::bundle::seal;
    let bytes = read_bytes(file)?;
    let passphrase = if seal::is_sealed(&bytes) {
        Some(seal_passphrase::to_open(seal_passphrase_file)?)
    } else {
        None
    };
    let report = seal::import_bytes(store, &bytes, passphrase.as_ref(), as_copy)?;
    show(json, &report, print::import)
}
