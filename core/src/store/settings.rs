//! The advocate's settings, kept as key/value rows with defaults.
use rusqlite::{params, Connection};

use super::row::now;
use super::Store;
use crate::domain::organisation::EcosocStatus;
use crate::domain::settings::Settings;
use crate::error::{Error, Result};
use crate::rule::{Rule, Unit};

/// Reads the settings, falling back to the defaults for what was never set.
pub(super) fn load(conn: &Connection) -> Result<Settings> {
    let mut s = Settings::default();
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (key, value): (String, String) = (r.get(0)?, r.get(1)?);
        match key.as_str() {
            "words_per_minute" => s.words_per_minute = value.parse().unwrap_or(s.words_per_minute),
            "general_debate_seconds" => {
                s.general_debate_seconds = value.parse().unwrap_or(s.general_debate_seconds)
            }
            "other_seconds" => s.other_seconds = value.parse().unwrap_or(s.other_seconds),
            "my_organisation" => s.my_organisation = value,
            "my_ecosoc_status" => {
                s.my_ecosoc_status =
                    EcosocStatus::parse("my_ecosoc_status", &value).unwrap_or(s.my_ecosoc_status)
            }
            "theme" => s.theme = value,
            "backups_kept" => s.backups_kept = value.parse().unwrap_or(s.backups_kept),
            "single_key_shortcuts" => {
                s.single_key_shortcuts = value.parse().unwrap_or(s.single_key_shortcuts)
            }
            "lock_after_minutes" => {
                s.lock_after_minutes = value.parse().unwrap_or(s.lock_after_minutes)
            }
            _ => {}
        }
    }
    Ok(s)
}

/// The longest idle time before a protected database locks itself: a working day.
const MAX_LOCK_AFTER_MINUTES: u32 = 480;

fn check(s: &Settings) -> Result<()> {
    if !(60..=300).contains(&s.words_per_minute) {
        return Err(Error::invalid(
            "words_per_minute",
            Rule::OutOfRange {
                min: 60,
                max: 300,
                unit: Unit::WordsPerMinute,
            },
        ));
    }
    for (field, v) in [
        ("general_debate_seconds", s.general_debate_seconds),
        ("other_seconds", s.other_seconds),
    ] {
        if !(10..=1800).contains(&v) {
            return Err(Error::invalid(
                field,
                Rule::OutOfRange {
                    min: 10,
                    max: 1800,
                    unit: Unit::Seconds,
                },
            ));
        }
    }
    if !(1..=100).contains(&s.backups_kept) {
        return Err(Error::invalid(
            "backups_kept",
            Rule::OutOfRange {
                min: 1,
                max: 100,
                unit: Unit::Backups,
            },
        ));
    }
    if s.lock_after_minutes > MAX_LOCK_AFTER_MINUTES {
        return Err(Error::invalid(
            "lock_after_minutes",
            Rule::OutOfRange {
                min: 0,
                max: MAX_LOCK_AFTER_MINUTES,
                unit: Unit::Number,
            },
        ));
    }
    if !["system", "light", "dark"].contains(&s.theme.as_str()) {
        return Err(Error::invalid("theme", Rule::NotATheme));
    }
    Ok(())
}

impl Store {
    /// The current settings.
    pub fn settings(&self) -> Result<Settings> {
        load(&self.conn)
    }

    /// Saves all settings at once.
    pub fn save_settings(&mut self, s: &Settings) -> Result<Settings> {
        check(s)?;
        self.write(|tx| {
            let now = now();
            let values = [
                ("words_per_minute", s.words_per_minute.to_string()),
                ("general_debate_seconds", s.general_debate_seconds.to_string()),
                ("other_seconds", s.other_seconds.to_string()),
                ("my_organisation", s.my_organisation.trim().to_string()),
                ("my_ecosoc_status", s.my_ecosoc_status.key().to_string()),
                ("theme", s.theme.clone()),
                ("backups_kept", s.backups_kept.to_string()),
                ("single_key_shortcuts", s.single_key_shortcuts.to_string()),
                ("lock_after_minutes", s.lock_after_minutes.to_string()),
            ];
            for (key, value) in values {
                tx.execute(
                    "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                    params![key, value, now],
                )?;
            }
            load(tx)
        })
    }
}
