//! UN documents: added, edited, listed (all, or those a typed text finds), shown with what links
//! them, deleted and restored; found by symbol or made when a symbol is first typed, and linked
//! to the records that take them up.
use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::document::{
    kind_of, read_symbol, symbol_key, url_of, Document, DocumentInput, DocumentKind,
    DocumentSummary, LinkedRecord,
};
use crate::error::{Error, Result};
use crate::text::{fold, tidy};
use crate::{validate, Rule};

/// The live document with `symbol`, made (its kind read from the symbol) when there is none;
/// a symbol that is not a UN symbol is refused naming `field`.
pub(super) fn find_or_create(conn: &Connection, field: &str, typed: &str) -> Result<Uuid> {
    let symbol = read_symbol(field, typed)?;
    let key = symbol_key(&symbol);
    let found: Option<String> = conn
        .query_row(
            "SELECT id FROM documents WHERE symbol_key = ?1 AND deleted_at IS NULL",
            [&key],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return super::row::parse_id(field, &id);
    }
    let id = new_id();
    conn.execute(
        "INSERT INTO documents (id, symbol, symbol_key, title, kind, created_at, updated_at)
         VALUES (?1, ?2, ?3, '', ?4, ?5, ?5)",
        params![id.to_string(), symbol, key, kind_of(&symbol), now()],
    )?;
    Ok(id)
}

/// Links `record` (of `kind`: meeting, situation, key-issue, statement) to the documents with
/// the typed symbols, in order, replacing its links; each symbol is checked, naming `field`.
pub(super) fn link(
    conn: &Connection,
    record: Uuid,
    kind: &str,
    field: &str,
    symbols: &[String],
) -> Result<()> {
    let mut ids = Vec::new();
    for typed in symbols.iter().filter(|s| !s.trim().is_empty()) {
        let id = find_or_create(conn, field, typed)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    conn.execute(
        "DELETE FROM document_links WHERE record_id = ?1",
        [record.to_string()],
    )?;
    let mut insert = conn.prepare(
        "INSERT INTO document_links (record_id, record_kind, document_id, position) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, id) in ids.iter().enumerate() {
        insert.execute(params![
            record.to_string(),
            kind,
            id.to_string(),
            position as i64
        ])?;
    }
    Ok(())
}

/// The live document symbols linked to `record`, in order.
pub(super) fn symbols(conn: &Connection, record: Uuid) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.symbol FROM document_links l JOIN documents d ON d.id = l.document_id
         AND d.deleted_at IS NULL WHERE l.record_id = ?1 ORDER BY l.position",
    )?;
    let rows = stmt
        .query_map([record.to_string()], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Column `i`, a JSON array of names or symbols ([`symbols_sql`], `mandates::names_sql`).
pub(super) fn read_json(r: &Row, i: usize) -> rusqlite::Result<Vec<String>> {
    let text: String = r.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// SQL giving the JSON array of the live document symbols linked to the row whose id is `{id}`.
pub(super) fn symbols_sql(id: &str) -> String {
    format!(
        "(SELECT coalesce(json_group_array(symbol), '[]') FROM (SELECT linked_document.symbol \
         FROM document_links linking_document \
         JOIN documents linked_document ON linked_document.id = linking_document.document_id \
         AND linked_document.deleted_at IS NULL \
         WHERE linking_document.record_id = {id} ORDER BY linking_document.position))"
    )
}

/// The columns [`read`] reads, in order (`d` is the documents table).
const COLUMNS: &str = "d.id, d.symbol, d.title, d.kind, d.created_at, d.updated_at";

fn read(r: &Row) -> rusqlite::Result<Document> {
    let symbol: String = r.get(1)?;
    Ok(Document {
        id: row::id(r, 0)?,
        url: url_of(&symbol),
        symbol,
        title: r.get(2)?,
        kind: r.get(3)?,
        created_at: row::instant(r, 4)?,
        updated_at: row::instant(r, 5)?,
    })
}

fn get(conn: &Connection, id: Uuid) -> Result<Document> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM documents d WHERE d.id = ?1 AND d.deleted_at IS NULL"),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "document",
        key: id.to_string(),
    })
}

/// SQL reading the live records of live sessions that `links` (`document_links` or
/// `mandate_links`) tie through `column` — to the row `?1` when `one`, else to every row — each
/// with that row's id first: meetings, then situations, key issues and statements, each by
/// session (meetings by day, those to be announced last) and title.
fn linked_sql(links: &str, column: &str, one: bool) -> String {
    let only = if one {
        format!("AND l.{column} = ?1")
    } else {
        String::new()
    };
    let part = |kind: &str, order: u8, table: &str, title: &str, join: &str| {
        let (day, tba) = if kind == "meeting" {
            ("x.date", "x.date IS NULL")
        } else {
            ("NULL", "0")
        };
        format!(
            "SELECT l.{column} AS linked_to, '{kind}' AS kind, x.id, x.session_id, {title} AS title,
                    {day} AS day, {tba} AS tba, {order} AS k, se.start_date AS d
             FROM {links} l JOIN {table} x ON x.id = l.record_id {join}
             JOIN sessions se ON se.id = x.session_id AND se.deleted_at IS NULL
             WHERE l.record_kind = '{kind}' AND x.deleted_at IS NULL {only}"
        )
    };
    [
        part("meeting", 0, "meetings", "x.title", ""),
        part(
            "situation",
            1,
            "situations",
            "c.name",
            "JOIN countries c ON c.code = x.country_code",
        ),
        part("key-issue", 2, "key_issues", "x.title", ""),
        part("statement", 3, "statements", "x.title", ""),
    ]
    .join(" UNION ALL ")
        + " ORDER BY k, d, tba, day, title"
}

fn read_linked(r: &Row) -> rusqlite::Result<(Uuid, LinkedRecord)> {
    Ok((
        row::id(r, 0)?,
        LinkedRecord {
            kind: r.get(1)?,
            id: row::id(r, 2)?,
            session_id: row::id(r, 3)?,
            title: r.get(4)?,
            date: r
                .get::<_, Option<String>>(5)?
                .map(|_| row::date(r, 5))
                .transpose()?,
        },
    ))
}

/// The live records of live sessions that `links` (`document_links` or `mandate_links`) tie to
/// the row `id` through `column`: meetings, then situations, key issues and statements, each by
/// session and title.
pub(super) fn linked(
    conn: &Connection,
    links: &str,
    column: &str,
    id: Uuid,
) -> Result<Vec<LinkedRecord>> {
    let mut stmt = conn.prepare(&linked_sql(links, column, true))?;
    let rows = stmt
        .query_map([id.to_string()], |r| read_linked(r).map(|(_, l)| l))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// What [`linked`] gives for every row at once, in one query: the records linking each row, by
/// its id (a row nothing links is absent).
pub(super) fn linked_all(
    conn: &Connection,
    links: &str,
    column: &str,
) -> Result<HashMap<Uuid, Vec<LinkedRecord>>> {
    let mut stmt = conn.prepare(&linked_sql(links, column, false))?;
    let mut all: HashMap<Uuid, Vec<LinkedRecord>> = HashMap::new();
    for found in stmt.query_map([], read_linked)? {
        let (to, record) = found?;
        all.entry(to).or_default().push(record);
    }
    Ok(all)
}

fn summary(conn: &Connection, id: Uuid) -> Result<DocumentSummary> {
    Ok(DocumentSummary {
        document: get(conn, id)?,
        linked: linked(conn, "document_links", "document_id", id)?,
    })
}

/// A document as typed, checked: its symbol as the UN writes it, the symbol's key and the kind.
struct Checked {
    symbol: String,
    key: String,
    title: String,
    kind: DocumentKind,
}

/// Checks what was typed for a document (`id` when it exists already): the symbol must be a UN
/// symbol and name no other document; the kind defaults to the one the symbol says.
fn check(conn: &Connection, id: Option<Uuid>, input: &DocumentInput) -> Result<Checked> {
    if input.symbol.trim().is_empty() {
        return Err(Error::invalid("symbol", Rule::Empty));
    }
    let symbol = read_symbol("symbol", &input.symbol)?;
    let key = symbol_key(&symbol);
    let kind = match validate::optional(input.kind.as_deref()) {
        Some(k) => DocumentKind::parse("kind", &k)?,
        None => kind_of(&symbol),
    };
    let taken: Option<String> = conn
        .query_row(
            "SELECT symbol FROM documents WHERE symbol_key = ?1 AND id <> ?2 AND deleted_at IS NULL",
            params![key, id.map(|i| i.to_string()).unwrap_or_default()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(name) = taken {
        return Err(Error::invalid("symbol", Rule::AlreadyExists { name }));
    }
    Ok(Checked {
        symbol,
        key,
        title: tidy(&input.title),
        kind,
    })
}

impl Store {
    /// Adds a document: its symbol must be a UN symbol (`A/HRC/38/44/Add.1`, read however it is
    /// typed) that no other document has, both refused naming `symbol`; its kind defaults to the
    /// one the symbol says.
    pub fn create_document(&mut self, input: &DocumentInput) -> Result<Document> {
        self.write(|tx| {
            let c = check(tx, None, input)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO documents (id, symbol, symbol_key, title, kind, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![id.to_string(), c.symbol, c.key, c.title, c.kind, now()],
            )?;
            get(tx, id)
        })
    }

    /// Edits a document, checked as when it is added; the records that link it show the new
    /// symbol.
    pub fn update_document(&mut self, id: Uuid, input: &DocumentInput) -> Result<Document> {
        self.write(|tx| {
            get(tx, id)?;
            let c = check(tx, Some(id), input)?;
            tx.execute(
                "UPDATE documents SET symbol = ?2, symbol_key = ?3, title = ?4, kind = ?5, updated_at = ?6
                 WHERE id = ?1",
                params![id.to_string(), c.symbol, c.key, c.title, c.kind, now()],
            )?;
            get(tx, id)
        })
    }

    /// A document by id, with the live records that link it.
    pub fn document(&self, id: Uuid) -> Result<DocumentSummary> {
        summary(&self.conn, id)
    }

    /// The document with a symbol, however it is typed (`a/hrc/38/44/add.1`), or none (as
    /// for a text that is not a symbol).
    pub fn document_by_symbol(&self, typed: &str) -> Result<Option<Document>> {
        let Ok(symbol) = read_symbol("symbol", typed) else {
            return Ok(None);
        };
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM documents d WHERE d.symbol_key = ?1 AND d.deleted_at IS NULL"),
                [symbol_key(&symbol)],
                read,
            )
            .optional()?)
    }

    /// Every document, by symbol (`A/HRC/38/9` before `A/HRC/38/44`); with `find`, those whose
    /// symbol or title holds it (case, accents and spacing ignored).
    pub fn documents(&self, find: Option<&str>) -> Result<Vec<Document>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM documents d WHERE d.deleted_at IS NULL"
        ))?;
        let mut all: Vec<Document> = stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?;
        all.sort_by_cached_key(|d| symbol_order(&d.symbol));
        if let Some(typed) = find.filter(|f| !fold(f).is_empty()) {
            let (folded, key) = (fold(typed), symbol_key(typed));
            all.retain(|d| {
                symbol_key(&d.symbol).contains(&key) || fold(&d.title).contains(&folded)
            });
        }
        Ok(all)
    }

    /// The documents [`Store::documents`] lists, each with the live records that link it (read
    /// in one query, for the window's list of documents).
    pub fn document_summaries(&self, find: Option<&str>) -> Result<Vec<DocumentSummary>> {
        let mut linked = linked_all(&self.conn, "document_links", "document_id")?;
        Ok(self
            .documents(find)?
            .into_iter()
            .map(|document| DocumentSummary {
                linked: linked.remove(&document.id).unwrap_or_default(),
                document,
            })
            .collect())
    }

    /// Deletes a document (a tombstone: [`Store::restore_document`] brings it back). As a
    /// deleted meeting's or situation's, its links stay and read as none meanwhile: the records
    /// that took it up no longer show it. Returns it with what linked it, to say so.
    pub fn delete_document(&mut self, id: Uuid) -> Result<DocumentSummary> {
        self.write(|tx| {
            let was = summary(tx, id)?;
            row::tombstone(tx, "documents", "document", id)?;
            Ok(was)
        })
    }

    /// Brings back a deleted document with its links, unless another document has its symbol
    /// since (refused naming `symbol`).
    pub fn restore_document(&mut self, id: Uuid) -> Result<DocumentSummary> {
        self.write(|tx| {
            let deleted: Document = tx
                .query_row(
                    &format!("SELECT {COLUMNS} FROM documents d WHERE d.id = ?1 AND d.deleted_at IS NOT NULL"),
                    [id.to_string()],
                    read,
                )
                .optional()?
                .ok_or_else(|| Error::NotFound {
                    entity: "deleted document",
                    key: id.to_string(),
                })?;
            check(
                tx,
                Some(id),
                &DocumentInput {
                    symbol: deleted.symbol,
                    title: deleted.title,
                    kind: Some(deleted.kind.key().into()),
                },
            )?;
            tx.execute(
                "UPDATE documents SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), now()],
            )?;
            summary(tx, id)
        })
    }
}

/// A symbol's parts with numbers compared as numbers, so that `A/HRC/38/9` comes before
/// `A/HRC/38/44` and `Add.2` before `Add.10`.
fn symbol_order(symbol: &str) -> Vec<(String, u64)> {
    symbol
        .split(['/', '.'])
        .map(|p| match p.parse::<u64>() {
            Ok(n) => (String::new(), n),
            Err(_) => (p.to_ascii_uppercase(), 0),
        })
        .collect()
}
