//! Key issues of a session: create, edit, list, delete.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{sources, Store};
use crate::domain::key_issue::{KeyIssue, KeyIssueInput};
use crate::domain::source::{self, Source};
use crate::error::{Error, Result};
use crate::validate;

fn columns() -> String {
    format!(
        "id, session_id, title, agenda_item, overview, asks, created_at, updated_at, {}, {}, confidential",
        sources::json_sql("key_issues.id"),
        super::documents::symbols_sql("key_issues.id")
    )
}

fn read(r: &Row) -> rusqlite::Result<KeyIssue> {
    Ok(KeyIssue {
        id: row::id(r, 0)?,
        session_id: row::id(r, 1)?,
        title: r.get(2)?,
        agenda_item: r.get(3)?,
        overview: r.get(4)?,
        asks: r.get(5)?,
        created_at: row::instant(r, 6)?,
        updated_at: row::instant(r, 7)?,
        sources: sources::read(r, 8)?,
        documents: super::documents::read_json(r, 9)?,
        confidential: r.get(10)?,
    })
}

pub(super) fn get(conn: &Connection, id: Uuid) -> Result<KeyIssue> {
    conn.query_row(
        &format!(
            "SELECT {} FROM key_issues WHERE id = ?1 AND deleted_at IS NULL",
            columns()
        ),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "key issue",
        key: id.to_string(),
    })
}

fn check(input: &KeyIssueInput) -> Result<(String, Option<u8>, Vec<Source>)> {
    Ok((
        validate::required("title", &input.title)?,
        validate::agenda_item("agenda_item", input.agenda_item)?,
        source::checked("sources", &input.sources)?,
    ))
}

impl Store {
    /// Adds a key issue to a session.
    pub fn create_key_issue(
        &mut self,
        session_id: Uuid,
        input: &KeyIssueInput,
    ) -> Result<KeyIssue> {
        let (title, item, cited) = check(input)?;
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO key_issues (id, session_id, title, agenda_item, overview, asks, created_at, updated_at, confidential)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)",
                params![id.to_string(), session_id.to_string(), title, item, input.overview.as_deref().unwrap_or(""), input.asks.as_deref().unwrap_or(""), now(), input.confidential],
            )?;
            sources::replace(tx, id, sources::KEY_ISSUE, &cited)?;
            if let Some(symbols) = &input.documents {
                super::documents::link(tx, id, "key-issue", "documents", symbols)?;
            }
            get(tx, id)
        })
    }

    /// Edits a key issue.
    pub fn update_key_issue(&mut self, id: Uuid, input: &KeyIssueInput) -> Result<KeyIssue> {
        let (title, item, cited) = check(input)?;
        self.write(|tx| {
            get(tx, id)?;
            tx.execute(
                "UPDATE key_issues SET title = ?2, agenda_item = ?3, overview = ?4, asks = ?5, updated_at = ?6, confidential = ?7 WHERE id = ?1",
                params![id.to_string(), title, item, input.overview.as_deref().unwrap_or(""), input.asks.as_deref().unwrap_or(""), now(), input.confidential],
            )?;
            sources::replace(tx, id, sources::KEY_ISSUE, &cited)?;
            if let Some(symbols) = &input.documents {
                super::documents::link(tx, id, "key-issue", "documents", symbols)?;
            }
            get(tx, id)
        })
    }

    /// A key issue by id.
    pub fn key_issue(&self, id: Uuid) -> Result<KeyIssue> {
        get(&self.conn, id)
    }

    /// A session's key issues, in the order they were added.
    pub fn key_issues(&self, session_id: Uuid) -> Result<Vec<KeyIssue>> {
        super::sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {} FROM key_issues WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id",
            columns()
        ))?;
        let rows = stmt
            .query_map([session_id.to_string()], read)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Deletes a key issue (a tombstone: [`Store::restore_key_issue`] brings it back,
    /// [`Store::purge_deleted`] forgets its text).
    pub fn delete_key_issue(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "key_issues", "key issue", id))
    }
}

/// Checks a stored key issue (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let k = get(conn, id)?;
    check(&KeyIssueInput {
        title: k.title,
        agenda_item: k.agenda_item,
        overview: Some(k.overview),
        asks: Some(k.asks),
        sources: k.sources,
        documents: None,
        confidential: k.confidential,
    })
    .map(drop)
}
