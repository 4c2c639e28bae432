//! The ten-year database: sessions, programme (as published: numbered meetings in slots,
//! clustered dialogues with their mandates and documents, cont'd, moved, to be announced), key
//! issues, situations, statements with their signatories, side events, notes, and the Council's
//! members with about 30 texts a session and their votes (`texts`), informal consultations on
//! the drafts and the delegations of the States met (`consultations`), built through
//! hrc-core's public `Store` API (every row validated as the app validates it) from one seed. The
//! same seed writes the same content; ids (UUID v7) and `created_at`/`updated_at` stamps are the
//! core's own and differ per run.
//!
//! Speed: each call is its own transaction, as in the app, and with `synchronous=FULL` each
//! commit waits for the disk (~3 ms here): 130,000 rows would take minutes. So the database is
//! built on a scratch file in memory-backed storage (`/dev/shm` when there is one), where a
//! commit costs microseconds, then copied whole to its place.
mod calendar;
mod consultations;
pub(crate) mod names;
mod note_texts;
mod prose;
mod texts;

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chrono::{Duration, NaiveTime};
use hrc_core::domain::key_issue::{KeyIssue, KeyIssueInput};
use hrc_core::domain::meeting::Meeting;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::{CountrySituation, SituationInput};
use hrc_core::domain::statement::{Statement, StatementInput};
use hrc_core::export::{ExportFormat, Section};
use hrc_core::{Store, Uuid};
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

pub use calendar::{SessionDates, FIRST_SESSION};
use names::{ORGANISATIONS, ORG_CAUSES, ORG_KINDS, PLACES, SIDE_EVENT_ROOMS, STATES, THEMES};
pub use prose::Prose;

/// How much to generate. Counts are totals over all sessions, spread evenly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub sessions: u32,
    pub statements: u32,
    pub side_events: u32,
    pub notes: u32,
}

impl Plan {
    /// Ten years of an advocate's work (DESIGN.md): 30 sessions, 9,000 statements,
    /// 3,000 side events, 100,000 notes.
    pub const TEN_YEARS: Plan = Plan {
        sessions: 30,
        statements: 9_000,
        side_events: 3_000,
        notes: 100_000,
    };

    /// Session `index`'s share of a total.
    fn share(&self, total: u32, index: u32) -> u32 {
        total / self.sessions + u32::from(index < total % self.sessions)
    }
}

/// What was generated.
#[derive(Debug, Clone, Serialize)]
pub struct Generated {
    pub path: PathBuf,
    pub seed: u64,
    pub plan: Plan,
    pub meetings: u32,
    pub key_issues: u32,
    pub situations: u32,
    pub organisations: u32,
    /// Resolutions, recorded votes (lists of 47) and Council members, all sessions.
    pub texts: u32,
    pub recorded_votes: u32,
    pub members: u32,
    /// Informal consultations on the texts, all sessions, and delegations (one per State met).
    pub consultations: u32,
    pub delegations: u32,
    pub seconds: f64,
    pub bytes: u64,
}

/// The default scratch directory: memory-backed `/dev/shm` when present, else beside `out`.
pub fn default_scratch(out: &Path) -> PathBuf {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        return shm.to_path_buf();
    }
    out.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Generates the database `out` (which must not exist) from `seed`, building it in `scratch`.
pub fn generate(plan: &Plan, seed: u64, out: &Path, scratch: &Path) -> Result<Generated> {
    if plan.sessions == 0 || plan.sessions > 90 {
        bail!("between 1 and 90 sessions, please");
    }
    if out.exists() {
        bail!("{} exists; remove it first", out.display());
    }
    let started = Instant::now();
    let work = scratch.join(format!("hrc-bench-{}-{seed}.db", std::process::id()));
    let _ = std::fs::remove_file(&work);
    let built = build(plan, seed, &work);
    let result = built.and_then(|mut g| {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        if work.with_extension("db-wal").exists() {
            bail!("the scratch database was not checkpointed");
        }
        std::fs::copy(&work, out)
            .with_context(|| format!("copying the database to {}", out.display()))?;
        // Opening it where it now lives checks it is whole and up to date.
        Store::open(out).context("reopening the generated database")?;
        g.path = out.to_path_buf();
        g.bytes = std::fs::metadata(out)?.len();
        g.seconds = started.elapsed().as_secs_f64();
        Ok(g)
    });
    // The store's file lock (`.lock`) goes with the scratch file.
    for suffix in ["", "-wal", "-shm", ".lock"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", work.display()));
    }
    result
}

/// Everything made in one session, for the rows that link to it.
struct SessionRows {
    dates: SessionDates,
    id: Uuid,
    meetings: Vec<Meeting>,
    key_issues: Vec<KeyIssue>,
    situations: Vec<CountrySituation>,
    statements: Vec<Statement>,
}

impl SessionRows {
    /// The meetings whose time is known: where statements are delivered and notes taken.
    fn timed(&self) -> Vec<&Meeting> {
        self.meetings
            .iter()
            .filter(|m| m.starts_at.is_some())
            .collect()
    }
}

fn build(plan: &Plan, seed: u64, path: &Path) -> Result<Generated> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut store = Store::open(path)?;
    let mut settings = store.settings()?;
    settings.my_organisation = "International Service for Human Rights (ISHR)".into();
    store.save_settings(&settings)?;
    let organisations = organisation_pool();
    let mut made = Generated {
        path: path.to_path_buf(),
        seed,
        plan: *plan,
        meetings: 0,
        key_issues: 0,
        situations: 0,
        organisations: 0,
        texts: 0,
        recorded_votes: 0,
        members: 0,
        consultations: 0,
        delegations: 0,
        seconds: 0.0,
        bytes: 0,
    };
    let mut met = std::collections::BTreeSet::new();
    let mut all_dates = Vec::new();
    for index in 0..plan.sessions {
        let started = Instant::now();
        let dates = calendar::session(index, &mut rng);
        let mut rows = session(&mut store, &mut rng, dates)?;
        made.meetings += rows.meetings.len() as u32;
        made.key_issues += rows.key_issues.len() as u32;
        made.situations += rows.situations.len() as u32;
        let last = index + 1 == plan.sessions;
        for _ in 0..plan.share(plan.statements, index) {
            let s = statement(&mut store, &mut rng, &rows, &organisations, last)?;
            rows.statements.push(s);
        }
        for _ in 0..plan.share(plan.side_events, index) {
            side_event(&mut store, &mut rng, &rows, &organisations)?;
        }
        for _ in 0..plan.share(plan.notes, index) {
            note(&mut store, &mut rng, &rows)?;
        }
        let t = texts::write(&mut store, seed, &rows)?;
        made.texts += t.texts;
        made.recorded_votes += t.recorded_votes;
        made.members += t.members;
        note_texts::link(&mut store, seed, &rows)?;
        made.consultations +=
            consultations::write(&mut store, seed, &rows, &mut met)?.consultations;
        all_dates.push(dates);
        eprintln!(
            "HRC{}: {} meetings, {} statements, {} side events, {} notes, {} texts ({} recorded votes) ({:.1} s)",
            dates.number,
            rows.meetings.len(),
            rows.statements.len(),
            plan.share(plan.side_events, index),
            plan.share(plan.notes, index),
            t.texts,
            t.recorded_votes,
            started.elapsed().as_secs_f64()
        );
    }
    made.delegations = consultations::delegations(&mut store, seed, &met, &all_dates)?;
    made.organisations = store.organisations()?.len() as u32;
    Ok(made)
}

/// The organisations signatory lists draw from: the real ones, then made-up ones
/// ("Red de Derechos Humanos – Bogotá") so that ten years reach several hundred.
fn organisation_pool() -> Vec<String> {
    let mut pool: Vec<String> = ORGANISATIONS.iter().map(|s| s.to_string()).collect();
    for i in 0..600 {
        let kind = ORG_KINDS[i % ORG_KINDS.len()];
        let cause = ORG_CAUSES[(i / ORG_KINDS.len()) % ORG_CAUSES.len()];
        let place = PLACES[(i / (ORG_KINDS.len() * ORG_CAUSES.len())) % PLACES.len()];
        pool.push(format!("{kind} {cause} – {place}"));
    }
    pool
}

/// A signatory line as it arrives pasted from an e-mail: sometimes with straight instead of
/// typographic apostrophes, a bullet, another case or a trailing full stop.
fn pasted(name: &str, rng: &mut ChaCha8Rng) -> String {
    match rng.random_range(0..12) {
        0 => name.replace('’', "'"),
        1 => format!("• {name}"),
        2 => format!("{name}."),
        3 => name.to_uppercase(),
        _ => name.to_string(),
    }
}

fn session(store: &mut Store, rng: &mut ChaCha8Rng, dates: SessionDates) -> Result<SessionRows> {
    let mut prose = Prose::new(rng, dates.number);
    let session = store.create_session(&SessionInput {
        number: i64::from(dates.number),
        start_date: dates.start.to_string(),
        end_date: dates.end.to_string(),
        notes: Some(prose.summary()),
        ..Default::default()
    })?;
    for item in [2, 3, 4] {
        let text = prose.summary();
        store.set_agenda_notes(session.id, item, &text)?;
    }
    let mut key_issues = Vec::new();
    let n = rng.random_range(6..=9);
    for (title, item) in THEMES.sample(rng, n).copied().collect::<Vec<_>>() {
        let mut prose = Prose::new(rng, dates.number);
        key_issues.push(store.create_key_issue(
            session.id,
            &KeyIssueInput {
                title: title.into(),
                agenda_item: Some(item),
                overview: Some(prose.summary()),
                asks: Some(prose.asks()),
                sources: Vec::new(),
                documents: None,
                // Reprisals name people at risk: marked confidential, as an advocate would.
                confidential: title.contains("eprisal"),
            },
        )?);
    }
    let mut situations = Vec::new();
    let n = rng.random_range(8..=14);
    for (code, item, mechanism) in names::SITUATIONS
        .sample(rng, n)
        .copied()
        .collect::<Vec<_>>()
    {
        let mut prose = Prose::new(rng, dates.number);
        let priority = ["high", "medium", "low"].choose(prose.rng).copied();
        situations.push(store.create_situation(
            session.id,
            &SituationInput {
                country: code.into(),
                agenda_item: Some(item),
                mechanism: Some(mechanism.into()),
                summary: Some(prose.summary()),
                asks: Some(prose.asks()),
                priority: priority.map(str::to_string),
                sources: Vec::new(),
                mandates: None,
                documents: None,
                // One situation in seven marked confidential (without drawing on the seed).
                confidential: situations.len() % 7 == 3,
            },
        )?);
    }
    let mut meetings: Vec<Meeting> = Vec::new();
    for planned in calendar::programme(&dates, rng) {
        let mut input = planned.input;
        input.cluster_id = planned.cluster_with.map(|i| meetings[i].id);
        input.continues_id = planned.continues.map(|i| meetings[i].id);
        let mut m = store.create_meeting(session.id, &input)?;
        if let Some(to) = &planned.moved_to {
            m = store.move_meeting(m.id, to)?;
        }
        meetings.push(m);
    }
    Ok(SessionRows {
        dates,
        id: session.id,
        meetings,
        key_issues,
        situations,
        statements: Vec::new(),
    })
}

/// Up to `max` ids of `rows`, as the links of a statement or side event.
fn some_ids<T>(rng: &mut ChaCha8Rng, rows: &[T], max: usize, id: fn(&T) -> Uuid) -> Vec<String> {
    let n = rng.random_range(0..=max).min(rows.len());
    rows.sample(rng, n).map(|r| id(r).to_string()).collect()
}

fn statement(
    store: &mut Store,
    rng: &mut ChaCha8Rng,
    rows: &SessionRows,
    organisations: &[String],
    last_session: bool,
) -> Result<Statement> {
    let kind = *[
        "oral",
        "oral",
        "oral",
        "oral",
        "oral",
        "oral",
        "joint-oral",
        "joint-oral",
        "written",
        "written",
        "written",
        "joint-written",
        "joint-written",
        "video",
    ]
    .choose(rng)
    .expect("kinds");
    let written = kind.ends_with("written");
    let timed = rows.timed();
    let meeting = (!written).then(|| *timed.choose(rng).expect("a programme"));
    let theme = THEMES.choose(rng).expect("themes").0;
    let key_issue_ids = some_ids(rng, &rows.key_issues, 2, |k| k.id);
    let situation_ids = some_ids(rng, &rows.situations, 2, |s| s.id);
    let status = if last_session {
        *[
            "idea",
            "drafting",
            "drafting",
            "final",
            "submitted",
            "delivered",
        ]
        .choose(rng)
        .expect("statuses")
    } else if written {
        *["submitted", "submitted", "submitted", "withdrawn"]
            .choose(rng)
            .expect("statuses")
    } else {
        *[
            "delivered",
            "delivered",
            "delivered",
            "delivered",
            "withdrawn",
            "final",
        ]
        .choose(rng)
        .expect("statuses")
    };
    let limit_seconds = (!written && rng.random_range(0..10) == 0)
        .then(|| *[60, 90, 120, 180].choose(rng).expect("limits"));
    let mut prose = Prose::new(rng, rows.dates.number);
    let title = match (kind, meeting) {
        (_, Some(m)) if kind.starts_with("joint") => {
            format!("Joint statement — {}: {theme}", m.title)
        }
        (_, Some(m)) => format!("{} — {theme}", m.title),
        _ => format!("Written statement on {theme}"),
    };
    let symbol = (written && status == "submitted").then(|| {
        format!(
            "A/HRC/{}/NGO/{}",
            rows.dates.number,
            prose.rng.random_range(1..250)
        )
    });
    let input = StatementInput {
        title,
        kind: Some(kind.into()),
        agenda_item: if written {
            Some(prose.rng.random_range(1..=10))
        } else {
            None
        },
        meeting_id: meeting.map(|m| m.id.to_string()),
        speaker: Some(prose.person()),
        text: Some(prose.statement()),
        limit_seconds,
        limit_words: None,
        status: Some(
            if status == "delivered" {
                "final"
            } else {
                status
            }
            .into(),
        ),
        document_symbol: symbol,
        key_issue_ids,
        situation_ids,
        documents: None,
        // A statement in eleven marked confidential (without drawing on the seed).
        confidential: rows.statements.len() % 11 == 5,
    };
    let mut s = store.create_statement(rows.id, &input)?;
    if let (true, Some(m)) = (status == "delivered", meeting) {
        let at = m.starts_at.expect("a meeting whose time is known")
            + Duration::minutes(rng.random_range(5..170));
        s = store.deliver_statement(s.id, at)?;
    }
    if kind.starts_with("joint") {
        let n = rng.random_range(3..=60);
        let lines: Vec<String> = organisations
            .sample(rng, n)
            .cloned()
            .collect::<Vec<_>>()
            .iter()
            .map(|name| pasted(name, rng))
            .collect();
        store.add_signatories(s.id, &lines.join("\n"))?;
    }
    Ok(s)
}

fn side_event(
    store: &mut Store,
    rng: &mut ChaCha8Rng,
    rows: &SessionRows,
    organisations: &[String],
) -> Result<()> {
    let days = rows.dates.working_days();
    let day = *days.choose(rng).expect("working days");
    let (start, end) = *[
        ("13:00", "14:00"),
        ("13:00", "14:30"),
        ("13:30", "15:00"),
        ("12:00", "13:00"),
        ("15:00", "16:30"),
        ("16:00", "17:30"),
    ]
    .choose(rng)
    .expect("slots");
    let theme = THEMES.choose(rng).expect("themes").0;
    let place = *PLACES.choose(rng).expect("places");
    let title = match rng.random_range(0..4) {
        0 => format!("{theme}: voices from {place}"),
        1 => format!("Launch of the report “{theme} — ten years on”"),
        2 => format!("Défenseur·es en danger : {theme} ({place})"),
        _ => format!("{theme} — what next for the Council?"),
    };
    let n = rng.random_range(1..=3);
    let organisers: Vec<String> = organisations.sample(rng, n).cloned().collect();
    let n = rng.random_range(0..=4);
    let cosponsor_organisations: Vec<String> = organisations.sample(rng, n).cloned().collect();
    let n = rng.random_range(0..=4);
    let cosponsor_states: Vec<String> = STATES.sample(rng, n).map(|s| s.to_string()).collect();
    let key_issue_ids = some_ids(rng, &rows.key_issues, 2, |k| k.id);
    let situation_ids = some_ids(rng, &rows.situations, 1, |s| s.id);
    let status = *[
        "held",
        "held",
        "held",
        "confirmed",
        "cancelled",
        "room-requested",
        "idea",
    ]
    .choose(rng)
    .expect("statuses");
    let room = *SIDE_EVENT_ROOMS.choose(rng).expect("rooms");
    let mut prose = Prose::new(rng, rows.dates.number);
    let speakers: Vec<String> = (0..prose.rng.random_range(2..=5))
        .map(|_| prose.person())
        .collect();
    store.create_side_event(
        rows.id,
        &SideEventInput {
            title,
            date: day.to_string(),
            start: start.into(),
            end: end.into(),
            room: Some(room.into()),
            organisers,
            cosponsor_organisations,
            cosponsor_states,
            speakers,
            description: Some(prose.description()),
            status: Some(status.into()),
            key_issue_ids,
            situation_ids,
            sources: Vec::new(),
        },
    )?;
    Ok(())
}

fn note(store: &mut Store, rng: &mut ChaCha8Rng, rows: &SessionRows) -> Result<()> {
    let input = note_input(rng, rows);
    store.create_note(rows.id, &input)?;
    Ok(())
}

/// A note: mostly taken in a meeting (linked to it), some before the session or in the
/// evening; some also about a situation, a key issue or one of the statements.
fn note_input(rng: &mut ChaCha8Rng, rows: &SessionRows) -> NoteInput {
    let in_meeting = rng.random_range(0..100) < 85;
    let (meeting, taken_at, about) = if in_meeting {
        let m = *rows.timed().choose(rng).expect("a programme");
        let at = m.starts_at.expect("a meeting whose time is known")
            + Duration::minutes(rng.random_range(0..175))
            + Duration::seconds(rng.random_range(0..60));
        (Some(m.id), at, m.title.clone())
    } else {
        let day = rows.dates.start
            + Duration::days(
                rng.random_range(-14..=(rows.dates.end - rows.dates.start).num_days()),
            );
        let time = NaiveTime::from_hms_opt(rng.random_range(7..23), rng.random_range(0..60), 0)
            .expect("a time");
        let at = hrc_core::geneva::to_utc("taken_at", day, time).expect("a Geneva time");
        (None, at, "Preparation".to_string())
    };
    let situation_id = (rng.random_range(0..4) == 0)
        .then(|| rows.situations.choose(rng).map(|s| s.id.to_string()))
        .flatten();
    let key_issue_id = (rng.random_range(0..5) == 0)
        .then(|| rows.key_issues.choose(rng).map(|k| k.id.to_string()))
        .flatten();
    let statement_id = (rng.random_range(0..12) == 0)
        .then(|| rows.statements.choose(rng).map(|s| s.id.to_string()))
        .flatten();
    let mut prose = Prose::new(rng, rows.dates.number);
    let body = prose.note(&about);
    NoteInput {
        // A note in about thirteen marked confidential (without drawing on the seed).
        confidential: body.len().is_multiple_of(13),
        body,
        meeting_id: meeting.map(|m| m.to_string()),
        agenda_item: None,
        situation_id,
        key_issue_id,
        statement_id,
        // Set once the session's texts are written (`note_texts`).
        resolution_id: None,
        taken_at: Some(taken_at.to_rfc3339()),
        sources: Vec::new(),
    }
}

/// `n` notes for the insert benchmark, in the session `session_id` of `store`, drawn from
/// `seed` like the generated ones (taken in its meetings, linked the same way).
pub fn fresh_notes(store: &Store, session_id: Uuid, seed: u64, n: usize) -> Result<Vec<NoteInput>> {
    let session = store.session(session_id)?;
    let rows = SessionRows {
        dates: SessionDates {
            number: session.number,
            start: session.start_date,
            end: session.end_date,
        },
        id: session.id,
        meetings: store.meetings(session_id)?,
        key_issues: store.key_issues(session_id)?,
        situations: store.situations(session_id)?,
        statements: store.statements(session_id)?,
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    Ok((0..n).map(|_| note_input(&mut rng, &rows)).collect())
}

/// A fingerprint of a database's content — every session's Markdown export with every section,
/// notes included — that ids and stamps do not enter: equal seeds give equal fingerprints.
pub fn fingerprint(store: &Store) -> Result<String> {
    // FNV-1a, 64 bits: stable across Rust versions, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut sessions = store.list_sessions()?;
    sessions.sort_by_key(|s| s.number);
    for s in sessions {
        let bytes = hrc_core::export::export(store, s.id, ExportFormat::Markdown, Section::ALL)?;
        for b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}
