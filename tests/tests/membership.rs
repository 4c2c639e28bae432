//! The Council's members changing during a session, end to end on the HRC38 example (eleven
//! members entered and an ILLUSTRATIVE recorded vote on 6 July, not the record of any text): on the
//! Resolutions screen, "Left on…" for Chile on 25 June is refused naming Chile, who voted on 6
//! July (nothing stored, the day kept); the United States of America leave on 19 June, and the
//! seat warning says from when; Iceland joins on 2 July (ILLUSTRATIVE: the seat was filled after
//! the session), in the UN's group; Andorra, entered by mistake, is removed after asking, and
//! removing Chile is refused naming it; axe finds no serious violation with each form open, in the
//! light theme and then in the dark one.
use std::time::{Duration, Instant};

use hrc_core::domain::membership::Member;
use hrc_core::domain::resolution::{ResolutionInput, VoteEntry, VoteInput};
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

/// The session's members, once `ok` holds of them (the window writes through the shell).
fn members_when(
    db: &std::path::Path,
    session: Uuid,
    what: &str,
    ok: impl Fn(&[Member]) -> bool,
) -> Vec<Member> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let members = Store::open(db).unwrap().members(session).unwrap();
        if ok(&members) {
            return members;
        }
        assert!(Instant::now() < deadline, "waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn named<'a>(members: &'a [Member], code: &str) -> &'a Member {
    members
        .iter()
        .find(|m| m.country_code == code)
        .unwrap_or_else(|| panic!("{code} is a member"))
}

/// Clicks the element with this id, brought into view first.
async fn click(app: &App, id: &str) {
    let element = app.css(&format!("#{id}")).await;
    app.scroll_to(&element).await;
    element
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking #{id}: {e:?}"));
}

#[tokio::test(flavor = "multi_thread")]
async fn members_leave_join_and_are_removed_and_a_vote_keeps_its_voters() {
    let harness = Harness::start_with(&[("HRC_CLOCK", "2018-06-20 10:30")]);
    let db = harness.database().to_path_buf();
    let session = {
        let mut store = Store::open(&db).unwrap();
        let session = hrc_core::demo::load(&mut store)
            .expect("the HRC38 example")
            .session
            .id;
        store
            .add_members_pasted(
                session,
                "Angola\nKenya\nChina\nIndia\nJapan\nChile\nCuba\nMexico\nGermany\n\
                 United States of America\nAndorra",
            )
            .unwrap();
        let text = store
            .create_resolution(&ResolutionInput {
                session_id: session,
                title: "An illustrative text".into(),
                ..ResolutionInput::default()
            })
            .unwrap();
        store
            .record_vote(&VoteInput {
                resolution_id: text.id,
                amendment_id: None,
                date: Some("2018-07-06".into()),
                entry: VoteEntry::Lists {
                    text: "In favour: Chile, Germany, Japan, Kenya, Mexico\n\
                           Against: China, Cuba\nAbstaining: Angola, India"
                        .into(),
                    counts: None,
                },
            })
            .unwrap();
        session
    };
    let before = Store::open(&db).unwrap().members(session).unwrap();
    let chile = named(&before, "CHL").id;
    let usa = named(&before, "USA").id;
    let andorra = named(&before, "AND").id;

    let app = harness.open_app().await;
    app.open_section("Resolutions").await;
    app.wait_for_text("section.members", "11 members entered")
        .await;
    let summary = app.css("section.members summary").await;
    app.scroll_to(&summary).await;
    summary.click().await.expect("open the members by group");
    app.css("section.members details[open]").await;
    app.css(&format!("#member-leave-{chile}")).await;
    audit(&app, "the members by regional group").await;

    // Chile voted on 6 July: leaving on 25 June is refused naming it, and nothing is stored.
    click(&app, &format!("member-leave-{chile}")).await;
    app.type_date(&format!("member-left-{chile}"), "2018-06-25")
        .await;
    app.click_button("Record leaving").await;
    app.wait_for_text(
        ".member-leave-form .field-error",
        "Chile voted on An illustrative text on 2018-07-06",
    )
    .await;
    let value = app
        .css(&format!("#member-left-{chile}"))
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(value.as_deref(), Some("25 Jun 2018"), "the day typed stays");
    assert_eq!(
        Store::open(&db).unwrap().members(session).unwrap(),
        before,
        "nothing stored"
    );
    photograph(&app, "membership-refused.png").await;

    audit(&app, "a leaving refused").await;
    app.click_button("Cancel").await;

    // The United States of America leave on 19 June; the warning says from when.
    click(&app, &format!("member-leave-{usa}")).await;
    app.type_date(&format!("member-left-{usa}"), "2018-06-19")
        .await;
    app.click_button("Record leaving").await;
    app.wait_for_text(
        ".notice",
        "United States of America sits until 19 June 2018.",
    )
    .await;
    let after = members_when(&db, session, "the USA leaving", |m| {
        named(m, "USA").left.to_string() == "2018-06-19"
    });
    assert_eq!(named(&after, "CHL").left.to_string(), "2018-07-06");
    app.wait_for_text(
        "ul.warnings",
        "Western European and other States: 2 members, usually 7 seats, 20 June – 6 July 2018",
    )
    .await;
    app.wait_for_text("section.members", "Last day 19 June 2018")
        .await;

    // Iceland joins on 2 July, in the group the UN lists it in.
    app.click_button("Join…").await;
    app.type_into("member-join-country", "Iceland").await;
    app.type_date("member-join-on", "2018-07-02").await;
    audit(&app, "a State joining").await;
    app.click_button("Add the State").await;
    app.wait_for_text(".notice", "Iceland joined the Council on 2 July 2018.")
        .await;
    let after = members_when(&db, session, "Iceland joining", |m| {
        m.iter().any(|m| m.country_code == "ISL")
    });
    let iceland = named(&after, "ISL");
    assert_eq!(iceland.joined.to_string(), "2018-07-02");
    assert_eq!(iceland.group.key(), "western-european-other");
    app.wait_for_text("section.members", "Joined 2 July 2018")
        .await;
    app.wait_for_text(
        "ul.warnings",
        "Western European and other States: 2 members, usually 7 seats, 20 June – 1 July 2018",
    )
    .await;

    // Removing Chile is refused naming it; Andorra, entered by mistake, is removed after asking.
    click(&app, &format!("member-remove-{chile}")).await;
    app.css(&format!("#member-remove-confirm-{chile}"))
        .await
        .click()
        .await
        .expect("confirm removing Chile");
    app.wait_for_text(
        &format!("#member-remove-error-{chile}"),
        "Chile voted on An illustrative text",
    )
    .await;
    audit(&app, "a removal refused").await;
    app.click_button("Keep").await;
    click(&app, &format!("member-remove-{andorra}")).await;
    app.click_button("Remove Andorra").await;
    app.wait_for_text(".notice", "Andorra removed from the members of HRC38.")
        .await;
    let after = members_when(&db, session, "Andorra removed", |m| {
        !m.iter().any(|m| m.country_code == "AND")
    });
    assert!(after.iter().any(|m| m.country_code == "CHL"));
    assert_eq!(
        app.count("section.members tbody th[scope='row']").await,
        11,
        "ten members of the paste and Iceland"
    );
    photograph(&app, "membership-changed.png").await;
    audit(&app, "the members after the changes").await;
    app.close().await;

    // The same in the dark theme, the leaving form open.
    {
        let mut store = Store::open(&db).unwrap();
        let mut settings = store.settings().unwrap();
        settings.theme = "dark".into();
        store.save_settings(&settings).unwrap();
    }
    let app = harness.open_app().await;
    app.css(r#"html[data-theme="dark"] nav.sidebar"#).await;
    app.open_section("Resolutions").await;
    app.wait_for_text("section.members", "2 sit only part of the session")
        .await;
    app.css("section.members details[open]").await;
    click(&app, &format!("member-leave-{usa}")).await;
    app.css(&format!("#member-left-{usa}")).await;
    photograph(&app, "membership-dark.png").await;
    audit(&app, "the members in the dark theme, a leaving form open").await;
    app.close().await;
}
