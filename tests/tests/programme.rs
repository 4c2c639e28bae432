//! The programme as the Council publishes it, end to end: on HRC38 with the 6th meeting (19 June)
//! and the first dialogue of the 7th (20 June, cont'd, room not yet known) stored, the meeting
//! form adds the second dialogue of the 7th meeting — exact estimated times, number, item,
//! clustered with the first, mandates and documents — shows the core's refusal of a symbol under
//! Documents, then lists it under its cluster with its documents as UN links; Move… postpones it
//! (date to be announced) with the time it had struck through. axe finds nothing serious on the
//! form or the list. With `HRC_SCREENSHOTS=DIR`, pictures of the form, the list with a meeting's
//! page open and the Move… form are saved there.
use fantoccini::key::Key;
use hrc_core::domain::meeting::{MeetingInput, MeetingStatus};
use hrc_core::domain::session::SessionInput;
use hrc_core::{Store, Uuid};
use hrc_e2e::{App, Harness};

const SECOND: &str = "Clustered ID with the SR on violence against women and the SR on migrants";

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
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        app.screenshot(&std::path::Path::new(&dir).join(format!("{name}.png")))
            .await;
    }
}

/// Clicks the input (a checkbox or radio button) this CSS selector finds.
async fn check(app: &App, selector: &str) {
    let input = app.css(selector).await;
    app.scroll_to(&input).await;
    input
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking {selector}: {e}"));
}

/// HRC38 with the 6th meeting and the first dialogue of the 7th (which continues it); the first
/// dialogue's id.
fn hrc38(store: &mut Store) -> Uuid {
    let session = store
        .create_session(&SessionInput {
            number: 38,
            start_date: "2018-06-18".into(),
            end_date: "2018-07-06".into(),
            ..Default::default()
        })
        .unwrap();
    let sixth = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-19".into(),
                slot: Some("afternoon".into()),
                number: Some(6),
                agenda_items: vec![3],
                kind: Some("clustered-interactive-dialogue".into()),
                title: "Clustered ID with the SR on executions and the SR on freedom of expression"
                    .into(),
                room: Some("Room XX".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                number: Some(7),
                agenda_items: vec![3],
                kind: Some("clustered-interactive-dialogue".into()),
                title: "Clustered ID with the SR on executions and the SR on freedom of expression"
                    .into(),
                continues_id: Some(sixth.id),
                documents: vec!["A/HRC/38/44".into()],
                mandates: vec![
                    "Special Rapporteur on extrajudicial, summary or arbitrary executions".into(),
                ],
                ..Default::default()
            },
        )
        .unwrap()
        .id
}

#[tokio::test(flavor = "multi_thread")]
async fn the_seventh_meeting_is_entered_as_published_and_postponed_with_move() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let first = hrc38(&mut Store::open(&db).unwrap());
    let app = harness.open_app().await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.open_section("Programme").await;
    let lead = app
        .wait_for_text(&format!("#meeting-{first}"), "(cont'd)")
        .await;
    assert!(lead.contains("Morning 09:00–12:00"), "{lead}");
    assert!(lead.contains("7th meeting"), "{lead}");
    assert!(
        lead.contains("Clustered interactive dialogue · Item 3 · Room not yet known"),
        "{lead}"
    );

    // The second dialogue of the 7th meeting, with a symbol mistyped.
    app.click_button("Add meeting").await;
    app.type_into("meeting-new-title", SECOND).await;
    app.type_date("meeting-new-date", "2018-06-20").await;
    check(&app, r#"input[name="meeting-new-time"][value="exact"]"#).await;
    app.type_into("meeting-new-start", "10:00").await;
    app.type_into("meeting-new-end", "13:00").await;
    check(&app, "#meeting-new-estimated").await;
    app.type_into("meeting-new-number", "7").await;
    check(
        &app,
        r#"form.meeting-form input[name="agenda_items"][value="3"]"#,
    )
    .await;
    app.choose("meeting-new-kind", "Clustered interactive dialogue")
        .await;
    app.choose("meeting-new-cluster", "Wed 20 Jun, 09:00 · Clustered ID")
        .await;
    app.type_into("meeting-new-speaking", "1:30").await;
    let enter = char::from(Key::Enter);
    app.type_into(
        "meeting-new-mandates",
        &format!("Special Rapporteur on violence against women{enter}Special Rapporteur on the human rights of migrants"),
    )
    .await;
    app.type_into(
        "meeting-new-documents",
        &format!("A/HRC/38/47{enter}A/HRC//47"),
    )
    .await;
    app.click_button("Add meeting").await;
    let refused = app.text("#meeting-new-documents-error").await;
    assert!(refused.contains("is not a UN document symbol"), "{refused}");
    let invalid = app
        .css("#meeting-new-documents")
        .await
        .attr("aria-invalid")
        .await
        .unwrap();
    assert_eq!(invalid.as_deref(), Some("true"));
    audit(&app, "the meeting form with the core's refusal").await;
    shot(&app, "meeting-form").await;

    app.type_into(
        "meeting-new-documents",
        &format!("A/HRC/38/47{enter}A/HRC/38/47/Add.1"),
    )
    .await;
    app.click_button("Add meeting").await;
    let second = app
        .wait_for_text("ul.cluster article.meeting", SECOND)
        .await;
    assert!(second.contains("10:00–13:00 (estimated)"), "{second}");
    assert!(
        second.contains("Special Rapporteur on the human rights of migrants"),
        "{second}"
    );
    let href = app
        .css(r#"ul.cluster a[href$="A/HRC/38/47/Add.1"]"#)
        .await
        .attr("href")
        .await
        .unwrap();
    assert_eq!(
        href.as_deref(),
        Some("https://undocs.org/A/HRC/38/47/Add.1")
    );
    app.css(&format!("#meeting-{first} button[aria-expanded]"))
        .await
        .click()
        .await
        .unwrap();
    app.css(&format!("#meeting-{first}-page")).await;
    audit(&app, "the programme with a cluster and a meeting's page").await;
    app.scroll_to(&app.css(&format!("#meeting-{first}")).await)
        .await;
    shot(&app, "programme-cluster").await;

    // Postponed: Move… to a date to be announced.
    app.css(&format!(r#"button[aria-label="Move {SECOND}"]"#))
        .await
        .click()
        .await
        .unwrap();
    app.css("form.move-form").await;
    audit(&app, "the Move… form").await;
    shot(&app, "meeting-move").await;
    check(&app, r#"form.move-form input[name="tba"]"#).await;
    app.click_button("Move meeting").await;
    let postponed = app
        .wait_for_text(r#"section[aria-labelledby="week-announced"]"#, SECOND)
        .await;
    assert!(postponed.contains("Postponed"), "{postponed}");
    let was = app
        .text(r#"section[aria-labelledby="week-announced"] .was s"#)
        .await;
    assert_eq!(was, "Wed 20 Jun, 10:00–13:00 (estimated)");

    let store = Store::open(&db).unwrap();
    let session = store.meeting(first).unwrap().session_id;
    let stored = (store.meetings(session).unwrap().into_iter())
        .find(|m| m.title == SECOND)
        .expect("the second dialogue stored");
    assert_eq!(stored.status, MeetingStatus::Postponed);
    assert_eq!(stored.date, None);
    assert_eq!(stored.cluster_id, Some(first));
    assert_eq!(stored.number, Some(7));
    assert_eq!(stored.speaking_seconds, Some(90));
    assert_eq!(
        stored.documents,
        ["A/HRC/38/47", "A/HRC/38/47/Add.1"].map(String::from)
    );
    assert!(stored.moved_from.is_some_and(|w| w.estimated));
    app.close().await;
}
