//! Deletion with Undo end to end, on the HRC38 example: the item 4 general debate is deleted from
//! the programme (its statement then names no meeting), brought back with Undo (the statement names
//! it again), deleted again, and once Undo is dismissed its title is gone from the file.
use std::time::{Duration, Instant};

use hrc_core::{Store, Uuid};
use hrc_e2e::Harness;

/// Waits until `ok` holds of the database (the window writes through the shell).
fn eventually(db: &std::path::Path, what: &str, ok: impl Fn(&Store) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !ok(&Store::open(db).unwrap()) {
        assert!(Instant::now() < deadline, "waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The meeting the statement `id` is in, as the core reads it.
fn meeting_of(store: &Store, id: Uuid) -> Option<Uuid> {
    store.statement(id).unwrap().meeting_id
}

#[tokio::test(flavor = "multi_thread")]
async fn a_meeting_deleted_comes_back_with_undo_and_its_statement_with_it() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let (meeting, statement) = {
        let mut store = Store::open(&db).unwrap();
        let session = hrc_core::demo::load(&mut store)
            .expect("the HRC38 example")
            .session;
        let s = (store.statements(session.id).unwrap().into_iter())
            .find(|s| s.meeting_id.is_some())
            .expect("a statement in a meeting");
        (s.meeting_id.unwrap(), s.id)
    };
    let app = harness.open_app().await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.open_section("Programme").await;

    let delete = format!(r#"#meeting-{meeting} button[aria-label^="Delete "]"#);
    app.css(&delete).await.click().await.expect("click Delete");
    let said = app.wait_for_text(".undo", "deleted.").await;
    assert!(said.contains("General debate on item 4"), "{said}");
    eventually(&db, "the statement in no meeting", |s| {
        meeting_of(s, statement).is_none()
    });
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        tokio::time::sleep(Duration::from_millis(600)).await;
        app.screenshot(&std::path::Path::new(&dir).join("meeting-undo.png"))
            .await;
    }

    app.click_button("Undo").await;
    app.css(&format!("#meeting-{meeting}")).await;
    eventually(&db, "the statement in its meeting again", |s| {
        meeting_of(s, statement) == Some(meeting)
    });

    // Deleted again and Undo dismissed: its title is forgotten.
    app.css(&delete).await.click().await.expect("click Delete");
    app.css(r#"button[aria-label="Dismiss"]"#)
        .await
        .click()
        .await
        .expect("dismiss Undo");
    eventually(&db, "the title forgotten", |s| {
        rusqlite::Connection::open(s.path().unwrap())
            .unwrap()
            .query_row(
                "SELECT title FROM meetings WHERE id = ?1",
                [meeting.to_string()],
                |r| r.get::<_, String>(0),
            )
            .unwrap()
            .is_empty()
    });
    assert_eq!(app.count(&format!("#meeting-{meeting}")).await, 0);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_deleted_after_its_confirmation_comes_back_with_undo() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let session = {
        let mut store = Store::open(&db).unwrap();
        hrc_core::demo::load(&mut store)
            .expect("the HRC38 example")
            .session
            .id
    };
    let app = harness.open_app().await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.open_section("Overview").await;
    app.click_button("Delete").await;
    app.wait_for_text(".confirm", "Delete HRC38 and everything in it?")
        .await;
    app.click_button("Delete").await;
    app.wait_for_text(".undo", "HRC38 deleted, with everything in it.")
        .await;
    eventually(&db, "the session deleted", |s| {
        s.list_sessions().unwrap().is_empty()
    });
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        tokio::time::sleep(Duration::from_millis(600)).await;
        app.screenshot(&std::path::Path::new(&dir).join("session-undo.png"))
            .await;
    }
    app.click_button("Undo").await;
    eventually(&db, "the session back with its statements", |s| {
        s.list_sessions().unwrap().len() == 1 && !s.statements(session).unwrap().is_empty()
    });
    app.wait_for_text("h1", "HRC38").await;
    app.close().await;
}
