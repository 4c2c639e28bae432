//! One-page briefs end to end, on the HRC38 example: Export brief… on Burundi's card opens a
//! dialog (no serious axe violation) choosing the format; Markdown is saved through the real
//! (GTK) save dialog — typed into with xdotool, as a person would — and read back; then the brief
//! on the Reprisals key issue is saved as Word, the format the dialog opens on.
use fantoccini::Locator;
use hrc_e2e::desktop::{window, xdotool};
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
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        app.screenshot(&std::path::Path::new(&dir).join(name)).await;
    }
}

/// Types the whole of `path` into the GTK save dialog named `title`, and saves.
fn save_as(title: &str, path: &std::path::Path) {
    let dialog = window(title);
    xdotool(&["mousemove", "--window", &dialog, "40", "40"]);
    xdotool(&["windowfocus", "--sync", &dialog]);
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "20", path.to_str().unwrap()]);
    xdotool(&["key", "Return"]);
}

/// Clicks the element at `selector`.
async fn click(app: &App, selector: &str) {
    let element = app.css(selector).await;
    app.scroll_to(&element).await;
    element.click().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_brief_on_a_situation_and_on_a_key_issue_is_saved() {
    let harness = Harness::start();
    let out_dir = tempfile::tempdir().unwrap();
    let app = harness.open_app().await;
    app.click_button("Load example session (HRC38)").await;
    click(&app, r#"article[data-session-label="38"] button.open"#).await;

    app.open_section("Situations").await;
    click(
        &app,
        r#"article[data-country="BDI"] button[aria-label="Export brief on Burundi…"]"#,
    )
    .await;
    let heading = app
        .wait_for_text(".brief-export h2", "Brief on Burundi")
        .await;
    assert_eq!(heading, "Brief on Burundi");
    let word = app
        .client
        .find(Locator::Css(r#".brief-export input[value="docx"]"#))
        .await
        .unwrap();
    assert_eq!(
        word.prop("checked").await.unwrap().as_deref(),
        Some("true"),
        "Word first"
    );
    audit(&app, "the brief dialog").await;
    photograph(&app, "brief-dialog.png").await;

    click(&app, r#".brief-export input[value="md"]"#).await;
    app.click_button("Save…").await;
    let target = out_dir.path().join("Burundi brief.md");
    save_as("Export the brief on Burundi", &target);
    let saved = app
        .wait_for_text(".brief-export p.saved[role='status']", "Burundi brief.md")
        .await;
    assert!(saved.starts_with("Saved to "), "{saved}");
    photograph(&app, "brief-saved.png").await;
    let md = std::fs::read_to_string(&target).expect("the app wrote the file the person chose");
    assert!(md.starts_with("# Burundi: brief for HRC38\n"), "{md}");
    assert!(
        md.contains("| General debate on item 4 | We speak: Item 4 general debate: Burundi, Eritrea and Syria |"),
        "{md}"
    );
    app.click_button("Close").await;
    assert_eq!(app.count(".brief-export").await, 0);

    app.open_section("Key issues").await;
    photograph(&app, "key-issues-with-brief.png").await;
    click(&app, r#"button[aria-label="Export brief on Reprisals…"]"#).await;
    app.wait_for_text(".brief-export h2", "Brief on Reprisals")
        .await;
    app.click_button("Save…").await;
    let target = out_dir.path().join("Reprisals brief.docx");
    save_as("Export the brief on Reprisals", &target);
    app.wait_for_text(
        ".brief-export p.saved[role='status']",
        "Reprisals brief.docx",
    )
    .await;
    let docx = std::fs::read(&target).expect("the Word brief");
    assert!(docx.starts_with(b"PK"), "a Word file (a zip)");
    app.close().await;
}
