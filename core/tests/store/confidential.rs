//! The confidential mark (issue 20, item 6) on notes, statements, country situations and key
//! issues: set on create and edit, read back, kept through undo; every export format and the
//! bundle leave marked records out with no trace unless asked, and mark them "Confidential" when
//! they are included; a brief on a marked subject is refused without them; search still finds them.
use hrc_core::bundle::Bundle;
use hrc_core::domain::brief::BriefOn;
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::search::SearchQuery;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::export::brief::{render, BriefFormat};
use hrc_core::export::confidential::NOTICE;
use hrc_core::export::{export_choosing, ExportFormat, PageSetup, Section};
use hrc_core::{Store, Uuid};

use crate::support::{dump, temp_store};

/// Words written only in the confidential records.
const SECRET: [&str; 6] = [
    "Zorblattq",
    "Quixhavenq",
    "Vexmoorq",
    "Plimsquallq",
    "Gravendishq",
    "Brenticorq",
];

/// The HRC38 example with one confidential record of each kind (and one more note), an ordinary
/// note on the confidential key issue and an ordinary statement on the confidential situation.
struct Example {
    store: Store,
    _dir: tempfile::TempDir,
    session: Uuid,
    issue: Uuid,
    situation: Uuid,
    statement: Uuid,
    notes: [Uuid; 2],
    ordinary_note: Uuid,
}

fn example() -> Example {
    let (mut store, dir) = temp_store();
    let session = hrc_core::demo::load(&mut store).unwrap().session.id;
    let o = store.overview(session).unwrap();
    let meeting = o
        .meetings
        .iter()
        .find(|m| m.span().is_some())
        .expect("a meeting with hours")
        .id;
    let issue = store
        .create_key_issue(
            session,
            &KeyIssueInput {
                title: "Zorblattq defenders".into(),
                overview: Some("Quixhavenq overview".into()),
                confidential: true,
                ..Default::default()
            },
        )
        .unwrap();
    let situation = store
        .create_situation(
            session,
            &SituationInput {
                country: "NIC".into(),
                agenda_item: Some(2),
                summary: Some("Vexmoorq summary".into()),
                confidential: true,
                ..Default::default()
            },
        )
        .unwrap();
    let statement = store
        .create_statement(
            session,
            &StatementInput {
                title: "Plimsquallq oral statement".into(),
                meeting_id: Some(meeting.to_string()),
                text: Some("Mr President, Plimsquallq.".into()),
                key_issue_ids: vec![issue.id.to_string()],
                confidential: true,
                ..Default::default()
            },
        )
        .unwrap();
    let note = |body: &str, confidential: bool| NoteInput {
        body: body.into(),
        confidential,
        ..Default::default()
    };
    let first = store
        .create_note(session, &note("Gravendishq met us", true))
        .unwrap();
    let second = store
        .create_note(
            session,
            &NoteInput {
                statement_id: Some(statement.id.to_string()),
                ..note("Brenticorq is at risk", true)
            },
        )
        .unwrap();
    let ordinary_note = store
        .create_note(
            session,
            &NoteInput {
                key_issue_id: Some(issue.id.to_string()),
                ..note("An ordinary note", false)
            },
        )
        .unwrap();
    store
        .create_statement(
            session,
            &StatementInput {
                title: "An ordinary statement".into(),
                situation_ids: vec![situation.id.to_string()],
                ..Default::default()
            },
        )
        .unwrap();
    Example {
        store,
        _dir: dir,
        session,
        issue: issue.id,
        situation: situation.id,
        statement: statement.id,
        notes: [first.id, second.id],
        ordinary_note: ordinary_note.id,
    }
}

/// The text of an export: a Word file's every part, unzipped.
fn readable(format: ExportFormat, bytes: Vec<u8>) -> String {
    if format != ExportFormat::Word {
        return String::from_utf8(bytes).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.docx");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("unzip")
        .args(["-p", path.to_str().unwrap()])
        .output()
        .expect("unzip");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn exported(e: &Example, format: ExportFormat, include: bool) -> String {
    let bytes = export_choosing(
        &e.store,
        e.session,
        format,
        Section::ALL,
        &PageSetup::default(),
        include,
    )
    .unwrap();
    readable(format, bytes)
}

#[test]
fn the_mark_is_set_on_create_and_edit_read_back_and_kept_through_undo() {
    let mut e = example();
    let s = &mut e.store;
    assert!(s.key_issue(e.issue).unwrap().confidential);
    assert!(s.situation(e.situation).unwrap().confidential);
    assert!(s.statement(e.statement).unwrap().confidential);
    assert!(s.note(e.notes[0]).unwrap().confidential);
    assert!(!s.note(e.ordinary_note).unwrap().confidential);

    // An edit that starts from the stored record keeps the mark; one that says so takes it off.
    let issue = s.key_issue(e.issue).unwrap();
    let kept = s
        .update_key_issue(
            e.issue,
            &KeyIssueInput {
                asks: Some("More".into()),
                ..KeyIssueInput::from(&issue)
            },
        )
        .unwrap();
    assert!(kept.confidential);
    let off = s
        .update_key_issue(
            e.issue,
            &KeyIssueInput {
                confidential: false,
                ..KeyIssueInput::from(&kept)
            },
        )
        .unwrap();
    assert!(!off.confidential);
    let note = s.note(e.ordinary_note).unwrap();
    let on = s
        .update_note(
            e.ordinary_note,
            &NoteInput {
                confidential: true,
                ..NoteInput::from(&note)
            },
        )
        .unwrap();
    assert!(on.confidential);
    let situation = s.situation(e.situation).unwrap();
    let off = s
        .update_situation(
            e.situation,
            &SituationInput {
                confidential: false,
                ..SituationInput::from(&situation)
            },
        )
        .unwrap();
    assert!(!off.confidential);
    let statement = s.statement(e.statement).unwrap();
    let edited = s
        .update_statement(
            e.statement,
            &StatementInput {
                title: "Plimsquallq oral statement, revised".into(),
                ..StatementInput::from(&statement)
            },
        )
        .unwrap();
    assert!(edited.confidential);

    // Undo of a deletion brings each back marked.
    s.delete_statement(e.statement).unwrap();
    assert!(s.restore_statement(e.statement).unwrap().confidential);
    s.delete_note(e.notes[0]).unwrap();
    assert!(s.restore_note(e.notes[0]).unwrap().confidential);
    let mut issue = s.key_issue(e.issue).unwrap();
    issue = s
        .update_key_issue(
            e.issue,
            &KeyIssueInput {
                confidential: true,
                ..KeyIssueInput::from(&issue)
            },
        )
        .unwrap();
    s.delete_key_issue(issue.id).unwrap();
    assert!(s.restore_key_issue(issue.id).unwrap().confidential);
    let situation = s.situation(e.situation).unwrap();
    s.update_situation(
        e.situation,
        &SituationInput {
            confidential: true,
            ..SituationInput::from(&situation)
        },
    )
    .unwrap();
    s.delete_situation(e.situation).unwrap();
    assert!(s.restore_situation(e.situation).unwrap().confidential);
}

#[test]
fn every_export_without_confidential_items_holds_no_word_or_id_of_them() {
    let e = example();
    let ids: Vec<String> = [e.issue, e.situation, e.statement, e.notes[0], e.notes[1]]
        .iter()
        .map(Uuid::to_string)
        .collect();
    for format in ExportFormat::ALL {
        let text = exported(&e, *format, false);
        for word in SECRET.iter().map(|w| w.to_string()).chain(ids.clone()) {
            assert!(!text.contains(&word), "{} holds {word}", format.key());
        }
        assert!(!text.contains("Confidential"), "{}", format.key());
        assert!(
            !text.contains("Nicaragua"),
            "{}: the situation's country",
            format.key()
        );
    }
    // The ordinary records stay, their links to the confidential ones gone.
    let md = exported(&e, ExportFormat::Markdown, false);
    assert!(md.contains("An ordinary note"));
    assert!(md.contains("An ordinary statement"));
}

#[test]
fn included_confidential_items_are_there_and_marked_in_every_format() {
    let e = example();
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Word,
    ] {
        let text = exported(&e, format, true);
        for word in SECRET {
            assert!(text.contains(word), "{} lacks {word}", format.key());
        }
        // The notice near the top, before the first section.
        let notice = text
            .find(NOTICE)
            .unwrap_or_else(|| panic!("{}", format.key()));
        let issues = text.find("Key issues").unwrap();
        assert!(notice < issues, "{}: the notice comes first", format.key());
        assert!(
            text.contains("Zorblattq defenders (Confidential)"),
            "{}",
            format.key()
        );
        assert!(
            text.contains("Plimsquallq oral statement (Confidential)"),
            "{}",
            format.key()
        );
        assert!(
            text.contains("Nicaragua (NIC) (Confidential)"),
            "{}",
            format.key()
        );
    }
    let md = exported(&e, ExportFormat::Markdown, true);
    // The issue, the situation, the statement in the table and with its text, the two notes.
    assert_eq!(md.matches("(Confidential)").count(), 6, "{md}");
    for format in [ExportFormat::Calendar, ExportFormat::CsvStatements] {
        let text = exported(&e, format, true);
        assert!(
            text.contains("Plimsquallq oral statement (Confidential)"),
            "{}",
            format.key()
        );
    }
    let json = exported(&e, ExportFormat::Bundle, true);
    for word in SECRET {
        assert!(json.contains(word), "the bundle lacks {word}");
    }
    // Without confidential items the document says nothing of them.
    let md = exported(&e, ExportFormat::Markdown, false);
    assert!(!md.contains(NOTICE));
}

#[test]
fn a_bundle_with_confidential_items_keeps_the_mark_and_one_without_leaves_no_trace() {
    let e = example();
    let with = e
        .store
        .export_bundle_choosing(e.session, true, true)
        .unwrap();
    let (mut theirs, _d) = temp_store();
    theirs.import_bundle(&with).unwrap();
    assert!(theirs.key_issue(e.issue).unwrap().confidential);
    assert!(theirs.situation(e.situation).unwrap().confidential);
    assert!(theirs.statement(e.statement).unwrap().confidential);
    assert!(theirs.note(e.notes[1]).unwrap().confidential);
    assert!(!theirs.note(e.ordinary_note).unwrap().confidential);

    let without = e.store.export_bundle_with(e.session, true).unwrap();
    let json = without.to_json();
    for word in SECRET {
        assert!(!json.contains(word), "{word}");
    }
    for id in [e.issue, e.situation, e.statement, e.notes[0], e.notes[1]] {
        assert!(!json.contains(&id.to_string()), "{id}");
    }
    let (mut other, _d2) = temp_store();
    other.import_bundle(&without).unwrap();
    let o = other.overview(e.session).unwrap();
    assert!(o.key_issues.iter().all(|k| !k.confidential));
    let ordinary = other.note(e.ordinary_note).unwrap();
    assert_eq!(
        ordinary.key_issue_id, None,
        "its link to the left-out issue cleared"
    );
    let statement = o
        .statements
        .iter()
        .find(|s| s.title == "An ordinary statement")
        .unwrap();
    assert!(statement.situation_ids.is_empty());
    // Nicaragua was only linked by the confidential situation.
    assert!(!json.contains("Nicaragua") && !json.contains("\"NIC\""));
}

#[test]
fn a_bundle_of_format_3_comes_in_not_confidential() {
    let e = example();
    let mut value: serde_json::Value =
        serde_json::from_str(&e.store.export_bundle(e.session).unwrap().to_json()).unwrap();
    value["version"] = serde_json::json!(3);
    for table in ["key_issues", "situations", "statements", "notes"] {
        for row in value[table].as_array_mut().unwrap() {
            row.as_object_mut().unwrap().remove("confidential");
        }
    }
    let bundle = Bundle::from_json(&value.to_string()).unwrap();
    let (mut theirs, _d) = temp_store();
    theirs.import_bundle(&bundle).unwrap();
    let o = theirs.overview(e.session).unwrap();
    assert!(o.key_issues.iter().any(|k| k.id == e.issue));
    assert!(o.key_issues.iter().all(|k| !k.confidential));
    assert!(o.situations.iter().all(|s| !s.confidential));
    assert!(o.statements.iter().all(|s| !s.confidential));
    assert!(o.notes.iter().all(|n| !n.confidential));
}

#[test]
fn a_bundle_with_a_mark_that_is_no_mark_is_refused_and_changes_nothing() {
    let e = example();
    let mut value: serde_json::Value =
        serde_json::from_str(&e.store.export_bundle(e.session).unwrap().to_json()).unwrap();
    value["notes"][0]["confidential"] = serde_json::json!(2);
    let (mut theirs, _d) = temp_store();
    let before = dump(&theirs);
    let bundle = Bundle::from_json(&value.to_string()).unwrap();
    let err = theirs.import_bundle(&bundle).unwrap_err();
    assert!(err.is_input_error(), "{err}");
    assert!(err.to_string().contains("notes"), "{err}");
    assert_eq!(dump(&theirs), before);
}

#[test]
fn a_brief_on_a_confidential_subject_is_refused_unless_included_and_then_marked() {
    let e = example();
    let before = dump(&e.store);
    let err = e.store.brief(BriefOn::KeyIssue, e.issue).unwrap_err();
    assert!(err.to_string().contains("confidential"), "{err}");
    assert!(err.is_input_error());
    assert_eq!(dump(&e.store), before);
    let brief = e
        .store
        .brief_choosing(BriefOn::KeyIssue, e.issue, true)
        .unwrap();
    let md = String::from_utf8(render(&brief, BriefFormat::Markdown).unwrap()).unwrap();
    assert!(md.contains("Zorblattq defenders (Confidential)"));
    assert!(md.contains("Plimsquallq oral statement (Confidential)"));
    assert!(md.contains(NOTICE));

    // A brief on an ordinary subject leaves out our confidential statement on it.
    let reprisals = e
        .store
        .overview(e.session)
        .unwrap()
        .key_issues
        .into_iter()
        .find(|k| k.title == "Reprisals")
        .unwrap();
    let mut s = e.store;
    let statement = s.statement(e.statement).unwrap();
    s.update_statement(
        e.statement,
        &StatementInput {
            key_issue_ids: vec![reprisals.id.to_string()],
            ..StatementInput::from(&statement)
        },
    )
    .unwrap();
    for format in BriefFormat::ALL {
        let without = readable(
            match format {
                BriefFormat::Word => ExportFormat::Word,
                _ => ExportFormat::Markdown,
            },
            render(&s.brief(BriefOn::KeyIssue, reprisals.id).unwrap(), *format).unwrap(),
        );
        assert!(!without.contains("Plimsquallq"), "{}", format.key());
        assert!(!without.contains("Confidential"), "{}", format.key());
    }
    let with = s
        .brief_choosing(BriefOn::KeyIssue, reprisals.id, true)
        .unwrap();
    assert!(with.confidential);
    let md = String::from_utf8(render(&with, BriefFormat::Markdown).unwrap()).unwrap();
    assert!(
        md.contains("Plimsquallq oral statement (Confidential)"),
        "{md}"
    );
}

#[test]
fn the_apps_own_search_still_finds_confidential_records_and_says_they_are() {
    let e = example();
    let search = |text: &str| {
        e.store
            .search(&SearchQuery {
                text: text.into(),
                ..Default::default()
            })
            .unwrap()
    };
    for word in SECRET {
        let hits = search(word);
        assert!(!hits.is_empty(), "{word}");
        assert!(hits.iter().all(|h| h.confidential), "{word}: {hits:?}");
    }
    let marked = |text: &str, id: Uuid| {
        let hits = search(text);
        hits.iter().find(|h| h.id == id).expect(text).confidential
    };
    assert!(!marked("ordinary note", e.ordinary_note));
    assert!(marked("Vexmoorq", e.situation));
    assert!(marked("Zorblattq", e.issue));
    assert!(marked("Plimsquallq", e.statement));
    assert!(marked("Gravendishq", e.notes[0]));
    // Not markable: never said to be.
    assert!(search("general debate").iter().any(|h| !h.confidential));
}

#[test]
fn whom_to_lobby_as_a_file_leaves_out_a_text_related_only_through_a_confidential_situation() {
    use hrc_core::export::lobby::{export, LobbyFormat};
    let (mut store, _dir, text, [_res36, ghouta, _belarus]) = crate::lobby::four_sessions();
    let syria = store.resolution(text).unwrap().situation_ids[0];
    let situation = store.situation(syria).unwrap();
    store
        .update_situation(
            syria,
            &SituationInput {
                confidential: true,
                ..SituationInput::from(&situation)
            },
        )
        .unwrap();
    // The window's list still relates it (the app's own view); a file does not.
    assert!(store
        .lobby(text)
        .unwrap()
        .related
        .iter()
        .any(|r| r.id == ghouta));
    let left = store.lobby_choosing(text, false).unwrap();
    assert!(!left.related.iter().any(|r| r.id == ghouta));
    for format in LobbyFormat::ALL {
        let bytes = export(&store, text, *format).unwrap();
        let text = readable(
            match format {
                LobbyFormat::Word => ExportFormat::Word,
                _ => ExportFormat::Markdown,
            },
            bytes,
        );
        assert!(!text.contains("Eastern Ghouta"), "{}", format.key());
    }
}
