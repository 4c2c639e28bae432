//! Sessions end to end: create one through the form, see the core refuse a bad one next to the
//! field at fault with nothing saved, and find the session again after a restart.
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;
use hrc_e2e::Harness;

/// What the core says about an end date before the start, as the form shows it next to the field.
fn core_message_for_end_before_start() -> String {
    let err = Store::open_in_memory()
        .unwrap()
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-01".into(),
            ..Default::default()
        })
        .unwrap_err()
        .to_payload();
    assert_eq!(err.field.as_deref(), Some("end_date"));
    assert_eq!(err.rule, Some(hrc_core::RuleCode::BeforeStart));
    err.field_message
        .expect("a validation error has a field message")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_made_in_the_form_is_listed_refused_input_is_not_saved_and_it_survives_a_restart()
{
    let harness = Harness::start();
    let app = harness.open_app().await;

    // A fresh database: the sessions list says what to do.
    app.css("section.empty").await;

    // Create HRC38 through the form.
    app.click_button("New session").await;
    app.type_into("session-number", "38").await;
    app.type_date("session-start", "2018-06-18").await;
    app.type_date("session-end", "2018-07-06").await;
    app.click_button("Create session").await;
    let card = app.text(r#"article[data-session-label="38"]"#).await;
    assert!(card.contains("HRC38"), "{card}");
    assert!(card.contains("18 June – 6 July 2018"), "{card}");

    // An end before the start: the core's message next to the end date, nothing saved.
    app.click_button("New session").await;
    app.type_into("session-number", "39").await;
    app.type_date("session-start", "2018-09-10").await;
    app.type_date("session-end", "2018-09-01").await;
    app.click_button("Create session").await;
    let message = app.text("#session-end-error").await;
    assert_eq!(message, core_message_for_end_before_start());
    let end = app.css("#session-end").await;
    assert_eq!(
        end.attr("aria-invalid").await.unwrap().as_deref(),
        Some("true")
    );
    assert_eq!(
        end.attr("aria-describedby").await.unwrap().as_deref(),
        Some("session-end-error")
    );
    assert_eq!(app.count("#session-start-error").await, 0);
    app.click_button("Cancel").await;
    assert_eq!(app.count("article.session-card").await, 1);
    app.close().await;

    // A restart (a new WebDriver session) finds HRC38 again, and only HRC38.
    let app = harness.open_app().await;
    let card = app.text(r#"article[data-session-label="38"]"#).await;
    assert!(card.contains("HRC38"), "{card}");
    assert_eq!(app.count("article.session-card").await, 1);
    app.close().await;

    let labels: Vec<String> = Store::open(harness.database())
        .unwrap()
        .list_sessions()
        .unwrap()
        .into_iter()
        .map(|s| s.label)
        .collect();
    assert_eq!(labels, ["38"]);
}
