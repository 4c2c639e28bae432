//! Speaking rules: a session's speaking time per kind of meeting, a meeting's own, the default
//! limit they give a statement due there, and a change of either carried to the statements
//! held to the old default. A statement's limit is stored when it is saved (the default when
//! none is typed), so a statement whose limit equals the default before a change follows it;
//! any other limit was set by the person and stays. Delivered and withdrawn statements are no
//! longer due and keep theirs.
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::row::{self, now};
use super::Store;
use crate::domain::meeting::{Meeting, MeetingKind};
use crate::domain::settings::Settings;
use crate::domain::speaking_rule::{
    checked_seconds, default_seconds, LimitChange, SessionSpeakingRule, SpeakingTimeChange,
};
use crate::domain::statement::Timing;
use crate::error::Result;

/// The session's speaking time for meetings of `kind`, if it sets one.
fn session_rule(conn: &Connection, session_id: Uuid, kind: MeetingKind) -> Result<Option<u32>> {
    Ok(conn
        .query_row(
            "SELECT speaking_seconds FROM session_speaking_rules
             WHERE session_id = ?1 AND meeting_kind = ?2",
            params![session_id.to_string(), kind],
            |r| r.get(0),
        )
        .optional()?)
}

/// The default limit of an oral statement due at `meeting` (none: a statement at no meeting).
pub(super) fn default_for(
    conn: &Connection,
    meeting: Option<&Meeting>,
    settings: &Settings,
) -> Result<u32> {
    Ok(match meeting {
        Some(m) => default_seconds(
            m.speaking_seconds,
            session_rule(conn, m.session_id, m.kind)?,
            Some(m.kind),
            settings,
        ),
        None => default_seconds(None, None, None, settings),
    })
}

/// Marks the session changed: its speaking rules travel with it in bundles, which carry a
/// session's rules whenever the session is newer than the copy it meets.
fn touch_session(conn: &Connection, session_id: Uuid) -> Result<()> {
    conn.execute(
        "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
        params![session_id.to_string(), now()],
    )?;
    Ok(())
}

/// The statements due at `meetings` held to `old` seconds, each with `new` as its limit;
/// none when the two are the same.
fn following(
    conn: &Connection,
    meetings: &[Uuid],
    old: u32,
    new: u32,
    words_per_minute: u32,
) -> Result<SpeakingTimeChange> {
    if old == new || meetings.is_empty() {
        return Ok(SpeakingTimeChange::new(old, new, Vec::new()));
    }
    let ids = serde_json::to_string(&meetings).expect("ids serialise");
    let mut stmt = conn.prepare(
        "SELECT id, meeting_id, title, text FROM statements
         WHERE meeting_id IN (SELECT value FROM json_each(?1)) AND deleted_at IS NULL
           AND limit_seconds = ?2 AND status NOT IN ('delivered', 'withdrawn')
         ORDER BY created_at, id",
    )?;
    let mut rows = stmt.query(params![ids, old])?;
    let mut statements = Vec::new();
    while let Some(r) = rows.next()? {
        let text: String = r.get(3)?;
        let timing = Timing::measure(&text, words_per_minute, Some(new), None);
        statements.push(LimitChange {
            statement_id: row::id(r, 0)?,
            meeting_id: row::id(r, 1)?,
            title: r.get(2)?,
            old_limit_seconds: old,
            new_limit_seconds: new,
            estimated_seconds: timing.estimated_seconds,
            over_limit: timing.over_limit,
        });
    }
    Ok(SpeakingTimeChange::new(old, new, statements))
}

/// What setting `meeting`'s own speaking time to `seconds` (none: the session's or the
/// settings' default) does.
fn meeting_change(
    conn: &Connection,
    meeting: &Meeting,
    seconds: Option<u32>,
) -> Result<SpeakingTimeChange> {
    let seconds = seconds
        .map(|s| checked_seconds("speaking_seconds", s))
        .transpose()?;
    let settings = super::settings::load(conn)?;
    let old = default_for(conn, Some(meeting), &settings)?;
    let rule = session_rule(conn, meeting.session_id, meeting.kind)?;
    let new = default_seconds(seconds, rule, Some(meeting.kind), &settings);
    following(conn, &[meeting.id], old, new, settings.words_per_minute)
}

/// What setting the session's rule for `kind` to `seconds` (none: the settings' default) does
/// at its meetings of that kind that state no speaking time of their own.
fn kind_change(
    conn: &Connection,
    session_id: Uuid,
    kind: MeetingKind,
    seconds: Option<u32>,
) -> Result<SpeakingTimeChange> {
    let settings = super::settings::load(conn)?;
    let old = default_seconds(
        None,
        session_rule(conn, session_id, kind)?,
        Some(kind),
        &settings,
    );
    let new = default_seconds(None, seconds, Some(kind), &settings);
    let mut stmt = conn.prepare(
        "SELECT id FROM meetings WHERE session_id = ?1 AND kind = ?2 AND deleted_at IS NULL
           AND speaking_seconds IS NULL",
    )?;
    let meetings = stmt
        .query_map(params![session_id.to_string(), kind], |r| row::id(r, 0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    following(conn, &meetings, old, new, settings.words_per_minute)
}

/// Gives the statements of `change` their new limit.
fn follow(conn: &Connection, change: &SpeakingTimeChange) -> Result<()> {
    let at = now();
    for s in &change.statements {
        conn.execute(
            "UPDATE statements SET limit_seconds = ?2, updated_at = ?3 WHERE id = ?1",
            params![s.statement_id.to_string(), s.new_limit_seconds, at],
        )?;
    }
    Ok(())
}

impl Store {
    /// The speaking times a session sets per kind of meeting, in the order of the kinds.
    pub fn speaking_rules(&self, session_id: Uuid) -> Result<Vec<SessionSpeakingRule>> {
        super::sessions::get(&self.conn, session_id)?;
        let mut stmt = self.conn.prepare(
            "SELECT meeting_kind, speaking_seconds FROM session_speaking_rules WHERE session_id = ?1",
        )?;
        let mut rules = stmt
            .query_map([session_id.to_string()], |r| {
                Ok(SessionSpeakingRule {
                    session_id,
                    meeting_kind: r.get(0)?,
                    speaking_seconds: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rules.sort_by_key(|r| MeetingKind::ALL.iter().position(|k| *k == r.meeting_kind));
        Ok(rules)
    }

    /// Sets the session's speaking time for meetings of `kind` (the default of each that states
    /// none), and carries it to the statements due there held to the old default.
    pub fn set_speaking_rule(
        &mut self,
        session_id: Uuid,
        kind: &str,
        seconds: u32,
    ) -> Result<SpeakingTimeChange> {
        let kind = MeetingKind::parse("meeting_kind", kind)?;
        let seconds = checked_seconds("speaking_seconds", seconds)?;
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            let change = kind_change(tx, session_id, kind, Some(seconds))?;
            tx.execute(
                "INSERT INTO session_speaking_rules (session_id, meeting_kind, speaking_seconds)
                 VALUES (?1, ?2, ?3)
                 ON CONFLICT (session_id, meeting_kind) DO UPDATE SET speaking_seconds = ?3",
                params![session_id.to_string(), kind, seconds],
            )?;
            touch_session(tx, session_id)?;
            follow(tx, &change)?;
            Ok(change)
        })
    }

    /// Takes away the session's speaking time for meetings of `kind` (the settings' default
    /// applies again), carried to the statements as [`Store::set_speaking_rule`] does.
    pub fn clear_speaking_rule(
        &mut self,
        session_id: Uuid,
        kind: &str,
    ) -> Result<SpeakingTimeChange> {
        let kind = MeetingKind::parse("meeting_kind", kind)?;
        self.write(|tx| {
            super::sessions::get(tx, session_id)?;
            let change = kind_change(tx, session_id, kind, None)?;
            tx.execute(
                "DELETE FROM session_speaking_rules WHERE session_id = ?1 AND meeting_kind = ?2",
                params![session_id.to_string(), kind],
            )?;
            touch_session(tx, session_id)?;
            follow(tx, &change)?;
            Ok(change)
        })
    }

    /// What setting a meeting's speaking time to `seconds` (none: the session's or the
    /// settings' default) would do, without storing anything: the statements due there whose
    /// limit would follow, each with its length against the new limit.
    pub fn preview_speaking_time(
        &self,
        meeting_id: Uuid,
        seconds: Option<u32>,
    ) -> Result<SpeakingTimeChange> {
        let meeting = super::meetings::get(&self.conn, meeting_id)?;
        meeting_change(&self.conn, &meeting, seconds)
    }

    /// Sets a meeting's speaking time and gives the statements [`Store::preview_speaking_time`]
    /// lists their new limit, in one transaction.
    pub fn set_speaking_time(
        &mut self,
        meeting_id: Uuid,
        seconds: Option<u32>,
    ) -> Result<SpeakingTimeChange> {
        self.write(|tx| {
            let meeting = super::meetings::get(tx, meeting_id)?;
            let change = meeting_change(tx, &meeting, seconds)?;
            tx.execute(
                "UPDATE meetings SET speaking_seconds = ?2, updated_at = ?3 WHERE id = ?1",
                params![meeting_id.to_string(), seconds, now()],
            )?;
            follow(tx, &change)?;
            Ok(change)
        })
    }
}
