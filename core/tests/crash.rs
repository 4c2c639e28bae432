//! Crash safety: a writer process is killed with SIGKILL in the middle of its writes, again and again; the file must stay intact and hold every write it acknowledged.
//!
//! The test re-executes its own binary to run the ignored `writer` test as the child (selected by
//! `HRC_CRASH_DB`). The child writes notes (some of several megabytes), statements and bundle
//! imports to one database, takes backups of it, and loads the example into databases of their
//! own (each must hold the whole example or none of it; a killed backup must leave nothing once
//! the database is opened again), and prints `BEGIN …` before each write and `DONE …` once the core
//! returned (the transaction committed). The parent kills it at a random moment, then opens the
//! file as the app does and checks `PRAGMA integrity_check`, the foreign keys, the full-text index,
//! and that every acknowledged write is there exactly — and the one in flight, if any, wholly or
//! not at all.
//!
//! `crash_safety_encrypted` does the same on a database protected by a passphrase (issue 20): the
//! child and the checks open it with its key (given to the child as the recovery key, so that
//! no run waits on Argon2id), backups included. `conversion.rs` kills encrypting, decrypting and
//! changing the passphrase.
//!
//! `HRC_CRASH_ITERATIONS` (default 40; 20 encrypted) and `HRC_CRASH_SEED` (printed on each run)
//! repeat a run.
//! A process kill loses nothing the kernel was given; a power cut is another matter, which
//! `synchronous=FULL` answers and this test cannot simulate.
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use hrc_core::bundle::Bundle;
use hrc_core::cipher::{Passphrase, RecoveryKey, Unlock};
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Store, Uuid};

/// The database the child writes to; set only for the child.
const CHILD_DB: &str = "HRC_CRASH_DB";
/// The child's random seed.
const CHILD_SEED: &str = "HRC_CRASH_CHILD_SEED";
/// The recovery key of the database, when it is protected (the child's and the checks' key).
const CHILD_KEY: &str = "HRC_CRASH_KEY";

/// Opens the database at `db` as the app does: with `key` (a recovery key's text) when it is
/// protected.
fn open(db: &Path, key: Option<&str>) -> hrc_core::Result<Store> {
    match key {
        None => Store::open(db),
        Some(text) => Store::unlock(db, &Unlock::RecoveryKey(RecoveryKey::parse("key", text)?)),
    }
}

/// A plain SQLite connection to `path`, given SQLCipher's raw key (with the file's own salt)
/// when `key` is set: for the checks the store has no call for.
fn raw(path: &Path, key: Option<&str>, flags: rusqlite::OpenFlags) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open_with_flags(path, flags).unwrap();
    if let Some(text) = key {
        let mut salt = [0u8; 16];
        std::io::Read::read_exact(&mut std::fs::File::open(path).unwrap(), &mut salt).unwrap();
        let hex: String = text.chars().filter(char::is_ascii_hexdigit).collect();
        let salt: String = salt.iter().map(|b| format!("{b:02X}")).collect();
        conn.execute_batch(&format!("PRAGMA key = \"x'{hex}{salt}'\""))
            .unwrap();
    }
    conn
}

/// A small deterministic generator (splitmix64): the same seed gives the same writes and texts.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The text of a content key `seed:len`: about `len` bytes of words in several scripts, with
/// line breaks, so that both sides can produce it from the key alone.
fn text(key: &str) -> String {
    let (seed, len) = key.split_once(':').expect("a content key is seed:len");
    let mut rng = Rng(seed.parse().expect("a seed"));
    let len: usize = len.parse().expect("a length");
    const WORDS: [&str; 12] = [
        "reprisals",
        "défenseur·e·s",
        "Genève",
        "حقوق",
        "人权",
        "🙂",
        "A/HRC/38/L.10",
        "'; DROP TABLE notes; --",
        "item 4",
        "\u{202E}rtl\u{202C}",
        "**bold**",
        "\t",
    ];
    let mut out = String::with_capacity(len + 32);
    while out.len() < len {
        let word = WORDS[rng.below(WORDS.len() as u64) as usize];
        out.push_str(word);
        out.push(if rng.below(12) == 0 { '\n' } else { ' ' });
    }
    out
}

/// A content key: mostly a few kilobytes, one in ten up to two megabytes (a long text pasted in).
fn content_key(rng: &mut Rng) -> String {
    let len = if rng.below(10) == 0 {
        256 * 1024 + rng.below(2 * 1024 * 1024)
    } else {
        rng.below(4000)
    };
    format!("{}:{len}", rng.next())
}

/// HRC38, the session the child writes notes and statements into.
fn hrc38() -> SessionInput {
    SessionInput {
        number: 38,
        start_date: "2018-06-18".into(),
        end_date: "2018-07-06".into(),
        ..Default::default()
    }
}

/// One line to the parent, written and flushed at once (a line is one `write`).
fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    out.write_all(format!("{line}\n").as_bytes())
        .and_then(|()| out.flush())
        .expect("the parent reads");
}

/// A session to import, built in memory, written to a file in `dir`: a meeting, a key issue,
/// notes and a statement linked to the key issue.
fn bundle_file(dir: &Path, number: u32, rng: &mut Rng) -> PathBuf {
    let mut source = Store::open_in_memory().unwrap();
    let session = source
        .create_session(&SessionInput {
            number: i64::from(number),
            start_date: "2019-02-25".into(),
            end_date: "2019-03-22".into(),
            ..Default::default()
        })
        .unwrap();
    let issue = source
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: format!("Issue {number}"),
                overview: Some(text(&format!("{}:2000", rng.next()))),
                ..Default::default()
            },
        )
        .unwrap();
    for _ in 0..1 + rng.below(4) {
        source
            .create_note(
                session.id,
                &NoteInput {
                    body: text(&format!("{}:{}", rng.next(), rng.below(4000))),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    source
        .create_statement(
            session.id,
            &StatementInput {
                title: format!("Statement {number}"),
                text: Some(text(&format!("{}:1500", rng.next()))),
                key_issue_ids: vec![issue.id.to_string()],
                ..Default::default()
            },
        )
        .unwrap();
    let path = dir.join(format!("bundle-{number}.json"));
    let mut file = std::fs::File::create(&path).unwrap();
    file.write_all(
        source
            .export_bundle(session.id)
            .unwrap()
            .to_json()
            .as_bytes(),
    )
    .unwrap();
    file.sync_all().unwrap();
    path
}

/// The child: writes until it is killed (or gives up after a minute, should the parent be gone).
#[test]
#[ignore = "the child process of crash_safety, which runs it"]
fn writer() {
    let Some(db) = std::env::var_os(CHILD_DB).map(PathBuf::from) else {
        return;
    };
    let mut rng = Rng(std::env::var(CHILD_SEED).unwrap().parse().unwrap());
    let key = std::env::var(CHILD_KEY).ok();
    let mut store = open(&db, key.as_deref()).unwrap();
    let session = store.find_session("38").unwrap();
    let mut notes: Vec<Uuid> = store
        .notes(session.id)
        .unwrap()
        .iter()
        .map(|n| n.id)
        .collect();
    let mut statements: Vec<Uuid> = store
        .statements(session.id)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    let mut next_number = store
        .list_sessions()
        .unwrap()
        .iter()
        .map(|s| s.number)
        .max()
        .unwrap()
        + 1;
    // On a line of its own: the test harness has just printed "test writer ... ".
    say("\nREADY");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        let key = content_key(&mut rng);
        let note = NoteInput {
            body: text(&key),
            ..Default::default()
        };
        match rng.below(20) {
            0..=6 if !notes.is_empty() => {
                let id = notes[rng.below(notes.len() as u64) as usize];
                say(&format!("BEGIN note-update {id} {key}"));
                store.update_note(id, &note).unwrap();
                say(&format!("DONE note-update {id} {key}"));
            }
            0..=11 => {
                say(&format!("BEGIN note-create - {key}"));
                let id = store.create_note(session.id, &note).unwrap().id;
                notes.push(id);
                say(&format!("DONE note-create {id} {key}"));
            }
            12..=14 if !statements.is_empty() => {
                let id = statements[rng.below(statements.len() as u64) as usize];
                let input = statement(&key);
                say(&format!("BEGIN statement-update {id} {key}"));
                store.update_statement(id, &input).unwrap();
                say(&format!("DONE statement-update {id} {key}"));
            }
            12..=17 => {
                let input = statement(&key);
                say(&format!("BEGIN statement-create - {key}"));
                let id = store.create_statement(session.id, &input).unwrap().id;
                statements.push(id);
                say(&format!("DONE statement-create {id} {key}"));
            }
            19 if rng.below(2) == 0 => {
                say("BEGIN backup - -");
                let backup = store.back_up().unwrap();
                say(&format!("DONE backup {} -", backup.file_name));
            }
            19 => {
                let file = db.with_file_name(format!("demo-{}.db", rng.next()));
                say(&format!("BEGIN demo {} -", file.display()));
                hrc_core::demo::load(&mut Store::open(&file).unwrap()).unwrap();
                say(&format!("DONE demo {} -", file.display()));
            }
            _ => {
                let number = next_number;
                next_number += 1;
                let file = bundle_file(db.parent().unwrap(), number, &mut rng);
                say(&format!("BEGIN import {number} {}", file.display()));
                hrc_core::bundle::import_file(&mut store, &file).unwrap();
                say(&format!("DONE import {number} {}", file.display()));
            }
        }
    }
}

/// A statement whose title and text come from a content key.
fn statement(key: &str) -> StatementInput {
    StatementInput {
        title: format!("Statement {key}"),
        text: Some(text(key)),
        ..Default::default()
    }
}

/// One write as the child announced it.
#[derive(Debug, Clone)]
struct Step {
    op: String,
    target: String,
    key: String,
}

impl Step {
    fn parse(rest: &str) -> Step {
        let mut parts = rest.splitn(3, ' ');
        let mut next = || parts.next().expect("op target key").to_string();
        Step {
            op: next(),
            target: next(),
            key: next(),
        }
    }
}

/// What the database must hold: HRC38's notes and statements by id (their content keys and
/// texts) and the imported sessions by number (their bundles).
#[derive(Default)]
struct Model {
    notes: HashMap<Uuid, (String, String)>,
    statements: HashMap<Uuid, (String, String)>,
    imports: HashMap<u32, Bundle>,
    /// The example databases whose loading was acknowledged.
    demos: std::collections::HashSet<String>,
}

/// The stored text of a note written from a content key.
fn note_text(key: &str) -> String {
    text(key)
}

/// The stored title and text of a statement written from a content key, as one string.
fn statement_text(key: &str) -> String {
    format!("Statement {key}\n{}", text(key))
}

impl Model {
    fn apply(&mut self, w: &Step) {
        match w.op.as_str() {
            "note-create" | "note-update" => {
                let content = (w.key.clone(), note_text(&w.key));
                self.notes.insert(w.target.parse().unwrap(), content);
            }
            "statement-create" | "statement-update" => {
                let content = (w.key.clone(), statement_text(&w.key));
                self.statements.insert(w.target.parse().unwrap(), content);
            }
            "import" => {
                let json = std::fs::read_to_string(&w.key).unwrap();
                let bundle = Bundle::from_json(&json).unwrap();
                self.imports.insert(w.target.parse().unwrap(), bundle);
            }
            "demo" => {
                self.demos.insert(w.target.clone());
            }
            "backup" => {}
            other => panic!("unknown write {other}"),
        }
    }
}

/// What one run of the child printed: the acknowledged writes in order, and the write it had
/// begun but not acknowledged when it was killed.
struct Run {
    done: Vec<Step>,
    in_flight: Option<Step>,
    ready: bool,
}

/// The child process, killed with SIGKILL (what `Child::kill` sends on Unix) when dropped —
/// on purpose, or when a check fails first.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the child, kills it with SIGKILL after `delay` (counted from READY, or from the start
/// when `early`), and reads all it printed.
fn run_child(
    exe: &Path,
    (db, key): (&Path, Option<&str>),
    seed: u64,
    delay: Duration,
    early: bool,
) -> Run {
    let stderr = db.with_file_name("writer.stderr");
    let mut command = Command::new(exe);
    if let Some(key) = key {
        command.env(CHILD_KEY, key);
    }
    let child = command
        .args(["writer", "--exact", "--ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env(CHILD_DB, db)
        .env(CHILD_SEED, seed.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&stderr).unwrap())
        .spawn()
        .expect("the test binary starts again as the writer");
    let mut child = Killed(child);
    let stdout = child.0.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        loop {
            let mut line = String::new();
            match stdout.read_line(&mut line) {
                // A line cut short by the kill was never acknowledged.
                Ok(0) | Err(_) => break,
                Ok(_) if !line.ends_with('\n') => break,
                Ok(_) => {
                    if tx.send(line.trim_end().to_string()).is_err() {
                        break;
                    }
                }
            }
        }
    });
    let start = Instant::now();
    let mut lines = Vec::new();
    let mut ready = false;
    if !early {
        while !ready {
            let line = rx
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| {
                    panic!(
                        "the writer did not start: {}",
                        std::fs::read_to_string(&stderr).unwrap_or_default()
                    )
                });
            ready = line == "READY";
            lines.push(line);
        }
    }
    let deadline = if early { start } else { Instant::now() } + delay;
    std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
    if let Ok(Some(status)) = child.0.try_wait() {
        panic!(
            "the writer stopped by itself ({status}) before it was killed: {}",
            std::fs::read_to_string(&stderr).unwrap_or_default()
        );
    }
    drop(child);
    reader.join().unwrap();
    lines.extend(rx.try_iter());
    let mut run = Run {
        done: Vec::new(),
        in_flight: None,
        ready: false,
    };
    for line in lines {
        if line == "READY" {
            run.ready = true;
        } else if let Some(rest) = line.strip_prefix("BEGIN ") {
            assert!(run.in_flight.is_none(), "one write at a time");
            run.in_flight = Some(Step::parse(rest));
        } else if let Some(rest) = line.strip_prefix("DONE ") {
            let begun = run.in_flight.take().expect("DONE follows BEGIN");
            let done = Step::parse(rest);
            assert_eq!((&begun.op, &begun.key), (&done.op, &done.key));
            run.done.push(done);
        }
    }
    run
}

/// Checks the file after a kill against the model (the in-flight write may or may not be in
/// it, but wholly), then brings the model to what the file holds.
fn verify(
    (db, key): (&Path, Option<&str>),
    model: &mut Model,
    in_flight: Option<&Step>,
    acknowledged_imports: Vec<u32>,
    everything: bool,
    iteration: usize,
) {
    let context = format!("after kill {iteration}");
    let store = open(db, key).unwrap_or_else(|e| panic!("{context}: the file opens: {e}"));
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok", "{context}");
    let raw = raw(db, key, rusqlite::OpenFlags::default());
    let broken_keys: i64 = raw
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken_keys, 0, "{context}: foreign keys");
    raw.execute(
        "INSERT INTO search_index (search_index) VALUES ('integrity-check')",
        [],
    )
    .unwrap_or_else(|e| panic!("{context}: the full-text index matches its rows: {e}"));
    drop(raw);

    let session = store.find_session("38").unwrap();
    let pending = |op: &str| in_flight.filter(|w| w.op.starts_with(op));
    check_backups(db, key, &context);
    check_demos(db, model, &context);

    // Notes and statements: each one acknowledged, as last acknowledged or as the write in
    // flight left it; at most one more than acknowledged, and that one the write in flight.
    let notes: Vec<(Uuid, String)> = store
        .notes(session.id)
        .unwrap()
        .into_iter()
        .map(|n| (n.id, n.body))
        .collect();
    let statements: Vec<(Uuid, String)> = store
        .statements(session.id)
        .unwrap()
        .into_iter()
        .map(|s| (s.id, format!("{}\n{}", s.title, s.text)))
        .collect();
    check_rows(
        &context,
        "note",
        notes,
        &mut model.notes,
        pending("note-"),
        note_text,
    );
    check_rows(
        &context,
        "statement",
        statements,
        &mut model.statements,
        pending("statement-"),
        statement_text,
    );

    // Imports: all or nothing, and exactly the bundle. The older ones are compared again now
    // and then (every session is read back in full at the end).
    let mut numbers: Vec<u32> = store
        .list_sessions()
        .unwrap()
        .iter()
        .map(|s| s.number)
        .filter(|n| *n != 38)
        .collect();
    numbers.sort_unstable();
    let mut fresh: Vec<u32> = Vec::new();
    if let Some(w) = pending("import") {
        let number: u32 = w.target.parse().unwrap();
        if numbers.contains(&number) {
            model.apply(w);
            fresh.push(number);
        }
    }
    let mut imported: Vec<u32> = model.imports.keys().copied().collect();
    imported.sort_unstable();
    assert_eq!(numbers, imported, "{context}: the imported sessions");
    fresh.extend(acknowledged_imports);
    for (number, bundle) in &model.imports {
        if everything || fresh.contains(number) {
            let session = store.find_session(&number.to_string()).unwrap();
            assert!(
                &store.export_bundle(session.id).unwrap() == bundle,
                "{context}: session {number} is not exactly the bundle imported"
            );
        }
    }
}

/// A backup killed half-way leaves nothing once the database is opened again, and every
/// backup listed is a sound copy (under the database's key, when it has one).
fn check_backups(db: &Path, key: Option<&str>, context: &str) {
    let folder = hrc_core::store::backup_dir(db);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return;
    };
    for entry in entries {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.starts_with('.'), "{context}: {name} left in backups/");
    }
    for backup in hrc_core::store::backups(db).unwrap() {
        let copy = raw(
            &backup.path,
            key,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        );
        let check: String = copy
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{context}: backup {}", backup.file_name);
    }
}

/// Each example database holds the whole example or none of it; an acknowledged one, all.
fn check_demos(db: &Path, model: &Model, context: &str) {
    let shape = |store: &Store, id: Uuid| {
        let o = store.overview(id).unwrap();
        let signatories: usize = o.statements.iter().map(|s| s.signatories.len()).sum();
        (
            o.key_issues.len(),
            o.situations.len(),
            o.statements.len(),
            signatories,
            o.meetings.len(),
            o.side_events.len(),
            o.notes.len(),
        )
    };
    let mut reference = Store::open_in_memory().unwrap();
    let example = hrc_core::demo::load(&mut reference).unwrap().session.id;
    let whole = shape(&reference, example);
    for entry in std::fs::read_dir(db.parent().unwrap()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("demo-") && name.ends_with(".db")) {
            continue;
        }
        let store = Store::open(&path).unwrap_or_else(|e| panic!("{context}: {name}: {e}"));
        match store.find_session("38") {
            Ok(session) => assert_eq!(shape(&store, session.id), whole, "{context}: {name}"),
            Err(_) => assert!(
                !model.demos.contains(&path.display().to_string()),
                "{context}: the acknowledged example {name} is missing"
            ),
        }
    }
}

/// Checks the rows found of one kind against those expected (see [`verify`]), and records the
/// write in flight in `expected` when the file holds it.
fn check_rows(
    context: &str,
    what: &str,
    found: Vec<(Uuid, String)>,
    expected: &mut HashMap<Uuid, (String, String)>,
    flight: Option<&Step>,
    render: fn(&str) -> String,
) {
    let shown = |s: &str| {
        let start: String = s.chars().take(40).collect();
        format!("{} bytes: {start:?}…", s.len())
    };
    let mut extra = Vec::new();
    for (id, content) in &found {
        let Some((key, text)) = expected.get(id) else {
            extra.push((*id, content));
            continue;
        };
        if content == text {
            continue;
        }
        let w = flight
            .filter(|w| w.target == id.to_string() && content == &render(&w.key))
            .unwrap_or_else(|| {
                panic!(
                    "{context}: {what} {id} is neither as acknowledged ({key}) nor as the write in flight left it ({flight:?}); it holds {}",
                    shown(content)
                )
            });
        expected.insert(*id, (w.key.clone(), content.clone()));
    }
    for id in expected.keys() {
        assert!(
            found.iter().any(|(f, _)| f == id),
            "{context}: acknowledged {what} {id} is missing"
        );
    }
    match extra.as_slice() {
        [] => {}
        [(id, content)] => {
            let w = flight
                .filter(|w| w.op.ends_with("-create"))
                .unwrap_or_else(|| panic!("{context}: an unknown {what} {id}: {}", shown(content)));
            assert!(
                *content == &render(&w.key),
                "{context}: the {what} created in flight is not whole: {}",
                shown(content)
            );
            expected.insert(*id, (w.key.clone(), content.to_string()));
        }
        more => panic!("{context}: {} unknown {what}s", more.len()),
    }
}

/// The seed of this run: `HRC_CRASH_SEED`, or the clock.
fn seed() -> u64 {
    std::env::var("HRC_CRASH_SEED")
        .ok()
        .map(|s| s.parse().expect("HRC_CRASH_SEED is a number"))
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        })
}

#[test]
fn crash_safety() {
    crash_safety_of("crash_safety", false, 40);
}

#[test]
fn crash_safety_encrypted() {
    crash_safety_of("crash_safety_encrypted", true, 20);
}

/// Kills the writer `HRC_CRASH_ITERATIONS` times (else `default_iterations`) on a plain or a
/// protected database, checking the file after each kill.
fn crash_safety_of(name: &str, encrypted: bool, default_iterations: usize) {
    let iterations: usize = std::env::var("HRC_CRASH_ITERATIONS")
        .ok()
        .map(|s| s.parse().expect("HRC_CRASH_ITERATIONS is a number"))
        .unwrap_or(default_iterations);
    let seed = seed();
    eprintln!("{name}: HRC_CRASH_SEED={seed} HRC_CRASH_ITERATIONS={iterations}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    // The writer runs from a copy of this binary: a `cargo test` started meanwhile may rebuild
    // (replace) the original.
    let exe = dir.path().join("writer");
    std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    let key = if encrypted {
        let passphrase = Passphrase::chosen("passphrase", "crash test passphrase".into()).unwrap();
        let mut store = Store::create_protected(&db, &passphrase).unwrap();
        store.create_session(&hrc38()).unwrap();
        Some(store.key().unwrap().recovery_key().text().to_string())
    } else {
        Store::open(&db).unwrap().create_session(&hrc38()).unwrap();
        None
    };
    let key = key.as_deref();

    let mut model = Model::default();
    let (mut acknowledged, mut in_flight, mut started) = (0, 0, 0);
    let mut interrupted: HashMap<String, usize> = HashMap::new();
    let began = Instant::now();
    let mut kill_once =
        |iteration: usize, seed: u64, delay: Duration, early: bool, model: &mut Model| {
            let run = run_child(&exe, (&db, key), seed, delay, early);
            for w in &run.done {
                model.apply(w);
            }
            acknowledged += run.done.len();
            in_flight += usize::from(run.in_flight.is_some());
            if let Some(w) = &run.in_flight {
                *interrupted.entry(w.op.clone()).or_default() += 1;
            }
            started += usize::from(run.ready);
            let imports = run
                .done
                .iter()
                .filter(|w| w.op == "import")
                .map(|w| w.target.parse().unwrap())
                .collect();
            let everything = iteration.is_multiple_of(10) || iteration >= iterations;
            verify(
                (&db, key),
                model,
                run.in_flight.as_ref(),
                imports,
                everything,
                iteration,
            );
        };
    for iteration in 1..=iterations {
        // One kill in six comes early, while the writer is still starting or opening the file.
        let early = rng.below(6) == 0;
        let delay = Duration::from_millis(if early { rng.below(60) } else { rng.below(300) });
        kill_once(iteration, rng.next(), delay, early, &mut model);
    }
    // On a loaded machine every write is slower and a rare kind (an import is one write in
    // twenty, and the slowest) may never be acknowledged before its kill: later kills then give
    // the writer longer, until every kind has been written, killed and checked at least once.
    let mut more = 0;
    while iterations >= 20
        && (model.notes.is_empty() || model.statements.is_empty() || model.imports.is_empty())
        && more < 20
    {
        more += 1;
        let delay = Duration::from_millis(1_000 + 250 * more as u64);
        kill_once(iterations + more, rng.next(), delay, false, &mut model);
    }
    let iterations = iterations + more;
    eprintln!(
        "{name}: {iterations} kills ({started} after the writer was ready, {in_flight} in the middle of a write), \
         {acknowledged} writes acknowledged, {} notes, {} statements, {} imports, {} example loads, \
         in {:.1} s; interrupted: {interrupted:?}",
        model.notes.len(),
        model.statements.len(),
        model.imports.len(),
        model.demos.len(),
        began.elapsed().as_secs_f64()
    );
    assert!(
        in_flight >= iterations / 4,
        "too few kills landed in the middle of a write ({in_flight} of {iterations}): the test proves little"
    );
    if iterations >= 20 {
        assert!(
            !model.notes.is_empty() && !model.statements.is_empty() && !model.imports.is_empty(),
            "every kind of write was acknowledged at least once"
        );
    }
}
