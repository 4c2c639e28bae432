//! Reading and writing the column types every table shares: ids, instants, dates.
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::geneva::{parse_stamp, stamp};

/// A fresh row id (UUID v7: unique, and ordered by creation).
pub fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// Now, as the store writes it.
pub fn now() -> String {
    stamp(Utc::now())
}

/// Parses an id a person or the UI sent; the error names `field`.
pub fn parse_id(field: &str, value: &str) -> Result<Uuid> {
    Uuid::parse_str(value.trim()).map_err(|_| {
        Error::invalid(
            field,
            crate::Rule::NotAnId {
                value: value.trim().into(),
            },
        )
    })
}

/// Parses an optional id; blank is `None`.
pub fn parse_opt_id(field: &str, value: Option<&str>) -> Result<Option<Uuid>> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => parse_id(field, v).map(Some),
        None => Ok(None),
    }
}

/// Column `i` as an id.
pub fn id(row: &Row, i: usize) -> rusqlite::Result<Uuid> {
    let s: String = row.get(i)?;
    Uuid::parse_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Column `i` as an optional id.
pub fn opt_id(row: &Row, i: usize) -> rusqlite::Result<Option<Uuid>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| {
        Uuid::parse_str(&s).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

/// Column `i` as an instant.
pub fn instant(row: &Row, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    let s: String = row.get(i)?;
    parse_stamp(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Column `i` as an instant, or none.
pub fn opt_instant(row: &Row, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let s: Option<String> = row.get(i)?;
    s.map(|s| {
        parse_stamp(&s).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

/// Column `i` as a date.
pub fn date(row: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = row.get(i)?;
    s.parse().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Checks that a live row with `id` exists in `table` and belongs to `session_id`;
/// the error names `field`.
pub fn require_in_session(
    conn: &Connection,
    table: &'static str,
    field: &str,
    id: Uuid,
    session_id: Uuid,
) -> Result<()> {
    let owner: Option<String> = conn
        .query_row(
            &format!("SELECT session_id FROM {table} WHERE id = ?1 AND deleted_at IS NULL"),
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    match owner {
        Some(s) if s == session_id.to_string() => Ok(()),
        Some(_) => Err(Error::invalid(field, crate::Rule::InAnotherSession { id })),
        None => Err(Error::invalid(field, crate::Rule::NoSuchRow { id })),
    }
}

/// Whether `id` is a deleted (tombstoned) row of `table` in `session_id`.
pub fn deleted_in_session(
    conn: &Connection,
    table: &'static str,
    id: Uuid,
    session_id: Uuid,
) -> Result<bool> {
    let n: i64 = conn.query_row(
        &format!("SELECT count(*) FROM {table} WHERE id = ?1 AND session_id = ?2 AND deleted_at IS NOT NULL"),
        [id.to_string(), session_id.to_string()],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Soft-deletes the live row `id` of `table`.
pub fn tombstone(
    conn: &Connection,
    table: &'static str,
    entity: &'static str,
    id: Uuid,
) -> Result<()> {
    let n = conn.execute(
        &format!("UPDATE {table} SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL"),
        (id.to_string(), now()),
    )?;
    if n == 0 {
        return Err(Error::NotFound {
            entity,
            key: id.to_string(),
        });
    }
    Ok(())
}
