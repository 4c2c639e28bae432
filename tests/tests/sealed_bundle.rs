//! Sealed bundles end to end: a colleague's HRC38 sealed with a passphrase (made with the core,
//! as their app seals it) chosen in the real GTK open dialog; the window asks for the passphrase,
//! says a wrong one next to the field and lets it be typed again, then imports with the right
//! one. Then the session exported as a sealed full copy from the Export dialog ("Seal with a
//! passphrase", typed twice, saved through the GTK save dialog): the file is an age file that
//! the core opens with that passphrase. Axe over the passphrase form and the dialog's sealing.
use std::path::{Path, PathBuf};

use fantoccini::Locator;
use hrc_core::bundle::seal::{self, Passphrase};
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;
use hrc_e2e::desktop::{window, xdotool};
use hrc_e2e::{App, Harness};

const THEIR_PASSPHRASE: &str = "olive tram winter lantern";
const MY_PASSPHRASE: &str = "seven quiet harbours at dawn";

/// `HRC_SCREENSHOTS=DIR` keeps photographs of the passphrase form and the dialog's sealing there.
fn screenshots() -> Option<PathBuf> {
    std::env::var_os("HRC_SCREENSHOTS").map(PathBuf::from)
}

/// A colleague's HRC38 with a key issue, sealed with their passphrase into a file.
fn colleagues_sealed_hrc38(dir: &Path) -> PathBuf {
    let mut theirs = Store::open(dir.join("colleague.db")).unwrap();
    let session = theirs
        .create_session(&SessionInput {
            number: 38,
            start_date: "2018-06-18".into(),
            end_date: "2018-07-06".into(),
            ..Default::default()
        })
        .unwrap();
    let issue = KeyIssueInput {
        title: "Reprisals against defenders".into(),
        ..Default::default()
    };
    theirs.create_key_issue(session.id, &issue).unwrap();
    let plain = theirs.export_bundle(session.id).unwrap().to_json();
    let passphrase = Passphrase::chosen("passphrase", THEIR_PASSPHRASE.into()).unwrap();
    let file = dir.join("colleague-hrc38.json.age");
    std::fs::write(&file, seal::seal(plain.as_bytes(), &passphrase).unwrap()).unwrap();
    file
}

/// Types `path` into the GTK file dialog titled `title` and accepts it, as a person would.
fn type_path_in_dialog(title: &str, path: &Path, select_name: bool) {
    let dialog = window(title);
    let pause = || std::thread::sleep(std::time::Duration::from_millis(400));
    xdotool(&["mousemove", "--window", &dialog, "40", "40"]);
    xdotool(&["windowfocus", "--sync", &dialog]);
    pause();
    let select = if select_name { "ctrl+a" } else { "ctrl+l" };
    xdotool(&["key", "--clearmodifiers", select]);
    pause();
    xdotool(&["type", "--delay", "20", path.to_str().unwrap()]);
    pause();
    xdotool(&["key", "Return"]);
    // The first Return may only complete the name in the location box.
    for _ in 0..10 {
        pause();
        if xdotool(&["search", "--onlyvisible", "--name", title]).is_empty() {
            return;
        }
        xdotool(&["windowfocus", "--sync", &dialog]);
        xdotool(&["key", "Return"]);
    }
    panic!("the dialog {title:?} did not take {}", path.display());
}

async fn no_serious_axe_violations(app: &App, place: &str) {
    let serious: Vec<String> = app
        .axe()
        .await
        .into_iter()
        .filter(|v| v.is_serious())
        .map(|v| v.to_string())
        .collect();
    assert!(serious.is_empty(), "{place}:\n{}", serious.join("\n"));
}

/// The id of the element that has the keyboard.
async fn focused_id(app: &App) -> serde_json::Value {
    app.client
        .execute("return document.activeElement.id;", vec![])
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sealed_bundle_is_opened_with_its_passphrase_and_one_is_sealed_from_the_export_dialog() {
    let files = tempfile::tempdir().unwrap();
    let sealed = colleagues_sealed_hrc38(files.path());
    let harness = Harness::start();
    let app = harness.open_app().await;

    // The sealed file is known by its header: the window asks for its passphrase.
    app.click_button("Import…").await;
    type_path_in_dialog("Import a session", &sealed, false);
    app.wait_for_text("form.sealed-import", "This bundle is sealed")
        .await;
    assert_eq!(focused_id(&app).await, "sealed-import-passphrase");
    no_serious_axe_violations(&app, "the sealed bundle's passphrase form").await;

    // A wrong passphrase is said next to the field, which keeps the keyboard; nothing came in.
    app.type_into("sealed-import-passphrase", "not the passphrase")
        .await;
    app.click_button("Open and import").await;
    let said = app
        .wait_for_text("#sealed-import-error", "wrong passphrase")
        .await;
    assert!(said.contains("nothing was changed"), "{said}");
    assert_eq!(focused_id(&app).await, "sealed-import-passphrase");
    assert_eq!(
        app.count("article.session-card").await,
        0,
        "nothing came in"
    );
    no_serious_axe_violations(&app, "a wrong passphrase").await;
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("sealed-import-wrong.png")).await;
    }

    // The right one opens it: HRC38 comes in with its key issue.
    app.type_into("sealed-import-passphrase", THEIR_PASSPHRASE)
        .await;
    app.click_button("Open and import").await;
    app.wait_for_text("[role='status']", "items added").await;
    app.css(r#"article[data-session-label="38"]"#).await;
    assert_eq!(app.count("form.sealed-import").await, 0);

    // Exported sealed from the Export dialog: the passphrase typed twice, the note beside it.
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.click_button("Export…").await;
    app.client
        .find(Locator::Css(r#"input[name="export-format"][value="json"]"#))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.css("fieldset.seal input[type='checkbox']")
        .await
        .click()
        .await
        .unwrap();
    let note = app.text("fieldset.seal .note").await;
    assert!(
        note.contains("Send it by another channel"),
        "the note on the passphrase: {note}"
    );
    for id in ["seal-passphrase", "seal-confirm"] {
        // The dialog's choices scroll: the field is brought into sight first, as a person would.
        let field = app.css(&format!("#{id}")).await;
        app.scroll_to(&field).await;
        app.type_into(id, MY_PASSPHRASE).await;
    }
    no_serious_axe_violations(&app, "the Export dialog's sealing").await;
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("export-sealed.png")).await;
    }
    let target = files.path().join("HRC38 for the team.json.age");
    app.click_button("Save as…").await;
    type_path_in_dialog("Export HRC38, sealed", &target, true);
    let saved = app
        .wait_for_text(".export p.saved[role='status']", "HRC38 for the team")
        .await;
    assert!(saved.starts_with("Sealed and saved to "), "{saved}");

    let bytes = std::fs::read(&target).expect("the app wrote the file the person chose");
    assert!(seal::is_sealed(&bytes), "an age file");
    assert!(!String::from_utf8_lossy(&bytes).contains("Reprisals"));
    let passphrase = Passphrase::typed("passphrase", MY_PASSPHRASE.into()).unwrap();
    let opened = String::from_utf8(seal::open(&bytes, &passphrase).unwrap()).unwrap();
    assert!(opened.contains("Reprisals against defenders"), "{opened}");
    app.close().await;
}
