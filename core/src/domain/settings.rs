//! The advocate's settings: speaking rate, default limits, their organisation, the theme and
//! how many backups to keep, and when a protected database locks itself.
use serde::{Deserialize, Serialize};

use super::organisation::EcosocStatus;

/// Stored settings, with the defaults DESIGN.md gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Settings {
    /// Speaking rate for time estimates (default 150).
    pub words_per_minute: u32,
    /// Default limit of an oral statement in a general debate (default 90).
    pub general_debate_seconds: u32,
    /// Default limit of other oral statements (default 120).
    pub other_seconds: u32,
    /// The advocate's own organisation.
    pub my_organisation: String,
    /// Its ECOSOC status, which sets the word limit of written statements.
    pub my_ecosoc_status: EcosocStatus,
    /// `system`, `light` or `dark`.
    pub theme: String,
    /// How many backups of the database to keep, 1 to 100 (default 10): one for each of the
    /// latest days first, then the newest; the rest are deleted.
    pub backups_kept: u32,
    /// Whether keys pressed alone (`?` for the shortcut list) are shortcuts (default true); a
    /// person whose speech input or tremor sends stray keys turns them off (WCAG 2.1.4).
    pub single_key_shortcuts: bool,
    /// After how many idle minutes a database protected by a passphrase locks itself, 0 to 480
    /// (default 10; 0 = never). A plain database has nothing to lock.
    pub lock_after_minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            words_per_minute: 150,
            general_debate_seconds: 90,
            other_seconds: 120,
            my_organisation: String::new(),
            my_ecosoc_status: EcosocStatus::General,
            theme: "system".to_string(),
            backups_kept: 10,
            single_key_shortcuts: true,
            lock_after_minutes: 10,
        }
    }
}
