//! A database protected by a passphrase, end to end (issue 20): the first start (asked with
//! `HRC_FIRST_START=1`) offers the passphrase, refuses one too short under its field, creates the
//! file protected (no plain SQLite header) and shows the recovery key; the app is then usable (the
//! HRC38 example, a statement's text and a note typed). Ctrl+L mid-sentence saves the note and the
//! statement and locks: only the unlock screen shows, no word of either is left in the page, and
//! the statement's unsaved text was never in the web view's localStorage (the app killed while
//! it was unsaved, started again and unlocked, offers it again from the encrypted database). A
//! wrong passphrase is said under the field; the right one opens the app again, the note found by search and the
//! statement's text stored. Settings → Protection
//! shows "Remember on this computer" off (disabled with its reason when no session bus runs), and
//! changes the passphrase (a wrong current one refused) and shows a new recovery key. Axe over the
//! first start and the unlock screen, in the light theme and the dark one, and over Settings.
//! A plain database (the HRC38 example loaded) is protected from Settings while the app runs —
//! the file encrypted in place, the recovery key shown, Lock offered — then made plain again.
use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Locator;
use hrc_core::cipher::{protection, Protection};
use hrc_e2e::{App, Harness};

const PASSPHRASE: &str = "seven quiet harbours at dawn";
const NEW_PASSPHRASE: &str = "lake leman under first snow";
/// A word found nowhere else in the app or the example.
const NOTE: &str = "Zanzibarite delegate asked to meet after the vote";
/// Typed at the end of a statement's text and not saved before locking.
const STATEMENT: &str = " Quetzalcoatlite defenders must be protected.";

/// Every key and value in the web view's localStorage (WebKit writes it to disk in plain text).
async fn local_storage(app: &App) -> String {
    let all = app
        .client
        .execute(
            "return Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join('\\n');",
            vec![],
        )
        .await
        .unwrap();
    all.as_str().unwrap_or_default().to_string()
}

/// Fails on a serious or critical axe violation of the window as it is now.
async fn audit(app: &App, what: &str) {
    let serious: Vec<String> = (app.axe().await.into_iter())
        .filter(|v| v.is_serious())
        .map(|v| v.to_string())
        .collect();
    assert!(serious.is_empty(), "{what}:\n{}", serious.join("\n"));
}

/// Axe in the light theme, then in the dark one (these screens come before the settings can be
/// read: they follow the system, so both are checked), back to light after.
async fn audit_both_themes(app: &App, what: &str) {
    for theme in ["light", "dark"] {
        app.client
            .execute(
                "document.documentElement.dataset.theme = arguments[0];",
                vec![theme.into()],
            )
            .await
            .unwrap();
        photograph(
            app,
            &format!("protection-{}-{theme}.png", what.replace(' ', "-")),
        )
        .await;
        audit(app, &format!("{what} ({theme})")).await;
    }
    app.client
        .execute("document.documentElement.dataset.theme = 'light';", vec![])
        .await
        .unwrap();
}

/// `HRC_SCREENSHOTS=DIR` keeps a photograph of the window there, as `name`.
async fn photograph(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        tokio::time::sleep(Duration::from_millis(600)).await;
        app.screenshot(&std::path::Path::new(&dir).join(name)).await;
    }
}

/// Types `text` into the input named `name` (after clearing it).
async fn type_into_named(app: &App, name: &str, text: &str) {
    let input = app.css(&format!("input[name='{name}']")).await;
    input.clear().await.unwrap();
    input.send_keys(text).await.unwrap();
}

/// The id of the element that has the keyboard focus.
async fn focused(app: &App) -> String {
    let id = app
        .client
        .execute("return document.activeElement?.id ?? '';", vec![])
        .await
        .unwrap();
    id.as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn first_start_with_a_passphrase_then_lock_and_unlock() {
    let harness =
        Harness::start_with(&[("HRC_FIRST_START", "1"), ("HRC_CLOCK", "2018-06-20 10:30")]);
    let app = harness.open_app().await;

    // The first start: the choice, the passphrase field focused, the warning.
    app.wait_for_text(
        "main.first-start",
        "Protect your notes with a passphrase (recommended)",
    )
    .await;
    app.wait_for_text(
        "main.first-start",
        "If you forget the passphrase, your notes are lost.",
    )
    .await;
    let first = app.css("input[name='passphrase']").await;
    let focus = focused(&app).await;
    assert_eq!(
        first.attr("id").await.unwrap().as_deref(),
        Some(focus.as_str())
    );
    audit_both_themes(&app, "first start").await;
    assert_eq!(protection(&harness.database()).unwrap(), Protection::New);

    // Too short: refused under the field, nothing created.
    type_into_named(&app, "passphrase", "too short").await;
    type_into_named(&app, "confirm", "too short").await;
    app.click_button("Protect my notes").await;
    app.wait_for_text(".field-error", "at least 12 characters")
        .await;
    assert_eq!(protection(&harness.database()).unwrap(), Protection::New);

    // The passphrase: the file is created protected, and the recovery key shown.
    type_into_named(&app, "passphrase", PASSPHRASE).await;
    type_into_named(&app, "confirm", PASSPHRASE).await;
    app.click_button("Protect my notes").await;
    let key = app.text("[data-testid='recovery-key']").await;
    let groups: Vec<&str> = key.trim().split('-').collect();
    assert_eq!(groups.len(), 8, "eight groups: {key}");
    assert!(groups
        .iter()
        .all(|g| g.len() == 8 && g.chars().all(|c| c.is_ascii_hexdigit())));
    assert_eq!(
        protection(&harness.database()).unwrap(),
        Protection::Encrypted
    );
    audit(&app, "the recovery key").await;
    photograph(&app, "protection-recovery-key.png").await;
    app.click_button("I have kept it — start HRC Planner").await;

    // The app is usable: the example, and a note typed during its session.
    app.click_button("Load example session (HRC38)").await;
    app.css("article[data-session-label='38']").await;
    app.css("nav.sidebar button[aria-keyshortcuts='Control+L']")
        .await;

    // A statement's text typed and not saved: its safety copy is kept in memory, never in the
    // web view's localStorage.
    app.css("article[data-session-label='38'] button.open")
        .await
        .click()
        .await
        .unwrap();
    app.open_section("Statements").await;
    app.css("article button.open").await.click().await.unwrap();
    let title = (app.css("#statement-title").await.prop("value").await)
        .unwrap()
        .unwrap_or_default();
    app.css("#statement-text").await.click().await.unwrap();
    app.client
        .execute(
            "const t = document.getElementById('statement-text'); t.setSelectionRange(t.value.length, t.value.length);",
            vec![],
        )
        .await
        .unwrap();
    app.type_keys(STATEMENT).await;
    app.wait_for_text("form.statement-form", "Unsaved changes")
        .await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let stored = local_storage(&app).await;
    assert!(!stored.contains("Quetzalcoatlite"), "{stored}");

    // Killed now, with nothing saved (as by a dead battery): the copy was kept in the encrypted
    // database, and once started again and unlocked the editor offers it as before.
    harness.kill_app(app).await;
    let app = harness.open_app().await;
    app.wait_for(Locator::Css("main.unlock")).await;
    app.type_into("passphrase", PASSPHRASE).await;
    app.press(Key::Enter.into()).await;
    app.wait_for(Locator::Css("nav.sidebar")).await;
    app.open_section("Statements").await;
    app.click_button(&title).await;
    app.wait_for_text("form.statement-form .restored", "Restored changes")
        .await;
    let text = (app.css("#statement-text").await.prop("value").await)
        .unwrap()
        .unwrap_or_default();
    assert!(text.ends_with(STATEMENT), "{text}");
    assert!(!local_storage(&app).await.contains("Quetzalcoatlite"));

    app.press_ctrl_shift('N').await;
    app.css("#capture-note").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.type_keys(NOTE).await;

    // Ctrl+L mid-sentence: the note and the statement are saved, then only the unlock screen shows.
    app.press_ctrl('l').await;
    app.wait_for(Locator::Css("main.unlock")).await;
    let source = app.client.source().await.unwrap();
    assert!(!source.contains("Zanzibarite"), "no word of the note left");
    assert!(!source.contains("Quetzalcoatlite"), "nor of the statement");
    assert!(!local_storage(&app).await.contains("Quetzalcoatlite"));
    assert!(!source.contains("HRC38"), "no session left in the page");
    assert_eq!(app.count("nav.sidebar").await, 0);
    assert_eq!(focused(&app).await, "passphrase");
    audit_both_themes(&app, "unlock").await;

    // A wrong passphrase: said under the field, the app still locked.
    app.type_keys("seven quiet harbours at dusk").await;
    app.press(Key::Enter.into()).await;
    app.wait_for_text("#unlock-error", "Wrong passphrase").await;
    photograph(&app, "protection-wrong-passphrase.png").await;
    audit(&app, "a wrong passphrase").await;
    assert_eq!(app.count("nav.sidebar").await, 0);

    // The right one: the app again, the note kept.
    app.type_into("passphrase", PASSPHRASE).await;
    app.press(Key::Enter.into()).await;
    app.wait_for(Locator::Css("nav.sidebar")).await;
    // The screens open a moment after the sidebar (the kept statement copies are read first):
    // the palette's shortcut is pressed again until it opens.
    for _ in 0..20 {
        app.press_ctrl('k').await;
        if app.count("div.palette input[type='search']").await > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.css("div.palette input[type='search']").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.type_keys("Zanzibarite").await;
    app.wait_for_text("div.palette", "Zanzibarite delegate")
        .await;
    app.press(Key::Escape.into()).await;
    // The statement's text was saved before locking (it is stored, not offered as a copy).
    app.open_section("Statements").await;
    app.click_button(&title).await;
    let text = (app.css("#statement-text").await.prop("value").await)
        .unwrap()
        .unwrap_or_default();
    assert!(text.ends_with(STATEMENT), "{text}");
    assert_eq!(app.count("form.statement-form .restored").await, 0);
    assert!(!local_storage(&app).await.contains("Quetzalcoatlite"));
    app.click_button("Close").await;

    // Settings → Protection: the idle minutes, and a new passphrase (a wrong current one refused
    // first), which gives a new recovery key; the app carries on.
    app.open_section("Settings").await;
    app.wait_for_text("#protection-heading", "Protection").await;
    let minutes = app.css("#settings-lock-after").await;
    assert_eq!(minutes.prop("value").await.unwrap().as_deref(), Some("10"));
    // "Remember on this computer (system keychain)": off unless asked; with no session bus (no
    // Secret Service, as under this harness) it is disabled and says why.
    let remember = app.css("#settings-keychain").await;
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        app.wait_for_text("#keychain-unavailable", "Not available on this computer")
            .await;
        assert_eq!(
            remember.prop("disabled").await.unwrap().as_deref(),
            Some("true")
        );
    }
    assert_eq!(
        remember.prop("checked").await.unwrap().as_deref(),
        Some("false")
    );
    app.click_button("Change passphrase…").await;
    app.type_into("settings-old-passphrase", "not my passphrase at all")
        .await;
    type_into_named(&app, "passphrase", NEW_PASSPHRASE).await;
    type_into_named(&app, "confirm", NEW_PASSPHRASE).await;
    app.click_button("Change passphrase").await;
    app.wait_for_text("#settings-old-passphrase-error", "Wrong passphrase")
        .await;
    photograph(&app, "protection-settings-change.png").await;
    audit(&app, "Settings → Protection, changing the passphrase").await;
    app.type_into("settings-old-passphrase", PASSPHRASE).await;
    app.click_button("Change passphrase").await;
    let new_key = app.text("[data-testid='recovery-key']").await;
    assert_ne!(new_key.trim(), key.trim(), "a new recovery key");
    app.click_button("I have kept it").await;
    app.css("nav.sidebar").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_plain_database_is_protected_in_settings_then_made_plain_again() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-20 10:30")]);
    let app = harness.open_app().await;
    app.click_button("Load example session (HRC38)").await;
    app.css("article[data-session-label='38']").await;
    assert_eq!(protection(&harness.database()).unwrap(), Protection::Plain);
    assert_eq!(
        app.count("nav.sidebar button[aria-keyshortcuts='Control+L']")
            .await,
        0
    );

    // Protect with a passphrase: converted in place while the app runs, the recovery key shown.
    app.open_section("Settings").await;
    app.wait_for_text("#protection-heading", "Protection").await;
    app.click_button("Protect with a passphrase…").await;
    type_into_named(&app, "passphrase", PASSPHRASE).await;
    type_into_named(&app, "confirm", PASSPHRASE).await;
    app.click_button("Protect with a passphrase").await;
    app.css("[data-testid='recovery-key']").await;
    assert_eq!(
        protection(&harness.database()).unwrap(),
        Protection::Encrypted
    );
    app.wait_for_text(".content", "now protected by your passphrase")
        .await;
    audit(&app, "Settings → Protection, the recovery key").await;
    app.click_button("I have kept it").await;
    app.css("nav.sidebar button[aria-keyshortcuts='Control+L']")
        .await;
    let minutes = app.css("#settings-lock-after").await;
    assert_eq!(minutes.prop("value").await.unwrap().as_deref(), Some("10"));

    // The sessions are still there, read through the new key.
    app.open_section("Sessions").await;
    app.css("article[data-session-label='38']").await;

    // Remove protection: asked with the passphrase, the file plain again, the app carrying on.
    app.open_section("Settings").await;
    app.click_button("Remove protection…").await;
    app.type_into("settings-old-passphrase", PASSPHRASE).await;
    app.click_button("Remove protection").await;
    app.wait_for_text(".content", "The protection is removed")
        .await;
    assert_eq!(protection(&harness.database()).unwrap(), Protection::Plain);
    assert_eq!(
        app.count("nav.sidebar button[aria-keyshortcuts='Control+L']")
            .await,
        0
    );
    app.open_section("Sessions").await;
    app.css("article[data-session-label='38']").await;
    app.close().await;
}
