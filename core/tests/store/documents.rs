//! Documents added, edited, found, shown with what links them, deleted and restored: the symbol
//! read as the UN writes it and unique however it is typed, the kind from the symbol, the link
//! made from the symbol; bad input refused naming the field with nothing changed.
use hrc_core::domain::document::{DocumentInput, DocumentKind};
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::{Error, Store};

use crate::support::{dump, temp_store, with_session};

fn input(symbol: &str, title: &str) -> DocumentInput {
    DocumentInput {
        symbol: symbol.into(),
        title: title.into(),
        kind: None,
    }
}

/// The field and rule code of a validation error.
fn refused(e: Error) -> (String, String) {
    match e {
        Error::Validation { field, rule } => (field, rule.code()),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_document_is_added_edited_found_and_listed_by_symbol() {
    let (mut store, _dir) = temp_store();
    let added = store
        .create_document(&input(
            " a/hrc/38/44/add.1 ",
            "Report of the Special Rapporteur: mission to Ukraine",
        ))
        .unwrap();
    assert_eq!(added.symbol, "A/HRC/38/44/Add.1");
    assert_eq!(added.kind, DocumentKind::Addendum);
    assert_eq!(added.url, "https://undocs.org/A/HRC/38/44/Add.1");
    store.create_document(&input("A/HRC/38/44", "")).unwrap();
    store.create_document(&input("A/HRC/38/9", "")).unwrap();
    store
        .create_document(&DocumentInput {
            kind: Some("other".into()),
            ..input("A/HRC/38/44/Add.10", "")
        })
        .unwrap();
    let symbols = |found: Option<&str>, store: &Store| -> Vec<String> {
        store
            .documents(found)
            .unwrap()
            .into_iter()
            .map(|d| d.symbol)
            .collect()
    };
    // Numbers compare as numbers: 9 before 44, Add.1 before Add.10.
    assert_eq!(
        symbols(None, &store),
        [
            "A/HRC/38/9",
            "A/HRC/38/44",
            "A/HRC/38/44/Add.1",
            "A/HRC/38/44/Add.10"
        ]
    );
    assert_eq!(
        symbols(Some("38/44/add"), &store),
        ["A/HRC/38/44/Add.1", "A/HRC/38/44/Add.10"]
    );
    assert_eq!(symbols(Some("ukraine"), &store), ["A/HRC/38/44/Add.1"]);
    assert_eq!(symbols(Some("  "), &store).len(), 4);

    let edited = store
        .update_document(
            added.id,
            &DocumentInput {
                kind: Some("report".into()),
                ..input("A/HRC/38/44/Add.2", "Mission to Ukraine")
            },
        )
        .unwrap();
    assert_eq!(
        (edited.symbol.as_str(), edited.kind, edited.title.as_str()),
        (
            "A/HRC/38/44/Add.2",
            DocumentKind::Report,
            "Mission to Ukraine"
        )
    );
    assert_eq!(
        store
            .document_by_symbol("a/hrc/38/44/ADD.2")
            .unwrap()
            .map(|d| d.id),
        Some(added.id)
    );
    assert_eq!(store.document(added.id).unwrap().document, edited);
}

#[test]
fn bad_input_is_refused_naming_the_field_and_nothing_changes() {
    let (mut store, _dir) = temp_store();
    let kept = store.create_document(&input("A/HRC/38/44", "")).unwrap();
    let before = dump(&store);
    for (bad, field, code) in [
        (input("", "A title"), "symbol", "empty"),
        (input("HRC/38", ""), "symbol", "not_a_document_symbol"),
        (input("a/hrc/38/44", ""), "symbol", "already_exists"),
        (
            DocumentInput {
                kind: Some("memo".into()),
                ..input("A/HRC/38/45", "")
            },
            "kind",
            "not_a_choice",
        ),
    ] {
        let e = store.create_document(&bad).unwrap_err();
        assert_eq!(refused(e), (field.into(), code.into()), "{bad:?}");
    }
    let other = store.create_document(&input("A/HRC/38/45", "")).unwrap();
    let before_edit = dump(&store);
    let e = store
        .update_document(other.id, &input("A/HRC/38/44", ""))
        .unwrap_err();
    assert_eq!(refused(e), ("symbol".into(), "already_exists".into()));
    assert_eq!(dump(&store), before_edit);
    store.delete_document(other.id).unwrap();
    assert_ne!(dump(&store), before);
    assert_eq!(store.documents(None).unwrap()[0].id, kept.id);
}

#[test]
fn a_document_shows_what_links_it_and_its_deletion_takes_it_off_them_until_restored() {
    let (mut store, _dir, session) = with_session();
    let meeting = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                title: "ID on executions".into(),
                documents: vec!["A/HRC/38/44".into(), "a/hrc/38/44/add.1".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let doc = store.document_by_symbol("A/HRC/38/44").unwrap().unwrap();
    let shown = store.document(doc.id).unwrap();
    assert_eq!(shown.linked.len(), 1);
    assert_eq!(
        (shown.linked[0].kind.as_str(), shown.linked[0].id),
        ("meeting", meeting.id)
    );
    assert_eq!(shown.linked[0].title, "ID on executions");

    let was = store.delete_document(doc.id).unwrap();
    assert_eq!(was.linked.len(), 1, "says what it was linked to");
    assert_eq!(
        store.meeting(meeting.id).unwrap().documents,
        ["A/HRC/38/44/Add.1"]
    );
    assert!(store.document(doc.id).is_err());
    let back = store.restore_document(doc.id).unwrap();
    assert_eq!(back.linked.len(), 1);
    assert_eq!(
        store.meeting(meeting.id).unwrap().documents,
        ["A/HRC/38/44", "A/HRC/38/44/Add.1"]
    );

    // A deleted meeting no longer links it.
    store.delete_meeting(meeting.id).unwrap();
    assert!(store.document(doc.id).unwrap().linked.is_empty());
}

#[test]
fn a_symbol_deleted_then_typed_again_is_a_new_document_and_the_old_one_cannot_come_back() {
    let (mut store, _dir) = temp_store();
    let old = store.create_document(&input("A/HRC/38/44", "")).unwrap();
    store.delete_document(old.id).unwrap();
    store.create_document(&input("A/HRC/38/44", "")).unwrap();
    let e = store.restore_document(old.id).unwrap_err();
    assert_eq!(refused(e), ("symbol".into(), "already_exists".into()));
}

#[test]
fn a_symbol_searched_finds_exactly_the_records_that_name_it() {
    use hrc_core::domain::search::{SearchKind, SearchQuery};
    use hrc_core::domain::statement::StatementInput;
    let (mut store, _dir, session) = with_session();
    let meeting = |store: &mut Store, title: &str, symbols: &[&str]| {
        store
            .create_meeting(
                session.id,
                &MeetingInput {
                    date: "2018-06-20".into(),
                    slot: Some("morning".into()),
                    title: title.into(),
                    documents: symbols.iter().map(|s| s.to_string()).collect(),
                    ..Default::default()
                },
            )
            .unwrap()
    };
    let ukraine = meeting(&mut store, "ID on executions", &["A/HRC/38/44/Add.1"]);
    meeting(&mut store, "Another dialogue", &["A/HRC/38/44/Add.10"]);
    let written = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "Written statement on Ukraine".into(),
                kind: Some("written".into()),
                document_symbol: Some("a/hrc/38/44/ add.1".into()),
                ..Default::default()
            },
        )
        .unwrap();
    // A note that writes the symbol's words is not a record that names it.
    let search = |store: &Store, text: &str, kinds: &[&str]| {
        store
            .search(&SearchQuery {
                text: text.into(),
                kinds: kinds.iter().map(|k| k.to_string()).collect(),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|h| (h.kind, h.id))
            .collect::<Vec<_>>()
    };
    let want = vec![
        (SearchKind::Meeting, ukraine.id),
        (SearchKind::Statement, written.id),
    ];
    assert_eq!(search(&store, "A/HRC/38/44/Add.1", &[]), want);
    assert_eq!(search(&store, " a/hrc/38/44/ADD.1 ", &[]), want);
    assert_eq!(
        search(&store, "A/HRC/38/44/Add.1", &["statement"]),
        want[1..]
    );
    assert!(search(&store, "A/HRC/38/44/Add.2", &[]).is_empty());
    let hit = &store
        .search(&SearchQuery {
            text: "A/HRC/38/44/Add.1".into(),
            ..Default::default()
        })
        .unwrap()[0];
    assert_eq!(hit.session_name, "HRC38");
    assert_eq!(hit.title, "ID on executions");
    assert_eq!(hit.snippet[0].text, "A/HRC/38/44/Add.1");
}

#[test]
fn situations_key_issues_and_statements_link_documents_and_situations_mandates() {
    use hrc_core::domain::key_issue::KeyIssueInput;
    use hrc_core::domain::situation::SituationInput;
    use hrc_core::domain::statement::StatementInput;
    let (mut store, _dir, session) = with_session();
    let executions = "Special Rapporteur on extrajudicial, summary or arbitrary executions";
    let burundi = store
        .create_situation(
            session.id,
            &SituationInput {
                country: "Burundi".into(),
                mechanism: Some("Commission of inquiry".into()),
                mandates: Some(vec![
                    "Commission of Inquiry on Burundi".into(),
                    executions.into(),
                ]),
                documents: Some(vec!["a/hrc/38/44".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        burundi.mandates,
        ["Commission of Inquiry on Burundi", executions]
    );
    assert_eq!(burundi.documents, ["A/HRC/38/44"]);
    assert_eq!(burundi.mechanism, "Commission of inquiry", "kept as typed");
    // An edit that does not name them keeps them; an empty list takes them off.
    let edited = store
        .update_situation(
            burundi.id,
            &SituationInput {
                summary: Some("Oral briefing".into()),
                ..SituationInput::from(&burundi)
            },
        )
        .unwrap();
    assert_eq!(edited.mandates.len(), 2);
    assert_eq!(edited.documents, ["A/HRC/38/44"]);
    let issue = store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                documents: Some(vec!["A/HRC/39/41".into(), "A/HRC/38/44".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(issue.documents, ["A/HRC/39/41", "A/HRC/38/44"]);
    let statement = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "On executions".into(),
                documents: Some(vec!["A/HRC/38/44".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(statement.documents, ["A/HRC/38/44"]);

    let report = store.document_by_symbol("A/HRC/38/44").unwrap().unwrap();
    let kinds: Vec<String> = store
        .document(report.id)
        .unwrap()
        .linked
        .into_iter()
        .map(|l| l.kind)
        .collect();
    assert_eq!(kinds, ["situation", "key-issue", "statement"]);
    let coi = &store.mandates(Some("burundi")).unwrap()[0];
    assert_eq!(store.mandate(coi.id).unwrap().linked[0].title, "Burundi");

    let cleared = store
        .update_situation(
            burundi.id,
            &SituationInput {
                mandates: Some(Vec::new()),
                documents: Some(Vec::new()),
                ..SituationInput::from(&edited)
            },
        )
        .unwrap();
    assert!(cleared.mandates.is_empty() && cleared.documents.is_empty());
    assert_eq!(cleared.mechanism, "Commission of inquiry");

    // A bad symbol is refused naming the field, and nothing changes.
    let before = dump(&store);
    let e = store
        .update_key_issue(
            issue.id,
            &KeyIssueInput {
                documents: Some(vec!["HRC/38".into()]),
                ..KeyIssueInput::from(&issue)
            },
        )
        .unwrap_err();
    assert_eq!(
        refused(e),
        ("documents".into(), "not_a_document_symbol".into())
    );
    let e = store
        .update_situation(
            burundi.id,
            &SituationInput {
                mandates: Some(vec![" ".into(), "".into()]),
                documents: Some(vec!["A/HRC".into()]),
                ..SituationInput::from(&cleared)
            },
        )
        .unwrap_err();
    assert_eq!(
        refused(e),
        ("documents".into(), "not_a_document_symbol".into())
    );
    assert_eq!(dump(&store), before);
}

#[test]
fn a_bundle_carries_the_documents_and_mandates_situations_issues_and_statements_link() {
    use hrc_core::bundle::Bundle;
    use hrc_core::domain::key_issue::KeyIssueInput;
    use hrc_core::domain::situation::SituationInput;
    use hrc_core::domain::statement::StatementInput;
    let (mut a, _da, session) = with_session();
    let situation = a
        .create_situation(
            session.id,
            &SituationInput {
                country: "BDI".into(),
                mandates: Some(vec!["Commission of Inquiry on Burundi".into()]),
                documents: Some(vec!["A/HRC/38/CRP.1".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    let issue = a
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                documents: Some(vec!["A/HRC/39/41".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    let statement = a
        .create_statement(
            session.id,
            &StatementInput {
                title: "On Burundi".into(),
                documents: Some(vec!["A/HRC/38/CRP.1".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    let bundle = a.export_bundle(session.id).unwrap().to_json();
    let (mut b, _db) = temp_store();
    b.import_bundle(&Bundle::from_json(&bundle).unwrap())
        .unwrap();
    assert_eq!(
        b.situation(situation.id).unwrap().mandates,
        ["Commission of Inquiry on Burundi"]
    );
    assert_eq!(
        b.situation(situation.id).unwrap().documents,
        ["A/HRC/38/CRP.1"]
    );
    assert_eq!(b.key_issue(issue.id).unwrap().documents, ["A/HRC/39/41"]);
    assert_eq!(
        b.statement(statement.id).unwrap().documents,
        ["A/HRC/38/CRP.1"]
    );
}

#[test]
fn the_documents_are_listed_each_with_the_records_that_take_it_up() {
    use hrc_core::domain::situation::SituationInput;
    let (mut store, _dir, session) = with_session();
    let meeting = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                title: "ID on executions".into(),
                documents: vec!["A/HRC/38/44".into(), "A/HRC/38/44/Add.1".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let burundi = store
        .create_situation(
            session.id,
            &SituationInput {
                country: "Burundi".into(),
                documents: Some(vec!["A/HRC/38/44".into()]),
                ..Default::default()
            },
        )
        .unwrap();
    store.create_document(&input("A/HRC/38/9", "")).unwrap();

    let listed = store.document_summaries(None).unwrap();
    let seen: Vec<(&str, Vec<(&str, &str)>)> = listed
        .iter()
        .map(|d| {
            (
                d.document.symbol.as_str(),
                d.linked
                    .iter()
                    .map(|l| (l.kind.as_str(), l.title.as_str()))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("A/HRC/38/9", vec![]),
            (
                "A/HRC/38/44",
                vec![("meeting", "ID on executions"), ("situation", "Burundi")]
            ),
            ("A/HRC/38/44/Add.1", vec![("meeting", "ID on executions")]),
        ]
    );
    // A meeting says its day, to tell apart the days of one dialogue; a situation has none.
    let dates: Vec<_> = listed[1].linked.iter().map(|l| l.date).collect();
    assert_eq!(dates, [chrono::NaiveDate::from_ymd_opt(2018, 6, 20), None]);
    // Each as shown alone, and a find narrows the list as `documents` does.
    for summary in &listed {
        assert_eq!(summary, &store.document(summary.document.id).unwrap());
    }
    let found = store.document_summaries(Some("44/add")).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].linked[0].id, meeting.id);
    // A deleted record no longer takes it up.
    store.delete_situation(burundi.id).unwrap();
    assert_eq!(store.document_summaries(None).unwrap()[1].linked.len(), 1);
}
