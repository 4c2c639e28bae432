//! The window's rough edges, measured in the real window at 1024×768 (and 1280×800 for the
//! programme) on HRC38 at 12:30 on 27 June 2018: the overview says "Day 10 of 19"; nothing a person must read is cut or broken
//! over two lines — time ranges, "Take a note", the organisation's name, the agenda item chosen
//! for a situation or a statement, the side events' times; the side-event calendar opens on the week's earliest
//! event with today's column marked; the statement editor's checklists show whole and saving
//! leaves Delete on the footer's row. `EDGES_SHOTS=/tmp/dir` keeps photographs.
use std::path::PathBuf;

use hrc_core::Store;
use hrc_e2e::{App, Harness};
use serde_json::Value;

/// Runs a script in the window and returns what it returns.
async fn js(app: &App, script: &str) -> Value {
    app.client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("running {script}: {e}"))
}

/// For each element matching `selector`: its text and how many lines that text takes (the
/// distinct tops of its line boxes).
async fn lines(app: &App, selector: &str) -> Vec<(String, u64)> {
    let v = js(
        app,
        &format!(
            "return [...document.querySelectorAll({selector:?})].map(el => {{
               const range = document.createRange(); range.selectNodeContents(el);
               const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
               return [el.textContent.trim(), tops.size];
             }});"
        ),
    )
    .await;
    v.as_array()
        .unwrap_or_else(|| panic!("{selector}: {v}"))
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().unwrap_or_default().to_string(),
                pair[1].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// Checks that the menu with this id shows its chosen option whole: the text's width (measured in
/// the menu's font) fits inside its padding, and no box around it clips it.
async fn shows_whole(app: &App, id: &str) {
    let fits = js(
        app,
        &format!(
            "const s = document.getElementById({id:?}); const cs = getComputedStyle(s);
             const ctx = document.createElement('canvas').getContext('2d'); ctx.font = cs.font;
             const text = ctx.measureText(s.options[s.selectedIndex].text).width;
             const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
             const box = s.parentElement.getBoundingClientRect(), own = s.getBoundingClientRect();
             return [s.options[s.selectedIndex].text, text, room, own.right <= box.right + 1];"
        ),
    )
    .await;
    let (text, room) = (fits[1].as_f64().unwrap(), fits[2].as_f64().unwrap());
    assert!(
        text <= room,
        "{} is cut in #{id}: {text} px of text in {room} px",
        fits[0]
    );
    assert_eq!(fits[3], Value::Bool(true), "#{id} is clipped by its box");
}

async fn shot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("EDGES_SHOTS").map(PathBuf::from) {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        app.screenshot(&dir.join(format!("{name}.png"))).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_is_cut_or_broken_at_1024_and_the_calendar_opens_on_the_first_event_of_today() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-27 12:30")]);
    {
        let mut store = Store::open(harness.database()).expect("a new database");
        hrc_core::demo::load(&mut store).expect("the example loads");
        let mut settings = store.settings().unwrap();
        settings.my_organisation = "International Service for Human Rights (ISHR)".into();
        store.save_settings(&settings).unwrap();
    }
    let app = harness.open_app().await;
    app.client.set_window_size(1024, 768).await.unwrap();

    // Today: "Take a note" and the next meeting's time range each on one line.
    app.css(r#".content[data-screen="today"]"#).await;
    app.wait_for_text("section.now", "General debate on item 4")
        .await;
    shot(&app, "today").await;
    for (text, n) in lines(&app, "section.now .capture .button, section.now .slot").await {
        assert_eq!(n, 1, "{text:?} takes {n} lines on Today at 1024");
    }

    // Overview: which day of the session it is, as the core counts it.
    app.open_section("Overview").await;
    app.wait_for_text(".content", "Day 10 of 19").await;

    // Programme: every time range on one line, at 1024 and at 1280 (a slot's name, "Morning",
    // may stand above its hours in the narrow time column).
    app.open_section("Programme").await;
    app.css("article.meeting .slot .hours").await;
    for size in [(1024, 768), (1280, 800)] {
        app.client.set_window_size(size.0, size.1).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let slots = lines(&app, "article.meeting .slot .hours").await;
        assert!(slots.len() >= 5, "{slots:?}");
        for (text, n) in slots {
            assert_eq!(n, 1, "{text:?} takes {n} lines at {size:?}");
        }
    }
    app.client.set_window_size(1024, 768).await.unwrap();

    // Situations: the agenda item chosen shows whole in its menu.
    app.open_section("Situations").await;
    app.click_button("Add situation").await;
    let select = app.css("select[id^='situation-item-']").await;
    let id = select.attr("id").await.unwrap().unwrap();
    app.choose(&id, "Item 4 ·").await;
    shot(&app, "situation-form").await;
    shows_whole(&app, &id).await;
    app.click_button("Cancel").await;

    // Side events: today's column marked, the week opened on its earliest event, times whole.
    app.open_section("Side events").await;
    app.css(".calendar .event").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    shot(&app, "side-events").await;
    let today = js(
        &app,
        "return [...document.querySelectorAll('.calendar .column.today')].map(c => c.dataset.date);",
    )
    .await;
    assert_eq!(today, serde_json::json!(["2018-06-27"]), "today's column");
    let head = app.text(".calendar .day-head.today").await;
    assert!(head.starts_with("Today"), "today's head reads {head:?}");
    let view = js(
        &app,
        "const grid = document.querySelector('.calendar .grid');
         const head = grid.querySelector('.day-head').getBoundingClientRect();
         const g = grid.getBoundingClientRect();
         const tops = [...grid.querySelectorAll('.event')].map(e => e.getBoundingClientRect().top);
         return [Math.min(...tops), head.bottom, g.bottom, grid.scrollTop];",
    )
    .await;
    let n = |i: usize| view[i].as_f64().unwrap();
    assert!(
        n(0) >= n(1) && n(0) < n(2),
        "the earliest event is not in view under the day names: {view}"
    );
    assert!(n(3) > 0.0, "the hours were not scrolled to it: {view}");
    let cut = js(
        &app,
        "return [...document.querySelectorAll('.calendar .event')].flatMap(e => {
           const box = e.getBoundingClientRect();
           return [...e.querySelectorAll('.time, .clash-line')]
             .filter(t => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().bottom > box.bottom + 1)
             .map(t => t.textContent.trim());
         });",
    )
    .await;
    assert_eq!(cut, serde_json::json!([]), "cut in the calendar at 1024");

    // Settings: the organisation's name shows whole; what each shortcut does is not a word a line.
    app.open_section("Settings").await;
    let name = js(
        &app,
        "const i = document.getElementById('settings-organisation'); return [i.value, i.scrollWidth <= i.clientWidth];",
    )
    .await;
    assert_eq!(
        name,
        serde_json::json!(["International Service for Human Rights (ISHR)", true])
    );
    for (text, n) in lines(&app, ".shortcuts dd").await {
        assert!(n <= 2, "{text:?} takes {n} lines in the shortcut list");
    }

    // The statement editor: the checklists show whole, and Delete stays on the footer's row
    // after saving.
    app.open_section("Statements").await;
    app.css("article button.open").await.click().await.unwrap();
    app.css("footer.bar").await;
    let boxes = js(
        &app,
        "return [...document.querySelectorAll('fieldset.checklist ul')].map(u => u.scrollHeight <= u.clientHeight + 1);",
    )
    .await;
    assert_eq!(
        boxes,
        serde_json::json!([true, true]),
        "a checklist scrolls in its own box"
    );
    // Writing at the end of the text: the footer does not cover its last lines.
    js(&app, "document.querySelector('main.main').scrollTop = 0;").await;
    app.css("#statement-text").await.click().await.unwrap();
    js(
        &app,
        "const t = document.getElementById('statement-text'); t.setSelectionRange(t.value.length, t.value.length);",
    )
    .await;
    let mut covered = Value::Null;
    for _ in 0..20 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        covered = js(
            &app,
            "const t = document.getElementById('statement-text').getBoundingClientRect();
             return [t.bottom, document.querySelector('footer.bar').getBoundingClientRect().top];",
        )
        .await;
        if covered[0].as_f64().unwrap() <= covered[1].as_f64().unwrap() {
            break;
        }
    }
    assert!(
        covered[0].as_f64().unwrap() <= covered[1].as_f64().unwrap(),
        "the footer covers the end of the text: {covered}"
    );
    app.choose("statement-agenda", "Item 3 ·").await;
    shows_whole(&app, "statement-agenda").await;
    app.click_button("Save").await;
    app.wait_for_text("footer.bar .state", "Saved").await;
    shot(&app, "editor-saved").await;
    let row = js(
        &app,
        "const top = s => Math.round(document.querySelector(s).getBoundingClientRect().top);
         return [top('footer.bar button[type=submit]'), top('footer.bar .delete')];",
    )
    .await;
    assert_eq!(row[0], row[1], "Delete left the footer's row: {row}");
}
