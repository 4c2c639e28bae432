//! Links from statements and side events to the key issues and country situations they serve.
use rusqlite::{params, Connection};
use uuid::Uuid;

use super::row::{self, parse_id};
use crate::error::Result;

/// Checked link targets: key issues and situations of the same session.
pub(super) struct Targets {
    pub key_issues: Vec<Uuid>,
    pub situations: Vec<Uuid>,
}

/// Checks that each id names a live key issue / situation of `session_id`.
pub(super) fn check(
    conn: &Connection,
    session_id: Uuid,
    key_issue_ids: &[String],
    situation_ids: &[String],
) -> Result<Targets> {
    let mut targets = Targets {
        key_issues: Vec::new(),
        situations: Vec::new(),
    };
    for (ids, table, field, out) in [
        (
            key_issue_ids,
            "key_issues",
            "key_issue_ids",
            &mut targets.key_issues,
        ),
        (
            situation_ids,
            "situations",
            "situation_ids",
            &mut targets.situations,
        ),
    ] {
        for raw in ids {
            let id = parse_id(field, raw)?;
            row::require_in_session(conn, table, field, id, session_id)?;
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    Ok(targets)
}

/// Replaces the links of `from`, but for those to a record deleted while its undo is offered:
/// the person editing never saw them, and they come back with it.
pub(super) fn replace(conn: &Connection, from: Uuid, targets: &Targets) -> Result<()> {
    conn.execute(
        "DELETE FROM links WHERE from_id = ?1 AND to_id NOT IN
           (SELECT id FROM key_issues WHERE deleted_at IS NOT NULL
            UNION ALL SELECT id FROM situations WHERE deleted_at IS NOT NULL)",
        [from.to_string()],
    )?;
    let mut insert =
        conn.prepare("INSERT INTO links (from_id, to_id, to_kind) VALUES (?1, ?2, ?3)")?;
    for id in &targets.key_issues {
        insert.execute(params![from.to_string(), id.to_string(), "key-issue"])?;
    }
    for id in &targets.situations {
        insert.execute(params![from.to_string(), id.to_string(), "situation"])?;
    }
    Ok(())
}

/// The SQL that sets the link `column` (to a row of `table`) to `param`, or, when `param` is
/// NULL, keeps a link to a record deleted while its undo is offered (read as none, so the person
/// editing never saw it; it comes back with the record).
pub(super) fn set_keeping_deleted(column: &str, table: &str, param: &str) -> String {
    format!(
        "{column} = CASE WHEN {param} IS NOT NULL THEN {param}
           WHEN EXISTS (SELECT 1 FROM {table} x WHERE x.id = {column} AND x.deleted_at IS NOT NULL)
           THEN {column} END"
    )
}

/// The live key issues and situations `from` links to.
pub(super) fn read(conn: &Connection, from: Uuid) -> Result<(Vec<Uuid>, Vec<Uuid>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.to_id, l.to_kind FROM links l
         LEFT JOIN key_issues k ON k.id = l.to_id AND k.deleted_at IS NULL
         LEFT JOIN situations s ON s.id = l.to_id AND s.deleted_at IS NULL
         WHERE l.from_id = ?1 AND (k.id IS NOT NULL OR s.id IS NOT NULL) ORDER BY l.rowid",
    )?;
    let mut rows = stmt.query([from.to_string()])?;
    let (mut issues, mut situations) = (Vec::new(), Vec::new());
    while let Some(r) = rows.next()? {
        let id = row::id(r, 0)?;
        let kind: String = r.get(1)?;
        if kind == "key-issue" {
            issues.push(id)
        } else {
            situations.push(id)
        }
    }
    Ok((issues, situations))
}
