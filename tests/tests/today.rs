//! In the room, end to end: the app started with its clock set to 12:30 on 27 June 2018 (HRC_CLOCK)
//! on the HRC38 example opens on Today with the item 4 general debate running; Ctrl+Shift+N opens
//! a note linked to it, ready for typing; the app is then killed with SIGKILL (no chance to save)
//! and started again: the sentence is there, on Today and through search. And what is typed in the
//! last instants before a kill loses at most about a second.
use std::time::Duration;

use hrc_core::domain::note::Note;
use hrc_core::Store;
use hrc_e2e::{App, Harness};

const CLOCK: &str = "2018-06-27 12:30";
const RUNNING: &str = "General debate on item 4";
const SENTENCE: &str =
    "Eritrea: six States call for the mandate of the Special Rapporteur to be renewed";
const BODY: &str = "#capture-note";

/// A harness whose app starts at 12:30 on 27 June 2018, Geneva time, on the HRC38 example.
fn hrc38_at_half_past_twelve() -> Harness {
    let harness = Harness::start_with(&[("HRC_CLOCK", CLOCK)]);
    let mut store = Store::open(harness.database()).expect("a new database");
    hrc_core::demo::load(&mut store).expect("the example loads");
    harness
}

/// The notes of HRC38 as stored, read straight from the file.
fn stored_notes(harness: &Harness) -> Vec<Note> {
    let store = Store::open(harness.database()).expect("the database opens");
    let session = store
        .list_sessions()
        .unwrap()
        .into_iter()
        .find(|s| s.label == "38")
        .expect("HRC38");
    store.notes(session.id).unwrap()
}

/// The value of the capture panel's text box (what the person has typed so far).
async fn typed(app: &App) -> String {
    app.css(BODY)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// Opens Today's capture with the shortcut and checks the keyboard is in the note's text.
async fn capture(app: &App) {
    app.press_ctrl_shift('N').await;
    let panel = app.wait_for_text("div.panel[role='dialog']", RUNNING).await;
    assert!(panel.contains("New note"), "{panel}");
    assert!(
        panel.contains("12:30"),
        "taken at the clock's time: {panel}"
    );
    let focused = app
        .client
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    assert_eq!(
        focused.as_str(),
        Some("capture-note"),
        "the keyboard is in the note"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_note_taken_with_the_shortcut_survives_a_kill_and_is_found_on_today_and_by_search() {
    let harness = hrc38_at_half_past_twelve();
    let app = harness.open_app().await;

    // 1. The app opens on Today: the item 4 general debate is running, the next is on 2 July.
    app.css(r#".content[data-screen="today"]"#).await;
    let now = app.wait_for_text("section.now", RUNNING).await;
    assert!(now.contains("ends in 2 h 30 min"), "{now}");
    assert!(now.contains("Room XX"), "{now}");
    assert!(now.contains("Item 4"), "{now}");
    assert!(now.contains("Monday 2 July"), "{now}");
    let clock = app.text("[role='group'][aria-label='Clock']").await;
    assert!(
        clock.contains("Clock set") && clock.contains("Wednesday 27 June 2018, 12:30"),
        "{clock}"
    );

    // 2. Ctrl+Shift+N, a sentence, 1.5 s — then the process is killed, as by a dead battery.
    capture(&app).await;
    app.type_keys(SENTENCE).await;
    assert_eq!(typed(&app).await, SENTENCE);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    harness.kill_app(app).await;

    // 3. Stored as typed, linked to the meeting running and its agenda item, taken at 12:30.
    let notes = stored_notes(&harness);
    let note = notes
        .iter()
        .find(|n| n.body == SENTENCE)
        .unwrap_or_else(|| panic!("the sentence is stored: {notes:#?}"));
    assert_eq!(note.agenda_item, Some(4));
    assert!(note.meeting_id.is_some(), "{note:#?}");
    assert_eq!(note.taken_at.to_rfc3339(), "2018-06-27T10:30:00+00:00");

    // 4. Started again: the note is among today's notes, linked to the debate…
    let app = harness.open_app().await;
    app.css(r#".content[data-screen="today"]"#).await;
    let card = app
        .wait_for_text(&format!("#note-{}", note.id), SENTENCE)
        .await;
    assert!(card.contains("12:30"), "{card}");
    assert!(card.contains(RUNNING), "{card}");

    // 5. …and search finds it ("rapporteur" finds "Rapporteur").
    app.press_ctrl('k').await;
    let search = app.css("div.palette input[type='search']").await;
    search.send_keys("rapporteur renewed").await.unwrap();
    let hit = app.wait_for_text("#palette-hit-0", "Note").await;
    assert!(hit.contains("HRC38"), "{hit}");
    assert!(hit.to_lowercase().contains("renewed"), "{hit}");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kill_loses_at_most_the_last_second_of_typing() {
    let harness = hrc38_at_half_past_twelve();
    let app = harness.open_app().await;
    app.wait_for_text("section.now", RUNNING).await;

    // Part A, a pause of 1.2 s (a person thinking), part B, and the kill at once.
    const PART_A: &str = "Burundi rejects the Commission's findings.";
    const PART_B: &str = " Next: ask the EU to raise it";
    capture(&app).await;
    app.type_keys(PART_A).await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    app.type_keys(PART_B).await;
    assert_eq!(typed(&app).await, format!("{PART_A}{PART_B}"));
    harness.kill_app(app).await;

    // Part A was saved during the pause; at most the last instants (part B) are lost.
    let notes = stored_notes(&harness);
    let note = notes
        .iter()
        .find(|n| n.body.starts_with(PART_A))
        .unwrap_or_else(|| panic!("part A is stored: {notes:#?}"));
    assert!(
        format!("{PART_A}{PART_B}").starts_with(&note.body),
        "what is stored is what was typed, up to a point: {:?}",
        note.body
    );
    eprintln!(
        "kept {} of {} characters; lost {:?}",
        note.body.len(),
        PART_A.len() + PART_B.len(),
        &format!("{PART_A}{PART_B}")[note.body.len()..]
    );
}
