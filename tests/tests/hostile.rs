//! Hostile text typed into a note and a statement (script tags, event handlers, javascript: links,
//! a tracking pixel, remote style sheets and fonts, a call to the app's commands) is stored as typed
//! but, shown in the notes list, the statement preview and the search palette, does nothing: no
//! script runs, no alert opens, the window stays on its page, no command is called that the
//! screens did not call themselves, and the app requests nothing from anywhere but itself.
use fantoccini::key::Key;
use fantoccini::Locator;
use hrc_core::Store;
use hrc_e2e::{App, Harness};

const HOSTILE: [&str; 8] = [
    "<script>window.__pwned=1; alert(1)</script>",
    r#"<img src=x onerror="window.__pwned=1">"#,
    "[x](javascript:window.__pwned=1)",
    r#"<iframe src="javascript:alert(1)"></iframe><svg onload="alert(1)"></svg>"#,
    r#"<img src=x onerror="window.__TAURI_INTERNALS__.invoke('delete_session', {id: 'x'})">"#,
    "![pixel](https://tracker.example/pixel.png)",
    r#"<link rel="stylesheet" href="https://tracker.example/x.css">"#,
    "<style>@font-face{font-family:t;src:url(https://tracker.example/t.woff)} p{font-family:t}</style>",
];

/// Commands no screen of this flow calls; a call to one means hostile text got hold of the IPC.
const NEVER_HERE: &[&str] = &[
    "delete_session",
    "delete_note",
    "delete_statement",
    "import_bundle",
    "export_session",
    "save_settings",
    "start_new_database",
];

/// Installed once the app has started: records alerts, command calls and blocked requests, and
/// marks the document, so that a reload or navigation (which would drop the mark) is seen.
const WATCH: &str = r#"
    const watch = { mark: 'hostile-test', alerts: [], invoked: [], blocked: [] };
    window.__watch = watch;
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
        window[name] = (...args) => { watch.alerts.push(name + ' ' + args.join(' ')); };
    }
    // Tauri's invoke cannot be replaced (its properties are read-only), but it sends each call
    // as a request to ipc://localhost/<command> through the page's fetch, or failing that
    // through window.ipc.postMessage: both are watched.
    const command = (url) => {
        const m = /^(?:ipc:\/\/localhost|http:\/\/ipc\.localhost)\/([^?#]+)/.exec(url);
        return m ? decodeURIComponent(m[1]) : null;
    };
    const fetch = window.fetch;
    window.fetch = function (input, init) {
        const url = typeof input === 'string' ? input : String((input && input.url) || input);
        watch.invoked.push(command(url) || 'fetch ' + url);
        return fetch.apply(this, arguments);
    };
    if (window.ipc && typeof window.ipc.postMessage === 'function') {
        const post = window.ipc.postMessage.bind(window.ipc);
        try {
            window.ipc.postMessage = (data) => {
                try { watch.invoked.push(JSON.parse(data).cmd); } catch { watch.invoked.push('postMessage'); }
                return post(data);
            };
        } catch { /* read-only: the custom protocol is what Tauri uses on Linux */ }
    }
    document.addEventListener('securitypolicyviolation', (e) => {
        watch.blocked.push(e.violatedDirective + ' ' + e.blockedURI);
    });
    return window.fetch !== fetch;
"#;

/// What the app loaded and asked for, read from the page: every resource and navigation timed
/// by the browser, every element with a source or a style sheet link, the style sheets' fonts
/// and imports, and the requests the content security policy blocked.
const REQUESTS: &str = r#"
    const urls = [];
    for (const e of performance.getEntriesByType('navigation')) urls.push('navigation ' + e.name);
    for (const e of performance.getEntriesByType('resource')) urls.push('resource ' + e.name);
    for (const e of document.querySelectorAll('[src], link[href]')) urls.push(e.tagName + ' ' + (e.src || e.href));
    for (const sheet of document.styleSheets) {
        if (sheet.href) urls.push('sheet ' + sheet.href);
        for (const rule of sheet.cssRules) {
            if (rule instanceof CSSImportRule) urls.push('import ' + rule.href);
            if (rule instanceof CSSFontFaceRule) urls.push('font ' + rule.style.getPropertyValue('src'));
        }
    }
    return { urls, blocked: window.__watch.blocked };
"#;

/// The hostile lines as stored: one paragraph each (typed with two Enters between them).
fn stored_text() -> String {
    HOSTILE.join("\n\n")
}

/// The hostile lines as typed into a text box.
fn typed_text() -> String {
    let enter = char::from(Key::Enter).to_string();
    HOSTILE.join(&enter.repeat(2))
}

/// Nothing the hostile text carried has run in the page: no script, no alert, no navigation,
/// no command outside the app's own doing.
async fn nothing_ran(app: &App, after: &str) {
    let state = app
        .client
        .execute(
            "return { pwned: window.__pwned === undefined ? null : String(window.__pwned), watch: window.__watch || null, url: location.href }",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        state["pwned"],
        serde_json::Value::Null,
        "a script ran {after}"
    );
    let watch = &state["watch"];
    if watch.is_null() {
        return; // Not installed yet.
    }
    assert_eq!(
        watch["mark"], "hostile-test",
        "the page was reloaded or left {after}"
    );
    assert_eq!(state["url"], APP_URL, "the window left the app {after}");
    assert_eq!(watch["alerts"], serde_json::json!([]), "an alert {after}");
    // A dialog the watch did not see (from another frame, say) would be open in WebDriver.
    assert!(
        app.client.get_alert_text().await.is_err(),
        "a dialog is open {after}"
    );
    let invoked: Vec<&str> = watch["invoked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let own = app_commands();
    let strange: Vec<&&str> = invoked
        .iter()
        .filter(|c| !own.iter().any(|o| o == *c) || NEVER_HERE.contains(c))
        .collect();
    assert!(
        strange.is_empty(),
        "commands called {after} that the screens do not call: {strange:?} (all: {invoked:?})"
    );
}

/// The page the app shows (WebKitGTK's custom scheme for the embedded interface).
const APP_URL: &str = "tauri://localhost";

/// The commands ui/src/lib/api.ts calls, and the event listening the interface does through
/// Tauri's own API (granted in the main capability).
fn app_commands() -> Vec<String> {
    let api = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/api.ts"),
    )
    .unwrap();
    api.split("(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_string)
        .chain(["plugin:event|listen".into(), "plugin:event|unlisten".into()])
        .collect()
}

/// The app asked for nothing outside itself: every URL it loaded or points to is its own page
/// or its IPC channel, and the policy blocked nothing (a blocked request is an attempted one).
async fn no_request_left_the_app(app: &App) {
    let seen = app.client.execute(REQUESTS, vec![]).await.unwrap();
    let urls: Vec<&str> = seen["urls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u.as_str().unwrap())
        .collect();
    assert!(
        urls.iter().any(|u| u.starts_with("navigation ")),
        "the browser times the page's own load: {urls:?}"
    );
    let own = |url: &str| {
        [
            "tauri://localhost",
            "ipc://localhost",
            "http://ipc.localhost",
        ]
        .iter()
        .any(|o| {
            url.strip_prefix(o)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
    };
    let outside: Vec<&&str> = urls
        .iter()
        .filter(|u| {
            let (what, url) = u.split_once(' ').unwrap();
            if what == "font" {
                url.contains("//") || url.contains("http")
            } else {
                !own(url)
            }
        })
        .collect();
    assert!(outside.is_empty(), "requests outside the app: {outside:?}");
    assert_eq!(
        seen["blocked"],
        serde_json::json!([]),
        "requests the content security policy had to block"
    );
}

/// The Markdown rendered in `prose` holds no script, image or event handler, and its one link
/// (the javascript: one) reads "x" but has no href.
async fn rendered_safely(app: &App, prose: &str) {
    app.css(prose).await;
    for tag in [
        "script",
        "img",
        "iframe",
        "svg",
        "link",
        "style",
        "[onerror]",
        "[onload]",
        "[href^='javascript']",
    ] {
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
    let url = app.client.current_url().await.unwrap();
    assert_eq!(url.as_str(), APP_URL);
    let watching = app.client.execute(WATCH, vec![]).await.unwrap();
    assert_eq!(
        watching,
        serde_json::Value::Bool(true),
        "the command watch is installed"
    );
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
    // The watch saw the screens at work (so it would have seen a stray call too).
    let invoked = app
        .client
        .execute("return window.__watch.invoked", vec![])
        .await
        .unwrap();
    for command in ["create_note", "create_statement", "search"] {
        assert!(
            invoked.as_array().unwrap().iter().any(|c| c == command),
            "{command} not seen: {invoked}"
        );
    }
    no_request_left_the_app(&app).await;
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
