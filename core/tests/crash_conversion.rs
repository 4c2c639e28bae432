//! Crash safety of encrypting, decrypting and changing the passphrase (issue 20): a converter
//! process is killed with SIGKILL in the middle of its conversions, again and again; after each
//! kill either the old file or the new one is whole, under the old key or the new one (or
//! plain), every note is there, each backup opens under one of them, and no `.converting` copy
//! is left once the database has been opened again.
//!
//! The test re-executes its own binary to run the ignored `converter` test as the child
//! (selected by `HRC_CONVERT_DB`). The child goes round plain → encrypted with the first
//! passphrase → the second → plain, printing `BEGIN …` before each conversion and `DONE …` once
//! the core returned; each kind is killed at least once (a few more kills when the round has not
//! reached one). `HRC_CONVERT_ITERATIONS` (default 20) and `HRC_CRASH_SEED` repeat a run.
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use hrc_core::cipher::{protection, DatabaseKey, Passphrase, Protection, Unlock};
use hrc_core::domain::note::NoteInput;
use hrc_core::{store, Store, Uuid};

const CHILD_DB: &str = "HRC_CONVERT_DB";
/// Where the child starts: `plain`, `first` or `second` (the passphrase the file is under).
const CHILD_STATE: &str = "HRC_CONVERT_STATE";
const FIRST: &str = "the first passphrase of the crash test";
const SECOND: &str = "the second passphrase, after a change";

fn passphrase(text: &str) -> Passphrase {
    Passphrase::chosen("passphrase", text.into()).unwrap()
}

/// One line to the parent, written and flushed at once.
fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(format!("{line}\n").as_bytes())
        .and_then(|()| out.flush())
        .expect("the parent reads");
}

/// The state after `op` from `state`, and the op that leaves `state`.
fn next(state: &str) -> (&'static str, &'static str) {
    match state {
        "plain" => ("encrypt", "first"),
        "first" => ("change", "second"),
        "second" => ("decrypt", "plain"),
        other => panic!("unknown state {other}"),
    }
}

/// The child: converts round and round until it is killed (or a minute has passed).
#[test]
#[ignore = "the child process of conversions_survive_a_kill, which runs it"]
fn converter() {
    let Some(db) = std::env::var_os(CHILD_DB).map(PathBuf::from) else {
        return;
    };
    let mut state: &str = match std::env::var(CHILD_STATE).unwrap().as_str() {
        "plain" => "plain",
        "first" => "first",
        _ => "second",
    };
    say("\nREADY");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        let (op, after) = next(state);
        say(&format!("BEGIN {op}"));
        match op {
            "encrypt" => store::encrypt(&db, &passphrase(FIRST)).map(drop),
            "change" => store::change_passphrase(
                &db,
                &Unlock::Passphrase(passphrase(FIRST)),
                &passphrase(SECOND),
            )
            .map(drop),
            _ => store::decrypt(&db, &Unlock::Passphrase(passphrase(SECOND))).map(drop),
        }
        .unwrap();
        say(&format!("DONE {op}"));
        state = after;
    }
}

/// The keys found so far for each salt: which passphrase, and the key (each derived once).
#[derive(Default)]
struct Keys(HashMap<[u8; 16], (&'static str, DatabaseKey)>);

impl Keys {
    /// Under which passphrase the file at `path` is (`plain` when it is not protected), and a
    /// connection to it, read-only, given its key.
    fn open(&mut self, path: &Path) -> (&'static str, rusqlite::Connection) {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
        let conn = rusqlite::Connection::open_with_flags(path, flags).unwrap();
        match protection(path).unwrap() {
            Protection::Plain => return ("plain", conn),
            Protection::Encrypted => {}
            other => panic!("{} is {other:?}", path.display()),
        }
        let mut salt = [0u8; 16];
        std::fs::File::open(path)
            .unwrap()
            .read_exact(&mut salt)
            .unwrap();
        if let Some((name, key)) = self.0.get(&salt) {
            return (name, keyed(path, key).unwrap());
        }
        for (name, text) in [("first", FIRST), ("second", SECOND)] {
            let key = DatabaseKey::for_file(path, &Unlock::Passphrase(passphrase(text))).unwrap();
            if let Some(conn) = keyed(path, &key) {
                self.0.insert(salt, (name, key));
                return (name, conn);
            }
        }
        panic!("{} opens under neither passphrase", path.display())
    }
}

/// A read-only connection to `path` with `key`, when the key opens it.
fn keyed(path: &Path, key: &DatabaseKey) -> Option<rusqlite::Connection> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    let conn = rusqlite::Connection::open_with_flags(path, flags).unwrap();
    let mut salt = [0u8; 16];
    std::fs::File::open(path)
        .unwrap()
        .read_exact(&mut salt)
        .unwrap();
    let hex: String = key
        .recovery_key()
        .text()
        .chars()
        .filter(char::is_ascii_hexdigit)
        .collect();
    let salt: String = salt.iter().map(|b| format!("{b:02X}")).collect();
    conn.execute_batch(&format!("PRAGMA key = \"x'{hex}{salt}'\""))
        .unwrap();
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))
        .ok()
        .map(|()| conn)
}

/// Every note of the file on `conn`, by id.
fn notes_of(conn: &rusqlite::Connection) -> Vec<(String, String)> {
    let mut stmt = conn
        .prepare("SELECT id, body FROM notes ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// The files a conversion left beside `db` or its backups, not yet in place.
fn leftovers(db: &Path) -> Vec<String> {
    [db.parent().unwrap().to_path_buf(), store::backup_dir(db)]
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flatten()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".converting"))
        .collect()
}

/// A database with the example's HRC38 and 150 longer notes, and two backups of it.
fn database(db: &Path) {
    let mut store = Store::open(db).unwrap();
    let session = hrc_core::demo::load(&mut store).unwrap().session.id;
    for i in 0..150 {
        let body = format!(
            "Note {i}: {}",
            "reprisals against defenders, item 4. ".repeat(200)
        );
        store
            .create_note(
                session,
                &NoteInput {
                    body,
                    ..Default::default()
                },
            )
            .unwrap();
    }
    for day in ["2018-06-19T08:00:00Z", "2018-06-20T08:00:00Z"] {
        store.back_up_at(day.parse().unwrap()).unwrap();
    }
}

/// What one run of the child did: the conversions acknowledged (with how long each took), and
/// the one begun when killed.
type Ran = (Vec<(String, Duration)>, Option<String>);

/// Runs the child from `state` and kills it `delay` after its first conversion began.
fn run_child(exe: &Path, db: &Path, state: &str, delay: Duration) -> Ran {
    let mut child = Command::new(exe)
        .args(["converter", "--exact", "--ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env(CHILD_DB, db)
        .env(CHILD_STATE, state)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the test binary starts again as the converter");
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel::<(Instant, String)>();
    let reader = std::thread::spawn(move || {
        for line in stdout.lines() {
            let Ok(line) = line else { break };
            if tx.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let began = loop {
        let (at, line) = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the converter starts");
        let first = line.starts_with("BEGIN ");
        lines.push((at, line));
        if first {
            break at;
        }
    };
    std::thread::sleep((began + delay).saturating_duration_since(Instant::now()));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the converter stopped by itself"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap();
    lines.extend(rx.try_iter());
    let (mut done, mut in_flight) = (Vec::new(), None);
    for (at, line) in lines {
        if let Some(op) = line.strip_prefix("BEGIN ") {
            in_flight = Some((op.to_string(), at));
        } else if let Some(op) = line.strip_prefix("DONE ") {
            let (begun, since) = in_flight.take().expect("DONE follows BEGIN");
            assert_eq!(begun, op);
            done.push((begun, at - since));
        }
    }
    (done, in_flight.map(|(op, _)| op))
}

#[test]
fn conversions_survive_a_kill() {
    let iterations: usize = std::env::var("HRC_CONVERT_ITERATIONS")
        .ok()
        .map(|s| s.parse().expect("HRC_CONVERT_ITERATIONS is a number"))
        .unwrap_or(20);
    let mut seed: u64 = std::env::var("HRC_CRASH_SEED")
        .ok()
        .map(|s| s.parse().expect("HRC_CRASH_SEED is a number"))
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!(
        "conversions_survive_a_kill: HRC_CRASH_SEED={seed} HRC_CONVERT_ITERATIONS={iterations}"
    );
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let exe = dir.path().join("converter");
    std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    database(&db);
    let expected = notes_of(&rusqlite::Connection::open(&db).unwrap());
    let session: Uuid = Store::open(&db).unwrap().find_session("38").unwrap().id;

    let mut keys = Keys::default();
    let mut state = "plain";
    let (mut in_flight_kills, mut acknowledged, mut copies_left) = (0, 0, 0);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let began = Instant::now();
    // The longest conversion seen so far (at first, two derivations of the key and a half): each
    // kill lands at a random moment within it or a little after, so that some conversions end
    // and the round goes on (most of a conversion's time is Argon2id; the file's steps end it).
    let timed = Instant::now();
    DatabaseKey::fresh(&passphrase(FIRST)).unwrap();
    let mut longest = timed.elapsed().mul_f64(2.5);
    let mut patience = 1.0;
    // Each kind of conversion is killed at least once: past the iterations asked for, more
    // kills (up to 15) until the round has reached each.
    let killed_each = |seen: &HashMap<String, usize>| {
        ["encrypt", "change", "decrypt"]
            .iter()
            .all(|op| seen.keys().any(|k| k.starts_with(op)))
    };
    let mut iteration = 0;
    loop {
        iteration += 1;
        if iteration > iterations && (killed_each(&seen) || iteration > iterations + 15) {
            break;
        }
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = longest.mul_f64(patience * ((seed >> 33) % 1300) as f64 / 1000.0);
        let (done, in_flight) = run_child(&exe, &db, state, delay);
        let context = format!("after kill {iteration} ({done:?}, in flight {in_flight:?})");
        for (op, took) in &done {
            longest = longest.max(*took);
            let (expected_op, after) = next(state);
            assert_eq!(op, expected_op, "{context}");
            state = after;
        }
        acknowledged += done.len();
        // The file is under the state the last acknowledged conversion left, or the one the
        // conversion in flight was making: wholly one or the other.
        let (found, conn) = keys.open(&db);
        let allowed = match &in_flight {
            Some(_) => vec![state, next(state).1],
            None => vec![state],
        };
        assert!(allowed.contains(&found), "{context}: the file is {found}");
        if let Some(op) = &in_flight {
            in_flight_kills += 1;
            *seen
                .entry(format!(
                    "{op} → {}",
                    if found == state { "old" } else { "new" }
                ))
                .or_default() += 1;
        }
        // No conversion ended: the next kill comes later, until one does.
        patience = if found == state && done.is_empty() {
            patience * 1.5
        } else {
            1.0
        };
        state = found;
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{context}");
        assert!(notes_of(&conn) == expected, "{context}: the notes differ");
        drop(conn);
        // A kill while the new file was being written or checked leaves it beside the old.
        if !leftovers(&db).is_empty() {
            copies_left += 1;
        }

        // Opened as the app does, the copies a killed conversion left go.
        let store = match state {
            "plain" => Store::open(&db),
            name => Store::unlock(
                &db,
                &Unlock::Passphrase(passphrase(if name == "first" { FIRST } else { SECOND })),
            ),
        }
        .unwrap_or_else(|e| panic!("{context}: the file opens: {e}"));
        assert_eq!(
            store.notes(session).unwrap().len(),
            expected.len(),
            "{context}"
        );
        drop(store);
        let left = leftovers(&db);
        assert!(left.is_empty(), "{context}: left behind: {left:?}");
        for backup in store::backups(&db).unwrap() {
            let (_, conn) = keys.open(&backup.path);
            let check: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(check, "ok", "{context}: backup {}", backup.file_name);
            assert!(
                notes_of(&conn) == expected,
                "{context}: backup {} lacks notes",
                backup.file_name
            );
        }
    }
    let iterations = iteration - 1;
    eprintln!(
        "conversions_survive_a_kill: {iterations} kills, {in_flight_kills} in a conversion \
         ({copies_left} while a new file was being written), {acknowledged} conversions \
         acknowledged, in {:.1} s; interrupted: {seen:?}",
        began.elapsed().as_secs_f64()
    );
    assert!(
        in_flight_kills >= iterations / 2,
        "too few kills landed in a conversion ({in_flight_kills} of {iterations})"
    );
    if iterations >= 10 {
        assert!(killed_each(&seen), "each conversion killed: {seen:?}");
    }
}
