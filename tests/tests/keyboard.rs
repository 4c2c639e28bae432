//! The keyboard alone, no clicks: create a session, write a statement, paste its signatories,
//! take a note (Ctrl+Shift+N), search (Ctrl+K) and export (the save dialog typed into with
//! xdotool), each by Tab, typing, Enter, arrows and shortcuts; then find it all in the database
//! and the exported file. On the way, whatever the keyboard lands on in the statement editor is
//! never under its sticky footer (WCAG 2.4.11).
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use hrc_core::Store;
use hrc_e2e::desktop::{window, xdotool};
use hrc_e2e::{App, Harness};

const TITLE: &str = "Reprisals against defenders";
const NOTE: &str = "Burundi walked out of the dialogue";

/// Presses keys together (the first ones held) wherever the keyboard focus is.
async fn chord(app: &App, keys: &[char]) {
    let mut actions = KeyActions::new("keyboard".into());
    for k in keys {
        actions = actions.then(KeyAction::Down { value: *k });
    }
    for k in keys.iter().rev() {
        actions = actions.then(KeyAction::Up { value: *k });
    }
    app.client
        .perform_actions(actions)
        .await
        .unwrap_or_else(|e| panic!("pressing {keys:?}: {e}"));
}

async fn press(app: &App, key: Key) {
    chord(app, &[key.into()]).await;
}

/// What has the keyboard focus: its id, its text, and whether the editor's sticky footer covers it.
async fn focused(app: &App) -> (String, String, bool) {
    let answer = app
        .client
        .execute(
            r#"const el = document.activeElement;
               const footer = el.closest("form.statement-form")?.querySelector(":scope > footer");
               let covered = false;
               if (footer && !footer.contains(el) && getComputedStyle(footer).position === "sticky") {
                 // A control must show whole; a tall text box at least its first lines.
                 const box = el.getBoundingClientRect();
                 const top = footer.getBoundingClientRect().top;
                 covered = box.height < 100 ? box.bottom > top + 1 : box.top > top - 40;
               }
               return [el.id || "", (el.innerText || el.value || "").trim(), covered];"#,
            vec![],
        )
        .await
        .expect("reading the focused element");
    (
        answer[0].as_str().unwrap_or_default().into(),
        answer[1].as_str().unwrap_or_default().into(),
        answer[2].as_bool().unwrap_or(false),
    )
}

/// Presses Tab until the focused element passes `wanted` (given its id and text), checking on the
/// way that nothing focused in the statement editor hides under its footer.
async fn tab_to(app: &App, what: &str, wanted: impl Fn(&str, &str) -> bool) {
    for _ in 0..120 {
        tokio::time::sleep(Duration::from_millis(60)).await;
        let (id, text, covered) = focused(app).await;
        assert!(
            !covered,
            "the statement editor's footer covers the focused #{id} {text:?}"
        );
        if wanted(&id, &text) {
            return;
        }
        press(app, Key::Tab).await;
    }
    panic!("Tab never reached {what}");
}

async fn tab_to_id(app: &App, id: &str) {
    tab_to(app, &format!("#{id}"), |i, _| i == id).await;
}

async fn tab_to_button(app: &App, label: &str) {
    tab_to(app, label, |_, t| t == label).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_advocate_does_the_main_tasks_with_the_keyboard_alone() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-27 12:30")]);
    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("HRC38 by keyboard.md");
    let app = harness.open_app().await;
    let enter: char = Key::Enter.into();
    let alt: char = Key::Alt.into();
    let control: char = Key::Control.into();

    // 1. A session: New session puts the keyboard in the form's first field.
    app.css("section.empty").await;
    tab_to_button(&app, "New session").await;
    press(&app, Key::Enter).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(focused(&app).await.0, "session-number");
    app.type_keys("38").await;
    tab_to_id(&app, "session-start").await;
    app.type_keys("18/06/2018").await;
    tab_to_id(&app, "session-end").await;
    app.type_keys("06/07/2018").await;
    tab_to_button(&app, "Create session").await;
    press(&app, Key::Enter).await;
    app.wait_for_text("[role='status']", "HRC38 was created.")
        .await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !focused(&app).await.1.starts_with("HRC38") {
        assert!(
            Instant::now() < deadline,
            "the keyboard is not on the new session's card"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // 2. A statement (Alt+7 is Statements), its text typed, created with Enter on the button.
    chord(&app, &[alt, '7']).await;
    app.css(r#".content[data-screen="statements"]"#).await;
    tab_to_button(&app, "New statement").await;
    press(&app, Key::Enter).await;
    tab_to_id(&app, "statement-title").await;
    app.type_keys(TITLE).await;
    tab_to_id(&app, "statement-text").await;
    app.type_keys(
        "Mr President, we are alarmed by reprisals against those who cooperate with the Council.",
    )
    .await;
    tab_to_button(&app, "Create statement").await;
    press(&app, Key::Enter).await;
    app.wait_for_text("form.statement-form .state", "Saved")
        .await;

    // 3. Signatories typed as pasted from an e-mail, checked, then added.
    tab_to_id(&app, "signatories-paste").await;
    app.type_keys(&format!(
        "Dear colleagues, the following have signed:{enter}1. Al-Haq{enter}2. International Service for Human Rights (ISHR){enter}Best,"
    ))
    .await;
    tab_to_button(&app, "Check the list").await;
    press(&app, Key::Enter).await;
    app.wait_for_text("section.signatories .preview", "Check before adding")
        .await;
    tab_to_button(&app, "Add 2 signatories").await;
    press(&app, Key::Enter).await;
    app.wait_for_text("section.signatories .report", "Now 2 signatories.")
        .await;

    // 4. A note from anywhere with Ctrl+Shift+N; Esc closes it, saved.
    chord(&app, &[control, Key::Shift.into(), 'N']).await;
    app.css("#capture-note").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(focused(&app).await.0, "capture-note");
    app.type_keys(NOTE).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    press(&app, Key::Escape).await;

    // 5. Search with Ctrl+K; Enter opens the first hit, the statement, in its editor.
    chord(&app, &[control, 'k']).await;
    app.css("div.palette input[type='search']").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.type_keys("reprisals").await;
    app.wait_for_text("div.palette", TITLE).await;
    press(&app, Key::Enter).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let title = app.css("#statement-title").await.prop("value").await;
        if title.ok().flatten().as_deref() == Some(TITLE) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the search hit did not open the statement"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // 6. Export (Alt+2 is the overview): Markdown chosen with the arrow keys, saved through the
    // system's dialog typed into.
    chord(&app, &[alt, '2']).await;
    app.css(r#".content[data-screen="overview"]"#).await;
    tab_to_button(&app, "Export…").await;
    press(&app, Key::Enter).await;
    app.css("section.preview").await;
    tab_to(&app, "the chosen format", |_, _| true).await;
    let mut chosen = false;
    for _ in 0..10 {
        let format = app
            .client
            .execute(
                "const el = document.activeElement; return el.name === 'export-format' ? el.value : null;",
                vec![],
            )
            .await
            .unwrap();
        if format.as_str() == Some("md") {
            chosen = true;
            break;
        }
        if format.is_null() {
            press(&app, Key::Tab).await;
        } else {
            press(&app, Key::Down).await;
        }
        tokio::time::sleep(Duration::from_millis(60)).await;
    }
    assert!(chosen, "the arrow keys never reached Markdown");
    tab_to_button(&app, "Save as…").await;
    press(&app, Key::Enter).await;
    let dialog = window("Export HRC38");
    xdotool(&["windowfocus", "--sync", &dialog]);
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "20", target.to_str().unwrap()]);
    xdotool(&["key", "Return"]);
    app.wait_for_text(".export p.saved", "HRC38 by keyboard.md")
        .await;
    app.close().await;

    // All of it is in the database and the file.
    let md = std::fs::read_to_string(&target).expect("the exported file");
    assert!(md.contains(TITLE), "{md}");
    let store = Store::open(harness.database()).unwrap();
    let session = store
        .list_sessions()
        .unwrap()
        .into_iter()
        .find(|s| s.label == "38")
        .expect("HRC38 was created");
    let statement = store
        .statements(session.id)
        .unwrap()
        .into_iter()
        .find(|s| s.title == TITLE)
        .expect("the statement");
    assert_eq!(
        statement.signatories.len(),
        2,
        "{:?}",
        statement.signatories
    );
    let notes = store.notes(session.id).unwrap();
    assert!(
        notes.iter().any(|n| n.body.contains(NOTE)),
        "the note typed after Ctrl+Shift+N"
    );
}
