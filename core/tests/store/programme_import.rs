//! Bringing an Order of the Day in: each dialogue a meeting with its cluster and cont'd, the
//! preview exactly what the import does and writing nothing, a second import of the same text
//! changing nothing, a dialogue that moved to the next meeting found again and marked moved with
//! what it touches of mine, a dialogue no longer listed cancelled (never deleted), a meeting typed
//! by hand found rather than doubled, and a file that is no programme refused with nothing stored.
use hrc_core::domain::meeting::{MeetingInput, MeetingStatus};
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::programme_import::ProgrammeChange;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::Store;

use crate::support::{dump, with_session};

/// The Orders of the Day of 19 and 20 June 2018 as copied from their PDFs (see the reader's own
/// tests for every untidiness): two clusters under item 3, the first continued on 20 June.
const JUNE_19_20: &str = "\
Human Rights Council
Thirty-eighth session
Order of the day*
Plenary meetings – Room XX Tuesday, 19 June 2018
AFTERNOON
15.00 – 18.00 Item 3 Promotion and protection of all human rights, civil, political, 5th meeting
economic, social and cultural rights, including the right to development
Clustered interactive dialogue with:
- Special Rapporteur on extrajudicial, summary or arbitrary executions
A/HRC/38/44 and Add.1–5, A/HRC/38/NGO/96
- Special Rapporteur on the promotion and protection of the right to freedom of opinion and
expression
A/HRC/38/35 and Add.1–4
[Speaking time is 2 minutes for States Members of the Council and 2 minutes for observer States
and other observers, including NHRIs and NGOs.]
A/HRC/38/OD/2
Wednesday, 20 June 2018
MORNING
9.00 – 12.00 7th meeting
Item 3 (cont’d) Promotion and protection of all human rights, civil, political, economic, social
and cultural rights, including the right to development
Clustered interactive dialogue with: (cont’d)
- Special Rapporteur on extrajudicial, summary or arbitrary executions
- Special Rapporteur on the promotion and protection of the right to freedom of opinion and
expression
[Modalities: See above.]
Clustered interactive dialogue with:
- Special Rapporteur on violence against women, its causes and consequences
A/HRC/38/47 and Add.1–2
- Special Rapporteur on the human rights of migrants
A/HRC/38/41 and Add.1
[Speaking time is 2 minutes for all speakers.]
";

/// The Order of the Day of 20 June as revised: the migrants dialogue now at the 8th meeting in
/// the afternoon in Room XXIV, the rest as before.
const JUNE_20_REVISED: &str = "\
Wednesday, 20 June 2018
MORNING
9.00 – 12.00 7th meeting
Item 3 (cont’d)
Clustered interactive dialogue with: (cont’d)
- Special Rapporteur on extrajudicial, summary or arbitrary executions
- Special Rapporteur on the promotion and protection of the right to freedom of opinion and
expression
[Modalities: Speaking time is 2 minutes for States Members of the Council and 2 minutes for observer States
and other observers, including NHRIs and NGOs.]
Clustered interactive dialogue with:
- Special Rapporteur on violence against women, its causes and consequences
A/HRC/38/47 and Add.1–2
[Speaking time is 2 minutes for all speakers.]
AFTERNOON
15.00 – 18.00 8th meeting Room XXIV
Item 3 (cont’d)
Interactive dialogue with:
- Special Rapporteur on the human rights of migrants
A/HRC/38/41 and Add.1
[Speaking time is 2 minutes for all speakers.]
";

const MIGRANTS: &str = "Special Rapporteur on the human rights of migrants";

fn titled(
    store: &Store,
    session: uuid::Uuid,
    mandate: &str,
    day: &str,
) -> hrc_core::domain::meeting::Meeting {
    store
        .meetings(session)
        .unwrap()
        .into_iter()
        .find(|m| {
            m.mandates.iter().any(|x| x == mandate)
                && m.date.map(|d| d.to_string()).as_deref() == Some(day)
        })
        .unwrap_or_else(|| panic!("a meeting with the {mandate} on {day}"))
}

#[test]
fn each_dialogue_becomes_a_meeting_with_its_cluster_and_what_it_continues() {
    let (mut store, _dir, session) = with_session();
    let report = store
        .import_programme(session.id, "OD 19-20 June.txt", JUNE_19_20.as_bytes())
        .unwrap();
    assert_eq!(report.count(ProgrammeChange::Added), 6, "{report:#?}");
    assert!(report.id.is_some());
    let meetings = store.meetings(session.id).unwrap();
    assert_eq!(meetings.len(), 6);

    let executions = "Special Rapporteur on extrajudicial, summary or arbitrary executions";
    let first = titled(&store, session.id, executions, "2018-06-19");
    assert_eq!(
        (first.number, first.room.as_deref()),
        (Some(5), Some("Room XX"))
    );
    assert_eq!(first.agenda_items, [3]);
    assert_eq!(first.documents.len(), 7);
    assert_eq!(
        (first.member_speaking_seconds, first.speaking_seconds),
        (Some(120), Some(120))
    );
    let expression = "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression";
    let second = titled(&store, session.id, expression, "2018-06-19");
    assert_eq!(
        second.cluster_id,
        Some(first.id),
        "taken together with the first"
    );

    // 20 June: each dialogue of the cluster continues its record of 19 June.
    let contd = titled(&store, session.id, executions, "2018-06-20");
    assert_eq!(contd.continues_id, Some(first.id));
    assert_eq!(
        titled(&store, session.id, expression, "2018-06-20").continues_id,
        Some(second.id)
    );
    assert_eq!(contd.number, Some(7));
    let migrants = titled(&store, session.id, MIGRANTS, "2018-06-20");
    let women = titled(
        &store,
        session.id,
        "Special Rapporteur on violence against women, its causes and consequences",
        "2018-06-20",
    );
    assert_eq!(migrants.cluster_id, Some(women.id));
    assert_eq!(migrants.continues_id, None);
}

#[test]
fn the_preview_says_what_the_import_does_and_writes_nothing_and_a_second_import_changes_nothing() {
    let (mut store, _dir, session) = with_session();
    let before = dump(&store);
    let preview = store
        .preview_programme(session.id, "od.txt", JUNE_19_20.as_bytes())
        .unwrap();
    assert_eq!(dump(&store), before, "a preview writes nothing");
    assert_eq!(preview.id, None);
    let done = store
        .import_programme(session.id, "od.txt", JUNE_19_20.as_bytes())
        .unwrap();
    let words = |r: &hrc_core::domain::programme_import::ProgrammeImport| -> Vec<(ProgrammeChange, String, String, Vec<String>)> {
        r.lines.iter().map(|l| (l.change, l.title.clone(), l.when.clone(), l.details.clone())).collect()
    };
    assert_eq!(words(&preview), words(&done));

    let after_first = dump(&store);
    let again = store
        .import_programme(session.id, "od.txt", JUNE_19_20.as_bytes())
        .unwrap();
    assert!(again.is_empty(), "{again:#?}");
    assert_eq!(again.unchanged, 6);
    assert_eq!(again.id, None, "an import that changes nothing is not kept");
    assert_eq!(
        dump(&store),
        after_first,
        "the same file twice changes nothing"
    );
}

#[test]
fn a_dialogue_moved_to_another_meeting_is_found_again_and_says_what_of_mine_it_touches() {
    let (mut store, _dir, session) = with_session();
    store
        .import_programme(session.id, "od.txt", JUNE_19_20.as_bytes())
        .unwrap();
    let migrants = titled(&store, session.id, MIGRANTS, "2018-06-20");
    let statement = store
        .create_statement(
            session.id,
            &StatementInput {
                title: "Migrants in detention".into(),
                kind: Some("oral".into()),
                meeting_id: Some(migrants.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Ask about pushbacks".into(),
                meeting_id: Some(migrants.id.to_string()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_side_event(
            session.id,
            &SideEventInput {
                title: "Our event on detention".into(),
                date: "2018-06-20".into(),
                start: "15:00".into(),
                end: "16:30".into(),
                ..Default::default()
            },
        )
        .unwrap();

    let preview = store
        .preview_programme(session.id, "od-20-rev.txt", JUNE_20_REVISED.as_bytes())
        .unwrap();
    let moved: Vec<_> = preview
        .lines
        .iter()
        .filter(|l| l.change == ProgrammeChange::Moved)
        .collect();
    let [line] = moved.as_slice() else {
        panic!("{preview:#?}")
    };
    assert_eq!(line.record_id, migrants.id);
    assert!(
        line.details
            .contains(&"moved from Wed 20 Jun, morning (09:00–12:00)".to_string()),
        "{:?}",
        line.details
    );
    assert!(
        line.details
            .iter()
            .any(|d| d == "room: Room XX → Room XXIV"),
        "{:?}",
        line.details
    );
    assert_eq!(
        line.touches,
        [
            "my statement “Migrants in detention” is due there",
            "1 of my notes is on it",
            "now clashes with my side event “Our event on detention”"
        ]
    );
    // The 19 June meetings are not in this Order of the Day: nothing is removed from that day.
    assert_eq!(preview.count(ProgrammeChange::Removed), 0, "{preview:#?}");

    store
        .import_programme(session.id, "od-20-rev.txt", JUNE_20_REVISED.as_bytes())
        .unwrap();
    let now = store.meeting(migrants.id).unwrap();
    assert_eq!(
        (now.number, now.room.as_deref()),
        (Some(8), Some("Room XXIV"))
    );
    assert_eq!(now.status, MeetingStatus::Moved);
    assert_eq!(
        now.moved_from
            .as_ref()
            .and_then(|w| w.start)
            .map(|t| t.to_string())
            .as_deref(),
        Some("09:00:00")
    );
    assert_eq!(
        store.statement(statement.id).unwrap().meeting_id,
        Some(migrants.id),
        "my statement stays with it"
    );
    assert_eq!(
        store.meetings(session.id).unwrap().len(),
        6,
        "found again, not doubled"
    );
    let marks = store.latest_programme_changes(session.id).unwrap();
    let mark = marks
        .iter()
        .find(|m| m.record_id == migrants.id)
        .expect("marked");
    assert_eq!(mark.change, ProgrammeChange::Moved);
    assert!(
        mark.detail
            .starts_with("moved from Wed 20 Jun, morning (09:00–12:00)"),
        "{}",
        mark.detail
    );
}

#[test]
fn a_dialogue_no_longer_listed_on_its_day_is_cancelled_not_deleted() {
    let (mut store, _dir, session) = with_session();
    store
        .import_programme(session.id, "od.txt", JUNE_19_20.as_bytes())
        .unwrap();
    let without_migrants = JUNE_20_REVISED
        .split("AFTERNOON")
        .next()
        .unwrap()
        .to_string();
    let report = store
        .import_programme(session.id, "od-20.txt", without_migrants.as_bytes())
        .unwrap();
    let removed: Vec<&str> = report
        .lines
        .iter()
        .filter(|l| l.change == ProgrammeChange::Removed)
        .map(|l| l.title.as_str())
        .collect();
    assert_eq!(
        removed,
        [format!(
            "Clustered interactive dialogue with the {MIGRANTS}"
        )]
    );
    let migrants = titled(&store, session.id, MIGRANTS, "2018-06-20");
    assert_eq!(migrants.status, MeetingStatus::Cancelled);
    assert_eq!(store.meetings(session.id).unwrap().len(), 6);
}

#[test]
fn a_meeting_typed_by_hand_is_found_rather_than_doubled() {
    let (mut store, _dir, session) = with_session();
    let typed = store
        .create_meeting(
            session.id,
            &MeetingInput {
                date: "2018-06-20".into(),
                slot: Some("morning".into()),
                number: Some(7),
                agenda_items: vec![3],
                kind: Some("clustered-interactive-dialogue".into()),
                title: "ID with the SR on migrants".into(),
                mandates: vec![MIGRANTS.into()],
                ..Default::default()
            },
        )
        .unwrap();
    let report = store
        .import_programme(session.id, "od.txt", JUNE_19_20.as_bytes())
        .unwrap();
    assert_eq!(report.count(ProgrammeChange::Added), 5);
    let found = report
        .lines
        .iter()
        .find(|l| l.record_id == typed.id)
        .expect("found");
    assert!(
        found.details.iter().any(|d| d.contains("typed by hand")),
        "{:?}",
        found.details
    );
    assert_eq!(store.meetings(session.id).unwrap().len(), 6);
    assert_eq!(
        store.meeting(typed.id).unwrap().documents.len(),
        2,
        "the Order of the Day's reports added"
    );
}

#[test]
fn a_file_that_is_no_programme_is_refused_naming_it_and_nothing_is_stored() {
    let (mut store, _dir, session) = with_session();
    let before = dump(&store);
    for (name, bytes) in [
        ("notes.txt", "Remember to call the mission.\n".as_bytes()),
        ("photo.jpg", &[0xff, 0xd8, 0xff, 0xe0, 0x00][..]),
    ] {
        let e = store.import_programme(session.id, name, bytes).unwrap_err();
        assert_eq!(e.field(), Some("file"));
        assert_eq!(e.rule().unwrap().code(), "not_a_programme", "{e}");
        assert!(e.to_string().contains(name), "{e}");
    }
    let e = store
        .import_programme(
            session.id,
            "od.txt",
            "Tuesday, 19 June 2018\n- Special Rapporteur on torture\n".as_bytes(),
        )
        .unwrap_err();
    assert_eq!(e.rule().unwrap().code(), "programme_line");
    assert!(e.to_string().contains("line 2"), "{e}");
    assert_eq!(dump(&store), before);
}

/// The Order of the Day of 19 and 20 June saved as Word, laid out as its .docx is: the heading in
/// paragraphs, each meeting a table row with the time and number in the first cell and the
/// items, dialogues, symbols and modalities in the second.
fn june_19_20_as_word() -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run, Table, TableCell, TableRow};
    let p = |text: &str| Paragraph::new().add_run(Run::new().add_text(text));
    let cell = |lines: &[&str]| {
        lines
            .iter()
            .fold(TableCell::new(), |c, l| c.add_paragraph(p(l)))
    };
    let doc = Docx::new()
        .add_paragraph(p("Human Rights Council"))
        .add_paragraph(p("Thirty-eighth session"))
        .add_paragraph(p("Order of the day"))
        .add_paragraph(p("Plenary meetings – Room XX"))
        .add_paragraph(p("Tuesday, 19 June 2018"))
        .add_table(Table::new(vec![TableRow::new(vec![
            cell(&["AFTERNOON", "15.00 – 18.00", "5th meeting"]),
            cell(&[
                "Item 3 Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development",
                "Clustered interactive dialogue with:",
                "- Special Rapporteur on extrajudicial, summary or arbitrary executions",
                "A/HRC/38/44 and Add.1–5, A/HRC/38/NGO/96",
                "- Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression",
                "A/HRC/38/35 and Add.1–4",
                "[Speaking time is 2 minutes for States Members of the Council and 2 minutes for observer States and other observers, including NHRIs and NGOs.]",
            ]),
        ])]))
        .add_paragraph(p("Wednesday, 20 June 2018"))
        .add_table(Table::new(vec![TableRow::new(vec![
            cell(&["MORNING", "9.00 – 12.00", "7th meeting"]),
            cell(&[
                "Item 3 (cont’d)",
                "Clustered interactive dialogue with: (cont’d)",
                "- Special Rapporteur on extrajudicial, summary or arbitrary executions",
                "- Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression",
                "[Modalities: See above.]",
                "Clustered interactive dialogue with:",
                "- Special Rapporteur on violence against women, its causes and consequences",
                "A/HRC/38/47 and Add.1–2",
                "- Special Rapporteur on the human rights of migrants",
                "A/HRC/38/41 and Add.1",
                "[Speaking time is 2 minutes for all speakers.]",
            ]),
        ])]));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).unwrap();
    out.into_inner()
}

#[test]
fn an_order_of_the_day_saved_as_word_reads_as_its_text_does() {
    let (mut store, _dir, session) = with_session();
    let from_word = store
        .preview_programme(session.id, "A_HRC_38_OD_2.docx", &june_19_20_as_word())
        .unwrap();
    let from_text = store
        .preview_programme(session.id, "od.txt", JUNE_19_20.as_bytes())
        .unwrap();
    let said = |r: &hrc_core::domain::programme_import::ProgrammeImport| -> Vec<(String, String, Vec<String>)> {
        r.lines
            .iter()
            .map(|l| (l.title.clone(), l.when.clone(), l.details.clone()))
            .collect()
    };
    assert_eq!(said(&from_word), said(&from_text));
    assert_eq!(from_word.count(ProgrammeChange::Added), 6);
    store
        .import_programme(session.id, "A_HRC_38_OD_2.docx", &june_19_20_as_word())
        .unwrap();
    let migrants = titled(&store, session.id, MIGRANTS, "2018-06-20");
    assert_eq!(migrants.documents, ["A/HRC/38/41", "A/HRC/38/41/Add.1"]);
    assert_eq!(migrants.number, Some(7));
}
