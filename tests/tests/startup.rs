//! A database the app cannot open does not stop it: the window shows the core's message and what
//! to do, and the file is left as it was.
use hrc_core::Store;
use hrc_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_is_not_a_database_is_explained_and_left_untouched() {
    let harness = Harness::start();
    let garbage = "These are my notes, not a database.\n".repeat(200);
    std::fs::write(harness.database(), &garbage).unwrap();
    let core_message = match Store::open(harness.database()) {
        Ok(_) => panic!("the core opened a text file as a database"),
        Err(e) => e.to_payload().message,
    };

    let app = harness.open_app().await;
    let page = app.text("main.problem").await;
    assert!(page.contains(&core_message), "{page}");
    assert!(page.contains("What you can do"), "{page}");
    assert_eq!(app.count("nav.sidebar").await, 0);
    app.close().await;

    assert_eq!(
        std::fs::read_to_string(harness.database()).unwrap(),
        garbage
    );
}

/// A database from an earlier version whose update takes a while (here: another program holds
/// the file, as `hrc` may, so the update waits): the window shows at once and says what is going
/// on, then opens on the sessions when the update is done, with everything in it.
#[tokio::test(flavor = "multi_thread")]
async fn a_database_being_updated_shows_the_window_at_once_then_the_sessions() {
    let harness = Harness::start();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/schema-v2.db"
    );
    std::fs::copy(fixture, harness.database()).unwrap();
    // As an earlier version of the app left it (write-ahead log), held by another writer.
    let other = rusqlite::Connection::open(harness.database()).unwrap();
    let mode: String = other
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    other.execute_batch("BEGIN IMMEDIATE").unwrap();

    let app = harness.open_app().await;
    // Every update from schema 2 to this version's, one step each.
    let steps = hrc_core::store::SCHEMA_VERSION - 2;
    let update = app
        .wait_for_text("main.update", &format!("Step 1 of {steps}…"))
        .await;
    assert!(
        update.contains(
            "Updating your database to this version of HRC Planner — this happens once and can \
             take a minute for a large database. Your data is kept."
        ),
        "{update}"
    );
    assert_eq!(app.count("nav.sidebar").await, 0);
    if let Some(dir) = std::env::var_os("STARTUP_SHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("database-update.png"))
            .await;
    }

    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    app.css("nav.sidebar").await;
    let sessions = app
        .wait_for_text(r#"article[data-session-label="38"]"#, "HRC38")
        .await;
    assert_eq!(app.count("main.update").await, 0, "{sessions}");
    app.close().await;

    let store = Store::open(harness.database()).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        hrc_core::store::SCHEMA_VERSION
    );
    let hrc38 = store.find_session("38").unwrap();
    assert!(!store.statements(hrc38.id).unwrap().is_empty());
}
