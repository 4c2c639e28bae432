//! The Order of the Day read as people copy it out of the PDF: page headers and footers, the
//! footnote, PDF columns run together, wrapped titles, clusters, cont'd, ranges of addenda.
use chrono::{NaiveDate, NaiveTime};

use super::{read, ReadError};
use crate::domain::meeting::{MeetingKind, MeetingSlot};

/// Two days of HRC38 as their Orders of the Day lay them out, copied from the PDF: the room
/// heading run into the day, the meeting number run into the item's wrapped title, a footnote
/// and a page footer in the middle of a cluster's documents, typographic apostrophes.
const TWO_DAYS: &str = "\
Human Rights Council
Thirty-eighth session
Geneva, 18 June–6 July 2018
Order of the day*
Plenary meetings – Room XX Tuesday, 19 June 2018
AFTERNOON
15.00 – 18.00 Item 3 Promotion and protection of all human rights, civil, political, 5th meeting
economic, social and cultural rights, including the right to development
Clustered interactive dialogue with:
- Special Rapporteur on extrajudicial, summary or
arbitrary executions
A/HRC/38/44 and Add.1–5, A/HRC/38/NGO/96
- Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression
A/HRC/38/35 and Add.1–4
[Modalities for participation in the clustered interactive dialogue: States Members of the
Council, observer States and other observers are requested to inscribe online. Speaking time is
2 minutes for States Members of the Council and 2 minutes for observer States and other
observers, including NHRIs and NGOs. The list of speakers will be closed approximately 15
minutes after the beginning of the interactive dialogue.]
* The information contained in this document was compiled and is correct as of 6 p.m. of the
previous day. In the event that the consideration of a specific item or sub-item does not take up
the whole meeting, the Council will move to the consideration of the next item. Any comments
should be notified to the Secretariat, room E-3060.
A/HRC/38/OD/2
Order of the day, 19 June 2018 2
Wednesday, 20 June 2018
MORNING
9.00 – 12.00 7th meeting
Item 3 (cont’d) Promotion and protection of all human rights, civil, political, economic, social
and cultural rights, including the right to development
Clustered interactive dialogue with: (cont’d)
- Special Rapporteur on extrajudicial, summary or arbitrary executions
- Special Rapporteur on the promotion and protection of the right to freedom of opinion and
expression
[Modalities for participation in the clustered interactive dialogue: See above.]
Clustered interactive dialogue with:
- Special Rapporteur on violence against women, its causes and consequences
A/HRC/38/47, A/HRC/38/47/Add.1, A/HRC/38/47/Add.2, A/HRC/38/NGO/12
- Special Rapporteur on the human rights of migrants
[Modalities for participation in the clustered interactive dialogue: Speaking time is 2 minutes
for all speakers. The list of speakers will be closed approximately 15 minutes after the
beginning of the interactive dialogue.]
11.45 Visit of H.E. Ms. Example, Minister for Foreign Affairs
AFTERNOON
3 p.m. 8th meeting
Item 4 Human rights situations that require the Council’s attention
General debate (cont’d)
[Speaking time is 2:30 minutes for States Members of the Council, and 1:30 minutes for observer
States and all other observers.]
";

fn at(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 6, d).unwrap()
}

#[test]
fn reads_each_dialogue_of_two_days_with_its_slot_number_cluster_and_documents() {
    let od = read(TWO_DAYS).unwrap();
    assert_eq!(od.symbol.as_deref(), Some("A/HRC/38/OD/2"));
    let titles: Vec<(&str, Option<u32>, Option<u32>, bool)> = od
        .meetings
        .iter()
        .map(|m| (m.title.as_str(), m.number, m.cluster, m.continued))
        .collect();
    assert_eq!(
        titles,
        [
            ("Clustered interactive dialogue with the Special Rapporteur on extrajudicial, summary or arbitrary executions", Some(5), Some(1), false),
            ("Clustered interactive dialogue with the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression", Some(5), Some(1), false),
            ("Clustered interactive dialogue with the Special Rapporteur on extrajudicial, summary or arbitrary executions", Some(7), Some(2), true),
            ("Clustered interactive dialogue with the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression", Some(7), Some(2), true),
            ("Clustered interactive dialogue with the Special Rapporteur on violence against women, its causes and consequences", Some(7), Some(3), false),
            ("Clustered interactive dialogue with the Special Rapporteur on the human rights of migrants", Some(7), Some(3), false),
            ("General debate on item 4", Some(8), None, true),
        ]
    );
    let first = &od.meetings[0];
    assert_eq!(
        (first.date, first.slot, first.start, first.end),
        (day(19), Some(MeetingSlot::Afternoon), at(15, 0), at(18, 0))
    );
    assert_eq!(first.agenda_items, [3]);
    assert_eq!(first.room.as_deref(), Some("Room XX"));
    assert_eq!(first.kind, MeetingKind::ClusteredInteractiveDialogue);
    assert_eq!(
        first.mandates,
        ["Special Rapporteur on extrajudicial, summary or arbitrary executions"]
    );
    assert_eq!(
        first.documents,
        [
            "A/HRC/38/44",
            "A/HRC/38/44/Add.1",
            "A/HRC/38/44/Add.2",
            "A/HRC/38/44/Add.3",
            "A/HRC/38/44/Add.4",
            "A/HRC/38/44/Add.5",
            "A/HRC/38/NGO/96"
        ]
    );
    assert_eq!(
        (first.member_speaking_seconds, first.speaking_seconds),
        (Some(120), Some(120))
    );
    assert!(
        first.modalities.starts_with("Modalities for participation"),
        "{}",
        first.modalities
    );
    assert_eq!(od.meetings[1].documents.len(), 5);

    // 20 June: "See above." takes the modalities before; the second cluster has its own.
    let contd = &od.meetings[2];
    assert_eq!(
        (contd.date, contd.slot, contd.start, contd.end),
        (day(20), Some(MeetingSlot::Morning), at(9, 0), at(12, 0))
    );
    assert_eq!(contd.modalities, first.modalities);
    assert!(contd.documents.is_empty());
    let women = &od.meetings[4];
    assert_eq!(
        women.documents,
        [
            "A/HRC/38/47",
            "A/HRC/38/47/Add.1",
            "A/HRC/38/47/Add.2",
            "A/HRC/38/NGO/12"
        ]
    );
    assert_eq!(
        (women.member_speaking_seconds, women.speaking_seconds),
        (Some(120), Some(120))
    );

    // "3 p.m." without an end: the afternoon's usual end, estimated; 2:30 and 1:30 read.
    let gd = &od.meetings[6];
    assert_eq!(
        (gd.kind, gd.agenda_items.as_slice()),
        (MeetingKind::GeneralDebate, &[4][..])
    );
    assert_eq!(
        (gd.slot, gd.start, gd.end, gd.estimated),
        (Some(MeetingSlot::Afternoon), at(15, 0), at(18, 0), true)
    );
    assert_eq!(
        (gd.member_speaking_seconds, gd.speaking_seconds),
        (Some(150), Some(90))
    );
}

#[test]
fn reads_times_in_words_and_a_slot_without_times() {
    let od = read(
        "Monday, 2 July 2018\nMORNING\nItem 5\nGeneral debate\nLUNCH\n12 noon – 3 p.m.\n30th meeting\nItems 9 and 10\nInteractive dialogue with the Independent Expert on the situation of human rights in the Central African Republic\n",
    )
    .unwrap();
    let [gd, id] = od.meetings.as_slice() else {
        panic!("{od:?}")
    };
    assert_eq!(
        (gd.slot, gd.start, gd.end, gd.estimated),
        (Some(MeetingSlot::Morning), at(9, 0), at(12, 0), false)
    );
    assert_eq!(gd.title, "General debate on item 5");
    assert_eq!(
        (id.slot, id.start, id.end, id.number),
        (Some(MeetingSlot::Midday), at(12, 0), at(15, 0), Some(30))
    );
    assert_eq!(id.agenda_items, [9, 10]);
    assert_eq!(
        id.mandates,
        ["Independent Expert on the situation of human rights in the Central African Republic"]
    );
}

#[test]
fn a_line_it_cannot_place_is_refused_with_its_number() {
    let unplaced = |text: &str| match read(text) {
        Err(ReadError::Unplaced { line, expected, .. }) => (line, expected),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        unplaced("Clustered interactive dialogue with:\nTuesday, 19 June 2018\n").0,
        1
    );
    let (line, expected) = unplaced(
        "Tuesday, 19 June 2018\nInteractive dialogue with the Special Rapporteur on torture\n",
    );
    assert_eq!(line, 2);
    assert!(expected.contains("slot"), "{expected}");
    let (line, expected) =
        unplaced("Tuesday, 19 June 2018\nMORNING\n- Special Rapporteur on torture\n");
    assert_eq!(line, 3);
    assert!(expected.contains("dialogue heading"), "{expected}");
    let (line, expected) = unplaced(
        "Tuesday, 19 June 2018\nMORNING\nItem 3\nGeneral debate\n[Speaking time is 2 minutes\n",
    );
    assert_eq!(line, 5);
    assert!(expected.contains("]"), "{expected}");
}

#[test]
fn a_text_that_is_no_order_of_the_day_is_refused_as_such() {
    for text in [
        "",
        "BEGIN:VCALENDAR\nEND:VCALENDAR\n",
        "Human Rights Council\nThirty-eighth session\n",
        "Tuesday, 19 June 2018\n",
        "Clustered interactive dialogue with:\n",
        "Remember to call the mission.\n",
    ] {
        assert_eq!(read(text), Err(ReadError::NotAnOrderOfTheDay), "{text:?}");
    }
    assert_eq!(
        read("Tuesday, 19 June 2018\nMORNING\n"),
        Err(ReadError::NotAnOrderOfTheDay)
    );
}

proptest::proptest! {
    /// No text makes the reader panic: it reads or refuses.
    #[test]
    fn any_text_reads_or_is_refused(text in "(\\PC|\n){0,400}") {
        let _ = read(&text);
    }

    /// Lines of an Order of the Day shuffled and cut at random: still no panic.
    #[test]
    fn pieces_of_an_order_of_the_day_read_or_are_refused(picks in proptest::collection::vec(0usize..60, 0..40), cut in 0usize..80) {
        let lines: Vec<&str> = TWO_DAYS.lines().collect();
        let text: String = picks.iter().map(|&i| {
            let l = lines[i % lines.len()];
            let end = l.char_indices().nth(cut).map_or(l.len(), |(at, _)| at);
            format!("{}\n", &l[..end])
        }).collect();
        let _ = read(&text);
    }
}
