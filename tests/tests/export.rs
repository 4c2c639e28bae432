//! Export end to end: open the Export dialog on the HRC38 example, see the preview, choose
//! Markdown, and save through the real (GTK) save dialog — typed into with xdotool, as a person
//! would — then read the file the app wrote.
use std::time::{Duration, Instant};

use fantoccini::Locator;
use hrc_e2e::desktop::{window, xdotool};
use hrc_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn a_session_is_exported_through_the_save_dialog() {
    let harness = Harness::start();
    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("HRC38 briefing.md");
    let app = harness.open_app().await;

    app.click_button("Load example session (HRC38)").await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.click_button("Export…").await;

    // The preview shows the overview as it prints (the core's page in a shadow root, its
    // stylesheet adopted: A4 wide, zoomed out to fit the pane), notes left out until chosen.
    let deadline = Instant::now() + Duration::from_secs(10);
    let page = loop {
        let page = app
            .client
            .execute(
                r#"const root = document.querySelector('section.preview .print-preview')?.shadowRoot;
                   const page = root?.querySelector('.page');
                   return page ? [page.textContent, page.offsetWidth, root.querySelectorAll('section.notes').length] : null;"#,
                vec![],
            )
            .await
            .unwrap();
        if page
            .as_array()
            .is_some_and(|p| p[0].as_str().unwrap().contains("Reprisals"))
        {
            break page;
        }
        assert!(
            Instant::now() < deadline,
            "the preview never showed the key issues"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let width = page[1].as_f64().unwrap();
    assert!(
        (790.0..800.0).contains(&width),
        "A4 is 210 mm (794 px) wide: {width}"
    );
    assert_eq!(page[2], 0, "notes stay out of the preview unless chosen");
    app.client
        .find(Locator::Css(r#"input[name="export-format"][value="md"]"#))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.click_button("Save as…").await;

    // The GTK save dialog: type the whole path into its name field, and save.
    let dialog = window("Export HRC38");
    xdotool(&["mousemove", "--window", &dialog, "40", "40"]);
    xdotool(&["windowfocus", "--sync", &dialog]);
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "20", target.to_str().unwrap()]);
    xdotool(&["key", "Return"]);

    // Said by the status region beside Save as… (there, empty, from the start), with the file's
    // Open and Show in folder; choosing another format forgets it.
    let saved = app
        .wait_for_text(".export p.saved[role='status']", "HRC38 briefing.md")
        .await;
    assert!(saved.starts_with("Saved to "), "{saved}");
    app.css(".export footer button:not(.primary)").await;
    let reach: Vec<String> = texts_of(&app, ".export footer button").await;
    assert_eq!(reach, ["Save as…", "Open", "Show in folder"]);
    let md = std::fs::read_to_string(&target).expect("the app wrote the file the person chose");
    assert!(
        md.starts_with("# HRC38: 38th regular session of the Human Rights Council"),
        "{}",
        &md[..80]
    );
    assert!(md.contains("### Reprisals"));
    assert!(md.contains("| Enough is Enough"), "the statements table");
    assert!(!md.contains("## Notes"), "notes stay out unless chosen");

    // The dialog opens again on the format chosen last for the session (kept by the core).
    app.click_button("Close").await;
    app.click_button("Export…").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !app
        .client
        .find(Locator::Css(r#"input[name="export-format"][value="md"]"#))
        .await
        .unwrap()
        .is_selected()
        .await
        .unwrap()
    {
        assert!(
            Instant::now() < deadline,
            "the dialog forgot the format chosen last"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    app.client
        .find(Locator::Css(r#"input[name="export-format"][value="html"]"#))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for_text_where(".export p.saved", "nothing", str::is_empty)
        .await;
    assert_eq!(app.count(".export footer button").await, 1, "only Save as…");

    // A script in the page cannot write elsewhere: the shell exports only to a file the person
    // chose in its own dialog in this run, and imports only such a file.
    let elsewhere = out_dir.path().join("not chosen.md");
    let answer = app
        .client
        .execute_async(
            r#"const [path, done] = arguments;
               const session = '00000000-0000-7000-8000-000000000000';
               Promise.allSettled([
                 window.__TAURI_INTERNALS__.invoke('export_session', { sessionId: session, format: 'md', sections: [], path }),
                 window.__TAURI_INTERNALS__.invoke('import_bundle', { path, asCopy: false }),
               ]).then((r) => done(r.map((x) => x.status + ' ' + JSON.stringify(x.reason ?? null))));"#,
            vec![elsewhere.to_str().unwrap().into()],
        )
        .await
        .unwrap();
    for said in answer.as_array().unwrap() {
        let said = said.as_str().unwrap();
        assert!(
            said.starts_with("rejected") && said.contains("choose the file in the dialog"),
            "{said}"
        );
    }
    assert!(!elsewhere.exists());
    app.close().await;
}

/// The text of every element matching `selector`, in order.
async fn texts_of(app: &hrc_e2e::App, selector: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in app.client.find_all(Locator::Css(selector)).await.unwrap() {
        texts.push(element.text().await.unwrap());
    }
    texts
}
