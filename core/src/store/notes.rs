//! Notes: taken, edited while typing (autosave), re-linked, listed by time, deleted.
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::live_ids::LiveIds;
use super::row::{self, new_id, now, parse_opt_id};
use super::{sources, Store};
use crate::domain::note::{Note, NoteInput};
use crate::domain::source::{self, Source};
use crate::error::{Error, Result};
use crate::geneva::stamp;
use crate::validate;

pub(super) const COLUMNS: &str = "id, session_id, meeting_id, agenda_item, situation_id, key_issue_id, statement_id, body, taken_at, created_at, updated_at, resolution_id, confidential";

/// [`COLUMNS`] as read, then the sources (`FROM notes`, not aliased): a link to a record deleted
/// since (its undo still offered) reads as none.
pub(super) static SELECTED: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "id, session_id,
    (SELECT x.id FROM meetings x WHERE x.id = meeting_id AND x.deleted_at IS NULL), agenda_item,
    (SELECT x.id FROM situations x WHERE x.id = situation_id AND x.deleted_at IS NULL),
    (SELECT x.id FROM key_issues x WHERE x.id = key_issue_id AND x.deleted_at IS NULL),
    (SELECT x.id FROM statements x WHERE x.id = statement_id AND x.deleted_at IS NULL),
    body, taken_at, created_at, updated_at,
    (SELECT x.id FROM resolutions x WHERE x.id = resolution_id AND x.deleted_at IS NULL), confidential, {}",
        sources::json_sql("notes.id")
    )
});

pub(super) fn read(r: &Row) -> rusqlite::Result<Note> {
    Ok(Note {
        id: row::id(r, 0)?,
        session_id: row::id(r, 1)?,
        meeting_id: row::opt_id(r, 2)?,
        agenda_item: r.get(3)?,
        situation_id: row::opt_id(r, 4)?,
        key_issue_id: row::opt_id(r, 5)?,
        statement_id: row::opt_id(r, 6)?,
        body: r.get(7)?,
        taken_at: row::instant(r, 8)?,
        created_at: row::instant(r, 9)?,
        updated_at: row::instant(r, 10)?,
        resolution_id: row::opt_id(r, 11)?,
        confidential: r.get(12)?,
        sources: sources::read(r, 13)?,
    })
}

fn get(conn: &Connection, id: Uuid) -> Result<Note> {
    // Prepared once: a bundle's import reads back each of thousands of notes it wrote.
    conn.prepare_cached(&format!(
        "SELECT {} FROM notes WHERE id = ?1 AND deleted_at IS NULL",
        *SELECTED
    ))?
    .query_row([id.to_string()], read)
    .optional()?
    .ok_or(Error::NotFound {
        entity: "note",
        key: id.to_string(),
    })
}

/// Clears each link of `notes` to a record that is deleted (its undo still offered) or gone, as
/// [`SELECTED`]'s subqueries do row by row: the session's live records are read once per kind,
/// and a link outside them is looked up on its own (none, in a session whose links are sound).
fn live_links(conn: &Connection, session_id: Uuid, notes: &mut [Note]) -> Result<()> {
    type Link = fn(&mut Note) -> &mut Option<Uuid>;
    let kinds: [(&str, Link); 5] = [
        ("meetings", |n| &mut n.meeting_id),
        ("situations", |n| &mut n.situation_id),
        ("key_issues", |n| &mut n.key_issue_id),
        ("statements", |n| &mut n.statement_id),
        ("resolutions", |n| &mut n.resolution_id),
    ];
    let sid = session_id.to_string();
    for (table, link) in kinds {
        let mut live = LiveIds::of_session(conn, table, &sid)?;
        for note in notes.iter_mut() {
            let Some(id) = *link(note) else { continue };
            if !live.is_live(conn, &id.to_string())? {
                *link(note) = None;
            }
        }
    }
    Ok(())
}

/// The text note `id` is about as stored, deleted since or not.
fn stored_text(conn: &Connection, id: Uuid) -> Result<Option<Uuid>> {
    let text: Option<String> = conn.query_row(
        "SELECT resolution_id FROM notes WHERE id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    Ok(text.and_then(|t| Uuid::parse_str(&t).ok()))
}

struct Checked {
    meeting_id: Option<Uuid>,
    agenda_item: Option<u8>,
    situation_id: Option<Uuid>,
    key_issue_id: Option<Uuid>,
    statement_id: Option<Uuid>,
    resolution_id: Option<Uuid>,
    taken_at: Option<DateTime<Utc>>,
    sources: Vec<Source>,
}

/// `kept`: the text the note is about as stored, which may have been deleted since (its undo
/// still offered): saving the note as it is keeps that link; a link to another deleted text, or
/// to a text of another session, is refused naming `resolution_id`.
fn check(
    conn: &Connection,
    session_id: Uuid,
    input: &NoteInput,
    kept: Option<Uuid>,
) -> Result<Checked> {
    let mut agenda_item = validate::agenda_item("agenda_item", input.agenda_item)?;
    // A link to something deleted since goes, so that the note can still be saved as it is.
    let live = |table, id: Option<Uuid>| -> Result<Option<Uuid>> {
        match id {
            Some(i) if row::deleted_in_session(conn, table, i, session_id)? => Ok(None),
            other => Ok(other),
        }
    };
    let meeting_id = live(
        "meetings",
        parse_opt_id("meeting_id", input.meeting_id.as_deref())?,
    )?;
    if let Some(m) = meeting_id {
        row::require_in_session(conn, "meetings", "meeting_id", m, session_id)?;
        // The meeting's item only when the note names none (the meeting is there: checked above).
        if agenda_item.is_none() {
            agenda_item = super::meetings::get(conn, m)?.agenda_item();
        }
    }
    let mut linked = [None, None, None];
    for (i, (field, table, value)) in [
        ("situation_id", "situations", &input.situation_id),
        ("key_issue_id", "key_issues", &input.key_issue_id),
        ("statement_id", "statements", &input.statement_id),
    ]
    .into_iter()
    .enumerate()
    {
        if let Some(id) = live(table, parse_opt_id(field, value.as_deref())?)? {
            row::require_in_session(conn, table, field, id, session_id)?;
            linked[i] = Some(id);
        }
    }
    let mut resolution_id = parse_opt_id("resolution_id", input.resolution_id.as_deref())?;
    if let Some(id) = resolution_id {
        if Some(id) == kept && row::deleted_in_session(conn, "resolutions", id, session_id)? {
            // Kept as stored by the update (read as none until the text comes back).
            resolution_id = None;
        } else {
            row::require_in_session(conn, "resolutions", "resolution_id", id, session_id)?;
        }
    }
    let taken_at = match input
        .taken_at
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        // An instant, or the Geneva wall time a note from a notebook was taken at.
        Some(t) => Some(crate::geneva::parse_clock("taken_at", t)?),
        None => None,
    };
    Ok(Checked {
        meeting_id,
        agenda_item,
        situation_id: linked[0],
        key_issue_id: linked[1],
        statement_id: linked[2],
        resolution_id,
        taken_at,
        sources: source::checked("sources", &input.sources)?,
    })
}

impl Store {
    /// Takes a note in a session (an empty body is fine: the note was just opened).
    pub fn create_note(&mut self, session_id: Uuid, input: &NoteInput) -> Result<Note> {
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            let c = check(tx, session_id, input, None)?;
            let id = new_id();
            let now = now();
            tx.execute(
                &format!("INSERT INTO notes ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12)"),
                params![
                    id.to_string(), session_id.to_string(), c.meeting_id.map(|u| u.to_string()), c.agenda_item,
                    c.situation_id.map(|u| u.to_string()), c.key_issue_id.map(|u| u.to_string()), c.statement_id.map(|u| u.to_string()),
                    input.body, c.taken_at.map(stamp).unwrap_or_else(|| now.clone()), now, c.resolution_id.map(|u| u.to_string()),
                    input.confidential
                ],
            )?;
            sources::replace(tx, id, sources::NOTE, &c.sources)?;
            get(tx, id)
        })
    }

    /// Saves a note's body and links (the autosave path); its taken-at time stays unless given.
    pub fn update_note(&mut self, id: Uuid, input: &NoteInput) -> Result<Note> {
        self.write(|tx| {
            let old = get(tx, id)?;
            let c = check(tx, old.session_id, input, stored_text(tx, id)?)?;
            let keep = super::links::set_keeping_deleted;
            tx.execute(
                &format!("UPDATE notes SET {}, agenda_item = ?3, {}, {}, {}, body = ?7, taken_at = ?8, updated_at = ?9, {}, confidential = ?11 WHERE id = ?1",
                    keep("meeting_id", "meetings", "?2"), keep("situation_id", "situations", "?4"),
                    keep("key_issue_id", "key_issues", "?5"), keep("statement_id", "statements", "?6"),
                    keep("resolution_id", "resolutions", "?10")),
                params![
                    id.to_string(), c.meeting_id.map(|u| u.to_string()), c.agenda_item, c.situation_id.map(|u| u.to_string()),
                    c.key_issue_id.map(|u| u.to_string()), c.statement_id.map(|u| u.to_string()), input.body,
                    stamp(c.taken_at.unwrap_or(old.taken_at)), now(), c.resolution_id.map(|u| u.to_string()),
                    input.confidential
                ],
            )?;
            sources::replace(tx, id, sources::NOTE, &c.sources)?;
            get(tx, id)
        })
    }

    /// A note by id.
    pub fn note(&self, id: Uuid) -> Result<Note> {
        get(&self.conn, id)
    }

    /// A session's notes, newest first: read as stored, then their links checked and their
    /// sources read for the whole list at once ([`live_links`], [`sources::of_session_notes`]),
    /// as [`SELECTED`] gives them one by one.
    pub fn notes(&self, session_id: Uuid) -> Result<Vec<Note>> {
        super::sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS}, '[]' FROM notes WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY taken_at DESC, id DESC"
        ))?;
        let mut notes: Vec<Note> = stmt
            .query_map([session_id.to_string()], read)?
            .collect::<rusqlite::Result<_>>()?;
        live_links(&self.conn, session_id, &mut notes)?;
        let mut sources = sources::of_session_notes(&self.conn, session_id)?;
        if !sources.is_empty() {
            for note in &mut notes {
                if let Some(s) = sources.remove(&note.id) {
                    note.sources = s;
                }
            }
        }
        Ok(notes)
    }

    /// The notes about a text, newest first: none while the text is deleted.
    pub fn notes_on_text(&self, resolution_id: Uuid) -> Result<Vec<Note>> {
        let live = self
            .conn
            .prepare_cached("SELECT 1 FROM resolutions WHERE id = ?1 AND deleted_at IS NULL")?
            .exists([resolution_id.to_string()])?;
        if !live {
            return Err(Error::NotFound {
                entity: "resolution",
                key: resolution_id.to_string(),
            });
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {} FROM notes WHERE resolution_id = ?1 AND deleted_at IS NULL ORDER BY taken_at DESC, id DESC",
            *SELECTED
        ))?;
        let notes = stmt
            .query_map([resolution_id.to_string()], read)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(notes)
    }

    /// Deletes a note (a tombstone: [`Store::restore_note`] brings it back).
    pub fn delete_note(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "notes", "note", id))
    }

    /// Brings back a deleted note.
    pub fn restore_note(&mut self, id: Uuid) -> Result<Note> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE notes SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
                params![id.to_string(), now()],
            )?;
            if n == 0 {
                return Err(Error::NotFound { entity: "deleted note", key: id.to_string() });
            }
            get(tx, id)
        })
    }
}

/// Checks a stored note (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let n = get(conn, id)?;
    let id = |id: Option<Uuid>| id.map(|i| i.to_string());
    let input = NoteInput {
        body: n.body,
        meeting_id: id(n.meeting_id),
        agenda_item: n.agenda_item,
        situation_id: id(n.situation_id),
        key_issue_id: id(n.key_issue_id),
        statement_id: id(n.statement_id),
        resolution_id: id(n.resolution_id),
        taken_at: Some(stamp(n.taken_at)),
        sources: n.sources,
        confidential: n.confidential,
    };
    check(conn, n.session_id, &input, None).map(drop)
}
