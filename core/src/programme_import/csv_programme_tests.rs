//! A programme kept in a spreadsheet and saved as CSV: days, slots and times, clusters,
//! cont'd, ranges of addenda, a day to be announced; each bad cell refused by line and column.
use chrono::{NaiveDate, NaiveTime};

use super::{read, CsvEntry, ReadError};
use crate::domain::meeting::{MeetingKind, MeetingSlot};

/// Two days of HRC38 as an NGO's spreadsheet keeps them, with a row to be announced.
const PROGRAMME: &str = "\
date,start,end,slot,number,items,kind,title,room,continued,cluster,mandates,documents,member_speaking_time,speaking_time,modalities,uid
2018-06-19,15:00,18:00,afternoon,5,3,clustered-interactive-dialogue,ID SR summary executions,Room XX,,1,\"Special Rapporteur on extrajudicial, summary or arbitrary executions\",\"A/HRC/38/44 and Add.1–5; A/HRC/38/NGO/96\",2,2,\"Speaking time is 2 minutes for all speakers.\",hrc38-id-executions
2018-06-19,15:00,18:00,afternoon,5,3,Clustered interactive dialogue,ID SR freedom of expression,Room XX,no,1,Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression,A/HRC/38/35 and Add.1-4,,,,
2018-06-20,09:00,,,7th,3,interactive-dialogue,ID SR executions (cont'd),Room XX,yes,,\"Special Rapporteur on extrajudicial, summary or arbitrary executions; Independent Expert on sexual orientation and gender identity\",,,,,
2018-06-20,,,afternoon,8,\"3;4\",general-debate,General debate item 4 (cont'd),Room XX,cont'd,,,,2:30,1:30,,
,,,,,10,voting,Action on draft proposals,,,,,,,,,
";

fn t(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2018, 6, d)
}

#[test]
fn reads_each_row_into_an_entry() {
    let entries = read(PROGRAMME).unwrap();
    assert_eq!(entries.len(), 5);
    let first = &entries[0];
    assert_eq!(
        first,
        &CsvEntry {
            line: 2,
            uid: Some("hrc38-id-executions".into()),
            date: day(19),
            slot: Some(MeetingSlot::Afternoon),
            start: t(15, 0),
            end: t(18, 0),
            estimated: false,
            number: Some(5),
            agenda_items: vec![3],
            kind: MeetingKind::ClusteredInteractiveDialogue,
            title: "ID SR summary executions".into(),
            room: Some("Room XX".into()),
            continued: false,
            cluster: Some(1),
            mandates: vec![
                "Special Rapporteur on extrajudicial, summary or arbitrary executions".into()
            ],
            documents: vec![
                "A/HRC/38/44".into(),
                "A/HRC/38/44/Add.1".into(),
                "A/HRC/38/44/Add.2".into(),
                "A/HRC/38/44/Add.3".into(),
                "A/HRC/38/44/Add.4".into(),
                "A/HRC/38/44/Add.5".into(),
                "A/HRC/38/NGO/96".into(),
            ],
            member_speaking_seconds: Some(120),
            speaking_seconds: Some(120),
            modalities: "Speaking time is 2 minutes for all speakers.".into(),
        }
    );
}

#[test]
fn a_row_misaligned_by_an_unquoted_comma_is_refused() {
    // A mandate's comma left unquoted: one cell too many.
    let text = "date,title,mandates\n2018-06-19,ID,Special Rapporteur on extrajudicial, summary\n";
    assert_eq!(
        read(text).unwrap_err().to_string(),
        "line 2: 4 cells where the header names 3"
    );
}

#[test]
fn slots_times_estimates_and_days_to_be_announced() {
    let entries = read(PROGRAMME).unwrap();
    // Labels read as keys; "no" is not continued.
    assert_eq!(entries[1].kind, MeetingKind::ClusteredInteractiveDialogue);
    assert_eq!(entries[1].documents.len(), 5);
    // A start without an end: the slot's usual end, estimated; "7th" and "yes" read.
    let third = &entries[2];
    assert_eq!(
        (third.start, third.end, third.slot, third.estimated),
        (t(9, 0), t(12, 0), Some(MeetingSlot::Morning), true)
    );
    assert_eq!(third.number, Some(7));
    assert!(third.continued);
    assert_eq!(
        third.mandates,
        [
            "Special Rapporteur on extrajudicial, summary or arbitrary executions",
            "Independent Expert on sexual orientation and gender identity"
        ]
    );
    // A slot alone: the slot's hours; items "3;4"; speaking times as minutes and seconds.
    let fourth = &entries[3];
    assert_eq!(
        (fourth.start, fourth.end, fourth.estimated),
        (t(15, 0), t(18, 0), false)
    );
    assert_eq!(fourth.agenda_items, [3, 4]);
    assert!(fourth.continued);
    assert_eq!(
        (fourth.member_speaking_seconds, fourth.speaking_seconds),
        (Some(150), Some(90))
    );
    // No day: to be announced, and no entry of an Order of the Day until it has one.
    let fifth = &entries[4];
    assert_eq!((fifth.date, fifth.start, fifth.slot), (None, None, None));
    assert_eq!(fifth.line, 6);
    assert!(fifth.as_programme_entry().is_none());
    let od = entries[0].as_programme_entry().unwrap();
    assert_eq!(
        (od.line, od.date, od.cluster),
        (2, day(19).unwrap(), Some(1))
    );
}

#[test]
fn a_minimal_header_semicolons_a_bom_and_empty_rows() {
    let text =
        "\u{feff}Title;Date;Start;End\r\n\r\nHRC38 opening;2018-06-18;09:00;12:00\r\n;;;\r\n";
    let entries = read(text).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].title, "HRC38 opening");
    assert_eq!(entries[0].slot, Some(MeetingSlot::Morning));
    assert_eq!(entries[0].kind, MeetingKind::Other);
    assert_eq!(entries[0].line, 3);
    assert_eq!(entries[0].uid, None);
}

#[test]
fn each_bad_cell_is_refused_by_line_and_column() {
    let cases = [
        (
            "date,start,title\n2018-06-19,09:00,A\n2018-06-19,25:00,B\n",
            "line 3, column \"start\": \"25:00\" is not a time (HH:MM)",
        ),
        (
            "date,start,title\r\n2018-06-19,09:00,A\r\n\r\n2018-06-19,9h,B\r\n",
            "line 4, column \"start\": \"9h\" is not a time (HH:MM)",
        ),
        (
            "date,title\n19/06/2018,A\n",
            "line 2, column \"date\": \"19/06/2018\" is not a date (YYYY-MM-DD), or empty when to be announced",
        ),
        (
            "date,start,end,title\n2018-06-19,10:00,09:00,A\n",
            "line 2, column \"end\": \"09:00\" is not a time after the start (10:00)",
        ),
        (
            "date,end,title\n2018-06-19,09:00,A\n",
            "line 2, column \"end\": \"09:00\" is not an end without a start (give the start too)",
        ),
        (
            "date,slot,title\n2018-06-19,evening,A\n",
            "line 2, column \"slot\": \"evening\" is not a slot (morning, midday or afternoon)",
        ),
        (
            "date,items,title\n2018-06-19,3;11,A\n",
            "line 2, column \"items\": \"3;11\" is not agenda items from 1 to 10 (3, or 3;4)",
        ),
        (
            "date,documents,title\n2018-06-19,the SR's report,A\n",
            "line 2, column \"documents\": \"the SR's report\" is not a list of document symbols (A/HRC/38/44 and Add.1–5; A/HRC/38/NGO/96)",
        ),
        (
            "date,number,title\n2018-06-19,seventh,A\n",
            "line 2, column \"number\": \"seventh\" is not a meeting number (7 or 7th)",
        ),
        (
            "date,speaking_time,title\n2018-06-19,2:75,A\n",
            "line 2, column \"speaking_time\": \"2:75\" is not a speaking time in minutes (2, or 1:30)",
        ),
        (
            "date,title\n2018-06-19,\n",
            "line 2, column \"title\": it is empty; every meeting needs a title",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(read(text).unwrap_err().to_string(), message, "{text}");
    }
    let kind = read("date,kind,title\n2018-06-19,dialogue,A\n").unwrap_err();
    assert!(matches!(
        kind,
        ReadError::Cell {
            line: 2,
            column: "kind",
            ..
        }
    ));
}

#[test]
fn a_header_missing_or_naming_unknown_columns_is_refused() {
    assert_eq!(read(""), Err(ReadError::Empty));
    assert_eq!(read("\n \n"), Err(ReadError::Empty));
    assert_eq!(
        read("2018-06-19,09:00,ID SR executions\n").unwrap_err().to_string(),
        "line 1 is not the header: a CSV programme begins with a line naming its columns, such as \"date,start,end,title\"; found \"2018-06-19,09:00,ID SR executions\""
    );
    assert_eq!(
        read("date,title,organiser\n").unwrap_err(),
        ReadError::UnknownColumn {
            column: "organiser".into()
        }
    );
    assert_eq!(
        read("date,title,Title\n").unwrap_err().to_string(),
        "the header names the column \"title\" twice"
    );
    assert_eq!(
        read("date,start,end\n").unwrap_err().to_string(),
        "the header has no column \"title\", which every programme needs"
    );
}

proptest::proptest! {
    /// Titles, rooms and mandates with commas, quotes, semicolons and accents, written by a CSV
    /// writer (as a spreadsheet saves them), read back as written.
    #[test]
    fn text_cells_read_back_as_a_spreadsheet_wrote_them(
        rows in proptest::collection::vec(
            ("[A-Za-zé’',;\" ]{1,30}", "[A-Za-z0-9 ,\"]{0,12}", proptest::collection::vec("[A-Za-zé’', ]{1,20}", 0..3), 0u32..24, 0u32..60),
            1..8,
        )
    ) {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["date", "start", "title", "room", "mandates"]).unwrap();
        let mut expected = Vec::new();
        for (title, room, mandates, hour, minute) in &rows {
            let title = title.trim();
            let mandates: Vec<String> = mandates.iter().map(|m| m.trim().to_string()).filter(|m| !m.is_empty()).collect();
            let start = format!("{hour:02}:{minute:02}");
            writer.write_record(["2018-06-19", &start, title, room, &mandates.join("; ")]).unwrap();
            expected.push((title.to_string(), room.trim().to_string(), mandates, t(*hour, *minute)));
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let entries = read(&text);
        let titled = expected.iter().all(|(title, ..)| !title.is_empty());
        proptest::prop_assert_eq!(entries.is_ok(), titled);
        if let Ok(entries) = entries {
            let got: Vec<_> = entries
                .into_iter()
                .map(|e| (e.title, e.room.unwrap_or_default(), e.mandates, e.start))
                .collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }

    /// No text makes the reader panic: it reads or refuses.
    #[test]
    fn any_text_reads_or_is_refused(text in "(\\PC|\n|,|;|\"){0,400}") {
        let _ = read(&text);
    }

    /// Rows of the fixture picked and cut at random under its header: still no panic.
    #[test]
    fn pieces_of_a_programme_read_or_are_refused(picks in proptest::collection::vec(0usize..20, 0..20), cut in 0usize..200) {
        let lines: Vec<&str> = PROGRAMME.lines().collect();
        let text: String = std::iter::once(lines[0].to_string())
            .chain(picks.iter().map(|&i| {
                let l = lines[1 + i % (lines.len() - 1)];
                let end = l.char_indices().nth(cut).map_or(l.len(), |(at, _)| at);
                l[..end].to_string()
            }))
            .map(|l| l + "\n")
            .collect();
        let _ = read(&text);
    }
}

/// The example in docs/programme-import.md reads as it says.
#[test]
fn the_documented_example_reads() {
    let doc = include_str!("../../../docs/programme-import.md");
    let example = doc
        .split_once("```csv\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map(|(csv, _)| csv)
        .expect("the documentation holds a CSV example");
    let entries = read(example).unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0].documents.len(), 7);
    assert_eq!((entries[1].end, entries[1].estimated), (t(12, 0), true));
    assert!(entries[1].continued);
    assert_eq!(entries[2].date, None);
    assert_eq!(entries[2].uid, None);
}
