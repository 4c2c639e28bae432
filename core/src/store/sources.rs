//! The sources table: a record's web sources, written with the record and read with it in the
//! same query (a JSON array per row), so that a list of notes costs no query per note.
use std::collections::HashMap;

use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use crate::domain::source::Source;
use crate::error::Result;

/// The kinds of record that carry sources, as the table's `record_kind` names them.
pub(super) const KEY_ISSUE: &str = "key-issue";
pub(super) const SITUATION: &str = "situation";
pub(super) const SIDE_EVENT: &str = "side-event";
pub(super) const MEETING: &str = "meeting";
pub(super) const NOTE: &str = "note";

/// Puts `sources` (already checked: [`crate::domain::source::checked`]) in place of the ones
/// record `id` of `kind` had, in their order.
pub(super) fn replace(conn: &Connection, id: Uuid, kind: &str, sources: &[Source]) -> Result<()> {
    conn.prepare_cached("DELETE FROM sources WHERE record_id = ?1")?
        .execute([id.to_string()])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO sources (record_id, record_kind, position, title, url) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, s) in sources.iter().enumerate() {
        insert.execute(params![
            id.to_string(),
            kind,
            position as i64,
            s.title,
            s.url
        ])?;
    }
    Ok(())
}

/// SQL giving the JSON array of the sources of the row whose id is `{id}` (`n.id`), in order:
/// one probe of the table's primary key per row read.
pub(super) fn json_sql(id: &str) -> String {
    format!(
        "(SELECT json_group_array(json_object('title', src.title, 'url', src.url) ORDER BY src.position) \
         FROM sources src WHERE src.record_id = {id})"
    )
}

/// The sources of a session's live notes, by note, each list in order: one query for the whole
/// list of notes (most have none), where [`json_sql`] would probe the table once per note.
pub(super) fn of_session_notes(
    conn: &Connection,
    session_id: Uuid,
) -> Result<HashMap<Uuid, Vec<Source>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT src.record_id, src.title, src.url FROM notes n JOIN sources src ON src.record_id = n.id
         WHERE n.session_id = ?1 AND n.deleted_at IS NULL ORDER BY src.record_id, src.position",
    )?;
    let mut rows = stmt.query([session_id.to_string()])?;
    let mut out: HashMap<Uuid, Vec<Source>> = HashMap::new();
    while let Some(r) = rows.next()? {
        out.entry(super::row::id(r, 0)?).or_default().push(Source {
            title: r.get(1)?,
            url: r.get(2)?,
        });
    }
    Ok(out)
}

/// Reads the column [`json_sql`] gave.
pub(super) fn read(r: &Row, i: usize) -> rusqlite::Result<Vec<Source>> {
    let text: String = r.get(i)?;
    if text == "[]" {
        return Ok(Vec::new());
    }
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}
