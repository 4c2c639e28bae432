//! Resolutions end to end, on the HRC38 example: a text is added from the Resolutions screen
//! (its page opens), co-sponsors join by pasting the paragraph as published, a recorded vote
//! pasted with a misspelt State is refused naming it with nothing stored, then the right lists
//! are recorded and the page charts them by regional group (counts in a table, not colour alone);
//! axe finds no serious violation on the board, the page, or the vote form.
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use hrc_core::domain::resolution::{Resolution, ResolutionStatus, SponsorRole};
use hrc_core::{Store, Uuid};
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

/// The session's texts, once `ok` holds of them (the window writes through the shell).
fn texts_when(
    db: &std::path::Path,
    session: Uuid,
    what: &str,
    ok: impl Fn(&[Resolution]) -> bool,
) -> Vec<Resolution> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let texts = Store::open(db).unwrap().resolutions(session).unwrap();
        if ok(&texts) {
            return texts;
        }
        assert!(Instant::now() < deadline, "waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `text` as typed: each line break pressed as Enter (WebDriver does not type "\n").
fn typed(text: &str) -> String {
    text.replace('\n', &char::from(Key::Enter).to_string())
}

/// An ILLUSTRATIVE recorded vote (not the record of any resolution); `chile` is how Chile is
/// written in it.
fn lists(chile: &str) -> String {
    format!(
        "In favour (5): {chile}, Germany, Japan, Kenya, Mexico\n\
         Against (2): China, Cuba\n\
         Abstaining (2): Angola, India"
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn a_text_gets_co_sponsors_and_a_recorded_vote_charted_by_regional_group() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-07-05 10:00")]);
    let db = harness.database().to_path_buf();
    let session = {
        let mut store = Store::open(&db).unwrap();
        hrc_core::demo::load(&mut store)
            .expect("the HRC38 example")
            .session
            .id
    };
    let app = harness.open_app().await;
    app.open_section("Resolutions").await;
    app.css("#council-members-heading").await;
    audit(&app, "Resolutions, no texts yet").await;

    // A text is added through its form; its page opens.
    app.click_button("Add text").await;
    app.type_into("resolution-title-new", "Civil society space")
        .await;
    app.type_into("resolution-draft-new", "a/hrc/38/l.17").await;
    app.type_into("resolution-sponsors-new", &typed("Chile\nIreland\nJapan"))
        .await;
    app.click_button("Add text").await;
    let text = texts_when(&db, session, "the text added", |t| t.len() == 1)[0].clone();
    assert_eq!(text.draft_symbol.as_deref(), Some("A/HRC/38/L.17"));
    assert_eq!(text.sponsors.len(), 3);
    let id = text.id;
    app.wait_for_text(
        &format!("#resolution-page-{id}-title"),
        "Civil society space",
    )
    .await;

    // Co-sponsors join by pasting the paragraph as published, on the day they joined.
    app.click_button("Add co-sponsors…").await;
    app.type_into(
        &format!("cosponsors-{id}-text"),
        "The following States joined as co-sponsors: Albania, Andorra and Uruguay.",
    )
    .await;
    app.type_date(&format!("cosponsors-{id}-on"), "2018-07-02")
        .await;
    app.click_button("Add co-sponsors").await;
    app.wait_for_text(".notice", "3 co-sponsors added.").await;
    let text = texts_when(&db, session, "the co-sponsors", |t| {
        t[0].sponsors
            .iter()
            .filter(|s| s.role == SponsorRole::Co)
            .count()
            == 3
    })[0]
        .clone();
    assert!(text
        .sponsors
        .iter()
        .filter(|s| s.role == SponsorRole::Co)
        .all(|s| s.joined_on.map(|d| d.to_string()).as_deref() == Some("2018-07-02")));
    app.wait_for_text(
        &format!(r#"[aria-labelledby="resolution-page-{id}-sponsors"]"#),
        "Andorra · 2 July 2018",
    )
    .await;

    // A vote pasted with a misspelt State is refused naming it; nothing is stored.
    app.click_button("Record vote…").await;
    app.type_into(&format!("vote-{id}-lists"), &typed(&lists("Chille")))
        .await;
    app.click_button("Record vote").await;
    app.wait_for_text(&format!("#vote-{id}-lists-error"), "\"Chille\"")
        .await;
    audit(&app, "the vote form refusing a misspelt State").await;
    photograph(&app, "resolution-vote-refused.png").await;
    let stored = Store::open(&db).unwrap().resolution(id).unwrap();
    assert_eq!(stored.vote, None, "nothing stored");
    assert_eq!(stored.status, ResolutionStatus::Draft);
    let kept = app
        .css(&format!("#vote-{id}-lists"))
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        kept.as_deref(),
        Some(lists("Chille").as_str()),
        "the paste stays"
    );

    // The right lists are recorded, and the page charts them by regional group.
    app.type_into(&format!("vote-{id}-lists"), &typed(&lists("Chile")))
        .await;
    app.click_button("Record vote").await;
    app.wait_for_text(
        ".notice",
        "Adopted by a recorded vote of 5 to 2, with 2 abstentions",
    )
    .await;
    let stored = Store::open(&db).unwrap().resolution(id).unwrap();
    assert_eq!(stored.status, ResolutionStatus::AdoptedWithVote);
    assert_eq!(stored.vote.as_ref().map(|v| v.states.len()), Some(9));
    let row = |group: &str| format!(r#".vote-chart tr[data-group="{group}"]"#);
    for (group, label, counts) in [
        ("african", "African States", ["1", "0", "1", "0"]),
        ("asia-pacific", "Asia-Pacific States", ["1", "1", "1", "0"]),
        (
            "latin-american-caribbean",
            "Latin American and Caribbean States",
            ["2", "1", "0", "0"],
        ),
        (
            "western-european-other",
            "Western European and other States",
            ["1", "0", "0", "0"],
        ),
    ] {
        assert_eq!(app.text(&format!("{} th", row(group))).await, label);
        let mut shown = Vec::new();
        for column in 2..=5 {
            let cell = format!("{} td:nth-child({column})", row(group));
            shown.push(app.text(&cell).await);
        }
        assert_eq!(
            shown, counts,
            "in favour, against, abstaining, not voting: {label}"
        );
    }
    assert_eq!(app.count(&row("eastern-european")).await, 0);
    audit(&app, "a text's page with its vote by regional group").await;
    photograph(&app, "resolution-page.png").await;

    // The board shows it among the texts adopted with a vote, with its counts.
    // The sidebar's link from a text's page goes back to the board.
    app.open_section("Resolutions").await;
    app.wait_for_text(
        r#"[data-status="adopted-with-vote"]"#,
        "5 yes · 2 no · 2 abst.",
    )
    .await;
    photograph(&app, "resolutions-board.png").await;
    audit(&app, "the Resolutions board").await;
    app.close().await;
}
