//! The statement editor's safety copies of unsaved changes on a protected database, kept as
//! settings rows (`statement_copy:<statement id>` or `statement_copy:new:<session id>`) inside
//! the encrypted file rather than in the web view's plain-text storage; opaque text to the core,
//! forgotten with their statement or session.
use std::collections::BTreeMap;

use rusqlite::{params, Connection};
use uuid::Uuid;

use super::row::now;
use super::Store;
use crate::error::{Error, Result};
use crate::rule::Rule;

const PREFIX: &str = "statement_copy:";

/// The most a copy may hold, in bytes (a statement's text with its form, many times over).
pub const MAX_COPY_BYTES: usize = 4_000_000;

/// Checks that `copy` names a statement (`<id>`) or a session's new statement (`new:<id>`).
fn checked(copy: &str) -> Result<&str> {
    let id = copy.strip_prefix("new:").unwrap_or(copy);
    Uuid::parse_str(id).map_err(|_| {
        Error::invalid(
            "copy",
            Rule::NotAnId {
                value: copy.chars().take(80).collect(),
            },
        )
    })?;
    Ok(copy)
}

/// Forgets, in the caller's transaction, every copy whose statement (or, for a new one, whose
/// session) is no longer live: with the purge and the forgetting of a session.
pub(super) fn forget(tx: &Connection) -> Result<()> {
    tx.execute(
        "DELETE FROM settings WHERE key GLOB 'statement_copy:*' AND NOT (
           (substr(key, 16) GLOB 'new:*'
             AND substr(key, 20) IN (SELECT id FROM sessions WHERE deleted_at IS NULL))
           OR substr(key, 16) IN (SELECT id FROM statements WHERE deleted_at IS NULL))",
        [],
    )?;
    Ok(())
}

impl Store {
    /// Every kept copy, by what it is of (`<statement id>` or `new:<session id>`).
    pub fn statement_copies(&self) -> Result<BTreeMap<String, String>> {
        let mut stmt = self.conn.prepare(
            "SELECT substr(key, 16), value FROM settings WHERE key GLOB 'statement_copy:*'",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Keeps `value` as the copy of `copy` (`<statement id>` or `new:<session id>`), replacing
    /// the one kept before.
    pub fn keep_statement_copy(&mut self, copy: &str, value: &str) -> Result<()> {
        let copy = checked(copy)?;
        if value.len() > MAX_COPY_BYTES {
            return Err(Error::invalid("value", Rule::TooLarge));
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                params![format!("{PREFIX}{copy}"), value, now()],
            )?;
            Ok(())
        })
    }

    /// Forgets the copy of `copy` (saved, or thrown away); none kept is not an error.
    pub fn forget_statement_copy(&mut self, copy: &str) -> Result<()> {
        let copy = checked(copy)?;
        self.write(|tx| {
            tx.execute(
                "DELETE FROM settings WHERE key = ?1",
                [format!("{PREFIX}{copy}")],
            )?;
            Ok(())
        })
    }
}
