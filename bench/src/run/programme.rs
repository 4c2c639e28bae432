//! Bringing the Council's programme in at ten years (issue 18): a 300-event Sched calendar made
//! from the measured session's meetings and side events, and a three-week set of Orders of the
//! Day, each imported into the session on a copy of the database — the first time, and again
//! with nothing changed.
use std::path::Path;

use anyhow::{bail, Result};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, Weekday};
use hrc_core::cipher::DatabaseKey;
use hrc_core::domain::session::Session;
use hrc_core::geneva::to_utc;
use hrc_core::reference::agenda;
use hrc_core::Store;
use serde_json::json;

use super::report::Figure;
use super::sample::{self, Sample};
use super::Scratch;
use crate::generate::names::MANDATES;

/// The budgets of issue 18, item 7.
const FIRST: (f64, &str) = (1000.0, "issue 18: an import within a second");
const AGAIN: (f64, &str) = (200.0, "issue 18: re-import within 200 ms");
/// Events in the calendar, as Sched's `all.ics` of a session holds them.
const CALENDAR_EVENTS: usize = 300;
/// Working days of Orders of the Day: three weeks.
const OD_DAYS: usize = 15;

/// The four figures: the calendar and the Order of the Day set, first (`runs` times, each on a
/// fresh copy) and again (`again_runs` times).
pub fn programme(
    db: &Path,
    db_key: Option<&DatabaseKey>,
    session: &Session,
    runs: usize,
    again_runs: usize,
) -> Result<Vec<Figure>> {
    let store = super::open(db, db_key)?;
    let calendar = sched_calendar(&store, session)?;
    drop(store);
    let days = orders_of_the_day(session);
    let mut figures = Vec::new();
    let files = [("all.ics".to_string(), calendar.into_bytes())];
    figures.extend(measure(
        (db, db_key),
        session,
        (runs, again_runs),
        &files,
        "programme-calendar",
        &format!("Sched calendar import ({CALENDAR_EVENTS} events)"),
    )?);
    let files: Vec<(String, Vec<u8>)> = days
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            (
                format!("A-HRC-{}-OD-{}.txt", session.label, i + 1),
                text.into_bytes(),
            )
        })
        .collect();
    figures.extend(measure(
        (db, db_key),
        session,
        (runs, again_runs),
        &files,
        "programme-od",
        &format!("Order of the Day set import ({OD_DAYS} days, one file a day)"),
    )?);
    Ok(figures)
}

/// Imports `files` in turn into the session on a fresh copy (`runs.0` times after one uncounted),
/// then again on the last copy `runs.1` times, nothing changed.
fn measure(
    (db, db_key): (&Path, Option<&DatabaseKey>),
    session: &Session,
    (runs, again_runs): (usize, usize),
    files: &[(String, Vec<u8>)],
    key: &str,
    what: &str,
) -> Result<Vec<Figure>> {
    let import_all = |store: &mut Store| -> Result<(usize, usize)> {
        let (mut changed, mut unchanged) = (0, 0);
        for (name, bytes) in files {
            let report = store.import_programme(session.id, name, bytes)?;
            changed += report.lines.len();
            unchanged += report.unchanged as usize;
        }
        Ok((changed, unchanged))
    };
    let mut first = Sample::default();
    let mut added = (0, 0);
    let mut copy = None;
    for i in 0..=runs {
        // The last copy closed and removed before the next is made in its place.
        drop(copy.take());
        let scratch = Scratch::copy(db, "bench-programme.db")?;
        let mut store = super::open(&scratch.0, db_key)?;
        // The app checks a large file's pages on a thread of its own after it opens, so no
        // write of the person's waits for it: so here, before the clock starts.
        hrc_core::store::check_file(&scratch.0, db_key)?;
        store.note_checked();
        let (result, wall, cpu) = sample::time(|| import_all(&mut store));
        added = result?;
        if i > 0 {
            first.push(wall, cpu);
        }
        copy = Some((store, scratch));
    }
    let Some((mut store, _scratch)) = copy else {
        bail!("no import was run");
    };
    let mut again = Sample::default();
    let mut changed_again = 0;
    for i in 0..=again_runs {
        let (result, wall, cpu) = sample::time(|| import_all(&mut store));
        let (changed, _) = result?;
        changed_again += changed;
        if i > 0 {
            again.push(wall, cpu);
        }
    }
    if changed_again > 0 {
        bail!("{what}: importing the same files again changed {changed_again} records");
    }
    Ok(vec![
        Figure::new(
            key.to_string(),
            format!("{what}, first"),
            &first,
            Some(FIRST),
        )
        .detail(json!({ "files": files.len(), "records_changed": added.0, "unchanged": added.1 })),
        Figure::new(
            format!("{key}-again"),
            format!("{what}, again (nothing changed)"),
            &again,
            Some(AGAIN),
        ),
    ])
}

/// Text as an iCalendar TEXT value writes it: backslash, semicolon, comma and line breaks escaped.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (RFC 5545, 3.1), never inside a character, with CR LF.
fn folded(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// One VEVENT as Sched writes it.
struct SchedEvent {
    uid: String,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    summary: String,
    location: String,
    categories: String,
    description: String,
}

impl SchedEvent {
    fn write(&self, out: &mut String) {
        out.push_str("BEGIN:VEVENT\r\n");
        for line in [
            format!("UID:{}", self.uid),
            format!("DTSTAMP:{}", utc(self.start)),
            format!("DTSTART:{}", utc(self.start)),
            format!("DTEND:{}", utc(self.end)),
            format!("SUMMARY:{}", escaped(&self.summary)),
            format!("DESCRIPTION:{}", escaped(&self.description)),
            format!("CATEGORIES:{}", self.categories),
            format!("LOCATION:{}", escaped(&self.location)),
        ] {
            out.push_str(&folded(&line));
        }
        out.push_str("END:VEVENT\r\n");
    }
}

/// Sched's `all.ics` for the session: its meetings (category Plenary) and side events (Side
/// Event) at their times in UTC, then side events to follow them up at lunchtime on the working
/// days until there are 300 events.
fn sched_calendar(store: &Store, session: &Session) -> Result<String> {
    let host = format!("hrc{}.sched.com", session.label);
    let mut events = Vec::new();
    for m in store.meetings(session.id)? {
        let Some((start, end)) = m.span() else {
            continue;
        };
        let mut description = m.mandates.join("\n");
        if !m.documents.is_empty() {
            description.push_str(&format!("\nDocuments: {}", m.documents.join(", ")));
        }
        let items: Vec<String> = m.agenda_items.iter().map(|i| format!("Item {i}")).collect();
        events.push(SchedEvent {
            uid: format!("{:04}@{host}", events.len() + 1),
            start,
            end,
            summary: m.title.clone(),
            location: m.room.clone().unwrap_or_else(|| "Room XX".into()),
            categories: ["Plenary".to_string()]
                .into_iter()
                .chain(items)
                .collect::<Vec<_>>()
                .join(","),
            description,
        });
    }
    let side_events = store.side_events(session.id)?;
    for e in &side_events {
        events.push(SchedEvent {
            uid: format!("{:04}@{host}", events.len() + 1),
            start: e.starts_at,
            end: e.ends_at,
            summary: format!("Side event: {}", e.title),
            location: e.room.clone(),
            categories: "Side Event".into(),
            description: e.description.clone(),
        });
    }
    let days = working_days(session);
    let mut n = 0;
    while events.len() < CALENDAR_EVENTS && !side_events.is_empty() {
        let e = &side_events[n % side_events.len()];
        let day = days[n % days.len()];
        let hour = 13 + (n / days.len()) as u32 % 2;
        let at = |h| {
            to_utc(
                "start",
                day,
                NaiveTime::from_hms_opt(h, 0, 0).expect("a time"),
            )
        };
        events.push(SchedEvent {
            uid: format!("{:04}@{host}", events.len() + 1),
            start: at(hour)?,
            end: at(hour + 1)?,
            summary: format!(
                "Side event: {} — follow-up, {}",
                e.title,
                day.format("%-d %B")
            ),
            location: format!(
                "Room XX{}",
                ["I", "II", "III", "IV", "V", "VI", "VII"][n % 7]
            ),
            categories: "Side Event,Follow-up".into(),
            description: e.description.clone(),
        });
        n += 1;
    }
    events.truncate(CALENDAR_EVENTS);
    let mut out = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sched.com HRC{0}//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:HRC{0}\r\nX-WR-TIMEZONE:UTC\r\n",
        session.label
    );
    for e in &events {
        e.write(&mut out);
    }
    out.push_str("END:VCALENDAR\r\n");
    Ok(out)
}

/// The session's working days (Monday to Friday), in order.
fn working_days(session: &Session) -> Vec<NaiveDate> {
    session
        .start_date
        .iter_days()
        .take_while(|d| *d <= session.end_date)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .collect()
}

/// "1st", "2nd", "3rd", "11th", "21st".
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// An agenda item's title wrapped as the PDF wraps it (about 95 characters a line).
fn wrapped(text: &str) -> String {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("a line");
        if !line.is_empty() && line.len() + word.len() > 95 {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.join("\n")
}

/// The Orders of the Day of the session's first three weeks, one text a day as copied from the
/// PDF: the header, the day, three meetings (a cluster of two dialogues on item 3 in the
/// morning, continued at midday with the next cluster, a general debate in the afternoon),
/// their reports with addenda and NGO statements, the modalities, the footnote and the footer.
fn orders_of_the_day(session: &Session) -> Vec<String> {
    let n = session.number;
    let symbol = |s: &str| format!("A/HRC/{n}/{s}");
    let dialogues = "Clustered interactive dialogue with:";
    let modalities = "[Modalities for participation in the clustered interactive dialogue: Speaking time is 2 minutes\nfor all speakers. The list of speakers will be closed approximately 15 minutes after the\nbeginning of the interactive dialogue.]";
    let item3 = agenda::title(3).expect("item 3");
    let mut mandates = MANDATES
        .iter()
        .map(|m| m.strip_prefix("the ").unwrap_or(m))
        .cycle();
    let (mut meeting, mut report, mut ngo) = (1, 20, 1);
    let mut out = Vec::new();
    for (i, day) in working_days(session).into_iter().take(OD_DAYS).enumerate() {
        let mut text = format!(
            "Human Rights Council\n{} session\nGeneva, {} – {}\nOrder of the day*\nPlenary meetings – Room XX {}\n",
            ordinal(n),
            session.start_date.format("%-d %B"),
            session.end_date.format("%-d %B %Y"),
            day.format("%A, %-d %B %Y"),
        );
        let pair = [
            mandates.next().expect("cycled"),
            mandates.next().expect("cycled"),
        ];
        text.push_str(&format!(
            "MORNING\n9.00 – 12.00 {} meeting\nItem 3 {}\n{dialogues}\n",
            ordinal(meeting),
            wrapped(item3)
        ));
        for (k, m) in pair.iter().enumerate() {
            text.push_str(&format!("- {m}\n"));
            match k {
                0 => text.push_str(&format!(
                    "{} and Add.1–{}, {}\n",
                    symbol(&report.to_string()),
                    1 + i % 3,
                    symbol(&format!("NGO/{ngo}"))
                )),
                _ => text.push_str(&format!("{}\n", symbol(&report.to_string()))),
            }
            report += 1;
            ngo += 1;
        }
        text.push_str(modalities);
        text.push('\n');
        text.push_str(&format!(
            "MIDDAY\n12.00 – 15.00 {} meeting\nItem 3 (cont'd) {}\n{dialogues} (cont'd)\n- {}\n- {}\n[Modalities for participation in the clustered interactive dialogue: See above.]\n{dialogues}\n",
            ordinal(meeting + 1),
            wrapped(item3),
            pair[0],
            pair[1]
        ));
        for _ in 0..2 {
            text.push_str(&format!(
                "- {}\n{}\n",
                mandates.next().expect("cycled"),
                symbol(&report.to_string())
            ));
            report += 1;
        }
        text.push_str(modalities);
        text.push('\n');
        let item = [2, 4, 5, 6, 8][i % 5];
        text.push_str(&format!(
            "AFTERNOON\n15.00 – 18.00 {} meeting\nItem {item} {}\nGeneral debate\n[Speaking time is 2:30 minutes for States Members of the Council, and 1:30 minutes for observer\nStates and all other observers.]\n",
            ordinal(meeting + 2),
            wrapped(agenda::title(item).expect("a standing item"))
        ));
        text.push_str(&format!(
            "* The information contained in this document was compiled and is correct as of 6 p.m. of the\nprevious day.\n{}\n",
            symbol(&format!("OD/{}", i + 1))
        ));
        meeting += 3;
        out.push(text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hrc63() -> Session {
        let mut store = Store::open_in_memory().expect("a store");
        store
            .create_session(&hrc_core::domain::session::SessionInput {
                number: 63,
                start_date: "2026-09-14".into(),
                end_date: "2026-10-16".into(),
                ..Default::default()
            })
            .expect("HRC63")
    }

    #[test]
    fn each_order_of_the_day_reads_as_three_meetings_of_seven_dialogues() {
        let days = orders_of_the_day(&hrc63());
        assert_eq!(days.len(), OD_DAYS);
        for text in &days {
            let od = hrc_core::programme_import::order_of_the_day::read(text)
                .unwrap_or_else(|e| panic!("{e}\n{text}"));
            assert_eq!(od.meetings.len(), 7, "{text}");
            assert!(od.symbol.is_some(), "{text}");
        }
    }

    #[test]
    fn the_calendar_reads_as_300_events_in_utc_with_their_uids() {
        let mut store = Store::open_in_memory().expect("a store");
        let session = store
            .create_session(&hrc_core::domain::session::SessionInput {
                number: 63,
                start_date: "2026-09-14".into(),
                end_date: "2026-10-16".into(),
                ..Default::default()
            })
            .expect("HRC63");
        store
            .create_side_event(
                session.id,
                &hrc_core::domain::side_event::SideEventInput {
                    title: "Defenders at risk; reprisals, and the UN's answer".into(),
                    date: "2026-09-15".into(),
                    start: "13:00".into(),
                    end: "14:00".into(),
                    description: Some("Organised by ISHR\nwith partners, in Room XXIV".into()),
                    ..Default::default()
                },
            )
            .expect("a side event");
        let text = sched_calendar(&store, &session).expect("a calendar");
        assert!(text.split("\r\n").all(|l| l.len() <= 75));
        let cal = hrc_core::programme_import::calendar::read_str(&text).expect("it reads");
        assert_eq!(cal.events.len(), CALENDAR_EVENTS);
        assert_eq!(cal.time_zone.as_deref(), Some("UTC"));
        let first = &cal.events[0];
        assert_eq!(
            first.summary,
            "Side event: Defenders at risk; reprisals, and the UN's answer"
        );
        assert_eq!(
            first.description,
            "Organised by ISHR\nwith partners, in Room XXIV"
        );
        assert_eq!(first.categories, ["Side Event"]);
        let uids: std::collections::HashSet<&str> =
            cal.events.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(uids.len(), CALENDAR_EVENTS);
    }

    #[test]
    fn a_long_line_is_folded_at_75_octets_between_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let f = folded(&line);
        assert!(f.split("\r\n").all(|l| l.len() <= 75), "{f}");
        assert_eq!(f.replace("\r\n ", ""), format!("{line}\r\n"));
    }
}
