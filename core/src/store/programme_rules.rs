//! The rules that say which calendar events an import makes meetings, side events or nothing:
//! listed in order, added (at the end, or at a place), deleted. The first that matches decides.
use rusqlite::{params, Connection};
use uuid::Uuid;

use super::row::{new_id, now};
use super::Store;
use crate::domain::programme_import::{ProgrammeRule, ProgrammeRuleField, ProgrammeRuleOutcome};
use crate::error::{Error, Result};
use crate::Rule;

/// The rules in the order they are tried.
pub(super) fn list(conn: &Connection) -> Result<Vec<ProgrammeRule>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, position, matches, pattern, becomes FROM programme_rules ORDER BY position, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, ProgrammeRuleField>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, ProgrammeRuleOutcome>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, position, matches, pattern, becomes) = row?;
        out.push(ProgrammeRule {
            id: Uuid::parse_str(&id).map_err(|_| Error::NotFound {
                entity: "programme rule",
                key: id.clone(),
            })?,
            position,
            matches,
            pattern,
            becomes,
        });
    }
    Ok(out)
}

impl Store {
    /// The rules for calendar events, in the order they are tried.
    pub fn programme_rules(&self) -> Result<Vec<ProgrammeRule>> {
        list(&self.conn)
    }

    /// Adds a rule: events whose `matches` (category, room, title) holds `pattern` become
    /// `becomes` (meeting, side-event, skip); at `position` (1 first; none: last), the rules
    /// from there on moving down one. The pattern may not be empty (refused naming `pattern`).
    pub fn add_programme_rule(
        &mut self,
        matches: &str,
        pattern: &str,
        becomes: &str,
        position: Option<u32>,
    ) -> Result<ProgrammeRule> {
        let matches = ProgrammeRuleField::parse("matches", matches)?;
        let becomes = ProgrammeRuleOutcome::parse("becomes", becomes)?;
        let pattern = crate::text::tidy(pattern);
        if pattern.is_empty() {
            return Err(Error::invalid("pattern", Rule::Empty));
        }
        self.write(|tx| {
            let count = list(tx)?.len() as u32;
            let at = position.unwrap_or(count + 1).clamp(1, count + 1);
            tx.execute(
                "UPDATE programme_rules SET position = position + 1 WHERE position >= ?1",
                [at],
            )?;
            let id = new_id();
            tx.execute(
                "INSERT INTO programme_rules (id, position, matches, pattern, becomes, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id.to_string(), at, matches, pattern, becomes, now()],
            )?;
            renumber(tx)?;
            list(tx)?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or(Error::NotFound {
                    entity: "programme rule",
                    key: id.to_string(),
                })
        })
    }

    /// Deletes a rule; those after it move up.
    pub fn delete_programme_rule(&mut self, id: Uuid) -> Result<ProgrammeRule> {
        self.write(|tx| {
            let rule = list(tx)?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or(Error::NotFound {
                    entity: "programme rule",
                    key: id.to_string(),
                })?;
            tx.execute(
                "DELETE FROM programme_rules WHERE id = ?1",
                [id.to_string()],
            )?;
            renumber(tx)?;
            Ok(rule)
        })
    }
}

/// Positions 1, 2, 3 … in the order the rules have.
fn renumber(tx: &Connection) -> Result<()> {
    for (i, rule) in list(tx)?.iter().enumerate() {
        tx.execute(
            "UPDATE programme_rules SET position = ?2 WHERE id = ?1",
            params![rule.id.to_string(), i as u32 + 1],
        )?;
    }
    Ok(())
}
