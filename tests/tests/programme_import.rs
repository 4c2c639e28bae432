//! Import programme…, end to end: on the HRC38 example with the clock at 10:30 on 20 June 2018,
//! the Orders of the Day of 19 and 20 June are pasted into the Programme's import dialog; Preview
//! counts six meetings changed (those typed by hand, found, not doubled) and says so of each,
//! nothing written; Import says what it did and marks the meetings it changed, and Today marks
//! the day's. Previewed at 200 %, the dialog's preview is brought into sight and Import stays
//! within reach; axe finds nothing serious on it at 200 % and at 100 %, nor on Today. With `HRC_SCREENSHOTS=DIR`, pictures
//! of the dialog (both zooms), the marked programme and Today are saved there.
use std::time::Duration;

use fantoccini::key::Key;
use hrc_core::Store;
use hrc_e2e::{App, Harness};

/// The Orders of the Day of 19 and 20 June 2018 as copied from their PDFs (the CLI's fixture).
const ORDER_OF_THE_DAY: &str =
    include_str!("../../cli/tests/fixtures/order-of-the-day-hrc38-19-20-june.txt");
const DIALOG: &str = "dialog.programme-import";
const TODAY: &str = r#"section[aria-labelledby="today-programme-heading"]"#;
const MARK: &str = "Changed by the latest import";

/// Fails on a serious or critical axe violation of the window as it is now.
async fn audit(app: &App, what: &str) {
    let serious: Vec<String> = (app.axe().await.into_iter())
        .filter(|v| v.is_serious())
        .map(|v| v.to_string())
        .collect();
    assert!(serious.is_empty(), "{what}:\n{}", serious.join("\n"));
}

/// Saves a picture of the window as `DIR/NAME.png` when `HRC_SCREENSHOTS=DIR` is set.
async fn shot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        tokio::time::sleep(Duration::from_millis(400)).await;
        app.screenshot(&std::path::Path::new(&dir).join(format!("{name}.png")))
            .await;
    }
}

/// The root font size, as Ctrl+= and Ctrl+− set it ("16px" at 100 %).
async fn font_size(app: &App) -> String {
    let size = app
        .client
        .execute(
            "return getComputedStyle(document.documentElement).fontSize;",
            vec![],
        )
        .await
        .expect("the font size");
    size.as_str().unwrap_or_default().to_string()
}

/// Whether the element this CSS selector finds lies whole inside the window.
async fn in_the_window(app: &App, selector: &str) -> bool {
    let answer = app
        .client
        .execute(
            r#"const box = document.querySelector(arguments[0]).getBoundingClientRect();
               return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;"#,
            vec![selector.into()],
        )
        .await
        .unwrap_or_else(|e| panic!("measuring {selector}: {e}"));
    answer == serde_json::Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_order_of_the_day_pasted_is_previewed_imported_and_marked_on_the_programme_and_today() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-20 10:30")]);
    hrc_core::demo::load(&mut Store::open(harness.database()).unwrap()).expect("the example");
    let app = harness.open_app().await;

    // The app opens on Today, 20 June: nothing imported yet, nothing marked.
    let before = app
        .wait_for_text(TODAY, "ID with the Special Rapporteur")
        .await;
    assert!(!before.contains("latest import"), "{before}");

    app.open_section("Programme").await;
    app.click_button("Import programme…").await;
    app.css(DIALOG).await;
    // Pasted as typed: each line ended by Enter.
    let enter = char::from(Key::Enter).to_string();
    app.type_into(
        "programme-import-text",
        &ORDER_OF_THE_DAY.trim_end().replace('\n', &enter),
    )
    .await;
    let typed = app
        .css("#programme-import-text")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(typed, ORDER_OF_THE_DAY.trim_end(), "the text as pasted");

    // Previewed at 200 %: the dialog in one column, the preview brought into sight below the
    // text, and Import within reach.
    for _ in 0..6 {
        app.press_ctrl('=').await;
    }
    assert_eq!(font_size(&app).await, "32px", "Ctrl+= six times is 200 %");
    app.click_button("Preview").await;
    let counts = app
        .wait_for_text(&format!("{DIALOG} .counts"), "changed")
        .await;
    assert!(
        counts.starts_with("0 added, 0 moved, 6 changed, 0 cancelled · "),
        "{counts}"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    for part in [".counts", "footer.actions button.primary"] {
        assert!(
            in_the_window(&app, &format!("{DIALOG} {part}")).await,
            "{part} is out of sight at 200 %"
        );
    }
    shot(&app, "programme-import-preview-200").await;
    audit(&app, "the import dialog at 200 %").await;

    // At 100 %: the text and the preview side by side.
    app.press_ctrl('0').await;
    assert_eq!(font_size(&app).await, "16px");
    let preview = app.text(&format!("{DIALOG} section.preview")).await;
    assert!(preview.contains("Changed (6)"), "{preview}");
    assert!(
        preview.contains("typed by hand before; now kept in step with the programme"),
        "{preview}"
    );
    shot(&app, "programme-import-preview").await;
    audit(&app, "the import dialog with its preview").await;

    app.click_button("Import").await;
    let notice = app
        .wait_for_text(".content .notice", "Imported “pasted text”")
        .await;
    assert!(
        notice.contains("0 added, 0 moved, 6 changed, 0 cancelled"),
        "{notice}"
    );
    assert_eq!(app.count(DIALOG).await, 0, "the dialog closed");
    let marked = app.wait_for_text(".content", MARK).await;
    assert!(
        marked.contains("typed by hand before; now kept in step with the programme"),
        "{marked}"
    );
    shot(&app, "programme-import-marked").await;

    // Today, 20 June: the day's meetings the import changed carry the same mark.
    app.open_section("Today").await;
    let today = app.wait_for_text(TODAY, MARK).await;
    assert!(
        today.contains("typed by hand before; now kept in step with the programme"),
        "{today}"
    );
    app.scroll_to(&app.css(TODAY).await).await;
    shot(&app, "programme-import-today").await;
    audit(&app, "Today with the import's marks").await;
    app.close().await;
}
