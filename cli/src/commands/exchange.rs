//! `hrc export` and `hrc import`: a session written out in a format, and a bundle read back in.
use std::path::{Path, PathBuf};

use hrc_core::export::ExportFormat;
use hrc_core::Store;

use super::{session_id, show};
use crate::args::SessionSel;
use crate::output::{self, Failed};
use crate::read_text;
use crate::{escape, print};

/// `hrc export`: to the file given, written whole or not at all as the app's Export does, or to
/// standard output; with `mine`, the calendar limited to what is mine; `paper` and
/// `confidential` set Word's pages.
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
) -> Result<(), Failed> {
    let id = session_id(store, &sel.session)?;
    let format = ExportFormat::parse("format", format)?;
    let sections = hrc_core::export::chosen_sections(format, sections, with_notes)?;
    let page = hrc_core::export::PageSetup::chosen(format, paper, confidential)?;
    let bytes = if mine {
        hrc_core::export::mine::export(store, id, format)?
    } else {
        hrc_core::export::export_with(store, id, format, &sections, &page)?
    };
    match out {
        Some(path) => {
            hrc_core::export::write_whole(&bytes, &path)?;
            output::tell(&format!(
                "Wrote {}",
                escape::one_line(&path.to_string_lossy())
            ));
            Ok(())
        }
        None => output::bytes(&bytes),
    }
}

/// `hrc import`: a JSON bundle merged into the database, or added as a copy, and what it did.
pub fn import(store: &mut Store, file: &Path, as_copy: bool, json: bool) -> Result<(), Failed> {
    let mut bundle = hrc_core::bundle::Bundle::from_json(&read_text(file)?)?;
    if as_copy {
        bundle = bundle.into_copy(store)?;
    }
    let report = store.import_bundle(&bundle)?;
    show(json, &report, print::import)
}
