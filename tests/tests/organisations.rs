//! Organisations end to end, on the HRC38 example: one that signs a statement is not deleted and its
//! card says why; one added through the form (its acronym refused first, under the field, as another
//! organisation's) is deleted, brought back with Undo, deleted again, and once Undo is dismissed its
//! name is gone from the file. A duplicate pasted under another name is found with the find box and
//! merged into the organisation kept, which then signs its statement.
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use hrc_core::{Store, Uuid};
use hrc_e2e::{App, Harness};

/// The id of the organisation called `name`, as the store lists it.
fn id_of(store: &Store, name: &str) -> Option<Uuid> {
    store
        .organisation_summaries()
        .unwrap()
        .into_iter()
        .find(|s| s.organisation.name == name)
        .map(|s| s.organisation.id)
}

/// Clicks the Delete button on an organisation's card.
async fn delete(app: &App, id: Uuid) {
    app.css(&format!(
        r#"#organisation-{id} button[aria-label^="Delete "]"#
    ))
    .await
    .click()
    .await
    .expect("click Delete");
}

/// `HRC_SCREENSHOTS=DIR` keeps a photograph of the window there, as `name`.
async fn photograph(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        tokio::time::sleep(Duration::from_millis(600)).await;
        app.screenshot(&std::path::Path::new(&dir).join(name)).await;
    }
}

/// Waits until `ok` holds of the database (the window writes through the shell).
fn eventually(db: &std::path::Path, what: &str, ok: impl Fn(&Store) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !ok(&Store::open(db).unwrap()) {
        assert!(Instant::now() < deadline, "waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn organisations_are_added_refused_deleted_with_undo_and_kept_while_they_sign() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let ishr = {
        let mut store = Store::open(&db).unwrap();
        hrc_core::demo::load(&mut store).expect("the HRC38 example");
        id_of(&store, "International Service for Human Rights").expect("ISHR signs in HRC38")
    };
    let app = harness.open_app().await;
    app.open_section("Organisations").await;

    // ISHR signs a statement of the example: not deleted, and its card says why.
    delete(&app, ishr).await;
    let why = app
        .wait_for_text(
            &format!("#organisation-{ishr} .refused"),
            "take it off them first",
        )
        .await;
    assert!(why.starts_with("It signs "), "{why}");
    photograph(&app, "organisation-in-use.png").await;
    assert!(id_of(
        &Store::open(&db).unwrap(),
        "International Service for Human Rights"
    )
    .is_some());

    // A new one whose acronym is ISHR's: refused under the acronym, then added with its own.
    app.click_button("Add organisation").await;
    app.type_into("organisation-name-new", "Front Line Defenders")
        .await;
    app.type_into("organisation-acronym-new", "ishr").await;
    app.click_button("Add organisation").await;
    app.wait_for_text(
        "#organisation-acronym-new-error",
        "already names International Service for Human Rights",
    )
    .await;
    assert!(id_of(&Store::open(&db).unwrap(), "Front Line Defenders").is_none());
    app.type_into("organisation-acronym-new", "FLD").await;
    app.click_button("Add organisation").await;
    app.wait_for_text(".notice", "“Front Line Defenders” was added.")
        .await;
    let fld = id_of(&Store::open(&db).unwrap(), "Front Line Defenders").expect("added");
    assert_eq!(
        Store::open(&db)
            .unwrap()
            .organisation(fld)
            .unwrap()
            .organisation
            .acronym,
        "FLD"
    );

    // Deleted, then brought back with Undo.
    delete(&app, fld).await;
    app.css(r#"button[aria-label="Dismiss"]"#).await;
    photograph(&app, "organisation-undo.png").await;
    app.click_button("Undo").await;
    app.css(&format!("#organisation-{fld}")).await;
    eventually(&db, "the organisation back", |s| {
        s.organisation(fld).is_ok()
    });

    // Deleted again and Undo dismissed: gone, and its name forgotten.
    delete(&app, fld).await;
    app.css(r#"button[aria-label="Dismiss"]"#)
        .await
        .click()
        .await
        .expect("dismiss Undo");
    eventually(&db, "the name forgotten", |s| {
        s.organisation(fld).is_err()
            && s.organisations().unwrap().iter().all(|o| o.id != fld)
            && rusqlite::Connection::open(s.path().unwrap())
                .unwrap()
                .query_row(
                    "SELECT name FROM organisations WHERE id = ?1",
                    [fld.to_string()],
                    |r| r.get::<_, String>(0),
                )
                .unwrap()
                .is_empty()
    });
    assert_eq!(app.count(&format!("#organisation-{fld}")).await, 0);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_duplicate_is_found_and_merged_into_the_organisation_kept() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let (ishr, dup, statement) = {
        let mut store = Store::open(&db).unwrap();
        let session = hrc_core::demo::load(&mut store)
            .expect("the HRC38 example")
            .session;
        let statement = store.statements(session.id).unwrap()[0].id;
        store
            .add_signatories(statement, "ISHR Geneva office")
            .unwrap();
        (
            id_of(&store, "International Service for Human Rights").expect("ISHR signs in HRC38"),
            id_of(&store, "ISHR Geneva office").expect("pasted"),
            statement,
        )
    };
    let app = harness.open_app().await;
    app.open_section("Organisations").await;

    // The find box narrows the list to the duplicate as it is typed.
    app.type_into("organisations-find", "GENEVA OFF").await;
    app.wait_for_text("#organisations-found", "1 organisation found")
        .await;
    assert_eq!(app.count("article.organisation").await, 1);
    app.css(&format!("#organisation-{dup}")).await;
    photograph(&app, "organisations-find.png").await;

    // Merged into ISHR, chosen in the combobox, after the form says what moves.
    app.css(&format!("#organisation-{dup}-merge"))
        .await
        .click()
        .await
        .expect("click Merge…");
    app.type_into(
        &format!("organisation-merge-into-{dup}"),
        "service for human",
    )
    .await;
    // Enter once the option the keyboard is on names ISHR (the suggestions come from the core
    // as the words are typed; an earlier list may still be showing).
    app.wait_for_text(
        &format!("#organisation-merge-into-{dup}-list [aria-selected='true']"),
        "International Service for Human Rights",
    )
    .await;
    app.css(&format!("#organisation-merge-into-{dup}"))
        .await
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    let said = app
        .wait_for_text(
            &format!("#organisation-merge-said-{dup}"),
            "moves to International Service for Human Rights (ISHR)",
        )
        .await;
    assert!(said.contains("A merge cannot be undone."), "{said}");
    photograph(&app, "organisation-merge.png").await;
    app.click_button("Merge").await;
    app.wait_for_text(
        ".notice",
        "was merged into “International Service for Human Rights”",
    )
    .await;
    // The whole list is back, ISHR marked.
    app.css(&format!("#organisation-{ishr}.highlighted")).await;
    photograph(&app, "organisation-merged.png").await;
    eventually(&db, "the duplicate merged", |s| {
        s.organisation(dup).is_err()
            && s.statement(statement)
                .unwrap()
                .signatories
                .iter()
                .any(|o| o.id == ishr)
    });
    assert_eq!(app.count(&format!("#organisation-{dup}")).await, 0);
    app.close().await;
}
