//! One-page briefs on a country situation or a key issue: the meetings on it (its mandates, its
//! documents, its name, their continuations, where our statements on it are given), our other
//! statements, side events, documents, texts and those with us gathered from its session; whom
//! to lobby where related votes exist; and the page it makes in Word, HTML and Markdown.
use hrc_core::domain::brief::BriefOn;
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::resolution::ResolutionInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::export::brief::{document, render, BriefFormat};
use hrc_core::export::layout::Block;
use hrc_core::{Error, Uuid};

use crate::lobby::four_sessions;
use crate::support::{dump, temp_store, with_session};

fn meeting(date: &str, number: Option<u32>, title: &str) -> MeetingInput {
    MeetingInput {
        date: date.into(),
        slot: Some("morning".into()),
        start: "09:00".into(),
        end: "12:00".into(),
        number,
        title: title.into(),
        ..Default::default()
    }
}

const RAPPORTEUR: &str = "Special Rapporteur on the situation of human rights in Eritrea";

#[test]
fn a_situation_brief_gathers_what_its_session_holds_on_it() {
    let (mut store, _dir, session) = with_session();
    let mut settings = store.settings().unwrap();
    settings.my_organisation = "ISHR".into();
    store.save_settings(&settings).unwrap();
    let eritrea = store
        .create_situation(
            session.id,
            &SituationInput {
                country: "ERI".into(),
                agenda_item: Some(4),
                summary: Some("Indefinite national service.".into()),
                asks: Some("- Renew the mandate.".into()),
                mandates: Some(vec![RAPPORTEUR.into()]),
                documents: Some(vec!["A/HRC/38/50".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    let s = session.id;
    let dialogue = store
        .create_meeting(
            s,
            &MeetingInput {
                mandates: vec![RAPPORTEUR.into()],
                ..meeting("2018-06-26", Some(22), "ID with the Special Rapporteur")
            },
        )
        .unwrap();
    let contd = store
        .create_meeting(
            s,
            &MeetingInput {
                continues_id: Some(dialogue.id),
                ..meeting("2018-06-27", Some(24), "ID with the Special Rapporteur")
            },
        )
        .unwrap();
    let debate = store
        .create_meeting(
            s,
            &meeting("2018-06-28", Some(26), "General debate on item 4"),
        )
        .unwrap();
    store
        .create_meeting(s, &meeting("2018-06-29", None, "Panel on Nigerian women"))
        .unwrap();
    let by_document = store
        .create_meeting(
            s,
            &MeetingInput {
                documents: vec!["A/HRC/38/50".into(), "A/HRC/38/50/Add.1".into()],
                ..meeting("2018-06-19", None, "Presentation of reports")
            },
        )
        .unwrap();
    let by_name = store
        .create_meeting(s, &meeting("2018-06-30", None, "Briefing on Eritrea"))
        .unwrap();
    let linked = vec![eritrea.id.to_string()];
    let oral = store
        .create_statement(
            s,
            &StatementInput {
                title: "Eritrea in the general debate".into(),
                kind: Some("oral".into()),
                meeting_id: Some(debate.id.to_string()),
                situation_ids: linked.clone(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .add_signatories(oral.id, "ISHR\nCIVICUS\nAmnesty International")
        .unwrap();
    let written = store
        .create_statement(
            s,
            &StatementInput {
                title: "Eritrea: end indefinite conscription".into(),
                kind: Some("written".into()),
                status: Some("submitted".into()),
                situation_ids: linked.clone(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_statement(
            s,
            &StatementInput {
                title: "Dropped".into(),
                status: Some("withdrawn".into()),
                situation_ids: linked.clone(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_side_event(
            s,
            &SideEventInput {
                title: "Eritrea: voices from the diaspora".into(),
                date: "2018-06-25".into(),
                start: "13:00".into(),
                end: "14:30".into(),
                room: Some("Room XXIII".into()),
                organisers: vec!["ISHR".into(), "CIVICUS".into()],
                cosponsor_organisations: vec!["Human Rights Watch".into()],
                status: Some("confirmed".into()),
                situation_ids: linked.clone(),
                ..Default::default()
            },
        )
        .unwrap();
    let text = store
        .create_resolution(&ResolutionInput {
            session_id: s,
            title: "Situation of human rights in Eritrea".into(),
            draft_symbol: Some("A/HRC/38/L.4".into()),
            situation_ids: vec![eritrea.id],
            ..ResolutionInput::default()
        })
        .unwrap();
    let before = dump(&store);

    let b = store.brief(BriefOn::Situation, eritrea.id).unwrap();
    assert_eq!(dump(&store), before, "a brief changes nothing");
    assert_eq!((b.title.as_str(), b.agenda_item), ("Eritrea", Some(4)));
    assert_eq!(b.mandates, [RAPPORTEUR]);
    let meetings: Vec<(Uuid, Vec<String>)> = b
        .meetings
        .iter()
        .map(|m| (m.meeting.id, m.our_statements.clone()))
        .collect();
    assert_eq!(
        meetings,
        [
            (by_document.id, vec![]),
            (dialogue.id, vec![]),
            (contd.id, vec![]),
            (debate.id, vec![oral.title.clone()]),
            (by_name.id, vec![]),
        ],
        "by document, mandate, continuation, our statement and name, in the programme's order; \
         not the panel on Nigerian women"
    );
    let elsewhere: Vec<Uuid> = b.statements.iter().map(|s| s.id).collect();
    assert_eq!(elsewhere, [written.id], "not the withdrawn one");
    assert_eq!(b.documents, ["A/HRC/38/50", "A/HRC/38/50/Add.1"]);
    assert_eq!(b.texts.iter().map(|t| t.id).collect::<Vec<_>>(), [text.id]);
    assert!(b.lobby.is_empty(), "no members, no votes: nobody to sort");
    let allies: Vec<(&str, usize, usize)> = b
        .allies
        .iter()
        .map(|a| (a.name.as_str(), a.statements, a.side_events))
        .collect();
    assert_eq!(
        allies,
        [
            ("CIVICUS", 1, 1),
            ("Amnesty International", 1, 0),
            ("Human Rights Watch", 0, 1),
        ],
        "most often with us first; my own organisation left out"
    );

    let md = String::from_utf8(render(&b, BriefFormat::Markdown).unwrap()).unwrap();
    for line in [
        "# Eritrea: brief for HRC38",
        "- **Mandates:** Special Rapporteur on the situation of human rights in Eritrea",
        "| Mon 25 June, 13:00–14:30 | Side event: Eritrea: voices from the diaspora, Room XXIII | We organise: Confirmed |",
        "| Tue 26 June, morning (09:00–12:00) | ID with the Special Rapporteur (22nd meeting) |  |",
        "| Wed 27 June, morning (09:00–12:00) | ID with the Special Rapporteur (cont'd) (24th meeting) |  |",
        "| Thu 28 June, morning (09:00–12:00) | General debate on item 4 (26th meeting) | We speak: Eritrea in the general debate |",
        "- Written statement: Eritrea: end indefinite conscription (Submitted)",
        "- A/HRC/38/L.4 — Situation of human rights in Eritrea (Draft)",
        "## With us (3 organisations, co-signing our statements and co-organising side events)",
        "CIVICUS, Amnesty International, Human Rights Watch.",
    ] {
        assert!(md.contains(line), "{line}\nin\n{md}");
    }
    assert!(!md.contains("States to lobby"));
}

#[test]
fn whom_to_lobby_comes_with_its_texts_where_votes_exist() {
    let (store, _dir, text, _) = four_sessions();
    let situation = store.resolution(text).unwrap().situation_ids[0];
    let b = store.brief(BriefOn::Situation, situation).unwrap();
    assert_eq!(b.lobby.len(), 1);
    let list = &b.lobby[0];
    assert_eq!(list.symbol.as_deref(), Some("A/HRC/38/L.10"));
    assert_eq!(
        list,
        &store.lobby(text).unwrap(),
        "the core's rule, as on the text's page"
    );

    let doc = document(&b);
    let part = doc
        .parts
        .iter()
        .find(|p| p.title == "States to lobby")
        .expect("a part on whom to lobby");
    assert_eq!(
        part.blocks[0],
        Block::Label(
            "On A/HRC/38/L.10 (by co-sponsorship and the votes on 2 related texts):".into()
        )
    );
    let Block::List(groups) = &part.blocks[1] else {
        panic!("the groups as a list: {:?}", part.blocks[1]);
    };
    let yes = format!("Likely yes ({}): ", list.likely_yes.len());
    assert!(groups[0].starts_with(&yes), "{}", groups[0]);
    assert!(groups[0].contains("United Kingdom"), "{}", groups[0]);
    assert_eq!(
        groups.len(),
        list.by_lean().iter().filter(|(_, t)| !t.is_empty()).count()
    );
}

#[test]
fn the_hrc38_example_briefs_fit_what_one_page_holds() {
    let (mut store, _dir) = temp_store();
    let session = hrc_core::demo::load(&mut store).unwrap().session;
    let o = store.overview(session.id).unwrap();
    let burundi = o
        .situations
        .iter()
        .find(|s| s.country_code == "BDI")
        .unwrap();
    let b = store.brief(BriefOn::Situation, burundi.id).unwrap();
    let titles: Vec<&str> = b
        .meetings
        .iter()
        .map(|m| m.meeting.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Oral briefing of the Commission of Inquiry on Burundi",
            "General debate on item 4"
        ]
    );
    assert_eq!(
        b.meetings[1].our_statements,
        ["Item 4 general debate: Burundi, Eritrea and Syria"]
    );

    // The reprisals overview is six paragraphs long: the page keeps its first two, and says so.
    let reprisals = o
        .key_issues
        .iter()
        .find(|k| k.title == "Reprisals")
        .unwrap();
    let b = store.brief(BriefOn::KeyIssue, reprisals.id).unwrap();
    let doc = document(&b);
    assert_eq!(doc.parts[0].title, "What is at stake");
    assert_eq!(
        doc.parts[0].blocks[1],
        Block::Text("The first 2 of 6 paragraphs, to keep to one page.".into())
    );
    assert_eq!(doc.parts[1].title, "Our asks");
    assert_eq!(doc.parts[1].blocks, [Block::Markdown(b.asks.trim().into())]);
    let word = render(&b, BriefFormat::Word).unwrap();
    assert!(word.starts_with(b"PK"), "a Word file (a zip)");
    let html = String::from_utf8(render(&b, BriefFormat::Html).unwrap()).unwrap();
    assert!(
        html.contains("<h1>Reprisals: brief for HRC38</h1>"),
        "{html}"
    );
    // Printed, its sections run on (the overview starts each on a new page): the last rule wins.
    let runs_on = html.rfind("section { break-before: auto;").unwrap();
    assert!(html
        .rfind("break-before: page")
        .is_none_or(|at| at < runs_on));
    assert!(runs_on < html.find("</style>").unwrap());
    // Set for one A4 page (check_documents.py prints it with LibreOffice): narrower margins and
    // smaller, closer type than the overview's, outside @media print (LibreOffice reads none of
    // its rules), after the overview's rules so that they win.
    let style = &html[..html.find("</style>").unwrap()];
    let last = |rule: &str| {
        let at = style.rfind(&format!("\n{rule}")).unwrap() + 1;
        style[at..].lines().next().unwrap()
    };
    assert_eq!(last("@page {"), "@page { size: A4; margin: 14mm 15mm; }");
    assert_eq!(
        last("body {"),
        "body { font-size: 10pt; line-height: 1.4; }"
    );
}

#[test]
fn a_brief_on_what_is_not_there_is_refused() {
    let (mut store, _dir, session) = with_session();
    let issue = store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let err = store.brief(BriefOn::Situation, issue.id).unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    store.delete_key_issue(issue.id).unwrap();
    let err = store.brief(BriefOn::KeyIssue, issue.id).unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
}
