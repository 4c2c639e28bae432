//! Country situations of a session: create, edit, list (by agenda item), delete.
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now};
use super::{sources, Store};
use crate::domain::situation::{CountrySituation, Priority, SituationInput};
use crate::domain::source::{self, Source};
use crate::error::{Error, Result};
use crate::reference::{country_names, find_country};
use crate::validate;

static SELECT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!("SELECT s.id, s.session_id, s.country_code, c.name, s.agenda_item, s.mechanism, s.summary, s.asks, s.priority,
    s.created_at, s.updated_at, se.start_date, {}, {}, {}, s.confidential FROM situations s JOIN countries c ON c.code = s.country_code
    JOIN sessions se ON se.id = s.session_id", sources::json_sql("s.id"),
    super::mandates::names_sql("s.id"), super::documents::symbols_sql("s.id"))
});

fn read(r: &Row) -> rusqlite::Result<CountrySituation> {
    Ok(CountrySituation {
        id: row::id(r, 0)?,
        session_id: row::id(r, 1)?,
        country_code: r.get(2)?,
        // The name in use when the session met: Turkey at HRC38, Türkiye after June 2022.
        country_name: country_names::shown_on(
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(11)?,
            r.get(3)?,
        ),
        agenda_item: r.get(4)?,
        mechanism: r.get(5)?,
        summary: r.get(6)?,
        asks: r.get(7)?,
        priority: r.get(8)?,
        created_at: row::instant(r, 9)?,
        updated_at: row::instant(r, 10)?,
        sources: sources::read(r, 12)?,
        mandates: super::documents::read_json(r, 13)?,
        documents: super::documents::read_json(r, 14)?,
        confidential: r.get(15)?,
    })
}

pub(super) fn get(conn: &Connection, id: Uuid) -> Result<CountrySituation> {
    conn.query_row(
        &format!("{} WHERE s.id = ?1 AND s.deleted_at IS NULL", *SELECT),
        [id.to_string()],
        read,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: "country situation",
        key: id.to_string(),
    })
}

struct Checked {
    code: String,
    item: Option<u8>,
    priority: Priority,
    sources: Vec<Source>,
}

fn check(input: &SituationInput) -> Result<Checked> {
    let country = find_country("country", &input.country)?;
    let priority = match input
        .priority
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        Some(p) => Priority::parse("priority", p)?,
        None => Priority::Medium,
    };
    Ok(Checked {
        code: country.code,
        item: validate::agenda_item("agenda_item", input.agenda_item)?,
        priority,
        sources: source::checked("sources", &input.sources)?,
    })
}

/// Refuses a second situation for the same country under the same agenda item in a session
/// (`except` is the situation being edited), naming the country field.
fn refuse_twice(
    conn: &Connection,
    session_id: Uuid,
    c: &Checked,
    except: Option<Uuid>,
) -> Result<()> {
    let other: Option<String> = conn
        .query_row(
            "SELECT id FROM situations WHERE session_id = ?1 AND country_code = ?2
               AND agenda_item IS ?3 AND deleted_at IS NULL AND id IS NOT ?4",
            params![
                session_id.to_string(),
                c.code,
                c.item,
                except.map(|id| id.to_string())
            ],
            |r| r.get(0),
        )
        .optional()?;
    match other {
        // The name shown for the one already there: as it was called when the session met.
        Some(other) => Err(Error::invalid(
            "country",
            crate::Rule::SituationExists {
                country: get(conn, row::parse_id("situation", &other)?)?.country_name,
                item: c.item,
            },
        )),
        None => Ok(()),
    }
}

/// Links a situation to the mandates and documents its input names, when it names them.
fn link(tx: &Connection, id: Uuid, input: &SituationInput) -> Result<()> {
    if let Some(names) = &input.mandates {
        super::mandates::link(tx, id, "situation", "mandates", names)?;
    }
    if let Some(symbols) = &input.documents {
        super::documents::link(tx, id, "situation", "documents", symbols)?;
    }
    Ok(())
}

impl Store {
    /// Adds a country situation to a session.
    pub fn create_situation(
        &mut self,
        session_id: Uuid,
        input: &SituationInput,
    ) -> Result<CountrySituation> {
        let c = check(input)?;
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            refuse_twice(tx, session_id, &c, None)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO situations (id, session_id, country_code, agenda_item, mechanism, summary, asks, priority, created_at, updated_at, confidential)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
                params![
                    id.to_string(), session_id.to_string(), c.code, c.item,
                    input.mechanism.as_deref().unwrap_or("").trim(), input.summary.as_deref().unwrap_or(""),
                    input.asks.as_deref().unwrap_or(""), c.priority, now(), input.confidential
                ],
            )?;
            sources::replace(tx, id, sources::SITUATION, &c.sources)?;
            link(tx, id, input)?;
            get(tx, id)
        })
    }

    /// Edits a country situation.
    pub fn update_situation(
        &mut self,
        id: Uuid,
        input: &SituationInput,
    ) -> Result<CountrySituation> {
        let c = check(input)?;
        self.write(|tx| {
            let old = get(tx, id)?;
            refuse_twice(tx, old.session_id, &c, Some(id))?;
            tx.execute(
                "UPDATE situations SET country_code = ?2, agenda_item = ?3, mechanism = ?4, summary = ?5, asks = ?6, priority = ?7, updated_at = ?8,
                 confidential = ?9 WHERE id = ?1",
                params![
                    id.to_string(), c.code, c.item, input.mechanism.as_deref().unwrap_or("").trim(),
                    input.summary.as_deref().unwrap_or(""), input.asks.as_deref().unwrap_or(""), c.priority, now(),
                    input.confidential
                ],
            )?;
            sources::replace(tx, id, sources::SITUATION, &c.sources)?;
            link(tx, id, input)?;
            get(tx, id)
        })
    }

    /// A country situation by id.
    pub fn situation(&self, id: Uuid) -> Result<CountrySituation> {
        get(&self.conn, id)
    }

    /// A session's country situations, by agenda item (unassigned last), then country.
    pub fn situations(&self, session_id: Uuid) -> Result<Vec<CountrySituation>> {
        super::sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "{} WHERE s.session_id = ?1 AND s.deleted_at IS NULL ORDER BY s.agenda_item IS NULL, s.agenda_item, c.name",
            *SELECT
        ))?;
        let rows = stmt
            .query_map([session_id.to_string()], read)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Deletes a country situation (a tombstone: [`Store::restore_situation`] brings it back,
    /// [`Store::purge_deleted`] forgets its text); links to it stay, read as none meanwhile.
    pub fn delete_situation(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "situations", "country situation", id))
    }

    /// The country reference table.
    pub fn countries(&self) -> Vec<crate::domain::situation::Country> {
        crate::reference::all_countries()
    }
}

/// Checks a stored situation (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let s = get(conn, id)?;
    let c = check(&SituationInput {
        country: s.country_code,
        agenda_item: s.agenda_item,
        mechanism: Some(s.mechanism),
        summary: Some(s.summary),
        asks: Some(s.asks),
        priority: Some(s.priority.key().into()),
        sources: s.sources,
        mandates: None,
        documents: None,
        confidential: s.confidential,
    })?;
    refuse_twice(conn, s.session_id, &c, Some(id))
}
