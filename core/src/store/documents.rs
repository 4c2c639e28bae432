//! UN documents: found by symbol or made when a symbol is first typed, and linked to the records that take them up.
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::row::{new_id, now};
use crate::domain::document::{kind_of, read_symbol, symbol_key};
use crate::error::Result;

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

/// SQL giving the JSON array of the live document symbols linked to the row whose id is `{id}`.
pub(super) fn symbols_sql(id: &str) -> String {
    format!(
        "(SELECT coalesce(json_group_array(symbol), '[]') FROM (SELECT d.symbol FROM document_links l \
         JOIN documents d ON d.id = l.document_id AND d.deleted_at IS NULL \
         WHERE l.record_id = {id} ORDER BY l.position))"
    )
}
