//! How a Word export is set on the page, as the person chooses it: the paper (A4 or Letter) and
//! whether each page is marked "Confidential"; refused for a format that has no pages to set.
use serde::{Deserialize, Serialize};

use super::ExportFormat;
use crate::domain::choices;
use crate::error::{Error, Result};

choices!(
    /// The paper a Word export is laid out for: A4 in Geneva and most of the world, Letter in
    /// North America.
    Paper {
        A4 = "a4": "A4",
        Letter = "letter": "Letter",
    }
);

impl Paper {
    /// The page's width and height in twentieths of a point (twips).
    pub fn size(self) -> (u32, u32) {
        match self {
            Paper::A4 => (11_906, 16_838),
            Paper::Letter => (12_240, 15_840),
        }
    }
}

/// The page a Word export is set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PageSetup {
    pub paper: Paper,
    /// Each page says "Confidential" in its header, and the first page under the title.
    pub confidential: bool,
}

impl Default for PageSetup {
    fn default() -> Self {
        PageSetup {
            paper: Paper::A4,
            confidential: false,
        }
    }
}

impl PageSetup {
    /// The page as a person asked for it (`paper` as typed: a4 or letter; A4 when omitted),
    /// refused for a format that has no pages to set (only Word has), rather than silently
    /// ignored. The error names `paper` or `confidential`.
    pub fn chosen(format: ExportFormat, paper: Option<&str>, confidential: bool) -> Result<Self> {
        if format != ExportFormat::Word {
            let field = match (paper, confidential) {
                (Some(_), _) => Some("paper"),
                (None, true) => Some("confidential"),
                (None, false) => None,
            };
            if let Some(field) = field {
                return Err(Error::invalid(field, crate::Rule::NoPageToSet { format }));
            }
        }
        Ok(PageSetup {
            paper: match paper {
                Some(p) => Paper::parse("paper", p)?,
                None => Paper::A4,
            },
            confidential,
        })
    }
}
