//! What the Export dialog chose last for a session — its format and sections — kept by the core
//! (store/export_choice.rs), so that a new window or a clean web view opens the dialog on it.
use serde::{Deserialize, Serialize};

use super::{ExportFormat, Section};

/// A session's last export choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportChoice {
    pub format: ExportFormat,
    /// The sections chosen, in the overview's order, each once.
    pub sections: Vec<Section>,
}

impl ExportChoice {
    /// The choice as kept: sections in the overview's order, each once.
    pub fn tidied(&self) -> ExportChoice {
        ExportChoice {
            format: self.format,
            sections: Section::ALL
                .iter()
                .copied()
                .filter(|s| self.sections.contains(s))
                .collect(),
        }
    }
}
