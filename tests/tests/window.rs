//! The window's frame and what every screen shares: only the main area scrolls (the sidebar stays
//! put, no band under the content), one clock for every screen (`HRC_CLOCK` on 27 June 2018 puts
//! HRC38 under Current), a session loaded or created becomes the selected one, and dates are
//! typed and shown day first; the Statements link returns to the board, and a note found by search
//! over the Notes screen is shown. `WINDOW_SHOTS=/tmp/dir` keeps photographs of the long screens.
use std::path::PathBuf;

use fantoccini::Locator;
use hrc_core::Store;
use hrc_e2e::desktop::assert_window_titled;
use hrc_e2e::{App, Harness};
use serde_json::Value;

/// Where the page, the sidebar and the main area stand: the page's own scroll, the sidebar's
/// top, the main area's scroll (1 when it has nothing to scroll), and how far the frame's bottom
/// is from the window's.
async fn frame(app: &App) -> [f64; 4] {
    let v = app
        .client
        .execute(
            "const main = document.querySelector('main.main');
             const frame = document.querySelector('.frame');
             return [document.scrollingElement.scrollTop,
                     document.querySelector('nav.sidebar').getBoundingClientRect().top,
                     main.scrollHeight > main.clientHeight ? main.scrollTop : 1,
                     window.innerHeight - frame.getBoundingClientRect().bottom];",
            vec![],
        )
        .await
        .expect("read the frame");
    let n = |i: usize| v[i].as_f64().unwrap_or(f64::NAN);
    [n(0), n(1), n(2), n(3)]
}

/// Scrolls the main area to its end (as the mouse wheel or Page Down would), and the page with
/// it, should the page scroll at all.
async fn scroll_to_end(app: &App) {
    app.client
        .execute(
            "document.querySelector('main.main').scrollTop = 1e6; document.scrollingElement.scrollTop = 1e6;",
            vec![],
        )
        .await
        .expect("scroll");
}

async fn shoot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("WINDOW_SHOTS").map(PathBuf::from) {
        std::fs::create_dir_all(&dir).unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        app.screenshot(&dir.join(format!("{name}.png"))).await;
    }
}

/// Only the main area scrolls: after scrolling to the end, the page has not moved, the sidebar's
/// top is at the window's top, and the frame ends at the window's bottom.
async fn assert_only_the_main_area_scrolls(app: &App, screen: &str) {
    scroll_to_end(app).await;
    let [page, sidebar_top, main, gap] = frame(app).await;
    assert_eq!(page, 0.0, "{screen}: the page itself scrolled");
    assert_eq!(sidebar_top, 0.0, "{screen}: the sidebar's top moved");
    assert!(main > 0.0, "{screen}: the main area did not scroll");
    assert!(
        gap.abs() < 1.0,
        "{screen}: a band of {gap} px under the frame"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn on_27_june_2018_hrc38_is_current_and_long_screens_scroll_only_their_main_area() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-27 12:30")]);
    hrc_core::demo::load(&mut Store::open(harness.database()).unwrap()).unwrap();
    let app = harness.open_app().await;
    app.client.set_window_size(1280, 800).await.unwrap();

    // One clock: the sessions list and the overview are on 27 June 2018 too, not only Today.
    app.open_section("Sessions").await;
    let current = app
        .wait_for_text("section[aria-labelledby='sessions-current']", "HRC38")
        .await;
    assert!(current.contains("Day 10 of 19"), "{current}");
    assert_eq!(
        app.count("section[aria-labelledby='sessions-past']").await,
        0
    );
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    let overview = app
        .wait_for_text(".content[data-screen='overview']", "Side events")
        .await;
    assert!(!overview.contains("The session has ended"), "{overview}");

    // The statement editor with its signatories: a long screen.
    app.open_section("Statements").await;
    app.wait_for(Locator::XPath(
        "//button[contains(@class, 'open') and starts-with(normalize-space(), 'Enough is Enough')]",
    ))
    .await
    .click()
    .await
    .unwrap();
    app.css("#statement-title").await;
    shoot(&app, "statement-editor").await;
    assert_only_the_main_area_scrolls(&app, "statement editor").await;
    shoot(&app, "statement-editor-end").await;

    // From inside the editor, the sidebar's Statements link goes back to the board.
    app.open_section("Statements").await;
    app.wait_for_text(".content[data-screen='statements']", "Enough is Enough")
        .await;
    assert_eq!(app.count("#statement-title").await, 0, "the editor closed");
    // The window's own title says where the person is, as the page's does.
    assert_window_titled("Statements — HRC38 — HRC Planner");

    // A note found with Ctrl+K while the Notes screen is already shown: marked, focused and in
    // sight in the main area.
    app.open_section("Notes").await;
    app.wait_for_text(".content[data-screen='notes']", "Core group on SOGI")
        .await;
    app.press_ctrl('k').await;
    let search = app.css("div.palette input[type='search']").await;
    search.send_keys("core group sogi").await.unwrap();
    app.wait_for_text("#palette-hit-0", "Core group").await;
    search
        .send_keys(&char::from(fantoccini::key::Key::Enter).to_string())
        .await
        .unwrap();
    let note = app.css("article.note.highlighted").await;
    assert!(note.text().await.unwrap().contains("Core group on SOGI"));
    let seen = app
        .client
        .execute(
            "const note = document.activeElement;
             const main = document.querySelector('main.main').getBoundingClientRect();
             const r = note.getBoundingClientRect();
             return note.matches('article.note.highlighted') && r.top >= main.top && r.bottom <= main.bottom;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        seen,
        Value::Bool(true),
        "the note has the keyboard and is in sight"
    );
    shoot(&app, "note-from-search").await;

    app.open_section("Settings").await;
    shoot(&app, "settings").await;
    assert_only_the_main_area_scrolls(&app, "Settings").await;
    shoot(&app, "settings-end").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_loaded_or_created_becomes_the_selected_one_its_dates_typed_day_first() {
    let harness = Harness::start();
    let app = harness.open_app().await;

    // No session yet: the session sections wait for one.
    let overview = "//nav[contains(@class, 'sidebar')]//button[normalize-space()='Overview']";
    let disabled = |app: &App| {
        let app = app.client.clone();
        async move {
            app.find(Locator::XPath(overview))
                .await
                .unwrap()
                .attr("aria-disabled")
                .await
                .unwrap()
        }
    };
    assert_eq!(disabled(&app).await.as_deref(), Some("true"));

    // A session made in the form, its days typed day first: it is selected at once.
    app.click_button("New session").await;
    app.type_into("session-number", "39").await;
    app.type_date("session-start", "2018-09-10").await;
    app.type_date("session-end", "2018-09-28").await;
    app.click_button("Create session").await;
    app.wait_for_text(
        r#"article[data-session-label="39"]"#,
        "10–28 September 2018",
    )
    .await;
    app.wait_for(Locator::XPath(&format!("{overview}[not(@aria-disabled)]")))
        .await;
    let chosen = app
        .css("#session-switcher")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_ne!(chosen.as_deref(), Some(""), "the new session is selected");

    // A month-first date is refused, naming the field, and nothing is sent.
    app.click_button("New session").await;
    app.type_into("session-number", "40").await;
    app.type_into("session-start", "06192018").await;
    app.type_date("session-end", "2019-03-22").await;
    app.click_button("Create session").await;
    let message = app.text("#session-start-unread").await;
    assert!(
        message.starts_with("First day: “06192018” is not a date"),
        "{message}"
    );
    app.click_button("Cancel").await;
    assert_eq!(app.count(r#"article[data-session-label="40"]"#).await, 0);

    // The example: loaded, and selected.
    app.click_button("Load example session (HRC38)").await;
    app.wait_for_text("p.notice", "HRC38 was loaded").await;
    let switcher = app.css("#session-switcher").await;
    let selected = app
        .client
        .execute(
            "const s = document.getElementById('session-switcher'); return s.options[s.selectedIndex].text;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(selected, Value::from("HRC38"), "{switcher:?}");
    app.close().await;
}
