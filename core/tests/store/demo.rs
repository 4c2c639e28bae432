//! The HRC38 example: what it holds, and that loading it twice changes nothing.
use crate::support::{dump, temp_store};

#[test]
fn loads_hrc38_once() {
    let (mut store, _dir) = temp_store();
    let first = hrc_core::demo::load(&mut store).unwrap();
    assert!(first.created);
    let before = dump(&store);
    let second = hrc_core::demo::load(&mut store).unwrap();
    assert!(!second.created);
    assert_eq!(second.session.id, first.session.id);
    assert_eq!(dump(&store), before, "loading again changes nothing");

    let o = store.overview(first.session.id).unwrap();
    assert_eq!(
        (
            o.session.label.as_str(),
            o.session.start_date.to_string(),
            o.session.end_date.to_string()
        ),
        ("38", "2018-06-18".into(), "2018-07-06".into())
    );
    let countries: Vec<_> = o
        .situations
        .iter()
        .map(|s| s.country_code.as_str())
        .collect();
    for code in ["BDI", "SYR", "COD", "ERI", "BLR"] {
        assert!(countries.contains(&code), "{code}");
    }
    assert!(o
        .key_issues
        .iter()
        .any(|k| k.title == "Reprisals" && k.overview.contains("Reprisals Report")));
    assert!(o
        .key_issues
        .iter()
        .any(|k| k.title == "Sexual orientation and gender identity"));
    let letter = o
        .statements
        .iter()
        .find(|s| s.title.starts_with("Enough is Enough"))
        .unwrap();
    assert_eq!(
        letter.kind,
        hrc_core::domain::statement::StatementKind::JointWritten
    );
    assert_eq!(letter.signatories.len(), 85);
    assert!(o
        .side_events
        .iter()
        .any(|e| e.title.contains("sport and human rights")));
    assert!(o.meetings.len() >= 5);
    assert!(o.notes.len() >= 3);
    let clashes = store.clashes(first.session.id).unwrap();
    assert_eq!(
        clashes.len(),
        1,
        "the example shows a side event clashing with our general debate statement"
    );
    assert!(
        store
            .search(&hrc_core::domain::search::SearchQuery {
                text: "reprisal".into(),
                ..Default::default()
            })
            .unwrap()
            .len()
            >= 2
    );
}

/// The example is written in one transaction with a fixed session id: loading it never leaves
/// half an example, and a person's own HRC38 is never taken for it.
#[test]
fn the_example_is_all_or_nothing_and_never_a_persons_own_hrc38() {
    let (mut store, _dir) = temp_store();
    let loaded = hrc_core::demo::load(&mut store).unwrap();
    assert_eq!(loaded.session.id, hrc_core::demo::EXAMPLE_SESSION_ID);
    assert!(hrc_core::demo::is_example(&loaded.session));

    let (mut own, _own_dir) = temp_store();
    own.create_session(&crate::support::hrc38()).unwrap();
    let before = dump(&own);
    let err = hrc_core::demo::load(&mut own).unwrap_err();
    assert_eq!(err.code(), "conflict", "{err}");
    assert!(err.to_string().contains("not the example"), "{err}");
    assert_eq!(dump(&own), before, "a person's HRC38 is left as it was");
}

/// The example is faithful to its sources: HRC38's programme as the Orders of the Day publish
/// it (the 7th meeting of 20 June with its two clusters, the opening on items 1 and 2, action on
/// texts from the afternoon of 5 July through 6 July), reprisals raised at HRC38 in the debates
/// with the first dialogue on the Secretary-General's report at HRC39, no SOGI resolution, and
/// what the example adds said to be illustrative.
#[test]
fn the_example_follows_the_record_and_says_what_it_adds() {
    use hrc_core::domain::meeting::{MeetingKind, MeetingSlot};
    let (mut store, _dir) = temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    let o = store.overview(id).unwrap();
    let day = |d: &str| -> Vec<&hrc_core::domain::meeting::Meeting> {
        o.meetings
            .iter()
            .filter(|m| m.date.map(|x| x.to_string()).as_deref() == Some(d))
            .collect()
    };
    let by_title = |t: &str, d: &str| *day(d).iter().find(|m| m.title.contains(t)).unwrap();

    // 20 June, 9:00–12:00, 7th meeting, Room XX, item 3: two clusters of dialogues.
    let seventh = day("2018-06-20");
    assert_eq!(seventh.len(), 4, "{seventh:#?}");
    for m in &seventh {
        assert_eq!(
            (
                m.number,
                m.slot,
                m.room.as_deref(),
                m.agenda_items.as_slice(),
                m.kind
            ),
            (
                Some(7),
                Some(MeetingSlot::Morning),
                Some("Room XX"),
                &[3][..],
                MeetingKind::ClusteredInteractiveDialogue
            ),
            "{}",
            m.title
        );
        assert_eq!(m.start.unwrap().to_string(), "09:00:00");
        assert_eq!(
            (m.speaking_seconds, m.member_speaking_seconds),
            (Some(120), Some(120))
        );
        assert!(
            m.modalities.contains("2 minutes for all observers"),
            "{}",
            m.modalities
        );
    }
    let executions = by_title("extrajudicial", "2018-06-20");
    let expression = by_title("freedom of opinion and expression", "2018-06-20");
    let women = by_title("violence against women", "2018-06-20");
    let migrants = by_title("migrants", "2018-06-20");
    assert_eq!(
        executions.mandates,
        ["Special Rapporteur on extrajudicial, summary or arbitrary executions"],
        "a mandate's name is never split at its commas"
    );
    assert_eq!(
        women.mandates,
        ["Special Rapporteur on violence against women, its causes and consequences"]
    );
    assert_eq!(
        migrants.mandates,
        ["Special Rapporteur on the human rights of migrants"]
    );
    for symbol in ["A/HRC/38/44", "A/HRC/38/44/Add.1", "A/HRC/38/NGO/96"] {
        assert!(
            executions.documents.iter().any(|d| d == symbol),
            "{symbol}: {:?}",
            executions.documents
        );
    }
    assert!(expression.documents.iter().any(|d| d == "A/HRC/38/35"));
    assert!(women.documents.iter().any(|d| d == "A/HRC/38/47"));
    // The mandates and the main reports carry what the record says of them.
    let sr = store
        .mandates(Some("extrajudicial, summary or arbitrary executions"))
        .unwrap();
    assert_eq!(sr.len(), 1);
    assert_eq!(
        (
            sr[0].holders.as_slice(),
            sr[0].resolution.as_str(),
            sr[0].renewal_session
        ),
        (
            &["Agnès Callamard".to_string()][..],
            "A/HRC/RES/35/15",
            Some(44)
        )
    );
    let coi = &store
        .mandates(Some("Commission of Inquiry on Burundi"))
        .unwrap()[0];
    assert_eq!(
        (
            coi.country_code.as_deref(),
            coi.resolution.as_str(),
            coi.holders.len()
        ),
        (Some("BDI"), "A/HRC/RES/36/19", 3)
    );
    let report = store.document_by_symbol("a/hrc/38/44").unwrap().unwrap();
    assert!(
        report.title.contains("armed non-State actors"),
        "{}",
        report.title
    );
    // Linked to both records of the dialogue, 19 and 20 June.
    assert_eq!(store.document(report.id).unwrap().linked.len(), 2);
    // Continued from 19 June: the first cluster began the day before; its 20 June dialogues
    // continue those records and are taken together again.
    let began = day("2018-06-19");
    assert_eq!(began.len(), 2);
    let first = by_title("extrajudicial", "2018-06-19");
    assert_eq!(executions.continues_id, Some(first.id));
    assert_eq!(
        expression.continues_id,
        Some(by_title("expression", "2018-06-19").id)
    );
    assert!(began
        .iter()
        .all(|m| m.cluster_id.or(Some(m.id)) == Some(first.id)));
    assert_eq!(
        (executions.cluster_id, expression.cluster_id),
        (None, Some(executions.id))
    );
    assert_eq!(
        (women.cluster_id, migrants.cluster_id),
        (None, Some(women.id))
    );
    assert!(
        began.iter().all(|m| m.start.is_none()),
        "its slot on 19 June is not known"
    );

    // The opening covers items 1 and 2; the SOGI dialogue is where ISHR announced it, 18 June,
    // its time left to the Order of the Day.
    let opening = by_title("Opening", "2018-06-18");
    assert_eq!(
        (
            opening.kind,
            opening.number,
            opening.agenda_items.as_slice()
        ),
        (MeetingKind::Opening, Some(1), &[1, 2][..])
    );
    let sogi = by_title("sexual orientation", "2018-06-18");
    assert!(sogi.start.is_none() && sogi.modalities.contains("to be confirmed"));
    assert_eq!(sogi.documents, ["A/HRC/38/43"]);
    assert!(
        sogi.sources[0]
            .url
            .starts_with("https://www.ishr.ch/news/hrc38-key-issues"),
        "where the record puts it is cited: {:?}",
        sogi.sources
    );

    // Action on texts: the afternoon of 5 July, continued on 6 July, under items 3, 4, 5, 9, 10.
    let votes: Vec<_> = o
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Voting)
        .collect();
    assert_eq!(votes.len(), 2);
    assert_eq!(votes[0].date.unwrap().to_string(), "2018-07-05");
    assert_eq!(votes[0].slot, Some(MeetingSlot::Afternoon));
    assert_eq!(votes[1].date.unwrap().to_string(), "2018-07-06");
    assert_eq!(votes[1].continues_id, Some(votes[0].id));
    assert!(votes.iter().all(|m| m.agenda_items == [3, 4, 5, 9, 10]));

    // A meeting to be announced; a room only where the record gives one.
    let announced: Vec<_> = o.meetings.iter().filter(|m| m.date.is_none()).collect();
    assert_eq!(announced.len(), 1);
    assert_eq!(announced[0].room, None);
    assert!(o
        .meetings
        .iter()
        .all(|m| matches!(m.room.as_deref(), None | Some("Room XX"))));
    // A meeting whose day the example chose says so.
    let burundi = by_title("Commission of Inquiry on Burundi", "2018-06-27");
    assert!(burundi.modalities.contains("Illustrative"));
    assert_eq!(burundi.mandates, ["Commission of Inquiry on Burundi"]);

    // Reprisals at HRC38: the debates here, the first dialogue on the report at HRC39.
    let reprisals = o
        .key_issues
        .iter()
        .find(|k| k.title == "Reprisals")
        .unwrap();
    assert!(
        !reprisals.asks.contains("use the interactive dialogue"),
        "{}",
        reprisals.asks
    );
    assert!(
        reprisals.asks.contains("item 5") && reprisals.asks.contains("HRC39"),
        "{}",
        reprisals.asks
    );

    // The commission of inquiry the Gaza letter called for was set up on 18 May 2018, before
    // HRC38 (resolution S-28/1).
    let palestine = o
        .situations
        .iter()
        .find(|s| s.country_code == "PSE")
        .unwrap();
    assert!(
        palestine.mechanism.contains("S-28/1"),
        "{}",
        palestine.mechanism
    );
    assert!(
        !palestine.asks.contains("Establish a commission"),
        "{}",
        palestine.asks
    );
    assert!(palestine.sources[0].url.contains("special-session"));
    let burundi_situation = o
        .situations
        .iter()
        .find(|s| s.country_code == "BDI")
        .unwrap();
    assert_eq!(
        burundi_situation.mandates,
        ["Commission of Inquiry on Burundi"]
    );

    // Its sources name no text acted on at HRC38 (ISHR's news names none of the twenty adopted
    // on 5 and 6 July) and no list of the Council's members in 2018 is verified offline: the
    // example holds no texts, consultations or members rather than invented ones.
    assert!(o.resolutions.is_empty(), "{:#?}", o.resolutions);
    assert!(o.consultations.is_empty() && o.members.is_empty());

    // No SOGI resolution at HRC38; every note, and every statement text the example wrote,
    // says it is illustrative.
    assert!(o
        .notes
        .iter()
        .all(|n| !n.body.contains("renewal resolution")));
    assert!(
        o.notes.iter().all(|n| n.body.contains("Illustrative")),
        "{:#?}",
        o.notes
    );
    for s in o
        .statements
        .iter()
        .filter(|s| !s.title.starts_with("Enough is Enough"))
    {
        assert!(s.text.contains("Illustrative"), "{}: {}", s.title, s.text);
    }
    // The statement on freedom of expression is due at the 7th meeting; the note taken on
    // 19 June is linked to the dialogue that began then.
    let idea = o
        .statements
        .iter()
        .find(|s| s.title.starts_with("Censorship"))
        .unwrap();
    assert_eq!(idea.meeting_id, Some(expression.id));
    let note = o
        .notes
        .iter()
        .find(|n| n.body.starts_with("SR on freedom"))
        .unwrap();
    assert_eq!(
        note.meeting_id,
        Some(by_title("expression", "2018-06-19").id)
    );
}
