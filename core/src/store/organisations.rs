//! Organisations: found or created by name with near-duplicates merged; added, edited, listed with
//! how much each is used (all, or those a typed text finds), merged into another, deleted (when
//! nothing uses it) and restored.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::Store;
use crate::domain::organisation::{
    parse_line, EcosocStatus, Organisation, OrganisationInput, OrganisationSummary, SignatoryLine,
};
use crate::error::{Error, Result};
use crate::text::fold;
use crate::validate;
use crate::Rule;

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

/// An organisation as typed, checked: its name, folded name, acronym and status.
struct Checked {
    name: String,
    key: String,
    acronym: String,
    status: EcosocStatus,
}

/// Checks what was typed for an organisation (`id` when it exists already): a name is needed, and
/// neither the name nor the acronym may name another organisation — by folded name, as pasted
/// lists are merged, or by acronym (a one-word name is read as an acronym, as a pasted line is).
fn check(conn: &Connection, id: Option<Uuid>, input: &OrganisationInput) -> Result<Checked> {
    let name = validate::required("name", &input.name)?;
    let acronym = validate::optional(input.acronym.as_deref()).unwrap_or_default();
    let status = match validate::optional(input.ecosoc_status.as_deref()) {
        Some(s) => EcosocStatus::parse("ecosoc_status", &s)?,
        None => EcosocStatus::None,
    };
    let key = fold(&name);
    let other = id.map(|i| i.to_string()).unwrap_or_default();
    let same_name: Option<String> = conn
        .query_row(
            "SELECT name FROM organisations WHERE name_key = ?1 AND id <> ?2 AND deleted_at IS NULL",
            params![key, other],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(name) = same_name {
        return Err(Error::invalid("name", Rule::AlreadyExists { name }));
    }
    // A word that names another organisation, as its acronym or (for an acronym) its name.
    let named = |word: &str, by_name: bool| -> Result<Option<String>> {
        Ok(conn
            .query_row(
                "SELECT name FROM organisations WHERE id <> ?2 AND deleted_at IS NULL
                 AND ((acronym <> '' AND lower(acronym) = lower(?1)) OR (?3 AND name_key = ?4)) LIMIT 1",
                params![word, other, by_name, fold(word)],
                |r| r.get(0),
            )
            .optional()?)
    };
    let clash = |field: &str, value: &str, organisation: String| {
        Error::invalid(
            field,
            Rule::NamesAnotherOrganisation {
                value: value.to_string(),
                organisation,
            },
        )
    };
    if !name.contains(' ') {
        if let Some(organisation) = named(&name, false)? {
            return Err(clash("name", &name, organisation));
        }
    }
    if !acronym.is_empty() {
        if let Some(organisation) = named(&acronym, true)? {
            return Err(clash("acronym", &acronym, organisation));
        }
    }
    Ok(Checked {
        name,
        key,
        acronym,
        status,
    })
}

/// Every live organisation (or the one `only`) with how many live statements it signs and live
/// side events it organises and co-sponsors; one pass over each link table, grouped (for `only`,
/// its rows alone are counted: 45 ms instead of 120 at ten years, where the whole list takes 120).
fn summaries(conn: &Connection, only: Option<Uuid>) -> Result<Vec<OrganisationSummary>> {
    let live = |table: &str| {
        format!("{table}.deleted_at IS NULL AND {table}.session_id IN (SELECT id FROM sessions WHERE deleted_at IS NULL)")
    };
    let events = |role: &str| {
        format!(
            "SELECT x.organisation_id AS id, count(*) AS n FROM side_event_organisations x
             JOIN side_events e ON e.id = x.side_event_id
             WHERE x.role = '{role}' AND (?1 IS NULL OR x.organisation_id = ?1) AND {}
             GROUP BY x.organisation_id",
            live("e")
        )
    };
    let sql = format!(
        "SELECT {COLUMNS}, coalesce(st.n, 0), coalesce(org.n, 0), coalesce(co.n, 0)
         FROM organisations o
         LEFT JOIN (SELECT g.organisation_id AS id, count(*) AS n FROM statement_signatories g
                    JOIN statements s ON s.id = g.statement_id
                    WHERE (?1 IS NULL OR g.organisation_id = ?1) AND {}
                    GROUP BY g.organisation_id) st ON st.id = o.id
         LEFT JOIN ({}) org ON org.id = o.id
         LEFT JOIN ({}) co ON co.id = o.id
         WHERE o.deleted_at IS NULL AND (?1 IS NULL OR o.id = ?1)
         ORDER BY o.name_key",
        live("s"),
        events("organiser"),
        events("cosponsor"),
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map([only.map(|i| i.to_string())], |r| {
            Ok(OrganisationSummary {
                organisation: read(r)?,
                statements: r.get(6)?,
                side_events_organised: r.get(7)?,
                side_events_cosponsored: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn summary(conn: &Connection, id: Uuid) -> Result<OrganisationSummary> {
    summaries(conn, Some(id))?.pop().ok_or(Error::NotFound {
        entity: "organisation",
        key: id.to_string(),
    })
}

impl Store {
    /// Finds or creates an organisation by name, merging near-duplicates.
    pub fn find_or_create_organisation(&mut self, name: &str) -> Result<Organisation> {
        let line = parse_line(name).ok_or_else(|| Error::invalid("name", Rule::Empty))?;
        self.write(|tx| find_or_create(tx, &line).map(|(o, _)| o))
    }

    /// Adds an organisation: a name is needed, and neither its name nor its acronym may name an
    /// organisation already here (the error names the field). Its ECOSOC status is none unless
    /// given.
    pub fn create_organisation(&mut self, input: &OrganisationInput) -> Result<Organisation> {
        self.write(|tx| {
            let c = check(tx, None, input)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO organisations (id, name, name_key, acronym, ecosoc_status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![id.to_string(), c.name, c.key, c.acronym, c.status, now()],
            )?;
            get(tx, id)
        })
    }

    /// Edits an organisation's name, acronym and ECOSOC status, checked as when it is added.
    /// Every statement and side event it is part of shows the new name.
    pub fn update_organisation(
        &mut self,
        id: Uuid,
        input: &OrganisationInput,
    ) -> Result<Organisation> {
        self.write(|tx| {
            get(tx, id)?;
            let c = check(tx, Some(id), input)?;
            tx.execute(
                "UPDATE organisations SET name = ?2, name_key = ?3, acronym = ?4, ecosoc_status = ?5, updated_at = ?6 WHERE id = ?1",
                params![id.to_string(), c.name, c.key, c.acronym, c.status, now()],
            )?;
            get(tx, id)
        })
    }

    /// An organisation by id, with how much it is used.
    pub fn organisation(&self, id: Uuid) -> Result<OrganisationSummary> {
        summary(&self.conn, id)
    }

    /// Every organisation, by name.
    pub fn organisations(&self) -> Result<Vec<Organisation>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM organisations o WHERE o.deleted_at IS NULL ORDER BY o.name_key"
        ))?;
        let rows = stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Every organisation, by name, with how many statements it signs and side events it
    /// organises and co-sponsors.
    pub fn organisation_summaries(&self) -> Result<Vec<OrganisationSummary>> {
        summaries(&self.conn, None)
    }

    /// The organisations whose name or acronym holds `query`, folded as names are (case, accents,
    /// apostrophes and spacing ignored), by name, with how much each is used; a blank query finds
    /// every one.
    pub fn organisation_summaries_matching(&self, query: &str) -> Result<Vec<OrganisationSummary>> {
        let query = fold(query);
        let mut all = summaries(&self.conn, None)?;
        if !query.is_empty() {
            all.retain(|s| {
                fold(&s.organisation.name).contains(&query)
                    || fold(&s.organisation.acronym).contains(&query)
            });
        }
        Ok(all)
    }

    /// Merges the organisation `from` into `into`, a duplicate pasted under another name: every
    /// statement it signs is signed by `into` (once, where both signed), every side event it
    /// organises or co-sponsors has `into` in its place, `into` keeps its name and takes `from`'s
    /// acronym and ECOSOC status only where it has none; `from` is deleted and its text forgotten
    /// at once (a merge has no undo). The statements and side events changed are marked updated,
    /// so that their bundles carry the change. Refused on `into` when both are the same, on the
    /// field of the one missing; nothing changes then. Returns the organisation kept.
    pub fn merge_organisations(&mut self, from: Uuid, into: Uuid) -> Result<OrganisationSummary> {
        let kept = self.write(|tx| {
            if from == into {
                return Err(Error::invalid("into", Rule::MergeIntoItself));
            }
            let live = |field: &str, id: Uuid| {
                get(tx, id).map_err(|e| match e {
                    Error::NotFound { .. } => Error::invalid(field, Rule::NoSuchRow { id }),
                    e => e,
                })
            };
            let gone = live("organisation", from)?;
            let kept = live("into", into)?;
            let (from_id, into_id, stamp) = (from.to_string(), into.to_string(), now());
            tx.execute(
                "UPDATE statements SET updated_at = ?2 WHERE id IN
                 (SELECT statement_id FROM statement_signatories WHERE organisation_id = ?1)",
                params![from_id, stamp],
            )?;
            tx.execute(
                "UPDATE side_events SET updated_at = ?2 WHERE id IN
                 (SELECT side_event_id FROM side_event_organisations WHERE organisation_id = ?1)",
                params![from_id, stamp],
            )?;
            for table in ["statement_signatories", "side_event_organisations"] {
                // Where `into` is there already, its own place is kept and `from`'s goes.
                tx.execute(
                    &format!("UPDATE OR IGNORE {table} SET organisation_id = ?2 WHERE organisation_id = ?1"),
                    params![from_id, into_id],
                )?;
                tx.execute(
                    &format!("DELETE FROM {table} WHERE organisation_id = ?1"),
                    [&from_id],
                )?;
            }
            row::tombstone(tx, "organisations", "organisation", from)?;
            // Forgotten at once, as the command line forgets what it deletes (see purge.rs).
            tx.execute(
                "UPDATE organisations SET name = '', name_key = '', acronym = '' WHERE id = ?1",
                [&from_id],
            )?;
            let acronym = if kept.acronym.is_empty() { gone.acronym } else { kept.acronym };
            let status = match kept.ecosoc_status {
                EcosocStatus::None => gone.ecosoc_status,
                status => status,
            };
            tx.execute(
                "UPDATE organisations SET acronym = ?2, ecosoc_status = ?3, updated_at = ?4 WHERE id = ?1",
                params![into_id, acronym, status, stamp],
            )?;
            summary(tx, into)
        })?;
        self.words_to_forget = true;
        Ok(kept)
    }

    /// Deletes an organisation that nothing uses (a tombstone: [`Store::restore_organisation`]
    /// brings it back). One that signs a statement or organises or co-sponsors a side event is
    /// refused, naming how many, on the `organisation` field: deleting it would take it off
    /// letters already sent without a word, so it is taken off them first, on purpose.
    pub fn delete_organisation(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| {
            let used = summary(tx, id)?;
            let side_events: u32 = tx.query_row(
                "SELECT count(DISTINCT x.side_event_id) FROM side_event_organisations x
                 JOIN side_events e ON e.id = x.side_event_id
                 WHERE x.organisation_id = ?1 AND e.deleted_at IS NULL
                 AND e.session_id IN (SELECT id FROM sessions WHERE deleted_at IS NULL)",
                [id.to_string()],
                |r| r.get(0),
            )?;
            if used.statements > 0 || side_events > 0 {
                return Err(Error::invalid(
                    "organisation",
                    Rule::OrganisationInUse {
                        statements: used.statements,
                        side_events,
                    },
                ));
            }
            row::tombstone(tx, "organisations", "organisation", id)
        })
    }

    /// Brings back a deleted organisation, unless its name or acronym now names another one
    /// (added since): the error names the field.
    pub fn restore_organisation(&mut self, id: Uuid) -> Result<Organisation> {
        self.write(|tx| {
            let gone = || Error::NotFound {
                entity: "deleted organisation",
                key: id.to_string(),
            };
            // A purged tombstone has lost its name: its undo is over.
            let deleted: Organisation = tx
                .query_row(
                    &format!("SELECT {COLUMNS} FROM organisations o WHERE o.id = ?1 AND o.deleted_at IS NOT NULL AND o.name_key <> ''"),
                    [id.to_string()],
                    read,
                )
                .optional()?
                .ok_or_else(gone)?;
            check(tx, Some(id), &OrganisationInput::from(&deleted))?;
            tx.execute(
                "UPDATE organisations SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1",
                params![id.to_string(), now()],
            )?;
            get(tx, id)
        })
    }
}
