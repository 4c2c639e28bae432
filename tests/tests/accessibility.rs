//! WCAG 2.2 AA: axe-core runs over every screen of the HRC38 example on 27 June 2018 at 12:30, in
//! the light theme and then the dark one (one start of the app each), and any serious or critical
//! violation fails the test with the rule, the elements and axe's summary. So does a field whose
//! border (its only outline) is under 3:1 or whose placeholder is under 4.5:1, which axe leaves out.
//! `HRC_SCREENSHOTS=DIR` also photographs each screen in the light theme, as in docs/screenshots.
use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Locator;
use hrc_core::Store;
use hrc_e2e::{App, Harness, Violation};

const STATEMENT: &str = "Item 4 general debate: Burundi, Eritrea and Syria";
/// The Orders of the Day of 19 and 20 June 2018 (the CLI's fixture), for the import's preview.
const ORDER_OF_THE_DAY: &str =
    include_str!("../../cli/tests/fixtures/order-of-the-day-hrc38-19-20-june.txt");
/// A text added to the example for its page and vote chart (the example has no texts).
const TEXT: &str = "Civil society space";

/// Adds TEXT to HRC38 with its sponsors and an ILLUSTRATIVE recorded vote (not the record of 38/12).
fn add_text(store: &mut Store, session: hrc_core::Uuid) {
    use hrc_core::domain::resolution::{ResolutionInput, VoteEntry, VoteInput};
    let text = store
        .create_resolution(&ResolutionInput {
            session_id: session,
            title: TEXT.into(),
            draft_symbol: Some("A/HRC/38/L.17".into()),
            agenda_item: Some(3),
            sponsors: vec!["Chile".into(), "Ireland".into()],
            cosponsors: vec!["Albania@2018-07-02".into()],
            ..ResolutionInput::default()
        })
        .expect("a text");
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: Some("2018-07-06".into()),
            entry: VoteEntry::Lists {
                text: "In favour: Chile, Germany, Japan, Kenya, Mexico, Slovakia\n\
                       Against: China, Cuba\nAbstaining: Angola, India"
                    .into(),
                counts: None,
            },
        })
        .expect("a vote");
}

/// What the audit found, screen by screen.
#[derive(Default)]
struct Audit {
    serious: Vec<(String, Violation)>,
    faint: Vec<String>,
    lesser: Vec<(String, Violation)>,
    screens: usize,
}

impl Audit {
    /// Waits for the screen to settle, then runs axe over the window.
    async fn check(&mut self, app: &App, theme: &str, screen: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while app.count("[aria-busy='true']").await > 0 && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        self.screens += 1;
        // `HRC_SCREENSHOTS=DIR` keeps a photograph of each screen (light theme) there, named as in
        // docs/screenshots ("Key issues" → key-issues.png).
        if let (Some(dir), "light") = (std::env::var_os("HRC_SCREENSHOTS"), theme) {
            let name = format!("{}.png", screen.to_lowercase().replace(' ', "-"));
            app.screenshot(&std::path::Path::new(&dir).join(name)).await;
        }
        let place = format!("{screen} ({theme})");
        for problem in app.faint_fields().await {
            self.faint.push(format!("{place}: {problem}"));
        }
        for violation in app.axe().await {
            if violation.is_serious() {
                self.serious.push((place.clone(), violation));
            } else {
                self.lesser.push((place.clone(), violation));
            }
        }
    }
}

/// Opens a sidebar section and audits it.
async fn section(audit: &mut Audit, app: &App, theme: &str, label: &str) {
    app.open_section(label).await;
    audit.check(app, theme, label).await;
}

/// Tabs through the statement editor from its title to its Save button (past the situations and
/// key issues checklists) and checks that the sticky footer never hides what has the focus
/// (WCAG 2.4.11): a control shows whole, a tall text box at least its first lines.
async fn focus_never_under_the_footer(app: &App) {
    app.client
        .execute(
            "document.getElementById('statement-title').focus();",
            vec![],
        )
        .await
        .expect("focus the title");
    for _ in 0..80 {
        tokio::time::sleep(Duration::from_millis(80)).await;
        let answer = app
            .client
            .execute(
                r#"const el = document.activeElement;
                   const footer = document.querySelector("form.statement-form > footer");
                   if (!footer || footer.contains(el)) return null;
                   const box = el.getBoundingClientRect();
                   const top = footer.getBoundingClientRect().top;
                   const hidden = box.height < 100 ? box.bottom > top + 1 : box.top > top - 40;
                   return hidden ? (el.id || el.outerHTML.slice(0, 120)) : "";"#,
                vec![],
            )
            .await
            .expect("where the focus is");
        match answer.as_str() {
            None => return, // the footer's own buttons: the whole form was crossed
            Some("") => app.press(Key::Tab.into()).await,
            Some(hidden) => panic!("the editor's footer hides the focused {hidden}"),
        }
    }
    panic!("Tab never reached the editor's footer");
}

/// Every screen, dialog and form of the window, in this theme.
async fn audit_every_screen(audit: &mut Audit, app: &App, theme: &str) {
    // The app opens on Today during the session.
    app.css(r#".content[data-screen="today"]"#).await;
    audit.check(app, theme, "Today").await;
    for label in [
        "Sessions",
        "Organisations",
        "Documents",
        "Mandates",
        "Overview",
        "Programme",
        "Agenda",
        "Situations",
        "Key issues",
        "Notes",
        "Resolutions",
        "Search",
        "Settings",
    ] {
        section(audit, app, theme, label).await;
    }

    section(audit, app, theme, "Statements").await;
    // The window says where the person is (WCAG 2.4.2).
    assert_eq!(
        app.client.title().await.expect("the window's title"),
        "Statements — HRC38 — HRC Planner"
    );
    app.click_button(STATEMENT).await;
    app.css("form.statement-form").await;
    audit.check(app, theme, "Statement editor").await;
    if theme == "light" {
        focus_never_under_the_footer(app).await;
    }
    app.click_button("Deliver").await;
    app.css(".deliver-mode").await;
    audit.check(app, theme, "Deliver mode").await;
    app.press(Key::Escape.into()).await;
    app.wait_for(Locator::Css("form.statement-form")).await;

    app.open_section("Resolutions").await;
    app.click_button(TEXT).await;
    app.css(".vote-chart table").await;
    audit.check(app, theme, "Resolution page").await;
    app.click_button("Record vote…").await;
    app.css("form.vote-form").await;
    audit.check(app, theme, "Record vote form").await;
    app.click_button("Cancel").await;

    section(audit, app, theme, "Side events").await;
    app.click_button("List").await;
    audit.check(app, theme, "Side events list").await;

    app.open_section("Overview").await;
    app.click_button("Export…").await;
    app.css("section.preview").await;
    audit.check(app, theme, "Export dialog").await;
    app.press(Key::Escape.into()).await;

    app.open_section("Organisations").await;
    app.click_button("Add organisation").await;
    app.css("#organisation-name-new").await;
    audit.check(app, theme, "Add organisation form").await;
    app.click_button("Cancel").await;
    app.css(r#"button[aria-label^="Merge "]"#)
        .await
        .click()
        .await
        .expect("click Merge…");
    app.css("form.organisation-merge-form [role=combobox]")
        .await
        .send_keys("a")
        .await
        .expect("type in the merge combobox");
    app.css("form.organisation-merge-form [role=option]").await;
    audit.check(app, theme, "Merge organisation form").await;
    app.press(Key::Escape.into()).await; // the list of suggestions closes, uncovering Cancel
    app.click_button("Cancel").await;

    app.open_section("Sessions").await;
    app.click_button("New session").await;
    app.css("#session-number").await;
    audit.check(app, theme, "New session form").await;
    app.click_button("Cancel").await;

    // Import programme… with the preview of an Order of the Day pasted (nothing imported).
    app.open_section("Programme").await;
    app.click_button("Import programme…").await;
    let enter = char::from(Key::Enter).to_string();
    app.type_into(
        "programme-import-text",
        &ORDER_OF_THE_DAY.trim_end().replace('\n', &enter),
    )
    .await;
    app.click_button("Preview").await;
    app.css("dialog.programme-import .counts").await;
    audit.check(app, theme, "Programme import dialog").await;
    app.press(Key::Escape.into()).await;
    assert_eq!(app.wait_for_count("dialog.programme-import", 0).await, 0);

    // The shortcut help, asked for with "?" from the page (not from a field).
    app.open_section("Overview").await;
    app.client
        .execute("document.activeElement?.blur();", vec![])
        .await
        .expect("leave the field");
    app.press('?').await;
    app.css(r#"[aria-labelledby="shortcut-help-heading"]"#)
        .await;
    audit.check(app, theme, "Shortcut help").await;
    app.press(Key::Escape.into()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_light_and_dark() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-27 12:30")]);
    let mut audit = Audit::default();
    for theme in ["light", "dark"] {
        {
            let mut store = Store::open(harness.database()).expect("the database");
            if theme == "light" {
                let example = hrc_core::demo::load(&mut store).expect("the HRC38 example");
                add_text(&mut store, example.session.id);
            }
            let mut settings = store.settings().unwrap();
            settings.theme = theme.into();
            store.save_settings(&settings).unwrap();
        }
        let app = harness.open_app().await;
        app.wait_for(Locator::Css(&format!(
            r#"html[data-theme="{theme}"] nav.sidebar"#
        )))
        .await;
        audit_every_screen(&mut audit, &app, theme).await;
        app.close().await;
    }

    for (place, violation) in &audit.lesser {
        println!("(moderate or minor) {place}: {violation}");
    }
    let report: String = audit
        .serious
        .iter()
        .map(|(place, violation)| format!("{place}: {violation}"))
        .collect();
    assert!(
        audit.serious.is_empty() && audit.faint.is_empty(),
        "{} serious or critical axe violations on {} screens:\n{report}\nFields too faint to see or read:\n{}",
        audit.serious.len(),
        audit.screens,
        audit.faint.join("\n")
    );
    println!("{} screens passed axe (WCAG 2.2 A and AA)", audit.screens);
}

/// Whether the element with this CSS selector shows all of its content (nothing cut at its edges nor
/// its container's).
async fn shown_whole(app: &App, selector: &str) -> bool {
    let answer = app
        .client
        .execute(
            r#"const el = document.querySelector(arguments[0]);
               const box = el.getBoundingClientRect();
               const pane = el.closest("aside, section, .panel") ?? document.body;
               const frame = pane.getBoundingClientRect();
               return el.scrollWidth <= el.clientWidth + 1 && box.left >= frame.left - 1 && box.right <= frame.right + 1;"#,
            vec![selector.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("measuring {selector}: {e}"));
    answer == serde_json::Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread")]
async fn text_zooms_to_200_percent_with_the_timer_whole_and_the_editor_footer_out_of_the_way() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-27 12:30")]);
    {
        let mut store = Store::open(harness.database()).expect("the database");
        hrc_core::demo::load(&mut store).expect("the HRC38 example");
    }
    let app = harness.open_app().await;
    app.css(r#".content[data-screen="today"]"#).await;
    for _ in 0..6 {
        app.press_ctrl('=').await;
    }
    let size = app
        .client
        .execute(
            "return getComputedStyle(document.documentElement).fontSize;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(size.as_str(), Some("32px"), "Ctrl+= six times is 200 %");

    // The statement editor: its footer no longer sticks over the text.
    app.open_section("Statements").await;
    app.click_button(STATEMENT).await;
    app.css("form.statement-form").await;
    let position = app
        .client
        .execute(
            "return getComputedStyle(document.querySelector('form.statement-form > footer')).position;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(position.as_str(), Some("static"));
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("editor-200.png"))
            .await;
    }

    // Deliver mode: the timer's digits whole.
    app.click_button("Deliver").await;
    app.css(".deliver-mode").await;
    assert!(
        shown_whole(&app, ".deliver-mode [role='timer'] .time").await,
        "the timer is cut at 200 %"
    );
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("deliver-200.png"))
            .await;
    }
    app.press(Key::Escape.into()).await;

    // Ctrl+0 goes back to 100 %, and the zoom is remembered from one start to the next.
    app.press_ctrl('-').await;
    app.close().await;
    let app = harness.open_app().await;
    let size = app
        .client
        .execute(
            "return getComputedStyle(document.documentElement).fontSize;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(size.as_str(), Some("28px"), "175 % is kept");
    app.press_ctrl('0').await;
    let size = app
        .client
        .execute(
            "return getComputedStyle(document.documentElement).fontSize;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(size.as_str(), Some("16px"));
    app.close().await;
}
