//! Organisations: found or created by name with near-duplicates merged, and edited.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::organisation::{
    parse_line, EcosocStatus, Organisation, OrganisationInput, SignatoryLine,
};
use crate::error::{Error, Result};
use crate::text::fold;
use crate::validate;

pub(super) const COLUMNS: &str =
    "o.id, o.name, o.acronym, o.ecosoc_status, o.created_at, o.updated_at";

pub(super) fn read(r: &Row) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: row::id(r, 0)?,
        name: r.get(1)?,
        acronym: r.get(2)?,
        ecosoc_status: r.get(3)?,
        created_at: row::instant(r, 4)?,
        updated_at: row::instant(r, 5)?,
    })
}

pub(super) fn get(conn: &Connection, id: Uuid) -> Result<Organisation> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM organisations o WHERE o.id = ?1 AND o.deleted_at IS NULL"),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "organisation",
        key: id.to_string(),
    })
}

/// Finds the organisation a pasted line names — by folded name, or by acronym
/// when the line is a lone acronym — or creates it. Returns it and whether it is new.
pub(super) fn find_or_create(
    conn: &Connection,
    line: &SignatoryLine,
) -> Result<(Organisation, bool)> {
    let existing: Option<Organisation> = conn
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM organisations o WHERE o.deleted_at IS NULL
                 AND (o.name_key = ?1 OR (?2 AND o.acronym <> '' AND lower(o.acronym) = ?1)) LIMIT 1"
            ),
            params![line.key, !line.name.contains(' ')],
            read,
        )
        .optional()?;
    if let Some(org) = existing {
        if org.acronym.is_empty() {
            if let Some(acronym) = &line.acronym {
                conn.execute(
                    "UPDATE organisations SET acronym = ?2, updated_at = ?3 WHERE id = ?1",
                    params![org.id.to_string(), acronym, now()],
                )?;
                return Ok((get(conn, org.id)?, false));
            }
        }
        return Ok((org, false));
    }
    let id = new_id();
    conn.execute(
        "INSERT INTO organisations (id, name, name_key, acronym, ecosoc_status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id.to_string(), line.name, line.key, line.acronym.as_deref().unwrap_or(""), EcosocStatus::None, now()],
    )?;
    Ok((get(conn, id)?, true))
}

/// Reads each name of a list ("Name (ACRONYM)" recognised) and finds or creates
/// its organisation, once each, in order; `field` is named when a name is blank.
pub(super) fn resolve_names(
    conn: &Connection,
    field: &str,
    names: &[String],
) -> Result<Vec<Organisation>> {
    let mut out: Vec<Organisation> = Vec::new();
    for name in names {
        let line = parse_line(name)
            .ok_or_else(|| Error::invalid(field, crate::Rule::OrganisationNameEmpty))?;
        let (org, _) = find_or_create(conn, &line)?;
        if !out.iter().any(|o| o.id == org.id) {
            out.push(org);
        }
    }
    Ok(out)
}

impl Store {
    /// Finds or creates an organisation by name, merging near-duplicates.
    pub fn find_or_create_organisation(&mut self, name: &str) -> Result<Organisation> {
        let line = parse_line(name).ok_or_else(|| Error::invalid("name", crate::Rule::Empty))?;
        self.write(|tx| find_or_create(tx, &line).map(|(o, _)| o))
    }

    /// Edits an organisation's name, acronym and ECOSOC status.
    pub fn update_organisation(
        &mut self,
        id: Uuid,
        input: &OrganisationInput,
    ) -> Result<Organisation> {
        let name = validate::required("name", &input.name)?;
        let status = match input
            .ecosoc_status
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(s) => EcosocStatus::parse("ecosoc_status", s)?,
            None => EcosocStatus::None,
        };
        let key = fold(&name);
        self.write(|tx| {
            get(tx, id)?;
            let clash: Option<String> = tx
                .query_row("SELECT name FROM organisations WHERE name_key = ?1 AND id <> ?2 AND deleted_at IS NULL", params![key, id.to_string()], |r| r.get(0))
                .optional()?;
            if let Some(other) = clash {
                return Err(Error::invalid(
                    "name",
                    crate::Rule::AlreadyExists { name: other },
                ));
            }
            tx.execute(
                "UPDATE organisations SET name = ?2, name_key = ?3, acronym = ?4, ecosoc_status = ?5, updated_at = ?6 WHERE id = ?1",
                params![id.to_string(), name, key, input.acronym.as_deref().unwrap_or("").trim(), status, now()],
            )?;
            get(tx, id)
        })
    }

    /// Every organisation, by name.
    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM organisations o WHERE o.deleted_at IS NULL ORDER BY o.name_key"
        ))?;
        let rows = stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
