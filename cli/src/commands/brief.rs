//! `hrc brief --situation ID | --issue ID --format docx|html|md`: the one-page brief on a country
//! situation or a key issue, written to --out or standard output.
use std::path::PathBuf;

use hrc_core::domain::brief::BriefOn;
use hrc_core::export::brief::{render, BriefFormat};
use hrc_core::store::row_id;
use hrc_core::Store;

use crate::output::{self, Failed};

/// Writes the brief on the situation or the key issue given (one of them, named by its flag),
/// its confidential records only `with_confidential`.
pub fn run(
    store: &Store,
    situation: Option<&str>,
    issue: Option<&str>,
    format: &str,
    out: Option<PathBuf>,
    with_confidential: bool,
) -> Result<(), Failed> {
    let (on, id) = match (situation, issue) {
        (Some(id), None) => (BriefOn::Situation, row_id("situation", id)?),
        (None, Some(id)) => (BriefOn::KeyIssue, row_id("issue", id)?),
        (Some(_), Some(_)) => {
            return Err(Failed::Usage(
                "hrc: error: --situation and --issue: a brief is on one of them, not both".into(),
            ))
        }
        (None, None) => {
            return Err(Failed::Usage(
                "hrc: error: --situation or --issue: say what the brief is on (hrc brief --situation ID | --issue ID)".into(),
            ))
        }
    };
    let format = BriefFormat::parse("format", format)?;
    let bytes = render(&store.brief_choosing(on, id, with_confidential)?, format)?;
    let binary = (format == BriefFormat::Word).then_some("a Word document");
    output::file(&bytes, out.as_deref(), binary)
}
