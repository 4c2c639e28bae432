//! A session's settings end to end: on HRC38 with a morning meeting and one at exact times, the
//! session form refuses a morning that ends before it starts (the core's message under Morning),
//! then takes mornings of 10:00–13:00, and the Programme shows the morning meeting at its new
//! hours while the one at exact times stays; beside the form, a speaking rule for interactive
//! dialogues is set and listed. axe finds nothing serious on the form or the programme. With
//! `HRC_SCREENSHOTS=DIR`, pictures of the form, its speaking rules and the programme are saved there.
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::session::{SessionInput, SlotHoursInput, SlotSpanInput};
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

/// Saves a picture of the window as `DIR/NAME.png` when `HRC_SCREENSHOTS=DIR` is set.
async fn shot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("HRC_SCREENSHOTS") {
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        app.screenshot(&std::path::Path::new(&dir).join(format!("{name}.png")))
            .await;
    }
}

/// HRC38 with a dialogue in the morning slot and a briefing at exact times: their ids.
fn hrc38(store: &mut Store) -> (Uuid, Uuid) {
    let session = store
        .create_session(&SessionInput {
            number: 38,
            start_date: "2018-06-18".into(),
            end_date: "2018-07-06".into(),
            ..Default::default()
        })
        .unwrap();
    let meeting = |title: &str, slot: Option<&str>, start: &str, end: &str| MeetingInput {
        date: "2018-06-20".into(),
        slot: slot.map(Into::into),
        start: start.into(),
        end: end.into(),
        kind: Some("interactive-dialogue".into()),
        title: title.into(),
        ..Default::default()
    };
    let morning = store
        .create_meeting(
            session.id,
            &meeting(
                "ID with the Special Rapporteur on executions",
                Some("morning"),
                "",
                "",
            ),
        )
        .unwrap();
    let exact = store
        .create_meeting(
            session.id,
            &meeting("Briefing by the Bureau", None, "13:30", "14:30"),
        )
        .unwrap();
    (morning.id, exact.id)
}

/// What the core says of a morning ending before it starts, as the form shows it under Morning.
fn core_message_for_a_morning_ending_first() -> String {
    let mut store = Store::open_in_memory().unwrap();
    let err = store
        .create_session(&SessionInput {
            number: 38,
            start_date: "2018-06-18".into(),
            end_date: "2018-07-06".into(),
            slot_hours: Some(SlotHoursInput {
                morning: SlotSpanInput {
                    start: "10:00".into(),
                    end: "08:00".into(),
                },
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap_err()
        .to_payload();
    assert_eq!(err.field.as_deref(), Some("morning"));
    err.field_message.expect("a field message")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sessions_own_morning_moves_its_morning_meeting_and_a_speaking_rule_is_set() {
    let harness = Harness::start();
    let db = harness.database().to_path_buf();
    let (morning, exact) = hrc38(&mut Store::open(&db).unwrap());
    let app = harness.open_app().await;
    app.css(r#"article[data-session-label="38"] button.open"#)
        .await
        .click()
        .await
        .unwrap();
    app.open_section("Programme").await;
    let before = app
        .wait_for_text(&format!("#meeting-{morning}"), "09:00–12:00")
        .await;
    assert!(before.contains("Morning 09:00–12:00"), "{before}");

    // The session's settings: the slots' hours and, beside the form, its speaking rules.
    app.open_section("Overview").await;
    app.click_button("Edit session").await;
    let shown = app
        .css("#edit-session-morning-start")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(shown.as_deref(), Some("09:00"));

    app.choose("speaking-rule-kind", "Interactive dialogue")
        .await;
    app.type_into("speaking-rule-time", "1:30").await;
    app.click_button("Set speaking time").await;
    let said = app
        .wait_for_text(
            ".speaking-rules [role=status]",
            "Interactive dialogue: 1:30",
        )
        .await;
    assert!(said.contains("no statement follows"), "{said}");
    let listed = app.text(".speaking-rules table").await;
    assert!(listed.contains("Interactive dialogue"), "{listed}");
    assert!(listed.contains("1:30"), "{listed}");

    // A morning ending before it starts: refused under Morning, nothing saved.
    app.type_into("edit-session-morning-start", "10:00").await;
    app.type_into("edit-session-morning-end", "08:00").await;
    app.click_button("Save session").await;
    let message = app.text("#edit-session-morning-error").await;
    assert_eq!(message, core_message_for_a_morning_ending_first());
    let end = app.css("#edit-session-morning-end").await;
    assert_eq!(
        end.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    assert_eq!(
        end.attr("aria-describedby").await.unwrap().as_deref(),
        Some("edit-session-morning-error")
    );
    audit(&app, "the session form with the core's refusal").await;
    shot(&app, "session-settings").await;
    app.scroll_to(&app.css(".speaking-rules form").await).await;
    shot(&app, "session-speaking-rules").await;

    // Mornings of 10:00–13:00.
    app.type_into("edit-session-morning-end", "13:00").await;
    app.click_button("Save session").await;
    app.wait_for_count("form.session-form", 0).await;

    app.open_section("Programme").await;
    let after = app
        .wait_for_text(&format!("#meeting-{morning}"), "10:00–13:00")
        .await;
    assert!(after.contains("Morning 10:00–13:00"), "{after}");
    assert!(!after.contains("Moved"), "{after}");
    let stays = app.text(&format!("#meeting-{exact}")).await;
    assert!(stays.contains("13:30–14:30"), "{stays}");
    audit(&app, "the programme at the session's own hours").await;
    shot(&app, "session-settings-programme").await;
    app.close().await;

    let store = Store::open(&db).unwrap();
    let session = store.find_session("38").unwrap();
    let hours = session.hours();
    assert_eq!(
        (
            hours.morning.start.to_string(),
            hours.morning.end.to_string()
        ),
        ("10:00:00".into(), "13:00:00".into())
    );
    let rules = store.speaking_rules(session.id).unwrap();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].meeting_kind.key(), "interactive-dialogue");
    assert_eq!(rules[0].speaking_seconds, 90);
    let m = store.meeting(morning).unwrap();
    assert_eq!(m.status.key(), "scheduled");
}
