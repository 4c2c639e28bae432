//! Exports of what a person wrote and of the statements (issue 19, item 4): a note's line ends
//! and paragraphs kept and its bare web addresses made links in Markdown, HTML and Word; the
//! statements table with meeting, date and signatories; organisations with their acronyms; a
//! delivered statement no longer "due" in the calendar.
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::export::{export, ExportFormat, Section};
use hrc_core::{Store, Uuid};

use crate::support::temp_store;

fn text(store: &Store, id: Uuid, format: ExportFormat, sections: &[Section]) -> String {
    String::from_utf8(export(store, id, format, sections).unwrap()).unwrap()
}

fn hrc38() -> (Store, tempfile::TempDir, Uuid) {
    let (mut store, dir) = temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    (store, dir, id)
}

/// One file of a Word document.
pub(crate) fn docx_part(bytes: &[u8], part: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.docx");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("unzip")
        .args(["-p", path.to_str().unwrap(), part])
        .output()
        .expect("unzip");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

const NOTE: &str = "Met the EU delegation.\nThey will co-sponsor.\n\nReport: https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session38 (draft).";

#[test]
fn a_note_keeps_its_lines_and_paragraphs_and_its_addresses_are_links() {
    let (mut store, _dir, id) = hrc38();
    store
        .create_note(
            id,
            &NoteInput {
                body: NOTE.into(),
                ..Default::default()
            },
        )
        .unwrap();
    let address = "https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session38";

    let md = text(&store, id, ExportFormat::Markdown, &[Section::Notes]);
    assert!(
        md.contains(&format!(
            "Met the EU delegation.\\\nThey will co-sponsor.\n\nReport: <{address}> (draft)."
        )),
        "{md}"
    );

    let html = text(&store, id, ExportFormat::Html, &[Section::Notes]);
    assert!(
        html.contains(&format!(
            "<p>Met the EU delegation.<br>\nThey will co-sponsor.</p>\n<p>Report: \
             <a href=\"{address}\" rel=\"noopener noreferrer\">{address}</a> (draft).</p>"
        )),
        "{html}"
    );

    let docx = export(&store, id, ExportFormat::Word, &[Section::Notes]).unwrap();
    let document = docx_part(&docx, "word/document.xml");
    let note = document
        .split("<w:p ")
        .find(|p| p.contains("Met the EU delegation."))
        .expect("the note's paragraph");
    assert!(
        note.contains("<w:br w:type=\"textWrapping\" />") && note.contains("They will co-sponsor."),
        "{note}"
    );
    let report = document
        .split("<w:p ")
        .find(|p| p.contains("Report: "))
        .expect("its second paragraph");
    assert!(
        report.contains("<w:hyperlink r:id=\"rIdHyperlink"),
        "{report}"
    );
    let rels = docx_part(&docx, "word/_rels/document.xml.rels");
    assert!(
        rels.contains(&format!("Target=\"{address}\" TargetMode=\"External\"")),
        "{rels}"
    );
}

#[test]
fn the_statements_table_gives_meeting_date_speaker_and_signatories() {
    let (store, _dir, id) = hrc38();
    let md = text(&store, id, ExportFormat::Markdown, &[Section::Statements]);
    for row in [
        "| Statement | Kind | Meeting | Date | Status | Speaker | Length | Signatories |",
        // Its meeting (in the programme without a number) and that meeting's day.
        "| Item 4 general debate: Burundi, Eritrea and Syria | Oral statement | General debate on item 4 | Wed 27 Jun | Drafting | Salma El Hosseiny | 0:34 of 1:30 | — |",
    ] {
        assert!(md.contains(row), "{row} in {md}");
    }
    // No meeting: its agenda item; 85 signatories, the first three by acronym or name.
    let written = md
        .lines()
        .find(|l| l.starts_with("| Enough is Enough"))
        .unwrap();
    assert!(
        written.contains("| Item 7 | — | Submitted |") && written.ends_with(" and 82 more |"),
        "{written}"
    );
}

#[test]
fn organisations_keep_their_acronyms() {
    let (mut store, _dir, id) = hrc38();
    let event = store.side_events(id).unwrap().remove(0);
    store
        .update_side_event(
            event.id,
            &SideEventInput {
                title: event.title.clone(),
                date: event.date.to_string(),
                start: event.start.format("%H:%M").to_string(),
                end: event.end.format("%H:%M").to_string(),
                organisers: vec!["Human Rights Concern – Eritrea (HRCE)".into()],
                cosponsor_organisations: vec![
                    "International Service for Human Rights (ISHR)".into()
                ],
                ..Default::default()
            },
        )
        .unwrap();
    for format in [ExportFormat::Markdown, ExportFormat::Html] {
        let out = text(&store, id, format, &[Section::SideEvents]);
        assert!(
            out.contains("Organisers: Human Rights Concern – Eritrea (HRCE)")
                && out.contains("Co-sponsors: International Service for Human Rights (ISHR)"),
            "{out}"
        );
    }
}

#[test]
fn a_delivered_statement_is_not_due_in_the_calendar() {
    let (mut store, _dir, id) = hrc38();
    let due = |store: &Store| {
        text(store, id, ExportFormat::Calendar, &[])
            .lines()
            .filter(|l| l.starts_with("SUMMARY:Statement") && l.contains("Item 4"))
            // Up to the 75 octets of a calendar line.
            .map(|l| l.split(": Burundi").next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        due(&store),
        ["SUMMARY:Statement due: Item 4 general debate"]
    );
    let statement = store
        .statements(id)
        .unwrap()
        .into_iter()
        .find(|s| s.title.starts_with("Item 4 general debate"))
        .unwrap();
    store
        .deliver_statement(statement.id, "2018-06-27T13:05:00Z".parse().unwrap())
        .unwrap();
    assert_eq!(
        due(&store),
        ["SUMMARY:Statement delivered: Item 4 general debate"]
    );
}

#[test]
fn tables_of_one_kind_have_one_set_of_column_widths_in_html() {
    let (store, _dir, id) = hrc38();
    let html = text(&store, id, ExportFormat::Html, &Section::defaults());
    let kinds: Vec<&str> = html
        .split("<table class=\"")
        .skip(1)
        .filter(|t| t.contains("<th>Time</th><th>Meeting</th>"))
        .map(|t| t.split('"').next().unwrap())
        .collect();
    assert!(kinds.len() > 3, "{} programme days", kinds.len());
    assert!(kinds.iter().all(|k| k == &kinds[0]), "{kinds:?}");
    assert!(html.contains(&format!(
        "<table class=\"{}\">\n<colgroup><col><col><col><col><col></colgroup>",
        kinds[0]
    )));
    // Its columns' widths in the stylesheet (no `style` attribute), the meeting's title widest.
    let widths: Vec<f64> = (1..=5)
        .map(|c| {
            let rule = format!("table.{} col:nth-child({c}) {{ width: ", kinds[0]);
            let at = html.find(&rule).unwrap_or_else(|| panic!("{rule}")) + rule.len();
            html[at..].split('%').next().unwrap().parse().unwrap()
        })
        .collect();
    assert!(widths.iter().all(|&w| w <= widths[1]), "{widths:?}");
    assert!(
        (widths.iter().sum::<f64>() - 100.0).abs() < 0.5,
        "{widths:?}"
    );
    assert!(!html.contains(" style="));
}

#[test]
fn the_preview_is_the_web_page_as_it_prints() {
    let (store, _dir, id) = hrc38();
    let preview = hrc_core::export::preview(&store, id, &Section::defaults()).unwrap();
    let page = text(&store, id, ExportFormat::Html, &Section::defaults());
    // The body the file has, in the page's box.
    let body = page
        .split("<body>\n")
        .nth(1)
        .unwrap()
        .trim_end_matches("</body>\n</html>\n");
    assert_eq!(
        preview.body,
        format!("<div class=\"page\">\n{body}</div>\n")
    );
    // The print rules in force on the screen, the page A4 wide; the columns by table kind.
    assert!(
        preview.style.contains("@media all {\n  .page { margin: 0;"),
        "{}",
        preview.style
    );
    assert!(!preview.style.contains("@media print") && !preview.style.contains("body {"));
    assert!(preview.style.contains("tbody") || !page.contains("tbody {"));
    assert!(preview.style.contains("width: 210mm"));
    assert!(preview
        .style
        .contains("table.cols-1 col:nth-child(1) { width: "));
}
