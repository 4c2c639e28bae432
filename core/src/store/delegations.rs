//! Delegations: one record per State of its mission in Geneva (contacts, my meeting notes),
//! added, edited, found by State, listed by name, deleted and restored.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::delegation::{Delegation, DelegationInput};
use crate::domain::vote_list::name_on;
use crate::error::{Error, Result};
use crate::reference::find_country;
use crate::Rule;

const COLUMNS: &str = "id, country_code, contacts, notes, created_at, updated_at";

fn read(r: &Row) -> rusqlite::Result<Delegation> {
    let code: String = r.get(1)?;
    Ok(Delegation {
        id: row::id(r, 0)?,
        country_name: name_on(&code, None),
        country_code: code,
        contacts: r.get(2)?,
        notes: r.get(3)?,
        created_at: row::instant(r, 4)?,
        updated_at: row::instant(r, 5)?,
    })
}

fn get_with(conn: &Connection, id: Uuid, deleted: bool) -> Result<Delegation> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM delegations WHERE id = ?1 AND (deleted_at IS NOT NULL) = ?2"
        ),
        params![id.to_string(), deleted],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: if deleted {
            "deleted delegation"
        } else {
            "delegation"
        },
        key: id.to_string(),
    })
}

/// Refuses a second live record for the State `code` (other than `id`), naming `country`.
fn only_one(conn: &Connection, code: &str, id: Option<Uuid>) -> Result<()> {
    let other: Option<String> = conn
        .query_row(
            "SELECT id FROM delegations WHERE country_code = ?1 AND deleted_at IS NULL AND id IS NOT ?2",
            params![code, id.map(|i| i.to_string())],
            |r| r.get(0),
        )
        .optional()?;
    match other {
        Some(_) => Err(Error::invalid(
            "country",
            Rule::AlreadyExists {
                name: format!("The delegation of {}", name_on(code, None)),
            },
        )),
        None => Ok(()),
    }
}

impl Store {
    /// Adds the record of a State's delegation: the State by name or code (`country`), one
    /// live record per State.
    pub fn create_delegation(&mut self, input: &DelegationInput) -> Result<Delegation> {
        let country = find_country("country", &input.country)?;
        self.write(|tx| {
            only_one(tx, &country.code, None)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO delegations (id, country_code, contacts, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![
                    id.to_string(),
                    country.code,
                    input.contacts.trim_end(),
                    input.notes.trim_end(),
                    now()
                ],
            )?;
            get_with(tx, id, false)
        })
    }

    /// Edits a delegation's record, checked as when it is added.
    pub fn update_delegation(&mut self, id: Uuid, input: &DelegationInput) -> Result<Delegation> {
        let country = find_country("country", &input.country)?;
        self.write(|tx| {
            get_with(tx, id, false)?;
            only_one(tx, &country.code, Some(id))?;
            tx.execute(
                "UPDATE delegations SET country_code = ?2, contacts = ?3, notes = ?4, updated_at = ?5
                 WHERE id = ?1",
                params![
                    id.to_string(),
                    country.code,
                    input.contacts.trim_end(),
                    input.notes.trim_end(),
                    now()
                ],
            )?;
            get_with(tx, id, false)
        })
    }

    /// A delegation's record by id.
    pub fn delegation(&self, id: Uuid) -> Result<Delegation> {
        get_with(&self.conn, id, false)
    }

    /// The record of the delegation of a State (by name or code), if there is one.
    pub fn delegation_of(&self, country: &str) -> Result<Option<Delegation>> {
        let country = find_country("country", country)?;
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM delegations WHERE country_code = ?1 AND deleted_at IS NULL"
                ),
                [country.code],
                read,
            )
            .optional()?)
    }

    /// Every delegation's record, by the State's name.
    pub fn delegations(&self) -> Result<Vec<Delegation>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM delegations WHERE deleted_at IS NULL"
        ))?;
        let mut all: Vec<Delegation> =
            stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?;
        all.sort_by_cached_key(|d| crate::text::fold(&d.country_name).to_lowercase());
        Ok(all)
    }

    /// The delegations whose State (by its name or code), contacts or notes hold `find`, compared
    /// folded (case, accents and punctuation aside); every one when `find` is none or blank.
    pub fn find_delegations(&self, find: Option<&str>) -> Result<Vec<Delegation>> {
        let all = self.delegations()?;
        let wanted = crate::text::fold(find.unwrap_or(""));
        if wanted.is_empty() {
            return Ok(all);
        }
        Ok(all
            .into_iter()
            .filter(|d| {
                [&d.country_name, &d.country_code, &d.contacts, &d.notes]
                    .iter()
                    .any(|t| crate::text::fold(t).contains(&wanted))
            })
            .collect())
    }

    /// Deletes a delegation's record (a tombstone: [`Store::restore_delegation`] brings it back).
    pub fn delete_delegation(&mut self, id: Uuid) -> Result<Delegation> {
        self.write(|tx| {
            let was = get_with(tx, id, false)?;
            row::tombstone(tx, "delegations", "delegation", id)?;
            Ok(was)
        })
    }

    /// Brings back a deleted record, unless another was added for its State meanwhile (refused
    /// naming `country`, nothing changed).
    pub fn restore_delegation(&mut self, id: Uuid) -> Result<Delegation> {
        self.write(|tx| {
            let was = get_with(tx, id, true)?;
            only_one(tx, &was.country_code, Some(id))?;
            tx.execute(
                "UPDATE delegations SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), now()],
            )?;
            get_with(tx, id, false)
        })
    }
}
