//! Versioned schema migrations, applied in one transaction; released ones are never edited.
//! Each step reports as it ends, so that a window can say how far a long update has come.
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, Transaction};
use rusqlite_migration::{HookResult, Migrations, M};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::reference::countries::COUNTRIES;

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = 14;

/// How far an update of the schema has come: `done` of its `steps` are applied (all of them in
/// one transaction, committed at the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MigrationProgress {
    pub done: u32,
    pub steps: u32,
}

/// Told of each step of an update as it ends (on the thread that opens the store).
pub type Progress = Arc<dyn Fn(MigrationProgress) + Send + Sync>;

/// What runs after a step's SQL, in its transaction.
type Hook = fn(&Transaction) -> HookResult;

/// Fills in what a step's SQL cannot: the countries of the first schema.
fn insert_countries(tx: &Transaction) -> HookResult {
    let mut insert = tx.prepare("INSERT INTO countries (code, name) VALUES (?1, ?2)")?;
    for (code, name) in COUNTRIES {
        insert.execute((code, name))?;
    }
    Ok(())
}

/// Schema 7: each meeting's Geneva date, from the instant it starts (SQL knows no time zones).
fn date_meetings(tx: &Transaction) -> HookResult {
    let rows: Vec<(String, String)> = tx
        .prepare("SELECT id, starts_at FROM meetings WHERE starts_at IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut set = tx.prepare("UPDATE meetings SET date = ?2 WHERE id = ?1 AND date IS NOT ?2")?;
    for (id, starts_at) in rows {
        let Ok(instant) = crate::geneva::parse_stamp(&starts_at) else {
            continue;
        };
        set.execute((id, crate::geneva::from_utc(instant).0.to_string()))?;
    }
    Ok(())
}

/// Schema 13: the word count of each statement's text, as the core measures it.
fn count_statement_words(tx: &Transaction) -> HookResult {
    let mut insert =
        tx.prepare("INSERT INTO statement_word_counts (statement_id, word_count) VALUES (?1, ?2)")?;
    let mut stmt = tx.prepare("SELECT id, text FROM statements")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let text = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        insert.execute((id, crate::text::word_count(text)))?;
    }
    Ok(())
}

/// The steps, each with what runs after its SQL; `progress` hears of each step due from
/// version `from` as it ends.
fn migrations(from: usize, progress: Option<Progress>) -> Migrations<'static> {
    let steps: [(&'static str, Option<Hook>); 14] = [
        (
            include_str!("migrations/0001_initial.sql"),
            Some(insert_countries),
        ),
        (include_str!("migrations/0002_statement_delivery.sql"), None),
        (include_str!("migrations/0003_ten_years.sql"), None),
        (
            include_str!("migrations/0004_forget_deleted_text.sql"),
            None,
        ),
        (
            include_str!("migrations/0005_search_stems_and_apostrophes.sql"),
            None,
        ),
        (include_str!("migrations/0006_search_hyphens.sql"), None),
        (
            include_str!("migrations/0007_council_programme.sql"),
            Some(date_meetings),
        ),
        (include_str!("migrations/0008_session_slot_hours.sql"), None),
        (
            include_str!("migrations/0009_resolutions_and_votes.sql"),
            None,
        ),
        (
            include_str!("migrations/0010_consultations_and_delegations.sql"),
            None,
        ),
        (include_str!("migrations/0011_programme_imports.sql"), None),
        (
            include_str!("migrations/0012_note_texts_and_delegation_search.sql"),
            None,
        ),
        (
            include_str!("migrations/0013_word_counts_and_note_tally.sql"),
            Some(count_statement_words),
        ),
        (
            include_str!("migrations/0014_confidential_marking.sql"),
            None,
        ),
    ];
    let total = steps.len().saturating_sub(from) as u32;
    Migrations::new(
        steps
            .into_iter()
            .enumerate()
            .map(|(i, (sql, own))| {
                let progress = progress.clone();
                let step = M::up_with_hook(sql, move |tx: &Transaction| {
                    if let Some(own) = own {
                        own(tx)?;
                    }
                    if let Some(progress) = &progress {
                        let done = (i + 1).saturating_sub(from) as u32;
                        progress(MigrationProgress { done, steps: total });
                    }
                    Ok(())
                });
                // A table rebuilt (schema 7) is checked for the keys that name it, as SQLite's
                // way of changing a table asks, since they are off while the schema changes.
                step.foreign_key_check()
            })
            .collect(),
    )
}

/// How many steps an update of a database at schema `found` takes (0 when up to date).
pub fn due(found: i64) -> u32 {
    (SCHEMA_VERSION - found).max(0) as u32
}

/// Refuses a database that a newer HRC Planner wrote.
pub fn refuse_newer(found: i64) -> Result<()> {
    if found > SCHEMA_VERSION {
        return Err(Error::NewerDatabase {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// How long an update waits for another program writing to the file (`hrc`, a restore) to let
/// go: longer than a command waits, since the window says what is going on meanwhile.
const UPDATE_PATIENCE: Duration = Duration::from_secs(60);

/// Brings the schema up to date, all steps in one transaction; `progress` hears "0 done" before
/// the first step when any is due, then of each step as it ends. The connection's busy timeout is
/// [`UPDATE_PATIENCE`] during the update and `patience` after it.
pub fn apply(conn: &mut Connection, progress: Option<Progress>, patience: Duration) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    refuse_newer(found)?;
    if due(found) == 0 {
        return Ok(());
    }
    if let Some(progress) = &progress {
        progress(MigrationProgress {
            done: 0,
            steps: due(found),
        });
    }
    conn.busy_timeout(UPDATE_PATIENCE)?;
    // Off while the schema changes (a table rebuilt would otherwise lose the rows that name it);
    // each step checks the keys before it commits.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let updated = migrations(found as usize, progress)
        .to_latest(conn)
        .map_err(|e| Error::Migration(in_words(&e)));
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(patience)?;
    updated
}

/// Why an update failed, in the app's words (SQLite's own are no help to the person).
fn in_words(e: &rusqlite_migration::Error) -> String {
    match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => crate::failure_words::storage(err),
        _ => "this version of HRC Planner could not update it".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations(0, None).validate().is_ok());
        assert_eq!(SCHEMA_VERSION as usize, 14);
    }
}
