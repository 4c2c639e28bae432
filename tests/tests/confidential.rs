//! The confidential mark end to end, on the HRC38 example: Reprisals marked Confidential in its
//! editor shows a "Confidential" badge on its card; the Export dialog leaves it out of the
//! preview until "Include confidential items" is ticked (unticked on opening, a warning when
//! ticked), then shows it marked and the notice under the title; no serious axe violation on the
//! way. `HRC_SCREENSHOTS=DIR` keeps photographs.
use std::time::{Duration, Instant};

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

/// Clicks the element at `selector`.
async fn click(app: &App, selector: &str) {
    let element = app.css(selector).await;
    app.scroll_to(&element).await;
    element.click().await.unwrap();
}

/// The text of the Export dialog's preview once `ready` says it is the one awaited.
async fn preview_where(app: &App, what: &str, ready: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = app
            .client
            .execute(
                r#"const root = document.querySelector('section.preview .print-preview')?.shadowRoot;
                   return root?.querySelector('.page')?.textContent ?? '';"#,
                vec![],
            )
            .await
            .unwrap();
        let text = text.as_str().unwrap_or_default().to_string();
        if ready(&text) {
            return text;
        }
        assert!(Instant::now() < deadline, "the preview never {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_confidential_key_issue_is_badged_and_exported_only_when_included() {
    let harness = Harness::start();
    let app = harness.open_app().await;
    app.click_button("Load example session (HRC38)").await;
    click(&app, r#"article[data-session-label="38"] button.open"#).await;

    app.open_section("Key issues").await;
    click(&app, r#"button[aria-label="Edit Reprisals"]"#).await;
    let mark = app
        .css(r#"form.key-issue-form input[name="confidential"]"#)
        .await;
    assert!(!mark.is_selected().await.unwrap());
    app.scroll_to(&mark).await;
    mark.click().await.unwrap();
    app.click_button("Save changes").await;
    app.wait_for_text("article.key-issue .badge.confidential", "Confidential")
        .await;
    assert_eq!(app.count("article.key-issue .badge.confidential").await, 1);
    audit(&app, "Key issues with a confidential one").await;
    photograph(&app, "confidential-key-issue.png").await;

    app.open_section("Overview").await;
    app.click_button("Export…").await;
    let include = app
        .css(".export fieldset input[type='checkbox'][data-confidential]")
        .await;
    assert!(!include.is_selected().await.unwrap(), "unticked on opening");
    preview_where(&app, "showed the overview without Reprisals", |t| {
        t.contains("Key issues") && !t.contains("Reprisals")
    })
    .await;
    app.scroll_to(&include).await;
    include.click().await.unwrap();
    app.wait_for_text(
        ".export p.warning",
        "marked confidential will be in this file",
    )
    .await;
    let text = preview_where(&app, "showed Reprisals marked", |t| {
        t.contains("Reprisals (Confidential)")
    })
    .await;
    assert!(text.contains("This document contains items marked confidential"));
    audit(&app, "the Export dialog with confidential items included").await;
    photograph(&app, "confidential-export.png").await;
    app.close().await;
}
