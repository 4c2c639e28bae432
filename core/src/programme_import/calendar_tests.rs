//! Calendars read as Sched and other calendars write them: UTC times across Geneva's clock
//! changes, lines folded at 75 octets (inside accented letters too), escaped text, several
//! categories, a cancelled event, all-day events, CRLF and LF line ends.
use chrono::{NaiveDate, NaiveDateTime};

use super::{read, read_str, EventStatus, EventTime, ReadError};

/// HRC38 side events as Sched publishes them (`all.ics`), before folding: times in UTC, text
/// escaped. Lines are joined with CRLF and folded at 75 octets by [`sched_file`].
const SCHED: &[&str] = &[
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "X-WR-CALNAME:HRC38 side events",
    "X-WR-CALDESC:Side events at the 38th session of the Human Rights Council",
    "X-WR-TIMEZONE:UTC",
    "PRODID:-//Sched.com HRC38 Side Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    "DTSTAMP:20180612T084455Z",
    "DTSTART:20180619T101500Z",
    "DTEND:20180619T111500Z",
    "SUMMARY:Réunion d’information: les défenseurs des droits humains en Amérique latine et la société civile",
    "DESCRIPTION:Organisé par l’Association pour la prévention de la torture\\, FIDH\\; Amnesty International.\\nInterprétation en anglais et en espagnol.\\n\\nEntrée libre\\, sans inscription.",
    "CATEGORIES:Side event,Item 3\\, civil and political rights,Français",
    "LOCATION:Room XXIV",
    "SEQUENCE:0",
    "UID:a1b2c3d4e5f60718293a4b5c6d7e8f90",
    "URL:https://hrc38.sched.com/event/Ezq1/reunion-dinformation-les-defenseurs-des-droits-humains",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "DTSTAMP:20180612T084455Z",
    "DTSTART:20180620T120000Z",
    "DTEND:20180620T130000Z",
    "SUMMARY:Freedom of expression online: the role of States and companies",
    "DESCRIPTION:Cancelled by the organisers.",
    "CATEGORIES:Side event",
    "CATEGORIES:Item 3",
    "LOCATION:Room XXIII",
    "STATUS:CANCELLED",
    "UID:0f9e8d7c6b5a49382716a5b4c3d2e1f0",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "DTSTAMP:20180612T084455Z",
    "DTSTART;TZID=Europe/Geneva:20180621T130000",
    "DTEND;TZID=Europe/Geneva:20180621T140000",
    "SUMMARY:NGO briefing on the situation in Eritrea",
    "LOCATION:Room XXV",
    "UID:eritrea-briefing@hrc38.sched.com",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "DTSTAMP:20180612T084455Z",
    "DTSTART;VALUE=DATE:20180618",
    "DTEND;VALUE=DATE:20180619",
    "SUMMARY:Photo exhibition: Women human rights defenders",
    "LOCATION:Serpentine bar",
    "UID:exhibition@hrc38.sched.com",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "DTSTAMP:20180612T084455Z",
    "DTSTART:20180622T070000",
    "DTEND:20180622T080000",
    "SUMMARY:Breakfast briefing (time written without a zone)",
    "UID:breakfast@hrc38.sched.com",
    "END:VEVENT",
    "END:VCALENDAR",
];

/// The lines joined by `end` and folded as RFC 5545 asks: no line longer than 75 octets, a
/// fold wherever the 75th octet falls (inside a character too), continued after one space.
fn fold(lines: &[&str], end: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines {
        let bytes = line.as_bytes();
        let mut from = 0;
        let mut width = 75;
        while bytes.len() - from > width {
            out.extend_from_slice(&bytes[from..from + width]);
            out.extend_from_slice(end.as_bytes());
            out.push(b' ');
            from += width;
            width = 74;
        }
        out.extend_from_slice(&bytes[from..]);
        out.extend_from_slice(end.as_bytes());
    }
    out
}

fn sched_file() -> Vec<u8> {
    fold(SCHED, "\r\n")
}

fn at(s: &str) -> EventTime {
    EventTime::At(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
}

fn day(s: &str) -> EventTime {
    EventTime::Day(s.parse::<NaiveDate>().unwrap())
}

/// A calendar of one VEVENT with these lines (UID and SUMMARY given by the caller).
fn one_event(lines: &[&str]) -> String {
    let mut all = vec!["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT"];
    all.extend_from_slice(lines);
    all.extend_from_slice(&["END:VEVENT", "END:VCALENDAR", ""]);
    all.join("\r\n")
}

#[test]
fn the_fixture_is_folded_inside_accented_letters() {
    let file = sched_file();
    assert!(file.split(|b| *b == b'\n').all(|l| l.len() <= 76));
    // Some fold cuts a character in two: the file is no UTF-8 text until it is unfolded.
    assert!(std::str::from_utf8(&file).is_err());
}

#[test]
fn reads_sched_events_with_their_text_unescaped_and_times_in_geneva() {
    let calendar = read(&sched_file()).unwrap();
    assert_eq!(calendar.name.as_deref(), Some("HRC38 side events"));
    assert_eq!(calendar.time_zone.as_deref(), Some("UTC"));
    assert_eq!(calendar.events.len(), 5);

    let first = &calendar.events[0];
    assert_eq!(first.uid, "a1b2c3d4e5f60718293a4b5c6d7e8f90");
    assert_eq!(first.line, Some(9));
    assert_eq!(
        first.summary,
        "Réunion d’information: les défenseurs des droits humains en Amérique latine et la société civile"
    );
    assert_eq!(
        first.description,
        "Organisé par l’Association pour la prévention de la torture, FIDH; Amnesty International.\nInterprétation en anglais et en espagnol.\n\nEntrée libre, sans inscription."
    );
    assert_eq!(
        first.categories,
        [
            "Side event",
            "Item 3, civil and political rights",
            "Français"
        ]
    );
    assert_eq!(first.location.as_deref(), Some("Room XXIV"));
    // 10:15 UTC in June is 12:15 in Geneva (summer time, UTC+2).
    assert_eq!(first.start, at("2018-06-19 12:15"));
    assert_eq!(first.end, Some(at("2018-06-19 13:15")));
    assert_eq!(
        first.url.as_deref(),
        Some("https://hrc38.sched.com/event/Ezq1/reunion-dinformation-les-defenseurs-des-droits-humains")
    );
    assert_eq!(first.status, EventStatus::Confirmed);
    assert!(!first.repeats);

    let cancelled = &calendar.events[1];
    assert_eq!(cancelled.status, EventStatus::Cancelled);
    assert_eq!(cancelled.categories, ["Side event", "Item 3"]);
    assert_eq!(cancelled.start, at("2018-06-20 14:00"));

    // TZID=Europe/Geneva: kept as written.
    let geneva = &calendar.events[2];
    assert_eq!(geneva.start, at("2018-06-21 13:00"));
    assert_eq!(geneva.end, Some(at("2018-06-21 14:00")));
    assert_eq!(geneva.description, "");
    assert_eq!(geneva.url, None);

    // All day: the day without times; DTEND (the day after) becomes the last day.
    let exhibition = &calendar.events[3];
    assert_eq!(exhibition.start, day("2018-06-18"));
    assert_eq!(exhibition.end, Some(day("2018-06-18")));
    assert_eq!(
        exhibition.day_and_times(),
        ("2018-06-18".parse().unwrap(), None, None)
    );

    // Written without a zone under X-WR-TIMEZONE:UTC: UTC.
    let breakfast = &calendar.events[4];
    assert_eq!(breakfast.start, at("2018-06-22 09:00"));
    assert_eq!(breakfast.location, None);
    assert_eq!(
        breakfast.day_and_times(),
        (
            "2018-06-22".parse().unwrap(),
            Some(chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap()),
            Some(chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap())
        )
    );
}

#[test]
fn crlf_lf_and_unfolded_files_read_alike() {
    let crlf = read(&sched_file()).unwrap();
    let lf = read(&fold(SCHED, "\n")).unwrap();
    let unfolded = read_str(&SCHED.join("\n")).unwrap();
    assert_eq!(crlf.events, lf.events);
    let strip = |c: &super::Calendar| {
        c.events
            .iter()
            .map(|e| super::CalendarEvent {
                line: None,
                ..e.clone()
            })
            .collect::<Vec<_>>()
    };
    // Folding moves the lines, nothing else.
    assert_eq!(strip(&crlf), strip(&unfolded));
    let with_bom = [b"\xef\xbb\xbf".as_slice(), &sched_file()].concat();
    assert_eq!(read(&with_bom).unwrap().events, crlf.events);
}

/// UTC instants around Geneva's clock changes of 2018: forward on Sunday 25 March at 01:00
/// UTC (02:00 → 03:00), back on Sunday 28 October at 01:00 UTC (03:00 → 02:00).
#[test]
fn utc_times_across_the_march_and_october_clock_changes() {
    let cases = [
        ("20180324T120000Z", "2018-03-24 13:00"),
        ("20180325T003000Z", "2018-03-25 01:30"),
        ("20180325T010000Z", "2018-03-25 03:00"),
        ("20180325T013000Z", "2018-03-25 03:30"),
        ("20180326T120000Z", "2018-03-26 14:00"),
        ("20181027T120000Z", "2018-10-27 14:00"),
        ("20181028T003000Z", "2018-10-28 02:30"),
        ("20181028T013000Z", "2018-10-28 02:30"),
        ("20181028T020000Z", "2018-10-28 03:00"),
        ("20181029T120000Z", "2018-10-29 13:00"),
    ];
    for (utc, geneva) in cases {
        let file = one_event(&[
            &format!("DTSTART:{utc}"),
            "SUMMARY:Consultation",
            "UID:x@sched",
        ]);
        let calendar = read_str(&file).unwrap();
        assert_eq!(calendar.events[0].start, at(geneva), "{utc}");
    }
}

#[test]
fn other_zones_are_converted_and_geneva_names_kept() {
    let cases = [
        (
            "DTSTART;TZID=America/New_York:20181028T090000",
            "2018-10-28 14:00",
        ),
        (
            "DTSTART;TZID=Europe/Zurich:20180325T023000",
            "2018-03-25 02:30",
        ),
        (
            "DTSTART;TZID=\"Europe/Geneva\":20181028T023000",
            "2018-10-28 02:30",
        ),
        (
            "DTSTART;TZID=W. Europe Standard Time:20180619T150000",
            "2018-06-19 15:00",
        ),
        ("DTSTART;TZID=UTC:20180619T150000", "2018-06-19 17:00"),
        // No X-WR-TIMEZONE: a time without a zone is Geneva's.
        ("DTSTART:20180619T150000", "2018-06-19 15:00"),
    ];
    for (line, geneva) in cases {
        let file = one_event(&[line, "SUMMARY:Panel", "UID:x@sched"]);
        let calendar = read_str(&file).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(calendar.events[0].start, at(geneva), "{line}");
    }
}

#[test]
fn an_event_without_uid_is_refused_naming_its_line_and_summary() {
    let file = one_event(&["DTSTART:20180619T101500Z", "SUMMARY:Side event on Yemen"]);
    let err = read_str(&file).unwrap_err();
    assert_eq!(
        err,
        ReadError::NoUid {
            line: Some(3),
            summary: "Side event on Yemen".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "the event at line 3 (\"Side event on Yemen\"): it has no UID; a calendar must give each event a UID for it to be found again on the next import"
    );
}

#[test]
fn events_that_cannot_be_placed_are_refused_precisely() {
    let no_start = one_event(&["SUMMARY:Panel", "UID:p@sched"]);
    assert_eq!(
        read_str(&no_start).unwrap_err().to_string(),
        "the event at line 3 (\"Panel\"): DTSTART \"\" is not a date (20180619) or date-time (20180619T101500Z)"
    );
    let bad_start = one_event(&["DTSTART:June 19", "SUMMARY:Panel", "UID:p@sched"]);
    assert!(matches!(
        read_str(&bad_start).unwrap_err(),
        ReadError::BadTime { property: "DTSTART", ref found, .. } if found == "June 19"
    ));
    let bad_end = one_event(&[
        "DTSTART:20180619T101500Z",
        "DTEND:tomorrow",
        "SUMMARY:Panel",
        "UID:p@sched",
    ]);
    assert!(matches!(
        read_str(&bad_end).unwrap_err(),
        ReadError::BadTime {
            property: "DTEND",
            ..
        }
    ));
    let zone = one_event(&[
        "DTSTART;TZID=Mars/Olympus:20180619T101500",
        "SUMMARY:Panel",
        "UID:p@sched",
    ]);
    assert_eq!(
        read_str(&zone).unwrap_err(),
        ReadError::UnknownTimeZone {
            line: Some(3),
            summary: "Panel".into(),
            time_zone: "Mars/Olympus".into()
        }
    );
    let backwards = one_event(&[
        "DTSTART:20180619T101500Z",
        "DTEND:20180619T091500Z",
        "SUMMARY:Panel",
        "UID:p@sched",
    ]);
    assert_eq!(
        read_str(&backwards).unwrap_err().to_string(),
        "the event at line 3 (\"Panel\"): it ends before it starts"
    );
}

#[test]
fn two_events_under_one_uid_are_refused_and_a_changed_occurrence_is_its_own() {
    let twice = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\nDTSTART:20180619T101500Z\nSUMMARY:A\nEND:VEVENT\nBEGIN:VEVENT\nUID:u\nDTSTART:20180620T101500Z\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n";
    assert_eq!(
        read_str(twice).unwrap_err().to_string(),
        "the event at line 7 (\"B\"): its UID \"u\" is also the UID of the event at line 2"
    );
    let occurrence = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\nDTSTART:20180619T101500Z\nRRULE:FREQ=DAILY;COUNT=3\nSUMMARY:A\nEND:VEVENT\nBEGIN:VEVENT\nUID:u\nRECURRENCE-ID:20180620T101500Z\nDTSTART:20180620T121500Z\nSUMMARY:A moved\nEND:VEVENT\nEND:VCALENDAR\n";
    let calendar = read_str(occurrence).unwrap();
    assert!(calendar.events[0].repeats);
    assert_eq!(calendar.events[0].key(), "u");
    assert_eq!(calendar.events[1].key(), "u@20180620T101500Z");
}

#[test]
fn other_files_are_not_calendars() {
    for file in [
        b"".as_slice(),
        b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n",
        b"Human Rights Council\nTuesday, 19 June 2018\nAFTERNOON\n",
        b"date,start,end,title\n2018-06-19,15:00,18:00,ID SR executions\n",
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEND:VCARD\n",
        b"\xff\xfe\x00B\x00E",
    ] {
        assert_eq!(read(file), Err(ReadError::NotACalendar), "{file:?}");
    }
    assert_eq!(
        ReadError::NotACalendar.to_string(),
        "this is not a calendar: an iCalendar file (.ics) begins with BEGIN:VCALENDAR"
    );
}

#[test]
fn a_calendar_whose_lines_do_not_read_is_refused_as_such() {
    let broken = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\nDTSTART:20180619T101500Z\nEND:VCALENDAR\n";
    assert!(matches!(read_str(broken), Err(ReadError::Malformed { .. })));
}

proptest::proptest! {
    /// No bytes make the reader panic: they read or are refused.
    #[test]
    fn any_bytes_read_or_are_refused(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
        let _ = read(&bytes);
    }

    /// Lines of the Sched calendar picked, cut and folded at random: still no panic.
    #[test]
    fn pieces_of_a_calendar_read_or_are_refused(
        picks in proptest::collection::vec(0usize..80, 0..60),
        cut in 0usize..120,
        crlf in proptest::bool::ANY,
    ) {
        let lines: Vec<String> = std::iter::once("BEGIN:VCALENDAR".to_string())
            .chain(picks.iter().map(|&i| {
                let l = SCHED[i % SCHED.len()];
                let end = l.char_indices().nth(cut).map_or(l.len(), |(at, _)| at);
                l[..end].to_string()
            }))
            .collect();
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let _ = read(&fold(&refs, if crlf { "\r\n" } else { "\n" }));
    }
}
