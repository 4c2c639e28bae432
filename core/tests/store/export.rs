//! Exports of a session overview: Markdown and HTML snapshots of HRC38, sections, hostile text, CSV.
use expect_test::expect_file;
use hrc_core::domain::note::NoteInput;
use hrc_core::export::{export, ExportFormat, Section};
use hrc_core::{Store, Uuid};

use crate::support::{temp_store, with_session};

fn text(store: &Store, id: Uuid, format: ExportFormat, sections: &[Section]) -> String {
    String::from_utf8(export(store, id, format, sections).unwrap()).unwrap()
}

fn hrc38() -> (Store, tempfile::TempDir, Uuid) {
    let (mut store, dir) = temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    (store, dir, id)
}

#[test]
fn hrc38_markdown() {
    let (store, _dir, id) = hrc38();
    let md = text(&store, id, ExportFormat::Markdown, &Section::defaults());
    expect_file!["snapshots/hrc38.md"].assert_eq(&md);
}

#[test]
fn hrc38_html() {
    let (store, _dir, id) = hrc38();
    let html = text(&store, id, ExportFormat::Html, Section::ALL);
    expect_file!["snapshots/hrc38.html"].assert_eq(&html);
    for remote in ["http://", "https://", "<script", "src="] {
        let outside_links =
            html.matches(remote).count() - html.matches(&format!("href=\"{remote}")).count();
        assert_eq!(outside_links, 0, "{remote} outside a link");
    }
}

#[test]
fn notes_stay_out_unless_chosen() {
    let (store, _dir, id) = hrc38();
    let without = text(&store, id, ExportFormat::Markdown, &Section::defaults());
    assert!(!without.contains("## Notes"));
    assert!(!without.contains("do **not** name them"));
    let with = text(&store, id, ExportFormat::Markdown, Section::ALL);
    assert!(with.contains("## Notes"));
    assert!(with.contains("do **not** name them"));
    let only = text(&store, id, ExportFormat::Markdown, &[Section::Statements]);
    assert!(
        only.contains("## Statements")
            && !only.contains("## Key issues")
            && !only.contains("## Programme")
    );
}

/// The full copy (JSON bundle) carries notes only when asked, like every other export; a list
/// of sections is refused for the formats that have none to choose.
#[test]
fn the_full_copy_carries_notes_only_when_asked() {
    use hrc_core::export::chosen_sections;
    let (mut store, _dir, id) = hrc38();
    store
        .create_note(
            id,
            &NoteInput {
                body: "Met the defender from Burundi; she fears reprisals".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let without = text(&store, id, ExportFormat::Bundle, &Section::defaults());
    assert!(!without.contains("she fears reprisals"));
    assert!(without.contains("\"notes\": []"), "{without}");
    let with = text(&store, id, ExportFormat::Bundle, Section::ALL);
    assert!(with.contains("she fears reprisals"));

    let bundle = ExportFormat::Bundle;
    assert_eq!(
        chosen_sections(bundle, None, false).unwrap(),
        Section::defaults()
    );
    assert!(chosen_sections(bundle, None, true)
        .unwrap()
        .contains(&Section::Notes));
    for format in [bundle, ExportFormat::Calendar, ExportFormat::CsvStatements] {
        let err = chosen_sections(format, Some("key-issues"), false).unwrap_err();
        assert_eq!(err.field(), Some("sections"), "{err}");
    }
    assert_eq!(
        chosen_sections(ExportFormat::Word, Some("key-issues"), true).unwrap(),
        [Section::KeyIssues, Section::Notes]
    );
}

/// A deleted row travels as its id and times, so that the deletion reaches a colleague's copy,
/// but never with the text it had; such a bundle imports into another database.
#[test]
fn deleted_rows_travel_without_their_text() {
    use hrc_core::domain::statement::StatementInput;
    let (mut store, _dir, id) = hrc38();
    let note = store
        .create_note(
            id,
            &NoteInput {
                body: "Name of the defender: Amina K.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let statement = store
        .create_statement(
            id,
            &StatementInput {
                title: "Draft naming Amina K.".into(),
                text: Some("Amina K. was detained on arrival".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store.delete_note(note.id).unwrap();
    store.delete_statement(statement.id).unwrap();
    let bundle = text(&store, id, ExportFormat::Bundle, Section::ALL);
    assert!(!bundle.contains("Amina"), "deleted text in the bundle");
    assert!(bundle.contains(&note.id.to_string()));
    assert!(bundle.contains(&statement.id.to_string()));

    let (mut other, _other_dir) = crate::support::temp_store();
    let parsed = hrc_core::bundle::Bundle::from_json(&bundle).unwrap();
    other.import_bundle(&parsed).unwrap();
    assert!(other.notes(id).unwrap().iter().all(|n| n.id != note.id));
}

#[test]
fn sections_are_read_from_a_list() {
    assert_eq!(
        Section::parse_list("statements, key-issues,statements").unwrap(),
        [Section::Statements, Section::KeyIssues]
    );
    assert_eq!(
        Section::parse_list("gossip").unwrap_err().field(),
        Some("sections")
    );
}

#[test]
fn hostile_notes_come_out_inert_in_html() {
    let (mut store, _dir, session) = with_session();
    for body in [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[open](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
    ] {
        store
            .create_note(
                session.id,
                &NoteInput {
                    body: body.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let html = text(&store, session.id, ExportFormat::Html, Section::ALL).to_lowercase();
    for bad in [
        "<script",
        "onerror",
        "onload",
        "javascript:",
        "<svg",
        "<img",
    ] {
        assert!(!html.contains(bad), "{bad} in the export");
    }
}

/// A text's title (plain text) and my position and asks (Markdown) come out inert in HTML, and its
/// title opens no formula in the texts' CSV.
#[test]
fn hostile_texts_come_out_inert() {
    use hrc_core::domain::resolution::ResolutionInput;
    let (mut store, _dir, session) = with_session();
    store
        .create_resolution(&ResolutionInput {
            session_id: session.id,
            title: "=HYPERLINK(\"x\") <script>alert('x')</script>".into(),
            position: "<img src=x onerror=alert(1)> [open](javascript:alert(1))".into(),
            asks: "<svg onload=alert(1)>".into(),
            ..ResolutionInput::default()
        })
        .unwrap();
    let html = text(&store, session.id, ExportFormat::Html, Section::ALL).to_lowercase();
    for bad in [
        "<script",
        "onerror",
        "onload",
        "javascript:",
        "<svg",
        "<img",
    ] {
        assert!(!html.contains(bad), "{bad} in the export");
    }
    assert!(html.contains("&lt;script&gt;"), "the title shown as typed");
    let csv = text(&store, session.id, ExportFormat::CsvResolutions, &[]);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
}

#[test]
fn csv_has_a_header_and_a_row_each() {
    let (store, _dir, id) = hrc38();
    let statements = text(&store, id, ExportFormat::CsvStatements, &[]);
    let mut reader = csv::Reader::from_reader(statements.as_bytes());
    assert_eq!(&reader.headers().unwrap()[1], "title");
    let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows[0][1].starts_with("Enough is Enough"));
    assert_eq!(&rows[0][2], "joint-written");
    assert!(rows[0][14].contains("L’Association Marocaine des Droits Humains"));
    let events = text(&store, id, ExportFormat::CsvSideEvents, &[]);
    let mut reader = csv::Reader::from_reader(events.as_bytes());
    let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (&rows[0][2], &rows[0][3], &rows[0][4]),
        ("2018-06-25", "13:00", "14:30")
    );
}

#[test]
fn exports_are_saved_whole_to_the_chosen_file() {
    let (store, dir, id) = hrc38();
    let path = dir.path().join("HRC38 overview.docx");
    let page = Default::default();
    hrc_core::export::export_to_file(
        &store,
        id,
        ExportFormat::Word,
        &Section::defaults(),
        &page,
        &path,
    )
    .unwrap();
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"));
    assert_eq!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("partial"))
            .count(),
        0
    );
    let nowhere = dir.path().join("missing-folder").join("x.md");
    let err =
        hrc_core::export::export_to_file(&store, id, ExportFormat::Markdown, &[], &page, &nowhere)
            .unwrap_err();
    assert_eq!(err.field(), Some("path"));
    assert!(hrc_core::export::preview(&store, id, &[Section::KeyIssues])
        .unwrap()
        .body
        .contains("<h3>Reprisals</h3>"));
}

/// Text a spreadsheet would run as a formula is written as text (CSV injection), and nothing
/// else changes.
#[test]
fn csv_cells_never_start_a_formula() {
    use hrc_core::domain::side_event::SideEventInput;
    use hrc_core::domain::statement::StatementInput;
    let (mut store, _dir, session) = with_session();
    let statement = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "=HYPERLINK(\"https://example.org\",\"Click\")".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .add_signatories(
            statement.id,
            "@SUM(1+1)\n+Plus Rights\nAmnesty International",
        )
        .unwrap();
    store
        .create_side_event(
            session.id,
            &SideEventInput {
                title: "-2+3 reasons".into(),
                date: "2018-06-25".into(),
                start: "13:00".into(),
                end: "14:00".into(),
                organisers: vec!["=cmd|' /C calc'!A0".into()],
                speakers: vec!["@Jane".into(), "Ana".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let statements = text(&store, session.id, ExportFormat::CsvStatements, &[]);
    let rows: Vec<_> = csv::Reader::from_reader(statements.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        &rows[0][1],
        "'=HYPERLINK(\"https://example.org\",\"Click\")"
    );
    assert!(rows[0][14].starts_with('\''), "{}", &rows[0][14]);
    let events = text(&store, session.id, ExportFormat::CsvSideEvents, &[]);
    let rows: Vec<_> = csv::Reader::from_reader(events.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(&rows[0][1], "'-2+3 reasons");
    assert_eq!(&rows[0][7], "'=cmd|' /C calc'!A0");
    assert_eq!(&rows[0][10], "'@Jane; Ana");
    // Ordinary cells are untouched.
    assert_eq!((&rows[0][2], &rows[0][3]), ("2018-06-25", "13:00"));
}

/// A carriage return in a person's text never reaches the calendar bare: every line of the
/// file ends in CR LF and the text's break is an escaped `\n`.
#[test]
fn calendar_text_has_no_bare_carriage_return() {
    use hrc_core::domain::side_event::SideEventInput;
    let (mut store, _dir, session) = with_session();
    store
        .create_side_event(
            session.id,
            &SideEventInput {
                title: "Launch".into(),
                date: "2018-06-25".into(),
                start: "13:00".into(),
                end: "14:00".into(),
                room: Some("Room XXIV\rBEGIN:VEVENT".into()),
                speakers: vec!["Ana\r\nBo".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let ics = text(&store, session.id, ExportFormat::Calendar, &[]);
    let bytes = ics.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at byte {i}");
        }
    }
    let events = ics.lines().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(events, 1, "{ics}");
    assert!(ics.contains("Room XXIV\\nBEGIN:VEVENT"), "{ics}");
}

/// HRC38 with its members and four texts as an advocate enters them (ILLUSTRATIVE: the vote is
/// `votes::LISTS`, not the record): a text on Syria with two informal consultations, voted by
/// lists at the 40th meeting with an amendment rejected by counts, my position and asks; one
/// adopted without a vote; a draft not yet acted on; a deleted one. Returns the store and the
/// session.
fn with_texts() -> (Store, tempfile::TempDir, Uuid) {
    use hrc_core::domain::consultation::ConsultationInput;
    use hrc_core::domain::meeting::MeetingInput;
    use hrc_core::domain::resolution::{
        AmendmentInput, MandateLinkInput, ResolutionInput, RevisionInput, VoteEntry, VoteInput,
    };
    use hrc_core::domain::vote_list::VoteCounts;
    let (mut store, dir, session) = with_session();
    crate::membership::hrc38_members(&mut store, session.id);
    store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-07-06".into(),
                start: "15:00".into(),
                end: "18:00".into(),
                number: Some(40),
                agenda_items: vec![4],
                title: "Action on texts".into(),
                room: Some("Room XX".into()),
                ..MeetingInput::default()
            },
        )
        .unwrap();
    let mut syria = crate::resolutions::syria(session.id);
    syria.action_date = Some("2018-07-06".into());
    syria.action_meeting = Some(40);
    syria.revisions = vec![RevisionInput {
        symbol: Some("A/HRC/38/L.10/Rev.1".into()),
        date: Some("2018-07-04".into()),
        ..RevisionInput::default()
    }];
    syria.mandates = vec![MandateLinkInput {
        name: "Independent International Commission of Inquiry on the Syrian Arab Republic".into(),
        effect: Some("renews".into()),
    }];
    syria.position = "Support; the Commission's access is the test.".into();
    syria.asks = "- Keep the reference to **reprisals** in OP 9".into();
    syria.programme_budget = "US$ 1.2 million (illustrative)".into();
    let syria = store.create_resolution(&syria).unwrap();
    // Informal consultations on it: one at its hours (my notes stay out of every export), one
    // whose day is still to be announced.
    for (date, start, end) in [
        (Some("2018-06-28"), Some("13:00"), Some("14:30")),
        (None, None, None),
    ] {
        store
            .create_consultation(&ConsultationInput {
                resolution_id: syria.id,
                date: date.map(str::to_string),
                start: start.map(str::to_string),
                end: end.map(str::to_string),
                room: Some("Room XXII".into()),
                convenor: "United Kingdom".into(),
                notes: "Private: who wavered on OP 9".into(),
            })
            .unwrap();
    }
    let amendment = store
        .create_amendment(&AmendmentInput {
            resolution_id: syria.id,
            symbol: "A/HRC/38/L.35".into(),
            summary: "Deletes operative paragraph 12".into(),
            sponsors: vec!["China".into(), "Cuba".into()],
            status: None,
        })
        .unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: syria.id,
            amendment_id: Some(amendment.id),
            date: None,
            entry: VoteEntry::Counts(VoteCounts {
                in_favour: 12,
                against: 24,
                abstaining: 10,
            }),
        })
        .unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: syria.id,
            amendment_id: None,
            date: None,
            entry: VoteEntry::Lists {
                text: crate::votes::LISTS.into(),
                counts: None,
            },
        })
        .unwrap();
    let space = store
        .create_resolution(&ResolutionInput {
            session_id: session.id,
            agenda_item: Some(3),
            title: "Civil society space".into(),
            draft_symbol: Some("A/HRC/38/L.17".into()),
            adopted_symbol: Some("A/HRC/RES/38/12".into()),
            action_date: Some("2018-07-06".into()),
            sponsors: vec!["Chile".into(), "Ireland".into()],
            cosponsors: vec!["Norway".into()],
            ..ResolutionInput::default()
        })
        .unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: space.id,
            amendment_id: None,
            date: None,
            entry: VoteEntry::WithoutVote,
        })
        .unwrap();
    store
        .create_resolution(&ResolutionInput {
            session_id: session.id,
            agenda_item: Some(3),
            title: "Prevention of human rights violations".into(),
            draft_symbol: Some("A/HRC/38/L.9".into()),
            ..ResolutionInput::default()
        })
        .unwrap();
    let gone = store
        .create_resolution(&ResolutionInput {
            session_id: session.id,
            title: "A text deleted".into(),
            action_date: Some("2018-07-05".into()),
            ..ResolutionInput::default()
        })
        .unwrap();
    store.delete_resolution(gone.id).unwrap();
    (store, dir, session.id)
}

/// The overview reads a session's texts by set: each equal to the text read on its own, in the
/// order of its list, the deleted one left out; the members beside them.
#[test]
fn the_overview_carries_each_text_whole_and_the_members() {
    let (store, _dir, id) = with_texts();
    let o = store.overview(id).unwrap();
    let one_by_one: Vec<_> = store
        .resolutions(id)
        .unwrap()
        .into_iter()
        .map(|r| store.resolution(r.id).unwrap())
        .collect();
    assert_eq!(o.resolutions, one_by_one);
    let titles: Vec<_> = o.resolutions.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Prevention of human rights violations",
            "Civil society space",
            "The human rights situation in the Syrian Arab Republic"
        ]
    );
    assert_eq!(o.resolutions[2].vote.as_ref().unwrap().states.len(), 46);
    assert!(o.resolutions[2].amendments[0].vote.is_some());
    assert_eq!(o.members.len(), 47);
    assert_eq!(o.consultations.len(), 2);
}

#[test]
fn texts_markdown() {
    let (store, _dir, id) = with_texts();
    let md = text(&store, id, ExportFormat::Markdown, &[Section::Resolutions]);
    expect_file!["snapshots/texts.md"].assert_eq(&md);
}

#[test]
fn texts_html() {
    let (store, _dir, id) = with_texts();
    let html = text(&store, id, ExportFormat::Html, &[Section::Resolutions]);
    expect_file!["snapshots/texts.html"].assert_eq(&html);
    // My asks are Markdown, rendered; my notes on a consultation stay out.
    assert!(html.contains("<strong>reprisals</strong>"), "{html}");
    assert!(!html.contains("wavered"), "{html}");
}

/// The Word export carries the same words as the other documents: each text's symbols, its vote
/// and the lists by group, my position.
#[test]
fn texts_docx() {
    let (store, _dir, id) = with_texts();
    let bytes = export(&store, id, ExportFormat::Word, &[Section::Resolutions]).unwrap();
    let words = docx_words(&bytes);
    for expected in [
        "Resolutions and decisions",
        "A/HRC/RES/38/12 (A/HRC/38/L.17): Civil society space",
        "adopted without a vote",
        "26-6-14",
        "Main sponsors: United Kingdom of Great Britain and Northern Ireland; France",
        "Co-sponsors: 2 States",
        "Amendment A/HRC/38/L.35 (China, Cuba): Deletes operative paragraph 12 — rejected, 12-24-10",
        "Western European and other States",
        "Support; the Commission's access is the test.",
    ] {
        assert!(words.contains(expected), "{expected} in {words}");
    }
}

/// The text of a Word file's body: its `document.xml`'s runs, paragraphs and cells on lines.
pub(crate) fn docx_words(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.docx");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("unzip")
        .args(["-p", path.to_str().unwrap(), "word/document.xml"])
        .output()
        .expect("unzip");
    assert!(out.status.success());
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = dom_query::Document::from(xml.as_str());
    doc.select("w\\:p")
        .iter()
        .map(|p| p.text().to_string())
        .collect::<Vec<_>>()
        .join("\n")
        .replace("&amp;", "&")
}

#[test]
fn texts_csv_one_row_each() {
    let (store, _dir, id) = with_texts();
    let csv = text(&store, id, ExportFormat::CsvResolutions, &[]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "{csv}");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let syria = &rows[2];
    assert_eq!(&syria[col("draft_symbol")], "A/HRC/38/L.10");
    assert_eq!(&syria[col("status")], "adopted-with-vote");
    assert_eq!(&syria[col("vote")], "26-6-14");
    assert_eq!(&syria[col("cosponsor_count")], "2");
    assert_eq!(&syria[col("amendments")], "A/HRC/38/L.35 rejected 12-24-10");
    assert_eq!(&rows[1][col("vote")], "adopted without a vote");
    assert_eq!(&rows[0][col("vote")], "");
    // My position and asks stay out of the table, as statements' texts do.
    assert!(!csv.contains("reprisals"), "{csv}");
    assert!(!header.iter().any(|h| h == "asks" || h == "position"));
}

/// The calendar carries the action on each acted text: at its meeting's time when the programme
/// has the meeting, else all day; a draft with no action date has none. Read back by the
/// icalendar crate's parser.
#[test]
fn the_calendar_carries_action_on_texts() {
    use icalendar::{Component, EventLike};
    let (store, _dir, id) = with_texts();
    let ics = text(&store, id, ExportFormat::Calendar, &[]);
    let cal: icalendar::Calendar = ics.parse().unwrap();
    let events: Vec<&icalendar::Event> = cal
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("Action on text:"))
        })
        .collect();
    let seen: Vec<(String, String)> = events
        .iter()
        .map(|e| {
            (
                e.get_summary().unwrap().to_string(),
                format!("{:?}", e.get_start().unwrap()),
            )
        })
        .collect();
    assert_eq!(seen.len(), 2, "{seen:?}");
    let o = store.overview(id).unwrap();
    let syria = &o.resolutions[2];
    let e = events
        .iter()
        .find(|e| e.get_uid() == Some(&format!("resolution-{}@hrc-planner", syria.id)))
        .expect("Syria's action, by its stable UID");
    assert_eq!(
        e.get_summary(),
        Some(
            "Action on text: A/HRC/38/L.10, The human rights situation in the Syrian Arab Republic"
        )
    );
    // 15:00 in Geneva is 13:00 UTC in July.
    assert!(
        format!("{:?}", e.get_start()).contains("13:00:00"),
        "{seen:?}"
    );
    assert_eq!(e.get_location(), Some("Room XX"));
    assert!(e.get_description().unwrap().contains("Vote: 26-6-14."));
    // The consultation at its hours (13:00 in Geneva is 11:00 UTC in June), with a stable UID;
    // the one to be announced has no place yet; my notes on it stay out.
    let consultations: Vec<&icalendar::Event> = cal
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .filter(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("Informal consultation:"))
        })
        .collect();
    assert_eq!(consultations.len(), 1, "{ics}");
    let c = consultations[0];
    let stored = &o.consultations.iter().find(|c| c.date.is_some()).unwrap();
    assert_eq!(
        c.get_uid(),
        Some(format!("consultation-{}@hrc-planner", stored.id).as_str())
    );
    assert_eq!(
        c.get_summary(),
        Some("Informal consultation: A/HRC/38/L.10, The human rights situation in the Syrian Arab Republic")
    );
    assert!(
        format!("{:?}", c.get_start()).contains("2018-06-28T11:00:00"),
        "{ics}"
    );
    assert!(
        format!("{:?}", c.get_end()).contains("2018-06-28T12:30:00"),
        "{ics}"
    );
    assert_eq!(c.get_location(), Some("Room XXII"));
    assert!(!ics.contains("wavered"), "{ics}");
    let space = events
        .iter()
        .find(|e| e.get_summary().unwrap().contains("Civil society space"))
        .unwrap();
    assert!(
        matches!(
            space.get_start(),
            Some(icalendar::DatePerhapsTime::Date(d)) if d.to_string() == "2018-07-06"
        ),
        "all day: {seen:?}"
    );
}

/// The paper and the Confidential marking are Word's: asked of another format, or an unknown
/// paper, they are refused naming the field; a Word export on Letter is laid out for it.
#[test]
fn only_word_has_pages_to_set() {
    use hrc_core::export::{export_with, PageSetup, Paper};
    let md = ExportFormat::Markdown;
    let field = |r: hrc_core::Result<PageSetup>| r.unwrap_err().field().map(str::to_string);
    assert_eq!(
        field(PageSetup::chosen(md, Some("letter"), false)).as_deref(),
        Some("paper")
    );
    assert_eq!(
        field(PageSetup::chosen(md, None, true)).as_deref(),
        Some("confidential")
    );
    assert_eq!(
        field(PageSetup::chosen(ExportFormat::Word, Some("A5"), false)).as_deref(),
        Some("paper")
    );
    assert_eq!(
        PageSetup::chosen(md, None, false).unwrap(),
        PageSetup::default()
    );
    let letter = PageSetup::chosen(ExportFormat::Word, Some("letter"), true).unwrap();
    assert_eq!(
        letter,
        PageSetup {
            paper: Paper::Letter,
            confidential: true
        }
    );
    let (store, _dir, id) = hrc38();
    let bytes = export_with(
        &store,
        id,
        ExportFormat::Word,
        &Section::defaults(),
        &letter,
    )
    .unwrap();
    assert!(bytes.starts_with(b"PK"));
}
