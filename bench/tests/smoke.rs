//! A smoke run of the generator and the benchmark on a tiny database (seconds, not minutes):
//! the same seed writes the same content, every figure is taken, and the `sqlite3` floor's SQL
//! runs where the tool is installed.
use std::path::Path;

use hrc_bench::generate::{fingerprint, generate, Plan};
use hrc_bench::run::{measure, Options};
use hrc_core::Store;

const TINY: Plan = Plan {
    sessions: 2,
    statements: 12,
    side_events: 6,
    notes: 40,
};

fn tiny(dir: &Path, name: &str, seed: u64) -> std::path::PathBuf {
    let out = dir.join(name);
    let made = generate(&TINY, seed, &out, dir).expect("generate");
    assert_eq!(made.plan, TINY);
    assert_eq!(made.path, out);
    out
}

#[test]
fn the_same_seed_writes_the_same_content() {
    let dir = tempfile::tempdir().unwrap();
    let a = tiny(dir.path(), "a.db", 7);
    let b = tiny(dir.path(), "b.db", 7);
    let c = tiny(dir.path(), "c.db", 8);
    let print = |p: &Path| fingerprint(&Store::open(p).unwrap()).unwrap();
    assert_eq!(print(&a), print(&b));
    assert_ne!(print(&a), print(&c));

    let store = Store::open(&a).unwrap();
    let sessions = store.list_sessions().unwrap();
    let labels: Vec<_> = sessions.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["35", "34"]);
    let overview = store.overview(sessions[0].id).unwrap();
    assert_eq!(overview.statements.len(), 6);
    assert_eq!(overview.side_events.len(), 3);
    assert_eq!(overview.notes.len(), 20);
    // Each session's members and texts, a third or so voted by lists of 47.
    assert_eq!(overview.members.len(), 47);
    assert_eq!(overview.resolutions.len(), 30);
    assert!(overview
        .resolutions
        .iter()
        .any(|r| r.vote.as_ref().is_some_and(|v| v.states.len() == 47)));
    assert!(overview
        .resolutions
        .iter()
        .all(|r| r.sponsors.len() >= 7 && r.vote.is_some()));
    assert!(overview
        .notes
        .iter()
        .all(|n| (40..=3000).contains(&n.body.len())));
    assert!(overview.notes.iter().any(|n| n.meeting_id.is_some()));
    // One note in twelve, newest first, is about one of the session's texts.
    let about_texts = overview.notes.iter().filter(|n| {
        n.resolution_id
            .is_some_and(|t| overview.resolutions.iter().any(|r| r.id == t))
    });
    assert_eq!(about_texts.count(), 2);
    // A few informal consultations on each draft, and a delegation for each State met.
    let consultations = store.session_consultations(sessions[0].id).unwrap();
    assert!(
        (30..=120).contains(&consultations.len()),
        "{}",
        consultations.len()
    );
    assert!(consultations
        .iter()
        .any(|c| c.start.is_some() && c.room.is_some()));
    assert!(consultations.iter().any(|c| !c.notes.is_empty()));
    let delegations = store.delegations().unwrap();
    assert!(delegations.len() >= 47, "{}", delegations.len());
    assert!(delegations
        .iter()
        .all(|d| d.contacts.starts_with("Mission: ")));
    assert!(
        generate(&TINY, 7, &a, dir.path()).is_err(),
        "an existing file is left alone"
    );
}

#[test]
fn every_figure_is_taken() {
    let dir = tempfile::tempdir().unwrap();
    let db = tiny(dir.path(), "bench.db", 2018);
    let with_sqlite3 = hrc_bench::run::baseline::Sqlite3::find().is_some();
    let report = measure(&Options {
        db: db.clone(),
        json: None,
        runs: 1,
        insert_notes: 5,
        session: None,
        no_sqlite3: !with_sqlite3,
        only: vec![],
        strict: false,
        no_encrypted: false,
    })
    .expect("the benchmark runs");
    let keys: Vec<_> = report.figures.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "open",
            "sessions",
            "overview",
            "overview-notes",
            "statements",
            "resolutions",
            "resolution",
            "lobby",
            "organisations",
            "organisations-find",
            "search",
            "today",
            "today-consultations",
            "programme-consultations",
            "delegations",
            "delegations-find",
            "delegation",
            "export-ics",
            "export-csv-resolutions",
            "export-md",
            "export-html",
            "export-docx",
            "export-md-notes",
            "export-html-notes",
            "export-docx-notes",
            "bundle-export",
            "bundle-import",
            "bundle-reimport",
            "insert-note",
            "forget-step",
            "programme-calendar",
            "programme-calendar-again",
            "programme-od",
            "programme-od-again",
        ]
    );
    assert!(report
        .figures
        .iter()
        .all(|f| f.p50_ms >= 0.0 && f.budget_ms.is_some()));
    if with_sqlite3 {
        // A tool older than SQLite 3.44 cannot read the search index's secure-delete format:
        // the figures that read or write it then have no floor, and the others all do.
        let reads_index = hrc_bench::run::baseline::Sqlite3::find()
            .unwrap()
            .reads_search_index(&db);
        let touch_index = ["search", "bundle-import", "insert-note"];
        assert!(report
            .figures
            .iter()
            // The organisations' figures, the lobbying view and the programme imports are taken
            // without a floor (no sqlite3 script of theirs).
            .filter(|f| {
                ![
                    "bundle-reimport",
                    "forget-step",
                    "programme-calendar",
                    "programme-calendar-again",
                    "programme-od",
                    "programme-od-again",
                    "organisations",
                    "organisations-find",
                    "lobby",
                ]
                .contains(&f.key.as_str())
            })
            .filter(|f| reads_index || !touch_index.contains(&f.key.as_str()))
            .all(|f| f.sqlite3_ms.is_some()));
    }
    // With encryption on: every figure again, with the same key and budget, the plain file's
    // floor, and its overhead; the unlock and both conversions.
    let on = report
        .encrypted
        .as_ref()
        .expect("the figures with encryption on");
    let on_keys: Vec<_> = on.figures.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(on_keys, keys);
    for (off, on) in report.figures.iter().zip(&on.figures) {
        assert_eq!(on.budget_ms, off.budget_ms, "{}", on.key);
        assert_eq!(on.sqlite3_ms, off.sqlite3_ms, "{}", on.key);
    }
    assert_eq!(on.overhead.len(), keys.len());
    assert!(on
        .overhead
        .iter()
        .all(|o| (o.ms - (o.p50_on_ms - o.p50_off_ms)).abs() < 1e-9));
    let unlock: Vec<_> = on.unlock.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(unlock, ["derive-key", "unlock"]);
    assert!(on
        .unlock
        .iter()
        .all(|f| f.p50_ms > 0.0 && f.budget_ms.is_some()));
    let conversions: Vec<_> = on.conversions.iter().map(|c| c.key).collect();
    assert_eq!(conversions, ["encrypt", "decrypt"]);
    assert!(on.conversions.iter().all(|c| c.ms > 0.0 && c.bytes > 0));
    assert_eq!(on.database.notes, report.database.notes);
    assert!(report.table().contains("Overhead of encryption"));
    assert_eq!(report.database.session, "35");
    assert!(report.table().contains("| full-text search"));
    serde_json::to_string(&report).unwrap();
    // The writes ran on copies: the database is as generated.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("bench-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let store = Store::open(&db).unwrap();
    assert_eq!(
        store
            .session_summaries(chrono::NaiveDate::MIN)
            .unwrap()
            .iter()
            .map(|s| s.notes)
            .sum::<u32>(),
        40
    );
}
