//! "Remember on this computer (system keychain)" in the real window, against a real Secret
//! Service — GNOME Keyring on a D-Bus session bus of the test's own, given to the app as a
//! desktop session gives it (issue 20, item 4): on a protected database the option is offered
//! (not disabled); turned on, the next start opens on the app with no passphrase asked, while
//! Ctrl+L still locks and asks for it; turned off, the next start asks again. Axe over Settings
//! with the option on.
#[path = "../../src-tauri/tests/support/secret_service.rs"]
mod secret_service;

use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::Locator;
use hrc_core::cipher::Passphrase;
use hrc_core::Store;
use hrc_e2e::{App, Harness};
use secret_service::SecretService;

const PASSPHRASE: &str = "seven quiet harbours at dawn";

/// Quits the app (its window closed) and waits until its process has ended.
async fn quit(harness: &Harness, app: App) {
    app.close().await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.app_pid().is_some() {
        assert!(Instant::now() < deadline, "the app is still running");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The unlock screen, then the passphrase typed: the app's sidebar.
async fn unlock(app: &App) {
    app.wait_for(Locator::Css("main.unlock")).await;
    app.type_into("passphrase", PASSPHRASE).await;
    app.press(Key::Enter.into()).await;
    app.wait_for(Locator::Css("nav.sidebar")).await;
}

/// Settings → Protection's keychain box, once the keychain's status is known (enabled).
async fn keychain_box(app: &App) -> fantoccini::elements::Element {
    app.open_section("Settings").await;
    app.wait_for_text("#protection-heading", "Protection").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found = app.css("#settings-keychain").await;
        if found.prop("disabled").await.unwrap().as_deref() == Some("false") {
            return found;
        }
        assert_eq!(
            app.count("#keychain-unavailable").await,
            0,
            "the keychain is reachable: {}",
            app.text(".keychain").await
        );
        assert!(Instant::now() < deadline, "the keychain box stays disabled");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Clicks the box and waits until the shell has answered (enabled again, ticked as `kept`).
async fn set_kept(app: &App, kept: bool) {
    let remember = keychain_box(app).await;
    remember.click().await.unwrap();
    let want = if kept { "true" } else { "false" };
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let remember = app.css("#settings-keychain").await;
        let checked = remember.prop("checked").await.unwrap();
        let disabled = remember.prop("disabled").await.unwrap();
        if checked.as_deref() == Some(want) && disabled.as_deref() == Some("false") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the keychain box never showed {want}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count(".keychain .form-error").await, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn remembered_on_this_computer_the_app_opens_without_the_passphrase() {
    let keyring_home = tempfile::tempdir().unwrap();
    let service = SecretService::start(keyring_home.path());
    let harness = Harness::start_with(&[
        ("HRC_CLOCK", "2018-06-20 10:30"),
        ("DBUS_SESSION_BUS_ADDRESS", service.address()),
    ]);
    Store::create_protected(
        harness.database(),
        &Passphrase::chosen("passphrase", PASSPHRASE.into()).unwrap(),
    )
    .unwrap();

    // Protected, nothing kept: the unlock screen.
    let app = harness.open_app().await;
    unlock(&app).await;
    let remember = keychain_box(&app).await;
    assert_eq!(
        remember.prop("checked").await.unwrap().as_deref(),
        Some("false"),
        "off unless asked"
    );

    // Turned on: kept by GNOME Keyring.
    set_kept(&app, true).await;
    let serious: Vec<String> = (app.axe().await.into_iter())
        .filter(|v| v.is_serious())
        .map(|v| v.to_string())
        .collect();
    assert!(serious.is_empty(), "{}", serious.join("\n"));
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        app.scroll_to(&app.css("#settings-keychain").await).await;
        app.screenshot(&std::path::Path::new(&dir).join("keychain-on.png"))
            .await;
    }
    quit(&harness, app).await;

    // The next start opens on the app: no passphrase asked.
    let app = harness.open_app().await;
    app.wait_for(Locator::Css("nav.sidebar")).await;
    assert_eq!(app.count("main.unlock").await, 0);
    // A lock still asks for the passphrase.
    for _ in 0..20 {
        app.press_ctrl('l').await;
        if app.count("main.unlock").await > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    unlock(&app).await;

    // Turned off: forgotten, and the next start asks again.
    set_kept(&app, false).await;
    quit(&harness, app).await;
    let app = harness.open_app().await;
    unlock(&app).await;
    quit(&harness, app).await;
}
