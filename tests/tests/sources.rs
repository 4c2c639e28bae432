//! Sources end to end, on the HRC38 example: a source added to the Reprisals key issue in its form
//! (an address and a title) is stored by the core, and the opened card shows it as a link to its
//! address; an address that is no web address is refused under the sources, and nothing is stored.
use std::time::{Duration, Instant};

use hrc_core::domain::source::Source;
use hrc_core::{Store, Uuid};
use hrc_e2e::Harness;

/// Waits until the key issue `id`'s sources, as the core reads them, are `want`.
fn eventually(db: &std::path::Path, id: Uuid, want: &[Source]) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = Store::open(db).unwrap().key_issue(id).unwrap().sources;
        if got == want {
            return;
        }
        assert!(Instant::now() < deadline, "sources stored: {got:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_source_added_in_the_form_is_stored_and_shown_as_a_link() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let issue = {
        let mut store = Store::open(&db).unwrap();
        let session = hrc_core::demo::load(&mut store)
            .expect("the HRC38 example")
            .session;
        (store.key_issues(session.id).unwrap().into_iter())
            .find(|k| k.title == "Reprisals")
            .expect("the Reprisals key issue")
            .id
    };
    let app = harness.open_app().await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.open_section("Key issues").await;
    app.css(r#"button[aria-label="Edit Reprisals"]"#)
        .await
        .click()
        .await
        .expect("click Edit");

    // A typing slip first: refused under the sources, nothing stored.
    app.click_button("Add source").await;
    let address = format!("key-issue-sources-{issue}-0-url");
    app.type_into(&address, "www.ohchr.org").await;
    app.click_button("Save changes").await;
    let said = app
        .wait_for_text(".sources .field-error", "is not a web address")
        .await;
    assert!(said.contains("\"www.ohchr.org\""), "{said}");
    eventually(&db, issue, &[]);

    app.type_into(&address, "https://www.ohchr.org/en/reprisals")
        .await;
    app.type_into(
        &format!("key-issue-sources-{issue}-0-title"),
        "OHCHR on reprisals",
    )
    .await;
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("sources-form.png"))
            .await;
    }
    app.click_button("Save changes").await;
    eventually(
        &db,
        issue,
        &[Source {
            title: "OHCHR on reprisals".into(),
            url: "https://www.ohchr.org/en/reprisals".into(),
        }],
    );

    // The card, opened, links to it.
    let toggle = app.css(&format!("#key-issue-{issue}-title")).await;
    if toggle.attr("aria-expanded").await.unwrap().as_deref() != Some("true") {
        toggle.click().await.expect("open the card");
    }
    let link = app
        .css(&format!("#key-issue-{issue} .source-links a"))
        .await;
    assert_eq!(link.text().await.unwrap(), "OHCHR on reprisals");
    assert_eq!(
        link.attr("href").await.unwrap().as_deref(),
        Some("https://www.ohchr.org/en/reprisals")
    );
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        app.scroll_to(&link).await;
        app.screenshot(&std::path::Path::new(&dir).join("sources-card.png"))
            .await;
    }
    app.close().await;
}
