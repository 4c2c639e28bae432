//! Hostile text typed into a note and a statement (a script tag, an image with an onerror handler,
//! a javascript: link) is stored as typed but, shown in the notes list, the statement preview and
//! the search palette, runs nothing: no script or image reaches the page and the link has no href.
use fantoccini::key::Key;
use fantoccini::Locator;
use hrc_core::Store;
use hrc_e2e::{App, Harness};

const HOSTILE: [&str; 3] = [
    "<script>window.__pwned=1</script>",
    r#"<img src=x onerror="window.__pwned=1">"#,
    "[x](javascript:window.__pwned=1)",
];

/// The hostile lines as stored: one paragraph each (typed with two Enters between them).
fn stored_text() -> String {
    HOSTILE.join("\n\n")
}

/// The hostile lines as typed into a text box.
fn typed_text() -> String {
    let enter = char::from(Key::Enter).to_string();
    HOSTILE.join(&enter.repeat(2))
}

/// Nothing the hostile text carried has run in the page.
async fn nothing_ran(app: &App, after: &str) {
    let clean = app
        .client
        .execute("return window.__pwned === undefined", vec![])
        .await
        .unwrap();
    assert_eq!(clean, serde_json::Value::Bool(true), "a script ran {after}");
}

/// The Markdown rendered in `prose` holds no script, image or event handler, and its one link
/// (the javascript: one) reads "x" but has no href.
async fn rendered_safely(app: &App, prose: &str) {
    app.css(prose).await;
    for tag in ["script", "img", "[onerror]", "[href^='javascript']"] {
        assert_eq!(
            app.count(&format!("{prose} {tag}")).await,
            0,
            "{tag} in {prose}: {}",
            app.css(prose).await.html(true).await.unwrap()
        );
    }
    let links = app
        .client
        .find_all(Locator::Css(&format!("{prose} a")))
        .await
        .unwrap();
    assert_eq!(links.len(), 1, "{prose}");
    assert_eq!(links[0].text().await.unwrap(), "x");
    assert_eq!(links[0].attr("href").await.unwrap(), None);
    // Clicking it goes nowhere and runs nothing.
    app.scroll_to(&links[0]).await;
    links[0].click().await.unwrap();
    nothing_ran(app, &format!("on clicking the link in {prose}")).await;
    let everywhere = app
        .client
        .execute(
            "return document.querySelectorAll('script:not([src]), img, [onerror]').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(everywhere, serde_json::json!(0), "in the whole page");
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_markdown_in_a_note_and_a_statement_runs_nothing() {
    let harness = Harness::start();
    let app = harness.open_app().await;

    app.click_button("New session").await;
    app.type_into("session-number", "38").await;
    app.type_date("session-start", "2018-06-18").await;
    app.type_date("session-end", "2018-07-06").await;
    app.click_button("Create session").await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.css(r#".content[data-screen="overview"]"#).await;
    // The scripts below run in the page's own world, where the app's scripts run.
    let world = app
        .client
        .execute("return typeof window.__TAURI_INTERNALS__", vec![])
        .await
        .unwrap();
    assert_eq!(world, serde_json::json!("object"));
    nothing_ran(&app, "before anything was typed").await;

    // A note: saved as typed, then listed.
    app.open_section("Notes").await;
    app.type_into("note-capture", &typed_text()).await;
    app.wait_for_text_where("#note-capture-status", "Saved HH:MM", |t| {
        t.starts_with("Saved ") && !t.contains("as you type")
    })
    .await;
    app.click_button("Done, next note").await;
    app.wait_for_text("article.note .body", "x").await;
    nothing_ran(&app, "in the notes list").await;
    rendered_safely(&app, "article.note .body .prose").await;
    assert_eq!(
        app.count("article.note.editing").await,
        0,
        "clicking the link does not open the note for editing"
    );

    // A statement: created, then its text previewed.
    app.open_section("Statements").await;
    app.click_button("New statement").await;
    app.type_into("statement-title", "Hostile statement").await;
    app.type_into("statement-text", &typed_text()).await;
    app.click_button("Create statement").await;
    app.wait_for_text("form.statement-form .state", "Saved.")
        .await;
    nothing_ran(&app, "in the statement editor").await;
    app.click_button("Preview").await;
    app.wait_for_text("form.statement-form .preview", "x").await;
    nothing_ran(&app, "in the statement preview").await;
    rendered_safely(&app, "form.statement-form .preview .prose").await;

    // Search: both found, their snippets shown as text.
    app.press_ctrl('k').await;
    let search = app.css("div.palette input[type='search']").await;
    search.send_keys("pwned").await.unwrap();
    app.wait_for_text("div.palette footer", "2 results").await;
    // All of the text (WebKit's visible text of the list leaves out lines clamped with -webkit-box).
    let results = app
        .css("#palette-results")
        .await
        .prop("textContent")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(results.contains("Hostile statement"), "{results}");
    assert!(
        results.contains(r#"<img src=x onerror="window.__pwned=1">"#),
        "the snippet shows the text as typed: {results}"
    );
    assert_eq!(
        app.count("#palette-results script, #palette-results img, #palette-results a")
            .await,
        0
    );
    nothing_ran(&app, "in the search palette").await;
    search
        .send_keys(&char::from(Key::Escape).to_string())
        .await
        .unwrap();
    app.close().await;

    // Stored exactly as typed: the text is made safe where it is shown, not changed.
    let store = Store::open(harness.database()).unwrap();
    let session = store.find_session("38").unwrap();
    let notes = store.notes(session.id).unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].body, stored_text());
    let statements = store.statements(session.id).unwrap();
    assert_eq!(statements.len(), 1);
    assert_eq!(statements[0].text, stored_text());
}
