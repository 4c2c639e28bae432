//! Bringing a published programme in: each event of the file matched to the meeting or side
//! event it stands for (by the key it was imported with, else a meeting typed by hand on its day
//! with its title or its number and mandate holder), the differences written in one transaction
//! with what they touch of mine, and the import kept so the window can mark what it changed. A
//! preview runs the same steps and rolls them back, so it says exactly what the import will do.
use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection};
use uuid::Uuid;

use super::row::{new_id, now};
use super::{meetings, sessions, side_events, Store};
use crate::domain::meeting::{
    numbered, time_words, Meeting, MeetingInput, MeetingStatus, MeetingWhen,
};
use crate::domain::programme_import::{
    ProgrammeChange, ProgrammeChangeLine, ProgrammeImport, ProgrammeMark,
};
use crate::domain::session::SlotHours;
use crate::domain::side_event::SideEventInput;
use crate::error::Result;
use crate::programme_import::events::{read_file, SourceFile, SourceRecord};
use crate::text::fold;

/// A link of a record to the event of a source it stands for.
struct Tie {
    record_kind: String,
    record_id: Uuid,
    state: String,
}

impl Store {
    /// What importing `bytes` (a file named `name`) into a session would do; nothing is written.
    pub fn preview_programme(
        &mut self,
        session_id: Uuid,
        name: &str,
        bytes: &[u8],
    ) -> Result<ProgrammeImport> {
        let file = read_file(name, bytes, &super::programme_rules::list(&self.conn)?)?;
        let tx = self.conn.transaction()?;
        let mut report = run(&tx, session_id, name, &file)?;
        tx.rollback()?;
        report.id = None;
        Ok(report)
    }

    /// Imports a programme file into a session: the report says what it did (as the preview
    /// did). Importing the same file again changes nothing.
    pub fn import_programme(
        &mut self,
        session_id: Uuid,
        name: &str,
        bytes: &[u8],
    ) -> Result<ProgrammeImport> {
        let file = read_file(name, bytes, &super::programme_rules::list(&self.conn)?)?;
        self.write(|tx| run(tx, session_id, name, &file))
    }

    /// What the latest import into a session that changed anything did to each record (for the
    /// marks of the programme and Today).
    pub fn latest_programme_changes(&self, session_id: Uuid) -> Result<Vec<ProgrammeMark>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.record_id, c.change, c.detail FROM programme_changes c
             WHERE c.import_id = (SELECT id FROM programme_imports WHERE session_id = ?1
                                  ORDER BY imported_at DESC LIMIT 1)
             ORDER BY c.record_id",
        )?;
        let rows = stmt.query_map([session_id.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, ProgrammeChange>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, change, detail) = row?;
            if let Ok(record_id) = Uuid::parse_str(&id) {
                out.push(ProgrammeMark {
                    record_id,
                    change,
                    detail,
                });
            }
        }
        Ok(out)
    }
}

/// The import's steps, in the transaction given.
fn run(
    tx: &Connection,
    session_id: Uuid,
    name: &str,
    file: &SourceFile,
) -> Result<ProgrammeImport> {
    let session = sessions::get(tx, session_id)?;
    let hours = session.hours();
    let import_id = new_id();
    tx.execute(
        "INSERT INTO programme_imports (id, session_id, format, file_name, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            import_id.to_string(),
            session_id.to_string(),
            file.format,
            name,
            now()
        ],
    )?;
    let mut ties = ties(tx, session_id)?;
    let mut report = ProgrammeImport {
        id: Some(import_id),
        session_id,
        format: file.format,
        file_name: name.to_string(),
        unchanged: 0,
        skipped: file.skipped,
        lines: Vec::new(),
    };
    let keys: HashSet<&str> = file.events.iter().map(|e| e.key.as_str()).collect();
    // The record each event stands for, for clusters and continuations.
    let mut records: HashMap<&str, Uuid> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    // The session's meetings as they were before this import, read once when first needed: a
    // meeting this import makes or finds is tied at once, so it is never sought again.
    let mut before: Option<Vec<Meeting>> = None;
    for event in &file.events {
        if !seen.insert(&event.key) {
            continue;
        }
        let state = state_of(&event.record);
        let line = match (&event.record, ties.get(&event.key)) {
            (SourceRecord::Meeting(input), Some(tie)) if tie.record_kind == "meeting" => {
                let Some(stored) = live_meeting(tx, tie.record_id)? else {
                    // Deleted by the person: it stays deleted.
                    report.unchanged += 1;
                    continue;
                };
                records.insert(&event.key, stored.id);
                if tie.state == state {
                    report.unchanged += 1;
                    continue;
                }
                match change_meeting(tx, &stored, input, &hours, None)? {
                    Some(line) => line,
                    None => {
                        // Only what the meeting keeps of its own changed in the source (a room
                        // the new file leaves out): remembered, nothing to say.
                        tx.execute(
                            "UPDATE programme_sources SET source_state = ?3
                             WHERE session_id = ?1 AND source_key = ?2",
                            params![session_id.to_string(), event.key, state],
                        )?;
                        report.unchanged += 1;
                        continue;
                    }
                }
            }
            (SourceRecord::Meeting(input), _) => {
                let found = match moved_within_its_day(tx, &event.key, &keys, &ties)? {
                    Some(m) => Some((m, Found::UnderAnotherNumber)),
                    None => typed_by_hand(
                        match &mut before {
                            Some(list) => list,
                            none => none.insert(meetings::list(tx, session_id)?),
                        },
                        input,
                        &ties,
                    )
                    .map(|m| (m, Found::TypedByHand)),
                };
                match found {
                    Some((stored, how)) => {
                        records.insert(&event.key, stored.id);
                        let line = change_meeting(tx, &stored, input, &hours, Some(how))?;
                        line.expect("a meeting found anew always says how")
                    }
                    None => {
                        let made = meetings::create(tx, session_id, input)?;
                        records.insert(&event.key, made.id);
                        added(&made, &hours)
                    }
                }
            }
            (SourceRecord::SideEvent(input), Some(tie)) if tie.record_kind == "side-event" => {
                let Ok(stored) = side_events::get(tx, tie.record_id) else {
                    report.unchanged += 1;
                    continue;
                };
                records.insert(&event.key, stored.id);
                if tie.state == state {
                    report.unchanged += 1;
                    continue;
                }
                let mut merged = SideEventInput::from(&stored);
                merged.title = input.title.clone();
                merged.date = input.date.clone();
                merged.start = input.start.clone();
                merged.end = input.end.clone();
                merged.room = input.room.clone().or(merged.room);
                if input.description.as_deref().is_some_and(|d| !d.is_empty()) {
                    merged.description = input.description.clone();
                }
                let after = side_events::update(tx, stored.id, &merged)?;
                let mut details = Vec::new();
                if (stored.date, stored.start) != (after.date, after.start) {
                    details.push(format!(
                        "moved from {}",
                        day_time(stored.date, stored.start, stored.end)
                    ));
                }
                if stored.title != after.title {
                    details.push(format!("title: {} → {}", stored.title, after.title));
                }
                if stored.room != after.room {
                    details.push(format!(
                        "room: {} → {}",
                        room_words(Some(&stored.room)),
                        room_words(Some(&after.room))
                    ));
                }
                let change = if details.iter().any(|d| d.starts_with("moved")) {
                    ProgrammeChange::Moved
                } else {
                    ProgrammeChange::Changed
                };
                ProgrammeChangeLine {
                    change,
                    record_kind: "side-event".into(),
                    record_id: after.id,
                    title: after.title.clone(),
                    when: day_time(after.date, after.start, after.end),
                    details,
                    touches: Vec::new(),
                }
            }
            (SourceRecord::SideEvent(input), _) => {
                let made = side_events::create(tx, session_id, input)?;
                records.insert(&event.key, made.id);
                ProgrammeChangeLine {
                    change: ProgrammeChange::Added,
                    record_kind: "side-event".into(),
                    record_id: made.id,
                    title: made.title.clone(),
                    when: day_time(made.date, made.start, made.end),
                    details: Vec::new(),
                    touches: Vec::new(),
                }
            }
        };
        tie(tx, session_id, &event.key, &line, &state, import_id)?;
        ties.insert(
            event.key.clone(),
            Tie {
                record_kind: line.record_kind.clone(),
                record_id: line.record_id,
                state,
            },
        );
        report.lines.push(line);
    }
    wire_clusters_and_continuations(tx, session_id, file, &records, &mut report)?;
    let claimed: HashSet<Uuid> = records.values().copied().collect();
    remove_missing(tx, file, &seen, &claimed, &ties, &hours, &mut report)?;
    for line in &mut report.lines {
        line.touches = touches(tx, line)?;
        tx.execute(
            "INSERT OR REPLACE INTO programme_changes (import_id, record_kind, record_id, change, detail)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                import_id.to_string(),
                line.record_kind,
                line.record_id.to_string(),
                line.change,
                line.details.join("; ")
            ],
        )?;
    }
    if report.lines.is_empty() {
        // Nothing changed: no import to remember (the marks of the last one stay).
        tx.execute(
            "DELETE FROM programme_imports WHERE id = ?1",
            [import_id.to_string()],
        )?;
        report.id = None;
    }
    Ok(report)
}

/// The records of a session tied to the events of a source, by key.
fn ties(tx: &Connection, session_id: Uuid) -> Result<HashMap<String, Tie>> {
    let mut stmt = tx.prepare(
        "SELECT source_key, record_kind, record_id, source_state FROM programme_sources
         WHERE session_id = ?1",
    )?;
    let rows = stmt.query_map([session_id.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = HashMap::new();
    for row in rows {
        let (key, record_kind, id, state) = row?;
        if let Ok(record_id) = Uuid::parse_str(&id) {
            out.insert(
                key,
                Tie {
                    record_kind,
                    record_id,
                    state,
                },
            );
        }
    }
    Ok(out)
}

fn tie(
    tx: &Connection,
    session_id: Uuid,
    key: &str,
    line: &ProgrammeChangeLine,
    state: &str,
    import_id: Uuid,
) -> Result<()> {
    // A record found again under a new key (its meeting number changed) keeps only that one.
    tx.execute(
        "DELETE FROM programme_sources WHERE session_id = ?1 AND record_id = ?2 AND source_key <> ?3",
        params![session_id.to_string(), line.record_id.to_string(), key],
    )?;
    tx.execute(
        "INSERT INTO programme_sources (session_id, source_key, record_kind, record_id, source_state, import_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (session_id, source_key) DO UPDATE SET record_kind = excluded.record_kind,
             record_id = excluded.record_id, source_state = excluded.source_state,
             import_id = excluded.import_id",
        params![
            session_id.to_string(),
            key,
            line.record_kind,
            line.record_id.to_string(),
            state,
            import_id.to_string()
        ],
    )?;
    Ok(())
}

/// What the source says of an event, to tell on the next import whether it says something new.
fn state_of(record: &SourceRecord) -> String {
    let value = match record {
        SourceRecord::Meeting(m) => serde_json::to_string(m),
        SourceRecord::SideEvent(e) => serde_json::to_string(e),
    };
    value.expect("inputs serialise")
}

fn live_meeting(tx: &Connection, id: Uuid) -> Result<Option<Meeting>> {
    match meetings::get(tx, id) {
        Ok(m) => Ok(Some(m)),
        Err(crate::error::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The meeting an Order of the Day gave the same day and dialogue under another meeting number
/// (the schedule rolled: "order-of-the-day:2018-06-20:7:…" now "…:8:…"), if this file no longer
/// names it under its old key.
fn moved_within_its_day(
    tx: &Connection,
    key: &str,
    keys: &HashSet<&str>,
    ties: &HashMap<String, Tie>,
) -> Result<Option<Meeting>> {
    let parts = |k: &str| -> Option<(String, String)> {
        let mut p = k.splitn(4, ':');
        let (source, day, _meeting, what) = (p.next()?, p.next()?, p.next()?, p.next()?);
        Some((format!("{source}:{day}"), what.to_string()))
    };
    let Some(wanted) = parts(key).filter(|(s, _)| s.starts_with("order-of-the-day:")) else {
        return Ok(None);
    };
    let mut candidates: Vec<&String> = ties
        .keys()
        .filter(|k| !keys.contains(k.as_str()) && parts(k).as_ref() == Some(&wanted))
        .collect();
    candidates.sort();
    for k in candidates {
        if ties[k].record_kind == "meeting" {
            if let Some(m) = live_meeting(tx, ties[k].record_id)? {
                return Ok(Some(m));
            }
        }
    }
    Ok(None)
}

/// A meeting of the session (among `candidates`) on the event's day that no source holds yet,
/// with the event's title, or with one of its mandate holders (and its meeting number, when both
/// have one): the one typed by hand before the programme was brought in.
fn typed_by_hand(
    candidates: &[Meeting],
    input: &MeetingInput,
    ties: &HashMap<String, Tie>,
) -> Option<Meeting> {
    if input.date.is_empty() {
        return None;
    }
    let held: HashSet<Uuid> = ties.values().map(|t| t.record_id).collect();
    let title = fold(&input.title);
    let mandates: HashSet<String> = input.mandates.iter().map(|m| fold(m)).collect();
    candidates
        .iter()
        .find(|m| {
            !held.contains(&m.id)
                && m.date.map(|d| d.to_string()).as_deref() == Some(input.date.as_str())
                && (fold(&m.title) == title
                    || ((m.number.is_none() || input.number.is_none() || m.number == input.number)
                        && m.mandates.iter().any(|x| mandates.contains(&fold(x)))))
        })
        .cloned()
}

/// "Wed 20 Jun, morning (09:00–12:00)".
fn when_words(when: &MeetingWhen, hours: &SlotHours) -> String {
    match when.date {
        Some(d) => format!("{}, {}", d.format("%a %-d %b"), time_words(when, hours)),
        None => time_words(when, hours),
    }
}

fn day_time(date: chrono::NaiveDate, start: chrono::NaiveTime, end: chrono::NaiveTime) -> String {
    format!(
        "{}, {}–{}",
        date.format("%a %-d %b"),
        start.format("%H:%M"),
        end.format("%H:%M")
    )
}

fn room_words(room: Option<&str>) -> String {
    match room.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) => r.to_string(),
        None => "not yet known".into(),
    }
}

fn added(made: &Meeting, hours: &SlotHours) -> ProgrammeChangeLine {
    ProgrammeChangeLine {
        change: ProgrammeChange::Added,
        record_kind: "meeting".into(),
        record_id: made.id,
        title: made.title.clone(),
        when: when_words(&made.when(), hours),
        details: Vec::new(),
        touches: Vec::new(),
    }
}

/// Brings a stored meeting in step with what the source says of it: the source's day, times,
/// number, items, kind, title, room, speaking times and modalities; its documents and mandates
/// added to those the meeting has; what is mine (its sources, the list's closing, my links) kept.
fn change_meeting(
    tx: &Connection,
    stored: &Meeting,
    input: &MeetingInput,
    hours: &SlotHours,
    found: Option<Found>,
) -> Result<Option<ProgrammeChangeLine>> {
    let mut merged = MeetingInput::from(stored);
    merged.date = input.date.clone();
    merged.slot = input.slot.clone();
    merged.start = input.start.clone();
    merged.end = input.end.clone();
    merged.estimated = input.estimated;
    merged.number = input.number.or(stored.number);
    if !input.agenda_items.is_empty() {
        merged.agenda_items = input.agenda_items.clone();
    }
    merged.kind = input.kind.clone().or(merged.kind);
    // A title typed by hand stays (the person's words); the source's changes to its own apply.
    if !matches!(found, Some(Found::TypedByHand)) {
        // A title typed by hand stays (the person's words); the source's changes to its own apply.
        if !matches!(found, Some(Found::TypedByHand)) {
            merged.title = input.title.clone();
        }
    }
    merged.room = input.room.clone().or(merged.room);
    merged.speaking_seconds = input.speaking_seconds.or(stored.speaking_seconds);
    merged.member_speaking_seconds = input
        .member_speaking_seconds
        .or(stored.member_speaking_seconds);
    if !input.modalities.is_empty() {
        merged.modalities = input.modalities.clone();
    }
    let back = stored.status == MeetingStatus::Cancelled;
    if back {
        merged.status = Some(MeetingStatus::Scheduled.key().to_string());
    }
    let (new_documents, new_mandates) = (
        missing(&stored.documents, &input.documents),
        missing(&stored.mandates, &input.mandates),
    );
    merged.documents.extend(new_documents.iter().cloned());
    merged.mandates.extend(new_mandates.iter().cloned());
    let after = meetings::update(tx, stored.id, &merged)?;

    let mut details = Vec::new();
    let moved = meetings::moves(&stored.when(), &after.when());
    if moved {
        details.push(format!("moved from {}", when_words(&stored.when(), hours)));
    } else if stored.when() != after.when() {
        details.push(format!(
            "time: {} → {}",
            when_words(&stored.when(), hours),
            when_words(&after.when(), hours)
        ));
    }
    if back {
        details.push("back in the programme".into());
    }
    match found {
        Some(Found::TypedByHand) => {
            details.push("typed by hand before; now kept in step with the programme".into())
        }
        Some(Found::UnderAnotherNumber) => details.push(format!(
            "now at the {} (was the {})",
            after.number.map_or("meeting".into(), numbered),
            stored.number.map_or("meeting".into(), numbered)
        )),
        None => {}
    }
    if stored.title != after.title {
        details.push(format!("title: {} → {}", stored.title, after.title));
    }
    if stored.room != after.room {
        details.push(format!(
            "room: {} → {}",
            room_words(stored.room.as_deref()),
            room_words(after.room.as_deref())
        ));
    }
    if stored.number != after.number && !matches!(found, Some(Found::UnderAnotherNumber)) {
        details.push(format!(
            "meeting number: {} → {}",
            stored.number.map_or("none".into(), |n| n.to_string()),
            after.number.map_or("none".into(), |n| n.to_string())
        ));
    }
    if !new_documents.is_empty() {
        details.push(format!("documents added: {}", new_documents.join(", ")));
    }
    if !new_mandates.is_empty() {
        details.push(format!("mandates added: {}", new_mandates.join(", ")));
    }
    if (stored.member_speaking_seconds, stored.speaking_seconds)
        != (after.member_speaking_seconds, after.speaking_seconds)
    {
        details.push("speaking times changed".into());
    } else if stored.modalities != after.modalities {
        details.push("modalities changed".into());
    }
    if stored.agenda_items != after.agenda_items {
        details.push("agenda items changed".into());
    }
    if stored.kind != after.kind {
        details.push(format!(
            "kind: {} → {}",
            stored.kind.label(),
            after.kind.label().to_lowercase()
        ));
    }
    if details.is_empty() {
        return Ok(None);
    }
    Ok(Some(ProgrammeChangeLine {
        change: if moved {
            ProgrammeChange::Moved
        } else {
            ProgrammeChange::Changed
        },
        record_kind: "meeting".into(),
        record_id: after.id,
        title: after.title.clone(),
        when: when_words(&after.when(), hours),
        details,
        touches: Vec::new(),
    }))
}

/// How a meeting with no tie to this event was found.
#[derive(Clone, Copy)]
enum Found {
    /// Typed by hand before any import.
    TypedByHand,
    /// Imported from an Order of the Day of its day under another meeting number.
    UnderAnotherNumber,
}

/// The names of `new` that `old` lacks (compared folded).
fn missing(old: &[String], new: &[String]) -> Vec<String> {
    let had: HashSet<String> = old.iter().map(|o| fold(o)).collect();
    new.iter()
        .filter(|n| !had.contains(&fold(n)))
        .cloned()
        .collect()
}

/// Dialogues of a cluster point to its first; a dialogue "(cont'd)" to the latest earlier
/// meeting of the session with its mandate holder (or title) — unless the person set them.
fn wire_clusters_and_continuations(
    tx: &Connection,
    session_id: Uuid,
    file: &SourceFile,
    records: &HashMap<&str, Uuid>,
    report: &mut ProgrammeImport,
) -> Result<()> {
    let mut firsts: HashMap<&str, Uuid> = HashMap::new();
    let all = meetings::list(tx, session_id)?;
    for event in &file.events {
        let SourceRecord::Meeting(input) = &event.record else {
            continue;
        };
        let Some(&id) = records.get(event.key.as_str()) else {
            continue;
        };
        let Some(meeting) = all.iter().find(|m| m.id == id) else {
            continue;
        };
        let mut cluster = None;
        if let Some(group) = &event.cluster {
            match firsts.get(group.as_str()) {
                Some(&first) if first != id => cluster = Some(first),
                Some(_) => {}
                None => {
                    firsts.insert(group, id);
                }
            }
        }
        let mut continues = None;
        if event.continued {
            let what: HashSet<String> = input.mandates.iter().map(|m| fold(m)).collect();
            continues = all
                .iter()
                .filter(|m| m.id != id && m.date.is_some() && m.date < meeting.date)
                .filter(|m| {
                    m.mandates.iter().any(|x| what.contains(&fold(x)))
                        || (what.is_empty() && fold(&m.title) == fold(&input.title))
                })
                .max_by_key(|m| (m.date, m.start))
                .map(|m| m.id);
        }
        let cluster = cluster.filter(|_| meeting.cluster_id.is_none());
        let continues = continues.filter(|_| meeting.continues_id.is_none());
        if cluster.is_none() && continues.is_none() {
            continue;
        }
        tx.execute(
            "UPDATE meetings SET cluster_id = coalesce(?2, cluster_id),
                 continues_id = coalesce(?3, continues_id), updated_at = ?4 WHERE id = ?1",
            params![
                id.to_string(),
                cluster.map(|c| c.to_string()),
                continues.map(|c| c.to_string()),
                now()
            ],
        )?;
        if !report.lines.iter().any(|l| l.record_id == id) {
            // A record the source says the same of, newly joined to its cluster or dialogue.
            report.unchanged = report.unchanged.saturating_sub(1);
            report.lines.push(ProgrammeChangeLine {
                change: ProgrammeChange::Changed,
                record_kind: "meeting".into(),
                record_id: id,
                title: meeting.title.clone(),
                when: String::new(),
                details: Vec::new(),
                touches: Vec::new(),
            });
        }
        let line = report
            .lines
            .iter_mut()
            .find(|l| l.record_id == id)
            .expect("a line for it");
        if cluster.is_some() {
            line.details
                .push("taken together with the dialogue before it (cluster)".into());
        }
        if continues.is_some() {
            line.details
                .push("continues the dialogue of an earlier day (cont'd)".into());
        }
    }
    Ok(())
}

/// Records of the same source that the file no longer holds (within the days it speaks for)
/// are marked cancelled — never deleted: my statements and notes on them stay.
fn remove_missing(
    tx: &Connection,
    file: &SourceFile,
    seen: &HashSet<&str>,
    claimed: &HashSet<Uuid>,
    ties: &HashMap<String, Tie>,
    hours: &SlotHours,
    report: &mut ProgrammeImport,
) -> Result<()> {
    let prefix = format!("{}:", file.format.key());
    let mut keys: Vec<&String> = ties
        .keys()
        .filter(|k| k.starts_with(&prefix) && !seen.contains(k.as_str()))
        .collect();
    keys.sort();
    for key in keys {
        let tie = &ties[key];
        if claimed.contains(&tie.record_id) {
            continue;
        }
        match tie.record_kind.as_str() {
            "meeting" => {
                let Some(m) = live_meeting(tx, tie.record_id)? else {
                    continue;
                };
                let in_scope = match (&file.days, m.date) {
                    (None, _) => true,
                    (Some(days), Some(d)) => days.contains(&d),
                    (Some(_), None) => false,
                };
                if !in_scope || matches!(m.status, MeetingStatus::Cancelled | MeetingStatus::Held) {
                    continue;
                }
                tx.execute(
                    "UPDATE meetings SET status = 'cancelled', updated_at = ?2 WHERE id = ?1",
                    params![m.id.to_string(), now()],
                )?;
                report.lines.push(ProgrammeChangeLine {
                    change: ProgrammeChange::Removed,
                    record_kind: "meeting".into(),
                    record_id: m.id,
                    title: m.title.clone(),
                    when: when_words(&m.when(), hours),
                    details: vec!["no longer in the programme: marked cancelled".into()],
                    touches: Vec::new(),
                });
            }
            _ => {
                let Ok(e) = side_events::get(tx, tie.record_id) else {
                    continue;
                };
                if file.days.is_some() || e.status.key() == "cancelled" || e.status.key() == "held"
                {
                    continue;
                }
                tx.execute(
                    "UPDATE side_events SET status = 'cancelled', updated_at = ?2 WHERE id = ?1",
                    params![e.id.to_string(), now()],
                )?;
                report.lines.push(ProgrammeChangeLine {
                    change: ProgrammeChange::Removed,
                    record_kind: "side-event".into(),
                    record_id: e.id,
                    title: e.title.clone(),
                    when: day_time(e.date, e.start, e.end),
                    details: vec!["no longer in the calendar: marked cancelled".into()],
                    touches: Vec::new(),
                });
            }
        }
    }
    Ok(())
}

/// What of mine a changed meeting touches: my statements due at it, my notes on it, and, when it
/// moved, my own side events (not brought in) at its new time.
fn touches(tx: &Connection, line: &ProgrammeChangeLine) -> Result<Vec<String>> {
    if line.record_kind != "meeting" || line.change == ProgrammeChange::Added {
        return Ok(Vec::new());
    }
    let id = line.record_id.to_string();
    let mut out = Vec::new();
    let mut stmt = tx.prepare_cached(
        "SELECT title FROM statements WHERE meeting_id = ?1 AND deleted_at IS NULL
           AND status <> 'delivered' ORDER BY title",
    )?;
    for title in stmt.query_map([&id], |r| r.get::<_, String>(0))? {
        out.push(format!("my statement “{}” is due there", title?));
    }
    let notes: i64 = tx.query_row(
        "SELECT count(*) FROM notes WHERE meeting_id = ?1 AND deleted_at IS NULL",
        [&id],
        |r| r.get(0),
    )?;
    match notes {
        0 => {}
        1 => out.push("1 of my notes is on it".into()),
        n => out.push(format!("{n} of my notes are on it")),
    }
    if line.change == ProgrammeChange::Moved {
        let mut stmt = tx.prepare_cached(
            "SELECT e.title FROM side_events e, meetings m
             WHERE m.id = ?1 AND e.session_id = m.session_id AND e.deleted_at IS NULL
               AND e.status <> 'cancelled' AND m.starts_at IS NOT NULL
               AND e.starts_at < m.ends_at AND e.ends_at > m.starts_at
               AND e.id NOT IN (SELECT record_id FROM programme_sources)
             ORDER BY e.starts_at",
        )?;
        for title in stmt.query_map([&id], |r| r.get::<_, String>(0))? {
            out.push(format!("now clashes with my side event “{}”", title?));
        }
    }
    Ok(out)
}
