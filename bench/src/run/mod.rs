//! The benchmark: on a generated database, time what a person waits for — opening the file, a
//! session's overview and statement board, search, the today view, exports, bundles, saving
//! notes — each through hrc-core's public API, beside DESIGN.md's budget and the `sqlite3` floor.
//! Reads run on the database itself; writes on a copy beside it, removed afterwards.
pub mod baseline;
pub mod consultations;
pub mod encrypted;
pub mod programme;
pub mod queries;
pub mod report;
pub mod sample;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chrono::{NaiveTime, Utc};
use hrc_core::bundle::Bundle;
use hrc_core::cipher::DatabaseKey;
use hrc_core::domain::search::{fts_query, match_expression, SearchQuery, ANYWHERE, IN_TITLES};
use hrc_core::domain::session::Session;
use hrc_core::export::{export, ExportFormat, Section};
use hrc_core::geneva::{day_bounds, from_utc, stamp, to_utc};
use hrc_core::{Store, Uuid};
use serde_json::json;

use baseline::Sqlite3;
use queries::Scope;
use report::{Database, Figure, Machine, Report};
use sample::Sample;

const DESIGN: &str = "DESIGN.md";
const EVERY_ACTION: &str = "DESIGN.md: every action answers within 100 ms";

/// What to measure, and how often.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// The database to measure (made by `hrc-bench generate`).
    #[arg(long, value_name = "PATH")]
    pub db: PathBuf,
    /// Also write the report as JSON to this file; `-` prints the JSON instead of the table.
    #[arg(long, value_name = "PATH")]
    pub json: Option<PathBuf>,
    /// Timed runs of each quick figure (exports and bundles take fewer).
    #[arg(long, default_value_t = 20)]
    pub runs: usize,
    /// Notes to insert, one transaction each.
    #[arg(long = "insert-notes", default_value_t = 1000)]
    pub insert_notes: usize,
    /// The session to measure, e.g. 63 (default: the latest).
    #[arg(long)]
    pub session: Option<String>,
    /// Leave out the comparison with the `sqlite3` tool.
    #[arg(long = "no-sqlite3")]
    pub no_sqlite3: bool,
    /// Only these groups: open, sessions, overview, statements, resolutions, organisations,
    /// search, today, consultations, delegations, export, bundle, insert, forget, programme.
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Exit with an error when a figure misses its budget.
    #[arg(long)]
    pub strict: bool,
    /// Measure with encryption off only (by default the figures are taken again on an
    /// encrypted copy of the database, see `encrypted`).
    #[arg(long = "no-encrypted")]
    pub no_encrypted: bool,
}

/// Runs the benchmark and prints the report.
pub fn main(options: &Options) -> Result<()> {
    let report = measure(options)?;
    let json = serde_json::to_string_pretty(&report)? + "\n";
    match options.json.as_deref() {
        Some(p) if p == Path::new("-") => print!("{json}"),
        Some(p) => {
            std::fs::write(p, &json).with_context(|| format!("writing {}", p.display()))?;
            print!("{}", report.table());
            eprintln!("JSON report: {}", p.display());
        }
        None => print!("{}", report.table()),
    }
    let missed = report.missed();
    for f in &missed {
        eprintln!(
            "over budget: {} — p95 {:.1} ms, budget {:.0} ms",
            f.what,
            f.p95_ms,
            f.budget_ms.unwrap_or(f64::NAN)
        );
    }
    if options.strict && !missed.is_empty() {
        bail!("{} figure(s) over budget", missed.len());
    }
    Ok(())
}

/// Takes every figure: on the database as it is (encryption off), then, unless
/// `--no-encrypted`, on an encrypted copy of it (see [`encrypted`]).
pub fn measure(o: &Options) -> Result<Report> {
    if !o.db.is_file() {
        bail!(
            "{} does not exist; make it with `hrc-bench generate --out {}`",
            o.db.display(),
            o.db.display()
        );
    }
    let sqlite3 = if o.no_sqlite3 {
        None
    } else {
        let found = Sqlite3::find();
        if found.is_none() {
            eprintln!("sqlite3 not found: figures are taken without the comparison (apt-get install sqlite3)");
        }
        found
    };
    let (database, figures) = measure_file(o, &o.db, None, &sqlite3)?;
    let encrypted = if o.no_encrypted {
        None
    } else {
        Some(encrypted::measure(o, &figures)?)
    };
    Ok(Report {
        machine: Machine::here(sqlite3.as_ref().map(|s| s.version.clone())),
        database,
        figures,
        encrypted,
    })
}

/// Opens the database file at `path` as the app does: with its key when it is protected.
pub(crate) fn open(path: &Path, key: Option<&DatabaseKey>) -> hrc_core::Result<Store> {
    Store::open_keyed(path, key.cloned(), |_| {})
}

/// Takes every figure on the file at `db` (opened with `key` when it is protected); the
/// `sqlite3` floor where `sqlite3` is given.
pub(crate) fn measure_file(
    o: &Options,
    db: &Path,
    db_key: Option<&DatabaseKey>,
    sqlite3: &Option<Sqlite3>,
) -> Result<(Database, Vec<Figure>)> {
    let runs = o.runs.max(1);
    let few = (runs / 2).max(1);
    let floor = |script: &str, repeat: usize| -> Result<Option<f64>> {
        sqlite3
            .as_ref()
            .map(|s| s.cost(db, script, repeat))
            .transpose()
    };
    let store = open(db, db_key)?;
    let session = match &o.session {
        Some(label) => store.find_session(label)?,
        None => store
            .list_sessions()?
            .into_iter()
            .next()
            .context("the database holds no session")?,
    };
    let sid = session.id;
    let key = sid.to_string();
    let database = describe(&store, db, &session)?;
    let mut figures = Vec::new();
    eprintln!(
        "measuring HRC{} of {} sessions in {}",
        session.label,
        database.sessions,
        db.display()
    );

    let want = |group: &str| o.only.is_empty() || o.only.iter().any(|g| g == group);

    if want("open") {
        let mut opening = Sample::default();
        for i in 0..=runs {
            let (opened, wall, cpu) = sample::time(|| open(db, db_key));
            drop(opened?);
            if i > 0 {
                opening.push(wall, cpu);
            }
        }
        let open_floor = sqlite3.as_ref().map(|s| s.open_cost(db)).transpose()?;
        figures.push(
            Figure::new("open", "open the database", &opening, Some((100.0, DESIGN)))
                .floor(open_floor),
        );
    }

    if want("sessions") {
        let today = Utc::now().date_naive();
        let list = Sample::of(runs, || Ok(store.session_summaries(today).map(drop)?))?;
        figures.push(
            Figure::new(
                "sessions",
                "sessions list with counts (Store::session_summaries)",
                &list,
                Some((100.0, EVERY_ACTION)),
            )
            .floor(floor(&baseline::session_summaries(), 5)?),
        );
    }

    let overview_floor = if want("overview") || want("export") {
        floor(&baseline::overview(&key), 10)?
    } else {
        None
    };
    if want("overview") {
        // What the window's Overview and Agenda screens read: the notes counted, not read.
        let counting = Sample::of(runs, || Ok(store.overview_counting_notes(sid).map(drop)?))?;
        figures.push(
            Figure::new(
                "overview",
                "session overview (Store::overview_counting_notes, the window's)",
                &counting,
                Some((20.0, DESIGN)),
            )
            .floor(floor(&baseline::overview_counting_notes(&key), 10)?)
            .detail(overview_parts(&store, sid, runs)?),
        );
        // Every note read too: what `hrc session show` and the exports with notes read.
        let full = Sample::of(runs, || Ok(store.overview(sid).map(drop)?))?;
        figures.push(
            Figure::new(
                "overview-notes",
                "session overview with every note (Store::overview)",
                &full,
                Some((100.0, EVERY_ACTION)),
            )
            .floor(overview_floor),
        );
    }

    if want("statements") {
        let board = Sample::of(runs, || Ok(store.statements(sid).map(drop)?))?;
        figures.push(
            Figure::new(
                "statements",
                "statement board (Store::statements)",
                &board,
                Some((100.0, EVERY_ACTION)),
            )
            .floor(floor(&baseline::statements(&key), 10)?),
        );
    }

    if want("resolutions") {
        figures.extend(texts(&store, sid, runs, &floor)?);
    }

    if want("organisations") {
        let list = Sample::of(runs, || Ok(store.organisation_summaries().map(drop)?))?;
        figures.push(Figure::new(
            "organisations",
            "organisations list with counts (Store::organisation_summaries)",
            &list,
            Some((100.0, EVERY_ACTION)),
        ));
        let found = Sample::of(runs, || {
            Ok(store.organisation_summaries_matching("amnesty").map(drop)?)
        })?;
        figures.push(Figure::new(
            "organisations-find",
            "organisations found by a typed text (organisation_summaries_matching, \"amnesty\")",
            &found,
            Some((100.0, EVERY_ACTION)),
        ));
    }

    if want("search") {
        figures.push(search(&store, &session, db, runs, sqlite3)?);
    }

    if want("today") {
        let now = in_session_morning(&session)?;
        let today = Sample::of(runs * 2, || Ok(store.today(now, None).map(drop)?))?;
        let (date, _) = from_utc(now);
        let (from, to) = day_bounds(date);
        let today_sql = baseline::today(
            &key,
            &date.to_string(),
            &stamp(now),
            &stamp(from),
            &stamp(to),
        );
        figures.push(
            Figure::new(
                "today",
                format!(
                    "today view (Store::today, {} {})",
                    date,
                    from_utc(now).1.format("%H:%M")
                ),
                &today,
                Some((100.0, EVERY_ACTION)),
            )
            .floor(floor(&today_sql, 20)?),
        );
    }

    if want("consultations") {
        figures.extend(consultations::consultations(
            &store, &session, runs, &floor,
        )?);
    }
    if want("delegations") {
        figures.extend(consultations::delegations(&store, runs, &floor)?);
    }

    if want("export") {
        figures.extend(exports(&store, sid, few, overview_floor)?);
    }

    let mut json_text = String::new();
    if want("bundle") {
        let bundle_export = Sample::of(few, || {
            json_text = store.export_bundle(sid)?.to_json();
            Ok(())
        })?;
        figures.push(
            Figure::new(
                "bundle-export",
                "JSON bundle export",
                &bundle_export,
                Some((1000.0, "DESIGN.md's import budget")),
            )
            .floor(floor(&baseline::bundle_export(&key), 3)?)
            .detail(json!({ "bytes": json_text.len() })),
        );
    }
    drop(store);

    if want("bundle") {
        figures.extend(imports(db, db_key, &session, &json_text, sqlite3)?);
    }
    if want("insert") {
        figures.push(inserts(db, db_key, &session, o, sqlite3)?);
    }
    if want("forget") {
        figures.push(forgetting(db, db_key, &session)?);
    }
    if want("programme") {
        figures.extend(programme::programme(
            db,
            db_key,
            &session,
            few.min(3),
            runs,
        )?);
    }

    Ok((database, figures))
}

/// Markdown, HTML and DOCX exports of the session, with the default sections and with the notes.
fn exports(
    store: &Store,
    sid: Uuid,
    runs: usize,
    overview_floor: Option<f64>,
) -> Result<Vec<Figure>> {
    let formats = [
        (
            "md",
            ExportFormat::Markdown,
            50.0,
            DESIGN,
            "Markdown export",
        ),
        (
            "html",
            ExportFormat::Html,
            100.0,
            EVERY_ACTION,
            "HTML export",
        ),
        ("docx", ExportFormat::Word, 300.0, DESIGN, "DOCX export"),
    ];
    let mut figures = Vec::new();
    for (name, format, what) in [
        ("ics", ExportFormat::Calendar, "Calendar export (.ics)"),
        (
            "csv-resolutions",
            ExportFormat::CsvResolutions,
            "Resolutions CSV export",
        ),
    ] {
        let mut bytes = 0;
        let sample = Sample::of(runs, || {
            bytes = export(store, sid, format, &[])?.len();
            Ok(())
        })?;
        figures.push(
            Figure::new(
                format!("export-{name}"),
                what,
                &sample,
                Some((100.0, EVERY_ACTION)),
            )
            .floor(overview_floor)
            .detail(json!({ "bytes": bytes })),
        );
    }
    for notes in [false, true] {
        let sections = if notes {
            // The defaults and the notes (not the statements' texts and signatory lists).
            let mut all = Section::defaults();
            all.push(Section::Notes);
            all
        } else {
            Section::defaults()
        };
        for (name, format, budget, source, what) in formats {
            let mut bytes = 0;
            let sample = Sample::of(runs, || {
                bytes = export(store, sid, format, &sections)?.len();
                Ok(())
            })?;
            let (key, what) = match notes {
                false => (
                    format!("export-{name}"),
                    format!("{what} (default sections)"),
                ),
                true => (
                    format!("export-{name}-notes"),
                    format!("{what}, with the notes"),
                ),
            };
            figures.push(
                Figure::new(key, what, &sample, Some((budget, source)))
                    .floor(overview_floor)
                    .detail(json!({ "bytes": bytes })),
            );
        }
    }
    Ok(figures)
}

/// The resolutions board (a session's texts with their sponsors and votes), a text's page (the
/// text with the most States voting and co-sponsoring, its vote by regional group) and whom to
/// lobby on it.
fn texts(
    store: &Store,
    sid: Uuid,
    runs: usize,
    floor: &dyn Fn(&str, usize) -> Result<Option<f64>>,
) -> Result<Vec<Figure>> {
    let mut rows = 0;
    let board = Sample::of(runs, || {
        rows = store.resolutions(sid)?.len();
        Ok(())
    })?;
    let key = sid.to_string();
    let mut figures = vec![Figure::new(
        "resolutions",
        "resolutions board (Store::resolutions)",
        &board,
        Some((100.0, EVERY_ACTION)),
    )
    .floor(floor(&baseline::resolutions(&key), 10)?)
    .detail(json!({ "texts": rows }))];
    let Some(text) = store.resolutions(sid)?.into_iter().max_by_key(|r| {
        (
            r.vote.as_ref().map_or(0, |v| v.states.len()),
            r.sponsors.len(),
        )
    }) else {
        return Ok(figures);
    };
    let page = Sample::of(runs, || {
        store.resolution(text.id)?;
        store.vote_by_group(text.id, None)?;
        Ok(())
    })?;
    figures.push(
        Figure::new(
            "resolution",
            "a text's page (Store::resolution and vote_by_group)",
            &page,
            Some((100.0, EVERY_ACTION)),
        )
        .floor(floor(
            &baseline::resolution(&text.id.to_string(), &key),
            20,
        )?)
        .detail(json!({
            "sponsors": text.sponsors.len(),
            "states_voting": text.vote.as_ref().map_or(0, |v| v.states.len()),
        })),
    );
    // Whom to lobby on the same text: its lineage through every earlier session (the generator
    // gives a title again session after session) and the 47 members sorted by their votes.
    let mut related = 0;
    let lobby = Sample::of(runs, || {
        related = store.lobby(text.id)?.related.len();
        Ok(())
    })?;
    figures.push(
        Figure::new(
            "lobby",
            "whom to lobby on a text (Store::lobby)",
            &lobby,
            Some((100.0, EVERY_ACTION)),
        )
        .detail(json!({ "related_texts": related })),
    );
    Ok(figures)
}

/// What the database holds, and the session measured.
fn describe(store: &Store, db: &Path, session: &Session) -> Result<Database> {
    let summaries = store.session_summaries(Utc::now().date_naive())?;
    let this = summaries
        .iter()
        .find(|s| s.session.id == session.id)
        .context("the session measured")?;
    Ok(Database {
        path: db.display().to_string(),
        bytes: std::fs::metadata(db)?.len(),
        sessions: summaries.len(),
        statements: summaries.iter().map(|s| u64::from(s.statements)).sum(),
        side_events: summaries.iter().map(|s| u64::from(s.side_events)).sum(),
        notes: summaries.iter().map(|s| u64::from(s.notes)).sum(),
        session: session.label.clone(),
        session_statements: this.statements,
        session_side_events: this.side_events,
        session_notes: this.notes,
    })
}

/// The p50 of each list the overview reads, to see where its time goes.
fn overview_parts(store: &Store, sid: Uuid, runs: usize) -> Result<serde_json::Value> {
    let part = |f: &dyn Fn() -> hrc_core::Result<usize>| -> Result<serde_json::Value> {
        let mut rows = 0;
        let sample = Sample::of(runs, || {
            rows = f()?;
            Ok(())
        })?;
        Ok(json!({ "rows": rows, "p50_ms": sample.p50() }))
    };
    Ok(json!({
        "agenda_items": part(&|| store.agenda_items(sid).map(|v| v.len()))?,
        "meetings": part(&|| store.meetings(sid).map(|v| v.len()))?,
        "key_issues": part(&|| store.key_issues(sid).map(|v| v.len()))?,
        "situations": part(&|| store.situations(sid).map(|v| v.len()))?,
        "statements": part(&|| store.statements(sid).map(|v| v.len()))?,
        "side_events": part(&|| store.side_events(sid).map(|v| v.len()))?,
        "notes": part(&|| store.notes(sid).map(|v| v.len()))?,
        "resolutions": part(&|| store.resolutions(sid).map(|v| v.len()))?,
        "members": part(&|| store.members(sid).map(|v| v.len()))?,
    }))
}

/// 10:30 in Geneva on the middle working day of the session.
fn in_session_morning(session: &Session) -> Result<chrono::DateTime<Utc>> {
    let days: Vec<_> = session
        .start_date
        .iter_days()
        .take_while(|d| *d <= session.end_date)
        .filter(|d| chrono::Datelike::weekday(d).num_days_from_monday() < 5)
        .collect();
    let day = days[days.len() / 2];
    Ok(to_utc(
        "now",
        day,
        NaiveTime::from_hms_opt(10, 30, 0).expect("a time"),
    )?)
}

/// Search p50/p95 over the fixed set, with each search's own figures in the detail.
fn search(
    store: &Store,
    session: &Session,
    db: &Path,
    runs: usize,
    sqlite3: &Option<Sqlite3>,
) -> Result<Figure> {
    let oldest = store
        .list_sessions()?
        .into_iter()
        .last()
        .context("the database holds no session")?;
    let mut all = Sample::default();
    let mut each = Vec::new();
    let mut floors = Vec::new();
    let sqlite3 = sqlite3.as_ref().filter(|tool| tool.reads_search_index(db));
    for s in queries::SEARCHES {
        let scope = match s.scope {
            Scope::All => None,
            Scope::Measured => Some(session),
            Scope::Oldest => Some(&oldest),
        };
        let query = SearchQuery {
            text: s.text.into(),
            session: scope.map(|s| s.label.clone()),
            kinds: s.kinds.iter().map(|k| k.to_string()).collect(),
            limit: Some(queries::LIMIT),
        };
        let mut hits = 0;
        let sample = Sample::of(runs, || {
            hits = store.search(&query)?.len();
            Ok(())
        })?;
        all.extend(&sample);
        let floor = match (sqlite3, fts_query(s.text)) {
            (Some(tool), Some(terms)) => {
                let sid = scope.map(|s| s.id.to_string());
                let in_title = match_expression(IN_TITLES, &terms, sid.as_deref(), s.kinds);
                let anywhere = match_expression(ANYWHERE, &terms, sid.as_deref(), s.kinds);
                let sql = baseline::search(&in_title, &anywhere, queries::LIMIT);
                Some(tool.cost(db, &sql, 3)?)
            }
            _ => None,
        };
        floors.extend(floor);
        each.push(json!({
            "kind": s.kind,
            "text": s.text,
            "session": query.session,
            "kinds": s.kinds,
            "hits": hits,
            "p50_ms": sample.p50(),
            "p95_ms": sample.p95(),
            "cpu_p50_ms": sample.cpu_p50(),
            "cpu_p95_ms": sample.cpu_quantile(0.95),
            "sqlite3_ms": floor,
        }));
    }
    floors.sort_by(f64::total_cmp);
    let floor = (!floors.is_empty()).then(|| floors[floors.len() / 2]);
    Ok(Figure::new(
        "search",
        format!(
            "full-text search, {} searches × {runs} (Store::search)",
            queries::SEARCHES.len()
        ),
        &all,
        Some((10.0, DESIGN)),
    )
    .floor(floor)
    .detail(json!({ "limit": queries::LIMIT, "searches": each })))
}

/// A copy of `db` beside it, named `name`; removed by [`Scratch::drop`].
struct Scratch(PathBuf);

impl Scratch {
    fn copy(db: &Path, name: &str) -> Result<Scratch> {
        let path = db.with_file_name(name);
        let scratch = Scratch(path);
        scratch.remove();
        std::fs::copy(db, &scratch.0).context("copying the database for the write figures")?;
        Ok(scratch)
    }

    /// A new database beside `db`, protected by `key` when given.
    fn empty(db: &Path, key: Option<&DatabaseKey>, name: &str) -> Result<Scratch> {
        let scratch = Scratch(db.with_file_name(name));
        scratch.remove();
        open(&scratch.0, key)?;
        Ok(scratch)
    }

    /// Keeps the file past this handle, and says where it is.
    fn keep(mut self) -> PathBuf {
        std::mem::take(&mut self.0)
    }

    fn remove(&self) {
        if self.0.as_os_str().is_empty() {
            return;
        }
        for suffix in ["", "-wal", "-shm", ".lock"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        self.remove();
    }
}

/// Importing a bundle into a new database, and again into (a copy of) this one.
fn imports(
    db: &Path,
    key: Option<&DatabaseKey>,
    session: &Session,
    bundle_json: &str,
    sqlite3: &Option<Sqlite3>,
) -> Result<Vec<Figure>> {
    let sid = session.id.to_string();
    let mut figures = Vec::new();
    let imports = 3;
    let mut import = Sample::default();
    let mut added = 0;
    for i in 0..=imports {
        let fresh = Scratch::empty(db, key, "bench-import.db")?;
        let mut store = open(&fresh.0, key)?;
        let (report, wall, cpu) = sample::time(|| -> Result<_> {
            Ok(store.import_bundle(&Bundle::from_json(bundle_json)?)?)
        });
        added = report?.added;
        if i > 0 {
            import.push(wall, cpu);
        }
    }
    let import_floor = sqlite3
        .as_ref()
        .filter(|tool| tool.reads_search_index(db))
        .map(|tool| {
            tool.write_cost(
                || Ok(Scratch::empty(db, None, "bench-import-sqlite3.db")?.keep()),
                &baseline::bundle_import(db, &sid),
            )
        })
        .transpose()?;
    for suffix in ["", "-wal", "-shm", ".lock"] {
        let _ = std::fs::remove_file(db.with_file_name(format!("bench-import-sqlite3.db{suffix}")));
    }
    figures.push(
        Figure::new(
            "bundle-import",
            "JSON bundle import into a new database",
            &import,
            Some((1000.0, DESIGN)),
        )
        .floor(import_floor)
        .detail(json!({ "rows_added": added })),
    );

    let copy = Scratch::copy(db, "bench-work.db")?;
    let mut store = open(&copy.0, key)?;
    let mut unchanged = 0;
    let reimport = Sample::of(imports, || {
        let bundle = Bundle::from_json(bundle_json)?;
        unchanged = store.import_bundle(&bundle)?.unchanged;
        Ok(())
    })?;
    figures.push(
        Figure::new(
            "bundle-reimport",
            "JSON bundle import again into the ten-year database (nothing changed)",
            &reimport,
            Some((1000.0, DESIGN)),
        )
        .detail(json!({ "rows_unchanged": unchanged })),
    );
    Ok(figures)
}

/// Merging the words of deleted and edited text out of the search indexes (the app does it a
/// step at a time under its lock, so an action waits at most one step), after a morning's
/// notes — 100 written, 20 edited, one deleted — on a copy of the database.
fn forgetting(db: &Path, key: Option<&DatabaseKey>, session: &Session) -> Result<Figure> {
    let copy = Scratch::copy(db, "bench-forget.db")?;
    let mut store = open(&copy.0, key)?;
    // The generated file's indexes as a person's would be after a merge: one tree each.
    store.forget_old_words()?;
    let notes = crate::generate::fresh_notes(&store, session.id, 11, 100)?;
    let mut written = Vec::new();
    for input in &notes {
        written.push(store.create_note(session.id, input)?);
    }
    for (note, input) in written.iter().zip(&notes).take(20) {
        let mut edited = input.clone();
        edited.body.push_str(" (edited)");
        store.update_note(note.id, &edited)?;
    }
    store.delete_note(written[20].id)?;
    store.purge_deleted(Some(written[20].id))?;
    let mut step = Sample::default();
    let mut steps = 0;
    loop {
        let (more, wall, cpu) = sample::time(|| store.forget_old_words_step());
        step.push(wall, cpu);
        steps += 1;
        if !more? {
            break;
        }
    }
    Ok(Figure::new(
        "forget-step",
        format!(
            "merge deleted and edited words out of the search indexes, one step ({steps} steps)"
        ),
        &step,
        Some((100.0, EVERY_ACTION)),
    )
    .detail(json!({ "total_ms": step.total(), "worst_ms": step.quantile(1.0) })))
}

/// Saving notes one transaction each, on a copy of the database.
fn inserts(
    db: &Path,
    key: Option<&DatabaseKey>,
    session: &Session,
    o: &Options,
    sqlite3: &Option<Sqlite3>,
) -> Result<Figure> {
    let sid = session.id.to_string();
    let copy = Scratch::copy(db, "bench-work.db")?;
    let mut store = open(&copy.0, key)?;

    let notes = crate::generate::fresh_notes(&store, session.id, 7, o.insert_notes)?;
    let mut insert = Sample::default();
    for input in &notes {
        let (note, wall, cpu) = sample::time(|| store.create_note(session.id, input));
        note?;
        insert.push(wall, cpu);
    }
    drop(store);
    let insert_floor = sqlite3
        .as_ref()
        .filter(|tool| tool.reads_search_index(db))
        .map(|tool| -> Result<f64> {
            let rows: Vec<Vec<String>> = notes
                .iter()
                .map(|n| {
                    let taken = n
                        .taken_at
                        .as_deref()
                        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                        .map(|t| stamp(t.with_timezone(&Utc)));
                    vec![
                        baseline::literal(Some(&Uuid::now_v7().to_string())),
                        baseline::literal(Some(&sid)),
                        baseline::literal(n.meeting_id.as_deref()),
                        "NULL".into(),
                        baseline::literal(n.situation_id.as_deref()),
                        baseline::literal(n.key_issue_id.as_deref()),
                        baseline::literal(n.statement_id.as_deref()),
                        baseline::literal(Some(&n.body)),
                        baseline::literal(taken.as_deref()),
                        baseline::literal(Some(&stamp(Utc::now()))),
                    ]
                })
                .collect();
            let total = tool.write_cost(
                || Ok(Scratch::copy(&copy.0, "bench-insert-sqlite3.db")?.keep()),
                &baseline::insert_notes(&rows),
            )?;
            Ok(total / notes.len().max(1) as f64)
        })
        .transpose()?;
    for suffix in ["", "-wal", "-shm", ".lock"] {
        let _ = std::fs::remove_file(db.with_file_name(format!("bench-insert-sqlite3.db{suffix}")));
    }
    Ok(Figure::new(
        "insert-note",
        format!("save a note, one transaction each ({} notes)", notes.len()),
        &insert,
        Some((100.0, EVERY_ACTION)),
    )
    .floor(insert_floor)
    .detail(json!({ "total_ms": insert.total() })))
}
