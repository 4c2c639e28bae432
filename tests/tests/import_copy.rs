//! Importing a colleague's session that is already here, end to end: their HRC38 (other ids,
//! made with the core and exported as a bundle) chosen in the real GTK open dialog, the clash said
//! with the number a copy takes (HRC40, as HRC39 is here too), "Import as a copy" bringing it in
//! beside mine with its records, axe over the offer, and the copy given another number from its card
//! (a number in use refused next to the field, nothing changed).
use std::path::PathBuf;

use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::Store;
use hrc_e2e::desktop::{window, xdotool};
use hrc_e2e::{App, Harness};

/// `HRC_SCREENSHOTS=DIR` keeps photographs of the offer and the renumber form there.
fn screenshots() -> Option<PathBuf> {
    std::env::var_os("HRC_SCREENSHOTS").map(PathBuf::from)
}

fn hrc(number: i64, start: &str, end: &str) -> SessionInput {
    SessionInput {
        number,
        start_date: start.into(),
        end_date: end.into(),
        ..Default::default()
    }
}

/// A colleague's HRC38, made on their computer (so with ids of its own), as a bundle file.
fn colleagues_hrc38(dir: &std::path::Path) -> PathBuf {
    let mut theirs = Store::open(dir.join("colleague.db")).unwrap();
    let session = theirs
        .create_session(&hrc(38, "2018-06-18", "2018-07-06"))
        .unwrap();
    let issue = KeyIssueInput {
        title: "Reprisals against defenders".into(),
        ..Default::default()
    };
    theirs.create_key_issue(session.id, &issue).unwrap();
    let statement = StatementInput {
        title: "Joint statement on reprisals".into(),
        ..Default::default()
    };
    theirs.create_statement(session.id, &statement).unwrap();
    let note = NoteInput {
        body: "Met the Special Rapporteur after the ID.".into(),
        ..Default::default()
    };
    theirs.create_note(session.id, &note).unwrap();
    let file = dir.join("colleague-hrc38.json");
    std::fs::write(&file, theirs.export_bundle(session.id).unwrap().to_json()).unwrap();
    file
}

/// Chooses `file` in the GTK open dialog titled `title`, typing its path as a person would.
fn choose_in_dialog(title: &str, file: &std::path::Path) {
    let dialog = window(title);
    let pause = || std::thread::sleep(std::time::Duration::from_millis(400));
    xdotool(&["mousemove", "--window", &dialog, "40", "40"]);
    xdotool(&["windowfocus", "--sync", &dialog]);
    pause();
    xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
    pause();
    xdotool(&["type", "--delay", "20", file.to_str().unwrap()]);
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
    panic!("the dialog {title:?} did not take {}", file.display());
}

/// Types `number` into the open "Change number" form's field.
async fn renumber_to(app: &App, number: &str) {
    let field = app.css(".session-renumber input[name='number']").await;
    field.clear().await.unwrap();
    field.send_keys(number).await.unwrap();
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

#[tokio::test(flavor = "multi_thread")]
async fn a_colleagues_hrc38_comes_in_as_a_copy_beside_mine_and_takes_another_number() {
    let files = tempfile::tempdir().unwrap();
    let file = colleagues_hrc38(files.path());
    let harness = Harness::start();
    {
        let mut mine = Store::open(harness.database()).unwrap();
        hrc_core::demo::load(&mut mine).unwrap();
        mine.create_session(&hrc(39, "2018-09-10", "2018-09-28"))
            .unwrap();
    }
    let app = harness.open_app().await;
    app.css(r#"article[data-session-label="38"]"#).await;

    // Imported as it is, it clashes: the window says so and names the number a copy takes.
    app.click_button("Import…").await;
    choose_in_dialog("Import a session", &file);
    // What the screen says (its text is in the failure message when the offer does not come).
    app.wait_for_text("main", "is already here").await;
    let offer = app
        .wait_for_text(".import-clash[role='alert']", "HRC38 is already here")
        .await;
    assert!(
        offer.contains("It can come in as a copy, as HRC40, beside yours"),
        "{offer}"
    );
    assert_eq!(
        app.count("article.session-card").await,
        2,
        "nothing came in"
    );
    let focused = app
        .client
        .execute("return document.activeElement.textContent.trim();", vec![])
        .await
        .unwrap();
    assert_eq!(
        focused, "Import as a copy (HRC40)",
        "the keyboard is on the way out"
    );
    no_serious_axe_violations(&app, "the import clash").await;
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("import-clash.png")).await;
    }

    // As a copy, it comes in as HRC40 with its records, and is the session selected.
    app.click_button("Import as a copy (HRC40)").await;
    let status = app
        .wait_for_text("[role='status']", "Imported a copy of HRC38 as HRC40")
        .await;
    assert!(status.contains("items added"), "{status}");
    let card = app.text(r#"article[data-session-label="40"]"#).await;
    assert!(card.contains("HRC40"), "{card}");
    assert!(card.contains("40th regular session"), "{card}");
    assert!(card.contains("1 statement"), "{card}");
    assert!(card.contains("1 note"), "{card}");
    assert_eq!(app.count(".import-clash").await, 0);

    // From its card, the copy takes another number: 39 is refused next to the field, then 41.
    app.click_button("Change number… (HRC40)").await;
    renumber_to(&app, "39").await;
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("session-renumber.png")).await;
    }
    app.click_button("Change number").await;
    let refused = app
        .wait_for_text(
            ".session-renumber .field-error",
            "session 39 already exists",
        )
        .await;
    assert!(!refused.is_empty());
    no_serious_axe_violations(&app, "the renumber form").await;
    renumber_to(&app, "41").await;
    app.click_button("Change number").await;
    app.wait_for_text("[role='status']", "HRC40 is now HRC41.")
        .await;
    app.css(r#"article[data-session-label="41"]"#).await;
    app.close().await;

    let store = Store::open(harness.database()).unwrap();
    let labels: Vec<String> = store
        .list_sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.label)
        .collect();
    assert_eq!(labels, ["39", "41", "38"]);
    let copy = store
        .overview(store.find_session("41").unwrap().id)
        .unwrap();
    assert_eq!(copy.key_issues[0].title, "Reprisals against defenders");
    assert_eq!(copy.statements[0].title, "Joint statement on reprisals");
    assert_eq!(
        copy.notes[0].body,
        "Met the Special Rapporteur after the ID."
    );
    let mine = store
        .overview(store.find_session("38").unwrap().id)
        .unwrap();
    assert!(
        mine.key_issues.len() > 1,
        "my HRC38 (the example) is as it was"
    );
}
