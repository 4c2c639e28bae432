//! Statements: create with sensible limits (by default their meeting's speaking rule), edit,
//! list with their timing, signatories.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::row::{self, new_id, now, parse_opt_id};
use super::{links, organisations, Store};
use crate::domain::organisation::Organisation;
use crate::domain::settings::Settings;
use crate::domain::statement::{Statement, StatementInput, StatementKind, StatementStatus, Timing};
use crate::error::{Error, Result};
use crate::geneva::stamp;
use crate::validate;

/// The columns read; a meeting deleted since (its undo still offered) reads as none; the word
/// count kept with the text (`id` is the statement's: the counts have no column of that name),
/// none when the text was changed by other means than the core's own writes (then measured).
pub(super) const COLUMNS: &str = "id, session_id, kind, title, agenda_item,
    (SELECT m.id FROM meetings m WHERE m.id = meeting_id AND m.deleted_at IS NULL), speaker, text, limit_seconds, limit_words, status,
    document_symbol, created_at, updated_at, delivered_at,
    (SELECT w.word_count FROM statement_word_counts w WHERE w.statement_id = id), confidential";

pub(super) fn read(conn: &Connection, wpm: u32, r: &Row) -> Result<Statement> {
    let id = row::id(r, 0)?;
    let documents = super::documents::symbols(conn, id)?;
    read_with(conn, wpm, r, id, documents, signatories(conn, id)?)
}

/// [`read`], with the statement's document symbols and signatories already read (a whole
/// list's documents at once, [`session_documents`], and each organisation once,
/// [`Organisations`]).
fn read_with(
    conn: &Connection,
    wpm: u32,
    r: &Row,
    id: Uuid,
    documents: Vec<String>,
    signatories: Vec<Organisation>,
) -> Result<Statement> {
    let text: String = r.get(7)?;
    let limit_seconds: Option<u32> = r.get(8)?;
    let limit_words: Option<u32> = r.get(9)?;
    let (key_issue_ids, situation_ids) = links::read(conn, id)?;
    Ok(Statement {
        id,
        session_id: row::id(r, 1)?,
        kind: r.get(2)?,
        title: r.get(3)?,
        agenda_item: r.get(4)?,
        meeting_id: row::opt_id(r, 5)?,
        speaker: r.get(6)?,
        timing: match r.get::<_, Option<u32>>(15)? {
            Some(words) => Timing::of_words(words, wpm, limit_seconds, limit_words),
            None => Timing::measure(&text, wpm, limit_seconds, limit_words),
        },
        text,
        limit_seconds,
        limit_words,
        status: r.get(10)?,
        document_symbol: r.get(11)?,
        key_issue_ids,
        situation_ids,
        signatories,
        created_at: row::instant(r, 12)?,
        updated_at: row::instant(r, 13)?,
        delivered_at: row::opt_instant(r, 14)?,
        documents,
        confidential: r.get(16)?,
    })
}

/// The live document symbols of each of a session's live statements, in their order: one
/// query for the list, as [`super::documents::symbols`] reads one statement's.
fn session_documents(conn: &Connection, session_id: Uuid) -> Result<HashMap<Uuid, Vec<String>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.record_id, d.symbol FROM statements st
         JOIN document_links l ON l.record_id = st.id
         JOIN documents d ON d.id = l.document_id AND d.deleted_at IS NULL
         WHERE st.session_id = ?1 AND st.deleted_at IS NULL ORDER BY l.record_id, l.position",
    )?;
    let mut rows = stmt.query([session_id.to_string()])?;
    let mut out: HashMap<Uuid, Vec<String>> = HashMap::new();
    while let Some(r) = rows.next()? {
        out.entry(row::id(r, 0)?).or_default().push(r.get(1)?);
    }
    Ok(out)
}

/// Keeps the word count of statement `id`'s text, just written, beside it (read by lists of
/// statements instead of measuring each text again).
fn count_words(tx: &Connection, id: Uuid, text: &str) -> Result<()> {
    keep_count(tx, &id.to_string(), text)
}

/// [`count_words`] of the statement whose stored id is `id`, as stored.
fn keep_count(tx: &Connection, id: &str, text: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR REPLACE INTO statement_word_counts (statement_id, word_count) VALUES (?1, ?2)",
    )?
    .execute(params![id, crate::text::word_count(text)])?;
    Ok(())
}

/// Counts the words of session `session_id`'s statements that have no count kept (added or
/// changed by a bundle's import), so that lists read counts rather than measure texts.
pub(crate) fn count_missing_words(conn: &Connection, session_id: &str) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, text FROM statements s WHERE session_id = ?1
         AND NOT EXISTS (SELECT 1 FROM statement_word_counts w WHERE w.statement_id = s.id)",
    )?;
    let mut rows = stmt.query([session_id])?;
    while let Some(r) = rows.next()? {
        // The id as stored: the import has already checked that what it wrote reads.
        let id = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        let text = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        keep_count(conn, id, text)?;
    }
    Ok(())
}

/// Links a statement to the documents its input names, when it names them.
fn link_documents(tx: &Connection, id: Uuid, input: &StatementInput) -> Result<()> {
    match &input.documents {
        Some(symbols) => super::documents::link(tx, id, "statement", "documents", symbols),
        None => Ok(()),
    }
}

/// The organisations a list of statements' signatories name, each read once: the same
/// organisations sign many of a session's joint statements.
#[derive(Default)]
struct Organisations(HashMap<String, Option<Organisation>>);

impl Organisations {
    /// Statement `id`'s signatories in order, as [`signatories`] reads them.
    fn signing(&mut self, conn: &Connection, id: Uuid) -> Result<Vec<Organisation>> {
        let mut stmt = conn.prepare_cached(
            "SELECT organisation_id FROM statement_signatories WHERE statement_id = ?1 ORDER BY position",
        )?;
        let ids = stmt
            .query_map([id.to_string()], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::with_capacity(ids.len());
        for organisation_id in ids {
            let known = match self.0.get(&organisation_id) {
                Some(known) => known.clone(),
                None => {
                    let found = conn
                        .prepare_cached(&format!(
                            "SELECT {} FROM organisations o WHERE o.id = ?1",
                            organisations::COLUMNS
                        ))?
                        .query_row([&organisation_id], organisations::read)
                        .optional()?;
                    self.0.insert(organisation_id, found.clone());
                    found
                }
            };
            // A signatory whose organisation is not stored is left out, as the join leaves it.
            out.extend(known);
        }
        Ok(out)
    }
}

pub(super) fn signatories(conn: &Connection, id: Uuid) -> Result<Vec<Organisation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {} FROM statement_signatories s JOIN organisations o ON o.id = s.organisation_id
         WHERE s.statement_id = ?1 ORDER BY s.position",
        organisations::COLUMNS
    ))?;
    let rows = stmt
        .query_map([id.to_string()], organisations::read)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(super) fn get(conn: &Connection, id: Uuid) -> Result<Statement> {
    let wpm = super::settings::load(conn)?.words_per_minute;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM statements WHERE id = ?1 AND deleted_at IS NULL"
    ))?;
    let mut rows = stmt.query([id.to_string()])?;
    match rows.next()? {
        Some(r) => read(conn, wpm, r),
        None => Err(Error::NotFound {
            entity: "statement",
            key: id.to_string(),
        }),
    }
}

struct Checked {
    title: String,
    kind: StatementKind,
    item: Option<u8>,
    meeting_id: Option<Uuid>,
    limit_seconds: Option<u32>,
    limit_words: Option<u32>,
    status: StatementStatus,
    links: links::Targets,
}

fn check(
    conn: &Connection,
    session_id: Uuid,
    input: &StatementInput,
    settings: &Settings,
) -> Result<Checked> {
    let title = validate::required("title", &input.title)?;
    let kind = match input
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        Some(k) => StatementKind::parse("kind", k)?,
        None => StatementKind::Oral,
    };
    let status = match input
        .status
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        Some(s) => StatementStatus::parse("status", s)?,
        None => StatementStatus::Drafting,
    };
    let mut item = validate::agenda_item("agenda_item", input.agenda_item)?;
    let meeting_id = parse_opt_id("meeting_id", input.meeting_id.as_deref())?;
    let mut meeting = None;
    if let Some(m) = meeting_id {
        row::require_in_session(conn, "meetings", "meeting_id", m, session_id)?;
        let found = super::meetings::get(conn, m)?;
        item = item.or(found.agenda_item());
        meeting = Some(found);
    }
    if input.limit_seconds == Some(0) {
        return Err(Error::invalid(
            "limit_seconds",
            crate::Rule::AtLeastOneSecond,
        ));
    }
    if input.limit_words == Some(0) {
        return Err(Error::invalid("limit_words", crate::Rule::AtLeastOneWord));
    }
    let default = super::speaking_rules::default_for(conn, meeting.as_ref(), settings)?;
    let (limit_seconds, limit_words) = limits(kind, default, input, settings);
    let links = links::check(conn, session_id, &input.key_issue_ids, &input.situation_ids)?;
    Ok(Checked {
        title,
        kind,
        item,
        meeting_id,
        limit_seconds,
        limit_words,
        status,
        links,
    })
}

/// The limits a statement is held to: what the person typed, or the default for its kind —
/// words by ECOSOC status for written statements, `default_seconds` (its meeting's speaking
/// rule, see store/speaking_rules.rs) for the others.
fn limits(
    kind: StatementKind,
    default_seconds: u32,
    input: &StatementInput,
    settings: &Settings,
) -> (Option<u32>, Option<u32>) {
    if kind.is_written() {
        (
            None,
            Some(
                input
                    .limit_words
                    .unwrap_or(settings.my_ecosoc_status.written_word_limit()),
            ),
        )
    } else {
        (Some(input.limit_seconds.unwrap_or(default_seconds)), None)
    }
}

/// Keeps `delivered_at` in step with the status: set (to `at`, unless already known) while the
/// statement is delivered, cleared otherwise.
fn stamp_delivery(conn: &Connection, id: Uuid, at: &str) -> Result<()> {
    conn.execute(
        "UPDATE statements SET delivered_at = CASE WHEN status = 'delivered' THEN coalesce(delivered_at, ?2) END WHERE id = ?1",
        params![id.to_string(), at],
    )?;
    Ok(())
}

impl Store {
    /// Measures a draft as it would be saved — its text against the limits typed, or the
    /// defaults the core would apply — without storing anything. A draft is forgiving: an
    /// unknown kind counts as oral, an unknown meeting as none.
    pub fn measure_draft(&self, session_id: Uuid, input: &StatementInput) -> Result<Timing> {
        super::sessions::get(&self.conn, session_id)?;
        let settings = self.settings()?;
        let kind = input
            .kind
            .as_deref()
            .and_then(|k| StatementKind::parse("kind", k).ok())
            .unwrap_or(StatementKind::Oral);
        let meeting = parse_opt_id("meeting_id", input.meeting_id.as_deref())
            .ok()
            .flatten()
            .and_then(|m| super::meetings::get(&self.conn, m).ok())
            .filter(|m| m.session_id == session_id);
        let default = super::speaking_rules::default_for(&self.conn, meeting.as_ref(), &settings)?;
        let (limit_seconds, limit_words) = limits(kind, default, input, &settings);
        let text = input.text.as_deref().unwrap_or("");
        Ok(Timing::measure(
            text,
            settings.words_per_minute,
            limit_seconds,
            limit_words,
        ))
    }

    /// Adds a statement to a session; limits default from the meeting and the settings.
    pub fn create_statement(
        &mut self,
        session_id: Uuid,
        input: &StatementInput,
    ) -> Result<Statement> {
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            let c = check(tx, session_id, input, &super::settings::load(tx)?)?;
            let id = new_id();
            tx.execute(
                "INSERT INTO statements (id, session_id, kind, title, agenda_item, meeting_id, speaker, text, limit_seconds, limit_words,
                 status, document_symbol, created_at, updated_at, confidential) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14)",
                params![
                    id.to_string(), session_id.to_string(), c.kind, c.title, c.item, c.meeting_id.map(|m| m.to_string()),
                    input.speaker.as_deref().unwrap_or("").trim(), input.text.as_deref().unwrap_or(""), c.limit_seconds, c.limit_words,
                    c.status, input.document_symbol.as_deref().unwrap_or("").trim(), now(), input.confidential
                ],
            )?;
            count_words(tx, id, input.text.as_deref().unwrap_or(""))?;
            links::replace(tx, id, &c.links)?;
            link_documents(tx, id, input)?;
            stamp_delivery(tx, id, &now())?;
            get(tx, id)
        })
    }

    /// Edits a statement (its signatories stay).
    pub fn update_statement(&mut self, id: Uuid, input: &StatementInput) -> Result<Statement> {
        self.write(|tx| {
            let old = get(tx, id)?;
            let c = check(tx, old.session_id, input, &super::settings::load(tx)?)?;
            tx.execute(
                &format!("UPDATE statements SET kind = ?2, title = ?3, agenda_item = ?4, {}, speaker = ?6, text = ?7, limit_seconds = ?8,
                 limit_words = ?9, status = ?10, document_symbol = ?11, updated_at = ?12, confidential = ?13 WHERE id = ?1",
                 links::set_keeping_deleted("meeting_id", "meetings", "?5")),
                params![
                    id.to_string(), c.kind, c.title, c.item, c.meeting_id.map(|m| m.to_string()), input.speaker.as_deref().unwrap_or("").trim(),
                    input.text.as_deref().unwrap_or(""), c.limit_seconds, c.limit_words, c.status,
                    input.document_symbol.as_deref().unwrap_or("").trim(), now(), input.confidential
                ],
            )?;
            // After the text: a change of text drops the count it had (the schema's trigger).
            count_words(tx, id, input.text.as_deref().unwrap_or(""))?;
            links::replace(tx, id, &c.links)?;
            link_documents(tx, id, input)?;
            stamp_delivery(tx, id, &now())?;
            get(tx, id)
        })
    }

    /// Changes only a statement's status (the board's drag and drop).
    pub fn set_statement_status(&mut self, id: Uuid, status: &str) -> Result<Statement> {
        let status = StatementStatus::parse("status", status)?;
        self.write(|tx| {
            get(tx, id)?;
            tx.execute(
                "UPDATE statements SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![id.to_string(), status, now()],
            )?;
            stamp_delivery(tx, id, &now())?;
            get(tx, id)
        })
    }

    /// Marks a statement delivered at `at` (deliver mode's "Delivered"), replacing any earlier time.
    pub fn deliver_statement(&mut self, id: Uuid, at: DateTime<Utc>) -> Result<Statement> {
        self.write(|tx| {
            get(tx, id)?;
            tx.execute(
                "UPDATE statements SET status = 'delivered', delivered_at = ?2, updated_at = ?3 WHERE id = ?1",
                params![id.to_string(), stamp(at), now()],
            )?;
            get(tx, id)
        })
    }

    /// A statement by id, with its timing and signatories.
    pub fn statement(&self, id: Uuid) -> Result<Statement> {
        get(&self.conn, id)
    }

    /// A session's statements, in the order they were added.
    pub fn statements(&self, session_id: Uuid) -> Result<Vec<Statement>> {
        super::sessions::get(&self.conn, session_id)?;
        let wpm = self.settings()?.words_per_minute;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM statements WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id"
        ))?;
        let mut documents = session_documents(&self.conn, session_id)?;
        let mut organisations = Organisations::default();
        let mut rows = stmt.query([session_id.to_string()])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id = row::id(r, 0)?;
            let symbols = documents.remove(&id).unwrap_or_default();
            let signing = organisations.signing(&self.conn, id)?;
            out.push(read_with(&self.conn, wpm, r, id, symbols, signing)?);
        }
        Ok(out)
    }

    /// Deletes a statement (a tombstone: [`Store::restore_statement`] brings it back,
    /// [`Store::purge_deleted`] forgets its text).
    pub fn delete_statement(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| row::tombstone(tx, "statements", "statement", id))
    }

    /// Takes an organisation off a statement's signatories.
    pub fn remove_signatory(
        &mut self,
        statement_id: Uuid,
        organisation_id: Uuid,
    ) -> Result<Statement> {
        self.write(|tx| {
            get(tx, statement_id)?;
            let n = tx.execute(
                "DELETE FROM statement_signatories WHERE statement_id = ?1 AND organisation_id = ?2",
                params![statement_id.to_string(), organisation_id.to_string()],
            )?;
            if n == 0 {
                return Err(Error::NotFound { entity: "signatory", key: organisation_id.to_string() });
            }
            tx.execute("UPDATE statements SET updated_at = ?2 WHERE id = ?1", params![statement_id.to_string(), now()])?;
            get(tx, statement_id)
        })
    }
}

/// Checks a stored statement (one a bundle brought) against the rules typed input follows.
pub(crate) fn recheck(conn: &Connection, id: Uuid) -> Result<()> {
    let s = get(conn, id)?;
    let ids = |ids: &[Uuid]| ids.iter().map(Uuid::to_string).collect();
    let input = StatementInput {
        title: s.title,
        kind: Some(s.kind.key().into()),
        agenda_item: s.agenda_item,
        meeting_id: s.meeting_id.map(|m| m.to_string()),
        speaker: Some(s.speaker),
        text: Some(s.text),
        limit_seconds: s.limit_seconds,
        limit_words: s.limit_words,
        status: Some(s.status.key().into()),
        document_symbol: Some(s.document_symbol),
        key_issue_ids: ids(&s.key_issue_ids),
        situation_ids: ids(&s.situation_ids),
        documents: None,
        confidential: s.confidential,
    };
    let settings = super::settings::load(conn)?;
    check(conn, s.session_id, &input, &settings).map(drop)
}
