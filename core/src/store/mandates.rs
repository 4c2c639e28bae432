//! Mandates: added, edited, listed (all, or those a typed text finds), shown with what links
//! them, deleted and restored; found by name or made when a name is first typed, and linked to
//! the meetings where they present and the situations they follow.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::document::read_symbol;
use crate::domain::mandate::{kind_of, Mandate, MandateInput, MandateKind, MandateSummary};
use crate::error::{Error, Result};
use crate::reference::find_country;
use crate::text::{fold, tidy};
use crate::{validate, Rule};

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

/// SQL giving the JSON array of the live mandate names linked to the row whose id is `{id}`
/// (its aliases are long so that they never hide the outer query's).
pub(super) fn names_sql(id: &str) -> String {
    format!(
        "(SELECT coalesce(json_group_array(name), '[]') FROM (SELECT linked_mandate.name \
         FROM mandate_links linking_mandate \
         JOIN mandates linked_mandate ON linked_mandate.id = linking_mandate.mandate_id \
         AND linked_mandate.deleted_at IS NULL \
         WHERE linking_mandate.record_id = {id} ORDER BY linking_mandate.position))"
    )
}

/// The columns [`read`] reads, in order (`m` is the mandates table, `c` the countries).
const SELECT: &str = "SELECT m.id, m.name, m.kind, m.country_code, c.name, m.theme, m.holders, \
     m.resolution, m.renewal_session, m.created_at, m.updated_at \
     FROM mandates m LEFT JOIN countries c ON c.code = m.country_code";

fn read(r: &Row) -> rusqlite::Result<Mandate> {
    let holders: String = r.get(6)?;
    Ok(Mandate {
        id: row::id(r, 0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        country_code: r.get(3)?,
        country_name: r.get(4)?,
        theme: r.get(5)?,
        holders: serde_json::from_str(&holders).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
        })?,
        resolution: r.get(7)?,
        renewal_session: r.get(8)?,
        created_at: row::instant(r, 9)?,
        updated_at: row::instant(r, 10)?,
    })
}

fn get(conn: &Connection, id: Uuid) -> Result<Mandate> {
    conn.query_row(
        &format!("{SELECT} WHERE m.id = ?1 AND m.deleted_at IS NULL"),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "mandate",
        key: id.to_string(),
    })
}

fn summary(conn: &Connection, id: Uuid) -> Result<MandateSummary> {
    Ok(MandateSummary {
        mandate: get(conn, id)?,
        linked: super::documents::linked(conn, "mandate_links", "mandate_id", id)?,
    })
}

/// A mandate as typed, checked.
struct Checked {
    name: String,
    key: String,
    kind: MandateKind,
    country: Option<String>,
    theme: String,
    holders: Vec<String>,
    resolution: String,
    renewal_session: Option<u32>,
}

/// Checks what was typed for a mandate (`id` when it exists already): a name no other mandate
/// has (compared folded; never split at its commas), a kind (by default the one its name says),
/// a country known by code or name, holders' names (blank ones dropped), the resolution as a UN
/// symbol, a session from 1. Each refusal names its field.
fn check(conn: &Connection, id: Option<Uuid>, input: &MandateInput) -> Result<Checked> {
    let name = tidy(&validate::required("name", &input.name)?);
    let key = fold(&name);
    let taken: Option<String> = conn
        .query_row(
            "SELECT name FROM mandates WHERE name_key = ?1 AND id <> ?2 AND deleted_at IS NULL",
            params![key, id.map(|i| i.to_string()).unwrap_or_default()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(name) = taken {
        return Err(Error::invalid("name", Rule::AlreadyExists { name }));
    }
    let kind = match validate::optional(input.kind.as_deref()) {
        Some(k) => MandateKind::parse("kind", &k)?,
        None => kind_of(&name),
    };
    let country = match validate::optional(input.country.as_deref()) {
        Some(c) => Some(find_country("country", &c)?.code),
        None => None,
    };
    let resolution = match validate::optional(Some(&input.resolution)) {
        Some(r) => read_symbol("resolution", &r)?,
        None => String::new(),
    };
    if input.renewal_session == Some(0) {
        return Err(Error::invalid(
            "renewal_session",
            Rule::SessionNumberFromOne,
        ));
    }
    let mut holders: Vec<String> = Vec::new();
    for h in input
        .holders
        .iter()
        .map(|h| tidy(h))
        .filter(|h| !h.is_empty())
    {
        if !holders.contains(&h) {
            holders.push(h);
        }
    }
    Ok(Checked {
        name,
        key,
        kind,
        country,
        theme: tidy(&input.theme),
        holders,
        resolution,
        renewal_session: input.renewal_session,
    })
}

impl Store {
    /// Adds a mandate: a name no other mandate has (folded; a name is never split at its
    /// commas), its kind by default the one its name says, a country known by code or name, its
    /// holders, the resolution that created or last renewed it (a UN symbol) and the session
    /// where its renewal falls. Each refusal names its field.
    pub fn create_mandate(&mut self, input: &MandateInput) -> Result<Mandate> {
        self.write(|tx| {
            let c = check(tx, None, input)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO mandates (id, name, name_key, kind, country_code, theme, holders, resolution,
                                       renewal_session, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                params![
                    id.to_string(), c.name, c.key, c.kind, c.country, c.theme,
                    serde_json::to_string(&c.holders).expect("names serialise"),
                    c.resolution, c.renewal_session, now()
                ],
            )?;
            get(tx, id)
        })
    }

    /// Edits a mandate, checked as when it is added; the meetings and situations that link it
    /// show the new name.
    pub fn update_mandate(&mut self, id: Uuid, input: &MandateInput) -> Result<Mandate> {
        self.write(|tx| {
            get(tx, id)?;
            let c = check(tx, Some(id), input)?;
            tx.execute(
                "UPDATE mandates SET name = ?2, name_key = ?3, kind = ?4, country_code = ?5, theme = ?6,
                                     holders = ?7, resolution = ?8, renewal_session = ?9, updated_at = ?10
                 WHERE id = ?1",
                params![
                    id.to_string(), c.name, c.key, c.kind, c.country, c.theme,
                    serde_json::to_string(&c.holders).expect("names serialise"),
                    c.resolution, c.renewal_session, now()
                ],
            )?;
            get(tx, id)
        })
    }

    /// A mandate by id, with the live meetings and situations that link it.
    pub fn mandate(&self, id: Uuid) -> Result<MandateSummary> {
        summary(&self.conn, id)
    }

    /// Every mandate, by name; with `find`, those whose name, theme, country or a holder holds
    /// it (case, accents and spacing ignored).
    pub fn mandates(&self, find: Option<&str>) -> Result<Vec<Mandate>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT} WHERE m.deleted_at IS NULL ORDER BY m.name_key"
        ))?;
        let mut all: Vec<Mandate> = stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?;
        if let Some(find) = find.map(fold).filter(|f| !f.is_empty()) {
            all.retain(|m| {
                [&m.name, &m.theme]
                    .into_iter()
                    .chain(m.country_name.as_ref())
                    .chain(&m.holders)
                    .any(|t| fold(t).contains(&find))
            });
        }
        Ok(all)
    }

    /// The mandates [`Store::mandates`] lists, each with the live meetings and situations that
    /// link it (read in one query, for the window's list of mandates).
    pub fn mandate_summaries(&self, find: Option<&str>) -> Result<Vec<MandateSummary>> {
        let mut linked = super::documents::linked_all(&self.conn, "mandate_links", "mandate_id")?;
        Ok(self
            .mandates(find)?
            .into_iter()
            .map(|mandate| MandateSummary {
                linked: linked.remove(&mandate.id).unwrap_or_default(),
                mandate,
            })
            .collect())
    }

    /// Deletes a mandate (a tombstone: [`Store::restore_mandate`] brings it back). As a deleted
    /// meeting's or situation's, its links stay and read as none meanwhile. Returns it with what
    /// linked it, to say so.
    pub fn delete_mandate(&mut self, id: Uuid) -> Result<MandateSummary> {
        self.write(|tx| {
            let was = summary(tx, id)?;
            row::tombstone(tx, "mandates", "mandate", id)?;
            Ok(was)
        })
    }

    /// Brings back a deleted mandate with its links, unless another mandate has its name since
    /// (refused naming `name`).
    pub fn restore_mandate(&mut self, id: Uuid) -> Result<MandateSummary> {
        self.write(|tx| {
            let deleted: Mandate = tx
                .query_row(
                    &format!("{SELECT} WHERE m.id = ?1 AND m.deleted_at IS NOT NULL"),
                    [id.to_string()],
                    read,
                )
                .optional()?
                .ok_or_else(|| Error::NotFound {
                    entity: "deleted mandate",
                    key: id.to_string(),
                })?;
            let clash: Option<String> = tx
                .query_row(
                    "SELECT name FROM mandates WHERE name_key = ?1 AND id <> ?2 AND deleted_at IS NULL",
                    params![fold(&deleted.name), id.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(name) = clash {
                return Err(Error::invalid("name", Rule::AlreadyExists { name }));
            }
            tx.execute(
                "UPDATE mandates SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), now()],
            )?;
            summary(tx, id)
        })
    }
}
