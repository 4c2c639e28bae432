//! Mandates: found by name or made when a name is first typed, and linked to the meetings where they present.
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::row::{new_id, now};
use crate::domain::mandate::kind_of;
use crate::error::Result;
use crate::text::{fold, tidy};
use crate::validate;

/// The live mandate named `typed` (names compared folded), made when there is none; a blank
/// name is refused naming `field`. A name is never split at its commas.
pub(super) fn find_or_create(conn: &Connection, field: &str, typed: &str) -> Result<Uuid> {
    let name = tidy(&validate::required(field, typed)?);
    let key = fold(&name);
    let found: Option<String> = conn
        .query_row(
            "SELECT id FROM mandates WHERE name_key = ?1 AND deleted_at IS NULL",
            [&key],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return super::row::parse_id(field, &id);
    }
    let id = new_id();
    conn.execute(
        "INSERT INTO mandates (id, name, name_key, kind, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id.to_string(), name, key, kind_of(&name), now()],
    )?;
    Ok(id)
}

/// Links `record` (a meeting or a situation) to the mandates with the typed names, in order,
/// replacing its links.
pub(super) fn link(
    conn: &Connection,
    record: Uuid,
    kind: &str,
    field: &str,
    names: &[String],
) -> Result<()> {
    let mut ids = Vec::new();
    for typed in names.iter().filter(|s| !s.trim().is_empty()) {
        let id = find_or_create(conn, field, typed)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    conn.execute(
        "DELETE FROM mandate_links WHERE record_id = ?1",
        [record.to_string()],
    )?;
    let mut insert = conn.prepare(
        "INSERT INTO mandate_links (record_id, record_kind, mandate_id, position) VALUES (?1, ?2, ?3, ?4)",
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

/// SQL giving the JSON array of the live mandate names linked to the row whose id is `{id}`.
pub(super) fn names_sql(id: &str) -> String {
    format!(
        "(SELECT coalesce(json_group_array(name), '[]') FROM (SELECT m.name FROM mandate_links l \
         JOIN mandates m ON m.id = l.mandate_id AND m.deleted_at IS NULL \
         WHERE l.record_id = {id} ORDER BY l.position))"
    )
}
