//! Documents, mandates and delegations end to end, on the HRC38 example: the Documents and Mandates screens
//! open from the sidebar with no serious axe violation and show what the example links (the
//! executions report taken up by its dialogue, the Special Rapporteur presenting there); a
//! document and a mandate are added through their forms (a symbol and a resolution that are no
//! UN symbols refused first, under the field), found with the find box, edited, deleted, brought
//! back with Undo, deleted again and, once Undo is dismissed, forgotten in the file. A delegation is
//! also found by search from another screen and opened on the Delegations screen.
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use hrc_core::{Store, Uuid};
use hrc_e2e::{App, Harness};

/// Fails on a serious or critical axe violation of the window as it is now.
async fn audit(app: &App, what: &str) {
    let serious: Vec<String> = (app.axe().await.into_iter())
        .filter(|v| v.is_serious())
        .map(|v| v.to_string())
        .collect();
    assert!(serious.is_empty(), "{what}:\n{}", serious.join("\n"));
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

/// Clicks the button whose `aria-label` is `label`.
async fn click_labelled(app: &App, label: &str) {
    let button = app.css(&format!(r#"button[aria-label="{label}"]"#)).await;
    app.scroll_to(&button).await;
    button
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking {label:?}: {e}"));
}

/// The one column `column` of the row `id` of `table`, read from the file as it is.
fn stored(db: &std::path::Path, table: &str, column: &str, id: Uuid) -> String {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(
            &format!("SELECT {column} FROM {table} WHERE id = ?1"),
            [id.to_string()],
            |r| r.get(0),
        )
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_document_is_added_found_edited_deleted_and_restored_through_the_window() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let report = {
        let mut store = Store::open(&db).unwrap();
        hrc_core::demo::load(&mut store).expect("the HRC38 example");
        assert!(store
            .document_by_symbol("A/HRC/38/NGO/199")
            .unwrap()
            .is_none());
        store
            .document_by_symbol("A/HRC/38/44")
            .unwrap()
            .expect("the executions report is in the example")
            .id
    };
    let app = harness.open_app().await;
    app.open_section("Documents").await;

    // The example's report is listed with its UN link and the dialogue that takes it up.
    let card = format!("#document-{report}");
    let href = app
        .css(&format!("{card} h2 a"))
        .await
        .attr("href")
        .await
        .unwrap();
    assert_eq!(href.as_deref(), Some("https://undocs.org/A/HRC/38/44"));
    app.wait_for_text(&card, "Special Rapporteur on extrajudicial")
        .await;
    audit(&app, "Documents").await;
    photograph(&app, "documents.png").await;

    // A symbol that is no UN symbol is refused under the field; then it is added as the UN writes it.
    app.click_button("Add document").await;
    app.type_into("document-symbol-new", "HRC38 NGO 199").await;
    app.type_into(
        "document-title-new",
        "Written statement on civic space (illustrative)",
    )
    .await;
    app.click_button("Add document").await;
    app.wait_for_text("#document-symbol-new-error", "is not a UN document symbol")
        .await;
    audit(&app, "the document form refusing a symbol").await;
    photograph(&app, "document-refused.png").await;
    assert!(Store::open(&db)
        .unwrap()
        .document_by_symbol("A/HRC/38/NGO/199")
        .unwrap()
        .is_none());
    app.type_into("document-symbol-new", "a/hrc/38/ngo/199")
        .await;
    app.click_button("Add document").await;
    app.wait_for_text(".notice", "A/HRC/38/NGO/199 was added.")
        .await;
    let added = Store::open(&db)
        .unwrap()
        .document_by_symbol("A/HRC/38/NGO/199")
        .unwrap()
        .expect("added");
    assert_eq!(
        added.title,
        "Written statement on civic space (illustrative)"
    );

    // Found by part of its symbol.
    app.type_into("documents-find", "ngo/199").await;
    app.wait_for_text("#documents-find-found", "1 document found")
        .await;
    assert_eq!(app.wait_for_count("article.document", 1).await, 1);

    // Edited in place.
    app.css(&format!("#document-{}-edit", added.id))
        .await
        .click()
        .await
        .expect("click Edit");
    app.type_into(
        &format!("document-title-{}", added.id),
        "Written statement on the space for civil society (illustrative)",
    )
    .await;
    app.click_button("Save changes").await;
    app.wait_for_text(".notice", "A/HRC/38/NGO/199 was saved.")
        .await;
    eventually(&db, "the title saved", |s| {
        s.document(added.id).unwrap().document.title
            == "Written statement on the space for civil society (illustrative)"
    });

    // Deleted, then brought back with Undo.
    click_labelled(&app, "Delete A/HRC/38/NGO/199").await;
    app.css(r#"button[aria-label="Dismiss"]"#).await;
    eventually(&db, "the document deleted", |s| {
        s.document(added.id).is_err()
    });
    app.click_button("Undo").await;
    app.css(&format!("#document-{}", added.id)).await;
    eventually(&db, "the document back", |s| s.document(added.id).is_ok());

    // Deleted again and Undo dismissed: gone, its symbol forgotten in the file.
    click_labelled(&app, "Delete A/HRC/38/NGO/199").await;
    click_labelled(&app, "Dismiss").await;
    eventually(&db, "the symbol forgotten", |s| {
        s.document(added.id).is_err()
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    while !stored(&db, "documents", "symbol", added.id).is_empty() {
        assert!(Instant::now() < deadline, "the symbol stays in the file");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(app.count(&format!("#document-{}", added.id)).await, 0);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mandate_is_added_found_edited_deleted_and_restored_through_the_window() {
    const OLDER: &str = "Independent Expert on the enjoyment of all human rights by older persons";
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let executions = {
        let mut store = Store::open(&db).unwrap();
        hrc_core::demo::load(&mut store).expect("the HRC38 example");
        assert!(store.mandates(Some("older persons")).unwrap().is_empty());
        store.mandates(Some("arbitrary executions")).unwrap()[0].id
    };
    let app = harness.open_app().await;
    app.open_section("Mandates").await;

    // The example's Special Rapporteur is listed with the dialogue where the mandate presents.
    app.wait_for_text(
        &format!("#mandate-{executions}"),
        "ID with the Special Rapporteur on extrajudicial",
    )
    .await;
    audit(&app, "Mandates").await;
    photograph(&app, "mandates.png").await;

    // A resolution that is no UN symbol is refused under its field; then the mandate is added.
    app.click_button("Add mandate").await;
    app.type_into("mandate-name-new", OLDER).await;
    app.type_into("mandate-holders-new", "Rosa Kornfeld-Matte")
        .await;
    app.type_into("mandate-resolution-new", "resolution 33/5")
        .await;
    app.type_into("mandate-renewal-new", "42").await;
    app.click_button("Add mandate").await;
    app.wait_for_text(
        "#mandate-resolution-new-error",
        "is not a UN document symbol",
    )
    .await;
    audit(&app, "the mandate form refusing a resolution").await;
    photograph(&app, "mandate-refused.png").await;
    assert!(Store::open(&db)
        .unwrap()
        .mandates(Some("older persons"))
        .unwrap()
        .is_empty());
    app.type_into("mandate-resolution-new", "A/HRC/RES/33/5")
        .await;
    app.click_button("Add mandate").await;
    app.wait_for_text(".notice", "was added.").await;
    let added = Store::open(&db)
        .unwrap()
        .mandates(Some("older persons"))
        .unwrap();
    assert_eq!(added.len(), 1);
    let added = &added[0];
    assert_eq!(added.name, OLDER);
    assert_eq!(added.holders, ["Rosa Kornfeld-Matte"]);
    assert_eq!(added.resolution, "A/HRC/RES/33/5");
    assert_eq!(added.renewal_session, Some(42));

    // Found by its holder's name.
    app.type_into("mandates-find", "kornfeld").await;
    app.wait_for_text("#mandates-find-found", "1 mandate found")
        .await;
    assert_eq!(app.wait_for_count("article.mandate", 1).await, 1);

    // Edited in place: the session where its renewal falls.
    app.css(&format!("#mandate-{}-edit", added.id))
        .await
        .click()
        .await
        .expect("click Edit");
    app.type_into(&format!("mandate-renewal-{}", added.id), "45")
        .await;
    app.click_button("Save changes").await;
    app.wait_for_text(".notice", "was saved.").await;
    eventually(&db, "the renewal saved", |s| {
        s.mandate(added.id).unwrap().mandate.renewal_session == Some(45)
    });

    // Deleted, brought back with Undo, deleted again and forgotten once Undo is dismissed.
    let delete = format!("Delete {OLDER}");
    click_labelled(&app, &delete).await;
    app.css(r#"button[aria-label="Dismiss"]"#).await;
    eventually(&db, "the mandate deleted", |s| s.mandate(added.id).is_err());
    app.click_button("Undo").await;
    app.css(&format!("#mandate-{}", added.id)).await;
    eventually(&db, "the mandate back", |s| s.mandate(added.id).is_ok());
    click_labelled(&app, &delete).await;
    click_labelled(&app, "Dismiss").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !stored(&db, "mandates", "name", added.id).is_empty() {
        assert!(Instant::now() < deadline, "the name stays in the file");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(Store::open(&db).unwrap().mandate(added.id).is_err());
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delegation_is_added_found_edited_deleted_and_forgotten_through_the_window() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    hrc_core::demo::load(&mut Store::open(&db).unwrap()).expect("the HRC38 example");
    let app = harness.open_app().await;
    app.open_section("Delegations").await;
    app.wait_for_text("main", "No delegations yet").await;
    audit(&app, "Delegations, empty").await;

    // A State the core does not know is refused under the State; then the delegation is added.
    app.click_button("Add delegation").await;
    app.type_into("delegation-country-new", "Atlantis").await;
    app.type_into("delegation-contacts-new", "Human rights counsellor")
        .await;
    app.click_button("Add delegation").await;
    app.wait_for_text("#delegation-country-new-error", "Atlantis")
        .await;
    audit(&app, "the delegation form refusing a State").await;
    assert!(Store::open(&db).unwrap().delegations().unwrap().is_empty());
    app.type_into("delegation-country-new", "Chile").await;
    app.type_into(
        "delegation-notes-new",
        "**2 July**: open to co-sponsoring the text on civil society space.",
    )
    .await;
    app.click_button("Add delegation").await;
    app.wait_for_text(".notice", "The delegation of Chile was added.")
        .await;
    let chile = Store::open(&db).unwrap().delegations().unwrap();
    assert_eq!(chile.len(), 1);
    let chile = &chile[0];
    assert_eq!(chile.country_code, "CHL");
    assert_eq!(chile.contacts, "Human rights counsellor");
    audit(&app, "Delegations with one").await;
    photograph(&app, "delegations.png").await;

    // Found by what my notes say; edited in place.
    app.type_into("delegations-find", "civil society").await;
    app.wait_for_text("#delegations-find-found", "1 delegation found")
        .await;
    app.css(&format!("#delegation-{}-edit", chile.id))
        .await
        .click()
        .await
        .expect("click Edit");
    app.type_into(
        &format!("delegation-contacts-{}", chile.id),
        "Second Secretary",
    )
    .await;
    app.click_button("Save changes").await;
    app.wait_for_text(".notice", "was saved.").await;
    eventually(&db, "the contacts saved", |s| {
        s.delegation(chile.id).unwrap().contacts == "Second Secretary"
    });

    // Found by search from another screen (schema 12): the palette says it belongs to every
    // session, and Enter opens the Delegations screen on it, its Edit button focused.
    app.open_section("Documents").await;
    app.press_ctrl('k').await;
    app.css("div.palette input[type='search']").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.type_keys("second secretary").await;
    app.wait_for_text("div.palette", "All sessions").await;
    audit(&app, "the search palette finding a delegation").await;
    app.press(Key::Enter.into()).await;
    let edit = format!("delegation-{}-edit", chile.id);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let focused = app
            .client
            .execute(
                "return document.activeElement && document.activeElement.id",
                vec![],
            )
            .await
            .expect("the focused element");
        if focused.as_str() == Some(edit.as_str()) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the search hit did not open the delegation: {focused}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Deleted, brought back with Undo, deleted again and forgotten once Undo is dismissed.
    let delete = "Delete the delegation of Chile";
    click_labelled(&app, delete).await;
    eventually(&db, "the delegation deleted", |s| {
        s.delegation(chile.id).is_err()
    });
    app.click_button("Undo").await;
    app.css(&format!("#delegation-{}", chile.id)).await;
    eventually(&db, "the delegation back", |s| {
        s.delegation(chile.id).is_ok()
    });
    click_labelled(&app, delete).await;
    click_labelled(&app, "Dismiss").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !stored(&db, "delegations", "notes", chile.id).is_empty() {
        assert!(Instant::now() < deadline, "the notes stay in the file");
        std::thread::sleep(Duration::from_millis(100));
    }
    app.close().await;
}
