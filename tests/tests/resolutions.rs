//! Resolutions end to end, on the HRC38 example: a text is added from the Resolutions screen
//! (its page opens), co-sponsors join by pasting the paragraph as published, a recorded vote
//! pasted with a misspelt State is refused naming it with nothing stored, then the right lists
//! are recorded and the page charts them by regional group (counts in a table, not colour alone);
//! then, on the page, a revision with a symbol that is none is refused naming it (nothing stored,
//! the rows kept), a /Rev.1 and an oral revision are saved with a mandate the text renews, an
//! amendment with a misspelt State is refused, then added, and its recorded vote is charted by
//! regional group; axe finds no serious violation on the board, the page, the vote form, or the
//! page with the revisions and amendment forms open.
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::key::Key;
use hrc_core::domain::resolution::{
    AmendmentStatus, MandateEffect, Resolution, ResolutionStatus, SponsorRole,
};
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

    revisions_and_a_mandate(&app, &db, id).await;
    an_amendment_and_its_vote(&app, &db, id).await;

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

/// The element matching `selector`, brought into sight.
async fn shown(app: &App, selector: &str) -> Element {
    let element = app.css(selector).await;
    app.scroll_to(&element).await;
    element
}

/// The id of the element matching `selector` (rows' fields are named by a key of the page's own).
async fn id_of(app: &App, selector: &str) -> String {
    app.css(selector)
        .await
        .attr("id")
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} has no id"))
}

/// "Edit revisions and mandates": a revision whose symbol is none is refused under it with nothing
/// stored and the rows kept; then a /Rev.1 and an oral revision with their days and a mandate the
/// text renews, chosen from the mandates list by the keyboard, are saved.
async fn revisions_and_a_mandate(app: &App, db: &std::path::Path, id: Uuid) {
    app.click_button("Edit revisions and mandates").await;
    app.click_button("Add revision").await;
    let row = |n: usize| format!(".revisions-form li:nth-child({n}) div.row");
    let symbol = id_of(app, &format!("{} input[name=revision_symbol]", row(1))).await;
    app.type_into(&symbol, "L.17/Rev.1").await;
    let date = id_of(app, &format!("{} input[name=revision_date]", row(1))).await;
    app.type_date(&date, "2018-07-02").await;
    app.click_button("Save revisions and mandates").await;
    app.wait_for_text(&format!("#{symbol}-error"), "\"L.17/Rev.1\"")
        .await;
    audit(app, "the revisions and mandates form refusing a symbol").await;
    photograph(app, "resolution-revision-refused.png").await;
    let stored = Store::open(db).unwrap().resolution(id).unwrap();
    assert!(stored.revisions.is_empty(), "nothing stored");
    let kept = app.css(&format!("#{symbol}")).await.prop("value").await;
    assert_eq!(
        kept.unwrap().as_deref(),
        Some("L.17/Rev.1"),
        "the row stays"
    );

    app.type_into(&symbol, "A/HRC/38/L.17/Rev.1").await;
    app.click_button("Add revision").await;
    let kind = id_of(app, &format!("{} select[name=revision_kind]", row(2))).await;
    app.choose(&kind, "An oral revision").await;
    assert_eq!(
        app.count(&format!("{} input[name=revision_symbol]", row(2)))
            .await,
        0,
        "an oral revision has no symbol"
    );
    let date = id_of(app, &format!("{} input[name=revision_date]", row(2))).await;
    app.type_date(&date, "2018-07-05").await;

    app.click_button("Add mandate").await;
    let mandate = id_of(app, ".revisions-form input[name=mandate]").await;
    app.type_into(&mandate, "opinion and expression").await;
    app.css(&format!("#{mandate}-list li")).await;
    app.press(char::from(Key::Down)).await;
    app.press(char::from(Key::Enter)).await;
    let effect = id_of(app, ".revisions-form select[name=mandate_effect]").await;
    app.choose(&effect, "Renews").await;
    audit(app, "the revisions and mandates form with its rows").await;
    photograph(app, "resolution-revisions-form.png").await;
    app.click_button("Save revisions and mandates").await;
    app.wait_for_text(".notice", "Revisions and mandates saved.")
        .await;

    let stored = Store::open(db).unwrap().resolution(id).unwrap();
    let revisions: Vec<_> = (stored.revisions.iter())
        .map(|r| (r.symbol.as_deref(), r.oral, r.date.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        revisions,
        [
            (
                Some("A/HRC/38/L.17/Rev.1"),
                false,
                Some("2018-07-02".into())
            ),
            (None, true, Some("2018-07-05".into())),
        ]
    );
    assert_eq!(stored.mandates.len(), 1);
    assert_eq!(
        stored.mandates[0].name,
        "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression"
    );
    assert_eq!(stored.mandates[0].effect, Some(MandateEffect::Renews));
    let text = format!(r#"[aria-labelledby="resolution-page-{id}-text"]"#);
    app.wait_for_text(&text, "Oral revision · 5 July 2018")
        .await;
    app.wait_for_text(&text, "Renews Special Rapporteur on the promotion")
        .await;
}

/// An amendment presented with a misspelt State is refused naming it, nothing stored and what was
/// typed kept; added right, its recorded vote is charted by regional group and sets its status.
async fn an_amendment_and_its_vote(app: &App, db: &std::path::Path, id: Uuid) {
    app.click_button("Add amendment").await;
    let new = format!("new-{id}");
    app.type_into(&format!("amendment-symbol-{new}"), "a/hrc/38/l.35")
        .await;
    app.type_into(
        &format!("amendment-summary-{new}"),
        "Deletes operative paragraph 4",
    )
    .await;
    app.type_into(
        &format!("amendment-sponsors-{new}"),
        &typed("Russian Federation\nBelarrus"),
    )
    .await;
    // Both forms open on the page at once: the amendment and the text's revisions. With the
    // keyboard in the revisions form, a click below it reaches its button (nested fieldsets there
    // once left WebKit's layout 42 px too tall until the first blur, and the click missed).
    app.click_button("Edit revisions and mandates").await;
    app.css(".revisions-form").await;
    app.click_button("Add amendment").await;
    app.wait_for_text(&format!("#amendment-sponsors-{new}-error"), "\"Belarrus\"")
        .await;
    audit(
        app,
        "the page with the revisions form and a refused amendment open",
    )
    .await;
    photograph(app, "resolution-amendment-refused.png").await;
    assert!(
        (Store::open(db).unwrap().resolution(id).unwrap().amendments).is_empty(),
        "nothing stored"
    );
    let kept = (app.css(&format!("#amendment-summary-{new}")).await)
        .prop("value")
        .await;
    assert_eq!(
        kept.unwrap().as_deref(),
        Some("Deletes operative paragraph 4")
    );
    app.click_button("Cancel").await;

    app.type_into(
        &format!("amendment-sponsors-{new}"),
        &typed("Russian Federation\nBelarus"),
    )
    .await;
    app.click_button("Add amendment").await;
    app.wait_for_text(".notice", "Amendment A/HRC/38/L.35 added.")
        .await;
    let stored = Store::open(db).unwrap().resolution(id).unwrap();
    let amendment = stored.amendments[0].clone();
    assert_eq!(amendment.symbol, "A/HRC/38/L.35");
    assert_eq!(amendment.sponsors.len(), 2);
    assert_eq!(amendment.status, AmendmentStatus::Tabled);
    let a = amendment.id;

    // Its vote, pasted as for the text: ILLUSTRATIVE lists, not the record of any amendment.
    shown(app, &format!("#amendment-{a}-record"))
        .await
        .click()
        .await
        .unwrap();
    app.type_into(
        &format!("vote-{a}-lists"),
        &typed(
            "In favour (2): China, Cuba\n\
             Against (5): Chile, Germany, Japan, Kenya, Mexico\n\
             Abstaining (2): Angola, India",
        ),
    )
    .await;
    audit(app, "the vote form of an amendment").await;
    app.click_button("Record vote").await;
    app.wait_for_text(
        ".notice",
        "Amendment A/HRC/38/L.35: Rejected by a recorded vote of 2 to 5, with 2 abstentions",
    )
    .await;
    let stored = Store::open(db).unwrap().resolution(id).unwrap();
    assert_eq!(stored.amendments[0].status, AmendmentStatus::Rejected);
    assert_eq!(
        stored.amendments[0].vote.as_ref().map(|v| v.states.len()),
        Some(9)
    );
    assert_eq!(
        stored.status,
        ResolutionStatus::AdoptedWithVote,
        "the text's own status stays"
    );
    let row = format!(
        r#"[aria-labelledby="amendment-{a}-symbol"] .vote-chart tr[data-group="latin-american-caribbean"]"#
    );
    app.wait_for_text(&format!("{row} th"), "Latin American and Caribbean States")
        .await;
    let mut shown_counts = Vec::new();
    for column in 2..=5 {
        shown_counts.push(app.text(&format!("{row} td:nth-child({column})")).await);
    }
    assert_eq!(
        shown_counts,
        ["1", "2", "0", "0"],
        "Cuba for, Chile and Mexico against"
    );
    shown(app, &row).await;
    audit(
        app,
        "a text's page with an amendment's vote by regional group",
    )
    .await;
    photograph(app, "resolution-amendment.png").await;
}
