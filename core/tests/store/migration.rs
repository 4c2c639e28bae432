//! Upgrades from each released schema version: a committed fixture database is opened by this
//! version of the core and every row it held is still there, readable, with the new columns.
use std::path::Path;

use hrc_core::store::SCHEMA_VERSION;
use hrc_core::Store;

/// A private copy of a fixture database (the committed file is never opened for writing).
fn copy_of(fixture: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("hrc.db");
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    std::fs::copy(&from, &to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    (dir, to)
}

fn count(path: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_schema_1_database_opens_with_everything_in_it() {
    let (_dir, path) = copy_of("schema-v1.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 1);
    let tables = [
        "sessions",
        "agenda_items",
        "meetings",
        "key_issues",
        "situations",
        "organisations",
        "statements",
        "statement_signatories",
        "side_events",
        "notes",
        "links",
    ];
    let before: Vec<i64> = tables
        .iter()
        .map(|t| count(&path, &format!("SELECT count(*) FROM {t}")))
        .collect();

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    drop(store);
    let after: Vec<i64> = tables
        .iter()
        .map(|t| count(&path, &format!("SELECT count(*) FROM {t}")))
        .collect();
    assert_eq!(before, after);

    let store = Store::open(&path).unwrap();
    let hrc38 = store.find_session("38").unwrap();
    let statements = store.statements(hrc38.id).unwrap();
    assert_eq!(statements.len(), 3);
    assert!(statements.iter().all(|s| s.delivered_at.is_none()));
    let letter = statements
        .iter()
        .find(|s| s.kind.key() == "joint-written")
        .unwrap();
    assert_eq!(letter.signatories.len(), 85);
    let notes = store.notes(hrc38.id).unwrap();
    assert_eq!(notes.len(), 5);
    assert!(notes
        .iter()
        .any(|n| n.body
            == "Reprisals: the defender from Genève asked not to be named — لا تذكر اسمي 🙏"));
    let item4 = notes
        .iter()
        .find(|n| n.body.starts_with("GD item 4"))
        .unwrap();
    assert_eq!(item4.agenda_item, Some(4));
    assert_eq!(store.meetings(hrc38.id).unwrap().len(), 7);
    assert_eq!(store.side_events(hrc38.id).unwrap().len(), 2);
    // Search still finds what the old file held, accents folded.
    let hits = store
        .search(&hrc_core::domain::search::SearchQuery {
            text: "geneve".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(hits
        .iter()
        .any(|h| h.title.contains("Reprisals")
            || h.snippet.iter().any(|p| p.text.contains("Genève"))));
}

#[test]
fn a_schema_2_database_keeps_its_search_index_when_rebuilt() {
    use hrc_core::domain::note::NoteInput;
    use hrc_core::domain::search::SearchQuery;
    let (_dir, path) = copy_of("schema-v2.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 2);
    let indexed = count(&path, "SELECT count(*) FROM search_index");
    let mapped = count(&path, "SELECT count(*) FROM search_map");

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    let hrc38 = store.find_session("38").unwrap();
    let search = |store: &Store, text: &str, kinds: &[&str]| {
        store
            .search(&SearchQuery {
                text: text.into(),
                session: Some("38".into()),
                kinds: kinds.iter().map(|k| k.to_string()).collect(),
                limit: None,
            })
            .unwrap()
    };
    // Every row is still indexed, under the same rowid, and found narrowed to its session and kind.
    assert_eq!(count(&path, "SELECT count(*) FROM search_index"), indexed);
    assert_eq!(count(&path, "SELECT count(*) FROM search_map m JOIN search_index i ON i.rowid = m.fts_rowid AND i.entity_id = m.entity_id"), mapped);
    // Titles have their own index, under the same rowids.
    assert_eq!(
        count(&path, "SELECT count(*) FROM search_titles t JOIN search_index i ON i.rowid = t.rowid AND i.title = t.title"),
        count(&path, "SELECT count(*) FROM search_index WHERE title <> ''")
    );
    let hits = search(&store, "geneve", &["note"]);
    assert_eq!(hits.len(), 1);
    assert!(hits[0].title.starts_with("Reprisals: the defender"));
    let reprisals = search(&store, "reprisals", &["key-issue"]);
    assert_eq!(reprisals[0].title, "Reprisals");
    // A title edited is found under its new words only.
    let issue = store.key_issue(reprisals[0].id).unwrap();
    store
        .update_key_issue(
            issue.id,
            &hrc_core::domain::key_issue::KeyIssueInput {
                title: "Retaliation and reprisals".into(),
                agenda_item: issue.agenda_item,
                overview: Some(issue.overview.clone()),
                asks: Some(issue.asks.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        search(&store, "retaliation", &["key-issue"])[0].id,
        issue.id
    );
    store.delete_key_issue(issue.id).unwrap();
    assert!(search(&store, "retaliation", &[]).is_empty());
    assert!(store
        .statements(hrc38.id)
        .unwrap()
        .iter()
        .any(|s| s.delivered_at.is_some()));
    // The triggers were declared again: a new note is found, an edited one under its new words.
    let note = store
        .create_note(
            hrc38.id,
            &NoteInput {
                body: "Xylophone quartet in Room XX".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(search(&store, "xylophone", &[]).len(), 1);
    store
        .update_note(
            note.id,
            &NoteInput {
                body: "Marimba".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(search(&store, "xylophone", &[]).is_empty());
    assert_eq!(search(&store, "marimba", &["note"]).len(), 1);
}

/// Schema 5 rebuilds both search indexes with the porter stemmer and a column of the text with
/// its apostrophes dropped: every row stays under its rowid, and what schema 4 held is found by
/// stems and without apostrophes; the triggers declared again keep doing so for new rows.
#[test]
fn a_schema_4_database_is_searched_by_stems_and_without_apostrophes() {
    use hrc_core::domain::note::NoteInput;
    use hrc_core::domain::search::SearchQuery;
    let (_dir, path) = copy_of("schema-v4.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 4);
    let indexed = count(&path, "SELECT count(*) FROM search_index");
    let titled = count(&path, "SELECT count(*) FROM search_titles");
    let rowids = count(&path, "SELECT sum(rowid) FROM search_index");

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    assert_eq!(count(&path, "SELECT count(*) FROM search_index"), indexed);
    assert_eq!(count(&path, "SELECT count(*) FROM search_titles"), titled);
    assert_eq!(count(&path, "SELECT sum(rowid) FROM search_index"), rowids);
    assert_eq!(
        count(&path, "SELECT count(*) FROM search_map m JOIN search_index i ON i.rowid = m.fts_rowid AND i.entity_id = m.entity_id"),
        count(&path, "SELECT count(*) FROM search_map")
    );
    let search = |store: &Store, text: &str| -> Vec<String> {
        store
            .search(&SearchQuery {
                text: text.into(),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|h| h.title)
            .collect()
    };
    // A note's title is its first line, cut at a word before 80 characters.
    let note = "Côte d'Ivoire: defenders described reprisals after the interactive dialogue…";
    for text in [
        "cote divoire",
        "ivoire",
        "delegations reply",
        "reprisal defender",
    ] {
        assert!(search(&store, text).iter().any(|t| t == note), "{text}");
    }
    for text in ["womens", "women's", "defender"] {
        assert!(
            search(&store, text)
                .iter()
                .any(|t| t == "Women's human rights defenders"),
            "{text}"
        );
    }
    assert!(
        search(&store, "tombstonewordq").is_empty(),
        "a note deleted before stays out"
    );
    // The triggers were declared again: a new note is found without its apostrophe and by its
    // stem, an edited one under its new words only.
    let hrc38 = store.find_session("38").unwrap();
    let added = store
        .create_note(
            hrc38.id,
            &NoteInput {
                body: "L'Association's xylophones".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(search(&store, "lassociations xylophone").len(), 1);
    store
        .update_note(
            added.id,
            &NoteInput {
                body: "Marimbas".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(search(&store, "lassociation").is_empty());
    assert_eq!(search(&store, "marimba").len(), 1);
}

/// Schema 6 folds hyphens into `joined` in place: every row keeps its rowid, what schema 5 held
/// is found typed without its hyphens ("cosponsors", "followup", "counterterrorism") and still
/// without its apostrophes and by its stems; the triggers declared again do so for new rows.
#[test]
fn a_schema_5_database_is_searched_without_hyphens() {
    use hrc_core::domain::note::NoteInput;
    use hrc_core::domain::search::SearchQuery;
    let (_dir, path) = copy_of("schema-v5.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 5);
    let indexed = count(&path, "SELECT count(*) FROM search_index");
    let titled = count(&path, "SELECT count(*) FROM search_titles");
    let rowids = count(&path, "SELECT sum(rowid) FROM search_index");

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    assert_eq!(count(&path, "SELECT count(*) FROM search_index"), indexed);
    assert_eq!(count(&path, "SELECT count(*) FROM search_titles"), titled);
    assert_eq!(count(&path, "SELECT sum(rowid) FROM search_index"), rowids);
    assert_eq!(
        count(&path, "SELECT count(*) FROM search_map m JOIN search_index i ON i.rowid = m.fts_rowid AND i.entity_id = m.entity_id"),
        count(&path, "SELECT count(*) FROM search_map")
    );
    let search = |store: &Store, text: &str| -> Vec<String> {
        store
            .search(&SearchQuery {
                text: text.into(),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|h| h.title)
            .collect()
    };
    let note = "Follow-up to the co-sponsors' resolution: the core group's e-mail on…";
    for text in [
        "followup",
        "cosponsors",
        "co-sponsors",
        "genderbased",
        "email",
        "core groups",
        "resolutions",
    ] {
        let found = search(&store, text);
        assert!(found.iter().any(|t| t == note), "{text}: {found:?}");
    }
    // `joined` holds only the words written with an apostrophe or a hyphen, each without them.
    assert_eq!(
        count(&path, "SELECT count(*) FROM search_index WHERE joined = 'Followup cosponsors groups email genderbased'"),
        1
    );
    assert_eq!(
        count(
            &path,
            "SELECT count(*) FROM search_titles WHERE joined = 'Counterterrorism womens'"
        ),
        1
    );
    // The example's own note, written at schema 5, is found joined too.
    let sogi = "Core group on SOGI confirmed; check co-sponsors of the renewal resolution…";
    assert!(search(&store, "cosponsors").iter().any(|t| t == sogi));
    let issue = "Counter-terrorism and women's rights";
    for text in ["counterterrorism", "womens", "counter-terror"] {
        let found = search(&store, text);
        assert!(found.iter().any(|t| t == issue), "{text}: {found:?}");
    }
    assert!(
        search(&store, "tombstonewordq").is_empty(),
        "a note deleted before stays out"
    );
    // The triggers were declared again: a new note is found without its hyphen, an edited one
    // under its new words only.
    let hrc38 = store.find_session("38").unwrap();
    let added = store
        .create_note(
            hrc38.id,
            &NoteInput {
                body: "Side-event xylophones".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(search(&store, "sideevent xylophone").len(), 1);
    store
        .update_note(
            added.id,
            &NoteInput {
                body: "Marimbas".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(search(&store, "sideevent").is_empty());
    assert_eq!(search(&store, "marimba").len(), 1);
}

/// The window says how far an update has come: the core tells, before the first step and as each
/// step ends, how many of the steps due are done; a file up to date or new reports nothing.
#[test]
fn an_update_reports_each_step_and_says_beforehand_that_it_is_due() {
    use std::sync::{Arc, Mutex};

    use hrc_core::store::MigrationProgress;

    for (fixture, found) in [
        ("schema-v1.db", 1),
        ("schema-v2.db", 2),
        ("schema-v3.db", 3),
        ("schema-v4.db", 4),
        ("schema-v5.db", 5),
        ("schema-v7.db", 7),
        ("schema-v9.db", 9),
        ("schema-v10.db", 10),
        ("schema-v11.db", 11),
        ("schema-v12.db", 12),
        ("schema-v13.db", 13),
    ] {
        let (_dir, path) = copy_of(fixture);
        let steps = (SCHEMA_VERSION - found) as u32;
        let before = std::fs::read(&path).unwrap();
        assert_eq!(Store::updates_due(&path, None).unwrap(), steps, "{fixture}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "asking changes nothing"
        );

        let heard = Arc::new(Mutex::new(Vec::new()));
        let told = heard.clone();
        let store = Store::open_reporting(&path, move |p| told.lock().unwrap().push(p)).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let want: Vec<_> = (0..=steps)
            .map(|done| MigrationProgress { done, steps })
            .collect();
        assert_eq!(*heard.lock().unwrap(), want, "{fixture}");
        drop(store);

        assert_eq!(
            Store::updates_due(&path, None).unwrap(),
            0,
            "{fixture}: up to date"
        );
        let again = Arc::new(Mutex::new(Vec::new()));
        let told = again.clone();
        Store::open_reporting(&path, move |p| told.lock().unwrap().push(p)).unwrap();
        assert!(
            again.lock().unwrap().is_empty(),
            "nothing to report when up to date"
        );
    }

    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.db");
    assert_eq!(
        Store::updates_due(&new, None).unwrap(),
        0,
        "a new file needs no update"
    );
    assert!(!new.exists(), "asking creates nothing");
}

/// What the app refuses at start is refused by the question too, and left untouched.
#[test]
fn asking_whether_an_update_is_due_refuses_what_opening_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("notes.txt");
    std::fs::write(
        &foreign,
        "not a database at all, just some text ".repeat(200),
    )
    .unwrap();
    let newer = dir.path().join("newer.db");
    {
        let (_d, v3) = copy_of("schema-v3.db");
        std::fs::copy(&v3, &newer).unwrap();
        rusqlite::Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    // An earlier version's file with damaged pages (8 KB of zeros over pages 11 and 12).
    let damaged = dir.path().join("damaged.db");
    {
        let (_d, v2) = copy_of("schema-v2.db");
        let mut bytes = std::fs::read(&v2).unwrap();
        bytes[40_960..49_152].fill(0);
        std::fs::write(&damaged, bytes).unwrap();
    }
    for (path, code) in [
        (&foreign, "not_a_database"),
        (&newer, "newer_database"),
        (&damaged, "not_a_database"),
    ] {
        let before = std::fs::read(path).unwrap();
        let err = Store::updates_due(path, None).unwrap_err();
        assert_eq!(err.code(), code, "{}", path.display());
        assert_eq!(err.code(), Store::open(path).err().unwrap().code());
        assert_eq!(std::fs::read(path).unwrap(), before, "{}", path.display());
    }
}

/// The rows of every ordinary table of the file at `path` (the search index's own aside), by table.
fn row_counts(path: &Path) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let n = count(path, &format!("SELECT count(*) FROM {t}"));
            (t, n)
        })
        .collect()
}

/// A meeting row as schema 3 stored it: id, start, end, item, room, title.
type OldMeeting = (String, String, String, Option<i64>, String, String);

/// Schema 7 rebuilds the meetings table: a schema-3 file keeps every row of every table, each
/// meeting gets the Geneva date of its start, its item as a list of one, its room and its times.
#[test]
fn a_schema_3_database_keeps_every_row_through_schema_7() {
    let (_dir, path) = copy_of("schema-v3.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 3);
    let before = row_counts(&path);
    let old: Vec<OldMeeting> = rusqlite::Connection::open(&path)
        .unwrap()
        .prepare(
            "SELECT id, starts_at, ends_at, agenda_item, room, title FROM meetings ORDER BY id",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(old.len() >= 7, "{old:?}");

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    drop(store);
    let after: Vec<(String, i64)> = row_counts(&path)
        .into_iter()
        .filter(|(t, _)| before.iter().any(|(b, _)| b == t))
        .collect();
    assert_eq!(after, before, "every table keeps its rows");

    let store = Store::open(&path).unwrap();
    let hrc38 = store.find_session("38").unwrap();
    let meetings = store.meetings(hrc38.id).unwrap();
    for (id, starts_at, ends_at, item, room, title) in &old {
        let m = meetings
            .iter()
            .find(|m| m.id.to_string() == *id)
            .unwrap_or_else(|| panic!("{title} is gone"));
        let start: chrono::DateTime<chrono::Utc> = starts_at.parse().unwrap();
        let end: chrono::DateTime<chrono::Utc> = ends_at.parse().unwrap();
        assert_eq!(
            (m.starts_at, m.ends_at),
            (Some(start), Some(end)),
            "{title}"
        );
        let geneva = start.with_timezone(&chrono_tz::Europe::Zurich);
        assert_eq!(m.date, Some(geneva.date_naive()), "{title}");
        assert_eq!(m.start, Some(geneva.time()), "{title}");
        let items: Vec<u8> = item.iter().map(|i| *i as u8).collect();
        assert_eq!(m.agenda_items, items, "{title}");
        assert_eq!(m.room.as_deref(), Some(room.as_str()), "{title}");
        assert_eq!(&m.title, title);
        assert_eq!(m.status.key(), "scheduled");
        assert_eq!((m.slot, m.number, m.estimated), (None, None, false));
    }
    // The statements and notes that named a meeting still do.
    let linked = count(
        &path,
        "SELECT count(*) FROM statements s JOIN meetings m ON m.id = s.meeting_id",
    );
    assert!(linked > 0);
    assert_eq!(
        count(&path, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
}

/// A meeting's date is the Geneva day it starts on, late in a summer evening or just after
/// midnight: the schema-7 step's SQL estimates it as the UTC date an hour on, which is the day
/// before for a meeting from midnight to 01:00 in summer (22:00–23:00 UTC); its hook sets it.
#[test]
fn late_summer_meetings_get_their_geneva_date() {
    let (_dir, path) = copy_of("schema-v3.db");
    // (UTC start, UTC end, Geneva date, Geneva start)
    let cases = [
        (
            "2018-06-20T21:30:00.000Z",
            "2018-06-20T21:55:00.000Z",
            (2018, 6, 20),
            (23, 30),
        ),
        (
            "2018-06-20T22:30:00.000Z",
            "2018-06-20T22:55:00.000Z",
            (2018, 6, 21),
            (0, 30),
        ),
    ];
    let ids: Vec<String> = {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let ids: Vec<String> = conn
            .prepare("SELECT id FROM meetings ORDER BY id LIMIT 2")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for (id, (starts_at, ends_at, ..)) in ids.iter().zip(&cases) {
            conn.execute(
                "UPDATE meetings SET starts_at = ?2, ends_at = ?3 WHERE id = ?1",
                [id, *starts_at, *ends_at],
            )
            .unwrap();
        }
        let estimate: String = conn
            .query_row("SELECT date(?1, '+1 hour')", [cases[1].0], |r| r.get(0))
            .unwrap();
        assert_eq!(
            estimate, "2018-06-20",
            "the SQL alone would say the day before"
        );
        ids
    };
    let store = Store::open(&path).unwrap();
    for (id, (_, _, (y, m, d), (h, min))) in ids.iter().zip(cases) {
        let meeting = store.meeting(id.parse().unwrap()).unwrap();
        assert_eq!(meeting.date, chrono::NaiveDate::from_ymd_opt(y, m, d));
        assert_eq!(meeting.start, chrono::NaiveTime::from_hms_opt(h, min, 0));
    }
}

/// A meeting's id, slot, start and end as stored.
type StoredTimes = (String, Option<String>, Option<String>, Option<String>);

/// Schema 8 gives each session its own slot hours: a schema-7 file keeps every row of every
/// table, each session keeps the Council's usual hours, and each meeting its times.
#[test]
fn a_schema_7_database_keeps_every_row_through_schema_8() {
    let (_dir, path) = copy_of("schema-v7.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 7);
    let before = row_counts(&path);
    let times = |path: &Path| -> Vec<StoredTimes> {
        rusqlite::Connection::open(path)
            .unwrap()
            .prepare("SELECT id, slot, starts_at, ends_at FROM meetings ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let old = times(&path);
    assert!(old.len() >= 16, "{old:?}");

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    let hrc38 = store.find_session("38").unwrap();
    assert_eq!(hrc38.slot_hours, None, "the Council's usual hours");
    assert!(hrc38.hours().is_council());
    let rules = store.speaking_rules(hrc38.id).unwrap();
    assert_eq!(rules.len(), 1, "{rules:?}");
    drop(store);
    assert_eq!(
        tables_of(&path, &before),
        before,
        "every table keeps its rows"
    );
    assert_eq!(times(&path), old, "every meeting keeps its slot and times");
    assert_eq!(
        count(&path, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
}

/// The row counts of the tables named in `before` (later schemas add tables of their own).
fn tables_of(path: &Path, before: &[(String, i64)]) -> Vec<(String, i64)> {
    row_counts(path)
        .into_iter()
        .filter(|(t, _)| before.iter().any(|(b, _)| b == t))
        .collect()
}

/// Schema 9 adds resolutions, votes and the Council's members in new tables: a schema-7 file
/// keeps every row of every table, the new tables start empty, and a text with its sponsors,
/// members and a recorded vote can be written at once.
#[test]
fn a_schema_7_database_keeps_every_row_through_schema_9() {
    use hrc_core::domain::resolution::{ResolutionInput, VoteEntry, VoteInput};
    let (_dir, path) = copy_of("schema-v7.db");
    let before = row_counts(&path);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    drop(store);
    assert_eq!(
        tables_of(&path, &before),
        before,
        "every table keeps its rows"
    );
    for table in [
        "resolutions",
        "resolution_revisions",
        "resolution_sponsors",
        "resolution_links",
        "amendments",
        "votes",
        "state_votes",
        "council_members",
    ] {
        assert_eq!(
            count(&path, &format!("SELECT count(*) FROM {table}")),
            0,
            "{table}"
        );
    }
    store = Store::open(&path).unwrap();
    let hrc38 = store.find_session("38").unwrap();
    store
        .add_members_pasted(hrc38.id, "Chile\nPeru\nCuba")
        .unwrap();
    let text = store
        .create_resolution(&ResolutionInput {
            session_id: hrc38.id,
            title: "A text".into(),
            sponsors: vec!["Chile".into()],
            ..ResolutionInput::default()
        })
        .unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: None,
            entry: VoteEntry::Lists {
                text: "In favour: Chile, Peru\nAgainst: Cuba".into(),
                counts: None,
            },
        })
        .unwrap();
    drop(store);
    assert_eq!(
        count(&path, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
}

/// A text's id and its created, updated and deleted times as stored.
type Stamps = (String, String, String, Option<String>);

/// Schema 10 adds informal consultations and delegations in new tables and indexes texts for
/// search: a schema-9 file (texts with revisions, sponsors, links, an amendment, votes with each
/// State's vote, members, a deleted text and member) keeps every row of every table, each text
/// keeps its time stamps, and the live texts are found by title, symbol and main sponsor — the
/// deleted one by nothing.
#[test]
fn a_schema_9_database_keeps_every_row_through_schema_10() {
    use hrc_core::domain::search::{SearchKind, SearchQuery};
    let (_dir, path) = copy_of("schema-v9.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 9);
    // The search index's own tables gain the texts' rows; every other table is compared.
    let before: Vec<(String, i64)> = row_counts(&path)
        .into_iter()
        .filter(|(t, _)| !t.starts_with("search_"))
        .collect();
    for (table, rows) in [
        ("resolutions", 3),
        ("resolution_revisions", 2),
        ("resolution_sponsors", 10),
        ("resolution_links", 3),
        ("amendments", 1),
        ("votes", 3),
        ("state_votes", 45),
        ("council_members", 47),
    ] {
        let found = before.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
        assert_eq!(found, Some(rows), "{table} in the fixture");
    }
    let stamps = |path: &Path| -> Vec<Stamps> {
        rusqlite::Connection::open(path)
            .unwrap()
            .prepare("SELECT id, created_at, updated_at, deleted_at FROM resolutions ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let old = stamps(&path);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    let search = |text: &str| -> Vec<(SearchKind, String)> {
        store
            .search(&SearchQuery {
                text: text.into(),
                session: Some("38".into()),
                kinds: Vec::new(),
                limit: None,
            })
            .unwrap()
            .into_iter()
            .map(|h| (h.kind, h.title))
            .collect()
    };
    let civil = || {
        (
            SearchKind::Resolution,
            "Civil society space: Fixturewordq".to_string(),
        )
    };
    assert_eq!(search("fixturewordq"), [civil()]);
    assert_eq!(search("A/HRC/38/L.17"), [civil()], "its draft symbol");
    assert_eq!(search("A/HRC/38/L.17/Rev.1"), [civil()], "a revision");
    assert_eq!(search("A/HRC/38/L.35"), [civil()], "its amendment");
    assert_eq!(search("Sierra Leone"), [civil()], "a main sponsor");
    assert_eq!(search("paragraph reprisals"), [civil()], "my asks");
    assert_eq!(
        search("A/HRC/RES/38/1"),
        [(
            SearchKind::Resolution,
            "Human rights of migrants".to_string()
        )]
    );
    assert!(search("Tombstonewordq").is_empty(), "the deleted text");
    assert!(
        search("A/HRC/38/L.40").is_empty(),
        "the deleted text's symbol"
    );
    assert_eq!(
        store
            .resolutions(store.find_session("38").unwrap().id)
            .unwrap()
            .len(),
        2
    );
    drop(store);
    assert_eq!(
        tables_of(&path, &before),
        before,
        "every table keeps its rows"
    );
    assert_eq!(stamps(&path), old, "every text keeps its time stamps");
    for table in ["consultations", "delegations"] {
        assert_eq!(
            count(&path, &format!("SELECT count(*) FROM {table}")),
            0,
            "{table}"
        );
    }
    assert_eq!(
        count(&path, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
}

/// Schema 11 adds the tables of programme imports (imports, the records tied to their sources,
/// what each import changed, the rules for calendar events) and nothing else: a schema-10 file
/// (the schema-9 fixture taken through step 10, with two consultations, one to be announced, and
/// a delegation) keeps every row of every table, its consultations and delegation read as before,
/// and gains the four rules the person can see and change.
#[test]
fn a_schema_10_database_keeps_every_row_through_schema_11() {
    let (_dir, path) = copy_of("schema-v10.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 10);
    // The search index's own tables gain the delegation's rows (schema 12); every other table is
    // compared.
    let before: Vec<(String, i64)> = row_counts(&path)
        .into_iter()
        .filter(|(t, _)| !t.starts_with("search_"))
        .collect();
    for (table, rows) in [("consultations", 2), ("delegations", 1), ("resolutions", 3)] {
        let found = before.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
        assert_eq!(found, Some(rows), "{table} in the fixture");
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    drop(store);
    let after = row_counts(&path);
    for (table, rows) in &before {
        let now = after.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
        assert_eq!(now, Some(*rows), "{table} keeps its rows");
    }
    for (table, rows) in [
        ("programme_imports", 0),
        ("programme_sources", 0),
        ("programme_changes", 0),
        ("programme_rules", 4),
    ] {
        assert_eq!(
            count(&path, &format!("SELECT count(*) FROM {table}")),
            rows,
            "{table}"
        );
    }
    assert_eq!(
        count(&path, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
}

/// Schema 12 lets a note be about a text (a new column, empty in every earlier note) and indexes
/// delegations for search: a schema-11 file (the example HRC38 with a text, a note on a key issue
/// and one on a statement, two delegations and a deleted one, as the window deletes) keeps every
/// row of every table and each note its links and time stamps; its live delegations are found by
/// their State, contacts and notes from any session, the deleted one by nothing; a note can then
/// be linked to the text.
#[test]
fn a_schema_11_database_keeps_every_row_through_schema_12() {
    use hrc_core::domain::note::NoteInput;
    use hrc_core::domain::search::{SearchKind, SearchQuery};
    let (_dir, path) = copy_of("schema-v11.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 11);
    let before: Vec<(String, i64)> = row_counts(&path)
        .into_iter()
        .filter(|(t, _)| !t.starts_with("search_"))
        .collect();
    for (table, rows) in [("delegations", 3), ("resolutions", 1)] {
        let found = before.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
        assert_eq!(found, Some(rows), "{table} in the fixture");
    }
    let notes = |path: &Path| -> Vec<Vec<Option<String>>> {
        rusqlite::Connection::open(path)
            .unwrap()
            .prepare(
                "SELECT id, meeting_id, situation_id, key_issue_id, statement_id, body, taken_at,
                        created_at, updated_at, deleted_at FROM notes ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| (0..10).map(|i| r.get(i)).collect())
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let old = notes(&path);

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    let search = |store: &Store, text: &str| -> Vec<(SearchKind, String)> {
        store
            .search(&SearchQuery {
                text: text.into(),
                session: Some("38".into()),
                kinds: Vec::new(),
                limit: None,
            })
            .unwrap()
            .into_iter()
            .map(|h| (h.kind, h.title))
            .collect()
    };
    let norway = || vec![(SearchKind::Delegation, "Norway".to_string())];
    assert_eq!(search(&store, "Norway"), norway(), "its State");
    assert_eq!(search(&store, "Fixturecontactq"), norway(), "its contacts");
    assert_eq!(search(&store, "Fixturedelegq"), norway(), "my notes");
    assert_eq!(
        search(&store, "Kouassi"),
        [(SearchKind::Delegation, "Côte d'Ivoire".to_string())]
    );
    assert!(
        search(&store, "Tombstonewordq").is_empty(),
        "the deleted one"
    );
    assert_eq!(
        search(&store, "Fixturenoteq").len(),
        2,
        "the notes as before"
    );

    let hrc38 = store.find_session("38").unwrap();
    let text = &store.resolutions(hrc38.id).unwrap()[0];
    let mut note = store.notes(hrc38.id).unwrap().remove(0);
    assert_eq!(note.resolution_id, None);
    note = store
        .update_note(
            note.id,
            &NoteInput {
                resolution_id: Some(text.id.to_string()),
                ..NoteInput::from(&note)
            },
        )
        .unwrap();
    assert_eq!(store.notes_on_text(text.id).unwrap()[0].id, note.id);
    drop(store);
    assert_eq!(
        tables_of(&path, &before),
        before,
        "every table keeps its rows"
    );
    let mut now = notes(&path);
    let i = now
        .iter()
        .position(|n| n[0] == Some(note.id.to_string()))
        .unwrap();
    now[i] = old[i].clone();
    assert_eq!(now, old, "every other note as it was");
    assert_eq!(
        count(&path, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
}

/// Schema 13 keeps each statement's word count beside it (counted by the update for every
/// statement the file holds, deleted ones too) and an index to count notes by: every row stays,
/// the counts are what measuring says, and an edit of a text written since keeps its count.
#[test]
fn a_schema_12_database_keeps_every_row_through_schema_13_with_its_words_counted() {
    use hrc_core::domain::statement::StatementInput;
    use hrc_core::text::word_count;
    let (_dir, path) = copy_of("schema-v12.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 12);
    let before: Vec<(String, i64)> = row_counts(&path)
        .into_iter()
        .filter(|(t, _)| !t.starts_with("search_"))
        .collect();
    let statements = count(&path, "SELECT count(*) FROM statements");
    assert_eq!(statements, 5, "statements in the fixture, one deleted");

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    let texts: Vec<(String, String, i64)> = rusqlite::Connection::open(&path)
        .unwrap()
        .prepare(
            "SELECT s.id, s.text, w.word_count FROM statements s
             JOIN statement_word_counts w ON w.statement_id = s.id ORDER BY s.id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(texts.len() as i64, statements, "every statement counted");
    for (id, text, words) in &texts {
        assert_eq!(*words, i64::from(word_count(text)), "{id}");
    }
    let hrc38 = store.find_session("38").unwrap();
    let joint = store
        .statements(hrc38.id)
        .unwrap()
        .into_iter()
        .find(|s| s.title.contains("Fixturewordq"))
        .unwrap();
    assert_eq!(joint.timing.word_count, word_count(&joint.text));
    assert_eq!(joint.timing.word_count, 21);
    let edited = store
        .update_statement(
            joint.id,
            &StatementInput {
                text: Some(format!("{} Thank you.", joint.text)),
                ..StatementInput::from(&joint)
            },
        )
        .unwrap();
    assert_eq!(edited.timing.word_count, 23);
    let tally = store.overview_counting_notes(hrc38.id).unwrap().note_tally;
    assert_eq!(
        (tally.total, tally.on_statements, tally.on_texts),
        (5, 1, 1)
    );
    drop(store);
    assert_eq!(tables_of(&path, &before), before);
    assert_eq!(
        count(
            &path,
            "SELECT count(*) FROM sqlite_schema WHERE name = 'notes_by_session_links'"
        ),
        1
    );
}

/// Schema 14 adds the confidential mark on notes, statements, situations and key issues: every
/// row stays, none is confidential, and a record of the fixture can be marked and read so.
#[test]
fn a_schema_13_database_keeps_every_row_through_schema_14_none_confidential() {
    use hrc_core::domain::key_issue::KeyIssueInput;
    let (_dir, path) = copy_of("schema-v13.db");
    assert_eq!(count(&path, "PRAGMA user_version"), 13);
    let before = row_counts(&path);
    assert_eq!(count(&path, "SELECT count(*) FROM notes"), 4);

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
    let hrc38 = store.find_session("38").unwrap();
    let o = store.overview(hrc38.id).unwrap();
    assert!(o.notes.iter().any(|n| n.body.contains("Fixturenoteq")));
    assert!(o
        .statements
        .iter()
        .any(|s| s.title.contains("Fixturewordq")));
    assert!(o
        .situations
        .iter()
        .any(|s| s.summary.contains("Fixturesitq")));
    let issue = o
        .key_issues
        .iter()
        .find(|k| k.title.contains("Fixtureissueq"))
        .unwrap()
        .clone();
    assert!(o.notes.iter().all(|n| !n.confidential));
    assert!(o.statements.iter().all(|s| !s.confidential));
    assert!(o.situations.iter().all(|s| !s.confidential));
    assert!(o.key_issues.iter().all(|k| !k.confidential));
    let marked = store
        .update_key_issue(
            issue.id,
            &KeyIssueInput {
                confidential: true,
                ..KeyIssueInput::from(&issue)
            },
        )
        .unwrap();
    assert!(marked.confidential);
    assert_eq!(marked.overview, issue.overview);
    drop(store);
    assert_eq!(tables_of(&path, &before), before);
    for table in ["notes", "statements", "situations", "key_issues"] {
        assert_eq!(
            count(
                &path,
                &format!(
                    "SELECT count(*) FROM pragma_table_info('{table}') WHERE name = 'confidential'"
                )
            ),
            1,
            "{table}"
        );
    }
    assert_eq!(
        count(
            &path,
            "SELECT count(*) FROM key_issues WHERE confidential = 1"
        ),
        1
    );
}
