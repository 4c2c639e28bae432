//! Deliver mode end to end on the HRC38 example: open the item 4 statement, deliver it (the text
//! large, the countdown started with Space), mark it delivered, and find its status and time in the
//! editor, on the board and in the database.
//!
//! With `HRC_SCREENSHOTS=DIR`, it also saves what deliver mode looks like (light and dark) there.
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fantoccini::key::Key;
use hrc_core::Store;
use hrc_e2e::{App, Harness};

const TITLE: &str = "Item 4 general debate: Burundi, Eritrea and Syria";
const TIMER: &str = ".deliver-mode [role='timer']";

/// A computed style property of the element with this CSS selector.
async fn style(app: &App, selector: &str, property: &str) -> String {
    let value = app
        .client
        .execute(
            "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
            vec![selector.into(), property.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("reading {property} of {selector}: {e}"));
    value.as_str().unwrap_or_default().to_string()
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn screenshots() -> Option<PathBuf> {
    std::env::var_os("HRC_SCREENSHOTS").map(PathBuf::from)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_item_4_statement_is_delivered_against_the_clock_and_its_time_recorded() {
    let harness = Harness::start();
    let app = harness.open_app().await;

    app.click_button("Load example session (HRC38)").await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.open_section("Statements").await;
    app.click_button(TITLE).await;
    app.wait_for_text("form.statement-form .form-head", "Oral · Drafting")
        .await;

    // Deliver mode: the whole window, the text large, the limit of the general debate.
    app.click_button("Deliver").await;
    let dialog = app
        .css(r#".deliver-mode[role="dialog"][aria-modal="true"]"#)
        .await;
    let shown = dialog.text().await.unwrap();
    assert!(shown.contains(TITLE), "{shown}");
    assert!(shown.contains("Salma El Hosseiny"), "{shown}");
    assert!(shown.contains("General debate on item 4"), "{shown}");
    assert!(shown.contains("Limit 1:30"), "{shown}");
    assert!(
        shown.contains("at 150 words a minute"),
        "the estimate: {shown}"
    );
    let text = app
        .wait_for_text(
            ".deliver-mode .text",
            "The Commission of Inquiry on Burundi",
        )
        .await;
    assert!(text.contains("Thank you."), "{text}");
    assert_eq!(
        style(&app, ".deliver-mode .text", "font-size").await,
        "28px"
    );
    app.wait_for_text(TIMER, "1:30").await;

    // Space (the keyboard starts on Start) sets the countdown going.
    app.press(' ').await;
    app.wait_for_text_where(TIMER, "the countdown moving", |t| t.contains("1:2"))
        .await;
    app.wait_for_text(".deliver-mode .row", "Pause").await;
    if let Some(dir) = screenshots() {
        tokio::time::sleep(Duration::from_millis(2500)).await;
        app.screenshot(&dir.join("deliver.png")).await;
        app.client
            .execute("document.documentElement.dataset.theme = 'dark';", vec![])
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(600)).await;
        app.screenshot(&dir.join("deliver-dark.png")).await;
        app.client
            .execute("delete document.documentElement.dataset.theme;", vec![])
            .await
            .unwrap();
    }

    // Mark delivered (a quiet button that asks once): the time is recorded and shown, the clock stops.
    app.click_button("Mark delivered…").await;
    let before = now_ms();
    app.click_button("Yes, mark delivered").await;
    let delivered = app
        .wait_for_text(".deliver-mode .delivered", "Delivered at ")
        .await;
    let after = now_ms();
    let stopped = app.text(TIMER).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        app.text(TIMER).await,
        stopped,
        "the clock stops once delivered"
    );
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("deliver-delivered.png")).await;
    }

    // Esc leaves (the timer is stopped: nothing to confirm); the editor shows the new status.
    app.press(Key::Escape.into()).await;
    let head = app
        .wait_for_text("form.statement-form .form-head", "Oral · Delivered")
        .await;
    let status = app.css("#statement-status").await.prop("value").await;
    assert_eq!(status.ok().flatten().as_deref(), Some("delivered"));
    assert_eq!(app.count(".deliver-mode").await, 0);
    app.click_button("Close").await;
    let card = app
        .wait_for_text(
            r#"section[data-status="delivered"] article.statement-card"#,
            TITLE,
        )
        .await;
    app.close().await;

    // The database holds the status and the time the window showed.
    let store = Store::open(harness.database()).unwrap();
    let session = store
        .list_sessions()
        .unwrap()
        .into_iter()
        .find(|s| s.label == "38")
        .expect("HRC38");
    let statement = store
        .statements(session.id)
        .unwrap()
        .into_iter()
        .find(|s| s.title == TITLE)
        .expect("the item 4 statement");
    assert_eq!(statement.status.key(), "delivered");
    let at = statement.delivered_at.expect("a delivery time");
    assert!(
        (before - 1000..=after + 1000).contains(&at.timestamp_millis()),
        "delivered at {at}, clicked between {before} and {after} ms"
    );
    let (date, time) = hrc_core::geneva::from_utc(at);
    let hh_mm = time.format("%H:%M").to_string();
    assert!(
        delivered.contains(&format!("Delivered at {hh_mm}")),
        "{delivered}"
    );
    let full = format!("Delivered {}, {hh_mm}", date.format("%-d %B %Y"));
    assert!(head.contains(&full), "the editor: {head}; wanted {full}");
    assert!(card.contains(&full), "the card: {card}; wanted {full}");
}
