//! The session as a calendar (.ics): meetings, side events, the statements due in meetings, the
//! informal consultations on texts and the action on texts (a resolution's action date, at its
//! meeting when the programme has it), as events in UTC with stable UIDs, so importing again
//! updates rather than duplicates.
use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
use uuid::Uuid;

use crate::domain::consultation::Consultation;
use crate::domain::meeting::{numbered, time_words, Meeting, MeetingStatus};

use crate::domain::overview::SessionOverview;
use crate::domain::resolution::Resolution;
use crate::domain::side_event::SideEventStatus;

/// Text as RFC 5545 allows it in a TEXT value: line breaks (CR LF, a lone CR) become one LF,
/// which the writer escapes as `\n`; other control characters, which the grammar excludes, are
/// dropped (a tab is allowed).
fn text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// A meeting's summary: its title, "(cont'd)" when it continues another, and "Cancelled: " first
/// when it is.
fn summary(m: &Meeting) -> String {
    let contd = m.contd_mark();
    let cancelled = match m.status {
        MeetingStatus::Cancelled => "Cancelled: ",
        MeetingStatus::Postponed => "Postponed: ",
        _ => "",
    };
    format!("{cancelled}{}{contd}", m.title)
}

/// The text with its first letter in capitals.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn uid(id: Uuid, what: &str) -> String {
    format!("{what}-{id}@hrc-planner")
}

fn event(
    id: Uuid,
    what: &str,
    summary: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    stamp: DateTime<Utc>,
) -> Event {
    let mut e = Event::new();
    e.uid(&uid(id, what))
        .summary(&text(summary))
        .starts(start)
        .ends(end)
        .timestamp(stamp);
    e
}

/// Renders the session's calendar.
pub fn render(o: &SessionOverview) -> String {
    let s = &o.session;
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", "-//HRC Planner//Session calendar//EN"));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.append_property(("METHOD", "PUBLISH"));
    cal.name(&text(&format!("{} — {}", s.name, s.title)));
    for m in &o.meetings {
        // A meeting whose date is to be announced has no place in a calendar yet.
        let Some(date) = m.date else { continue };
        let mut e = match m.span() {
            Some((start, end)) => event(m.id, "meeting", &summary(m), start, end, m.updated_at),
            None => {
                let mut e = Event::new();
                e.uid(&uid(m.id, "meeting"))
                    .summary(&text(&summary(m)))
                    .all_day(date)
                    .timestamp(m.updated_at);
                e
            }
        };
        if let Some(room) = &m.room {
            e.location(&text(room));
        }
        if m.status == MeetingStatus::Cancelled {
            e.status(EventStatus::Cancelled);
        }
        let mut lines = vec![];
        if let Some(n) = m.number {
            lines.push(format!("{}.", numbered(n)));
        }
        if !m.agenda_items.is_empty() {
            let items: Vec<String> = m.agenda_items.iter().map(u8::to_string).collect();
            let word = if items.len() == 1 { "item" } else { "items" };
            lines.push(format!("Agenda {word} {}.", items.join(", ")));
        }
        lines.push(format!("{}. {}.", m.kind.label(), m.status.label()));
        if !m.mandates.is_empty() {
            lines.push(format!("With: {}.", m.mandates.join("; ")));
        }
        if !m.documents.is_empty() {
            lines.push(format!("Documents: {}.", m.documents.join(", ")));
        }
        lines.push(format!(
            "{}: the Council's schedule rolls.",
            capitalised(&time_words(&m.when(), &s.hours()))
        ));
        e.description(&text(&lines.join("\n")));
        cal.push(e.done());
    }
    for ev in o
        .side_events
        .iter()
        .filter(|e| e.status != SideEventStatus::Cancelled)
    {
        let mut e = event(
            ev.id,
            "side-event",
            &format!("Side event: {}", ev.title),
            ev.starts_at,
            ev.ends_at,
            ev.updated_at,
        );
        if !ev.room.is_empty() {
            e.location(&text(&ev.room));
        }
        let mut lines = vec![format!("Status: {}", ev.status.label())];
        if !ev.organisers.is_empty() {
            lines.push(format!(
                "Organisers: {}",
                ev.organisers
                    .iter()
                    .map(|o| o.name.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        if !ev.speakers.is_empty() {
            lines.push(format!("Speakers: {}", ev.speakers.join("; ")));
        }
        e.description(&text(&lines.join("\n")));
        cal.push(e.done());
    }
    for st in &o.statements {
        let Some((m, (start, end))) = st
            .meeting_id
            .and_then(|id| o.meetings.iter().find(|m| m.id == id))
            .and_then(|m| Some((m, m.span()?)))
        else {
            continue;
        };
        if matches!(
            st.status,
            crate::domain::statement::StatementStatus::Withdrawn
        ) {
            continue;
        }
        // A statement already made is not due: the calendar says so.
        let delivered = matches!(
            st.status,
            crate::domain::statement::StatementStatus::Delivered
        );
        let mut e = event(
            st.id,
            "statement",
            &super::confidential::marked(
                &if delivered {
                    format!("Statement delivered: {}", st.title)
                } else {
                    format!("Statement due: {}", st.title)
                },
                st.confidential,
            ),
            start,
            end,
            st.updated_at,
        );
        if let Some(room) = &m.room {
            e.location(&text(room));
        }
        e.description(&text(&format!(
            "{} in “{}”. {}",
            st.kind.label(),
            m.title,
            super::layout::length_against_limit(st)
        )));
        cal.push(e.done());
    }
    for c in &o.consultations {
        cal.extend(consultation(c));
    }
    for r in o
        .resolutions
        .iter()
        .filter(|r| r.status != crate::domain::resolution::ResolutionStatus::Withdrawn)
    {
        if let Some(e) = action_on_text(o, r) {
            cal.push(e);
        }
    }
    cal.done().to_string()
}

/// An informal consultation on a text: at its hours when known (Geneva time), all day when only
/// its day is, none while its day is to be announced. My notes on it stay out, as notes do.
fn consultation(c: &Consultation) -> Option<Event> {
    let date = c.date?;
    let symbol = c
        .draft_symbol
        .as_deref()
        .map(|s| format!("{s}, "))
        .unwrap_or_default();
    let summary = format!("Informal consultation: {symbol}{}", c.resolution_title);
    let at = |t| crate::geneva::to_utc("start", date, t).ok();
    let mut e = Event::new();
    e.uid(&uid(c.id, "consultation"))
        .summary(&text(&summary))
        .timestamp(c.updated_at);
    match (c.start.and_then(at), c.end.and_then(at)) {
        (Some(start), Some(end)) => {
            e.starts(start).ends(end);
        }
        (Some(start), None) => {
            e.starts(start);
        }
        _ => {
            e.all_day(date);
        }
    }
    if let Some(room) = &c.room {
        e.location(&text(room));
    }
    let mut lines = vec![];
    if !c.convenor.trim().is_empty() {
        lines.push(format!("Convened by {}.", c.convenor.trim()));
    }
    lines.push(format!("{} (Geneva time).", c.when()));
    e.description(&text(&lines.join("\n")));
    Some(e.done())
}

/// The Council's action on a text, on its action date: at its meeting's time when the programme
/// has that meeting on that day, else all day. None without an action date.
fn action_on_text(o: &SessionOverview, r: &Resolution) -> Option<Event> {
    use super::texts;
    let date = r.action_date?;
    let meeting = r.action_meeting.and_then(|n| {
        o.meetings
            .iter()
            .find(|m| m.number == Some(n) && m.date == Some(date))
    });
    let symbols = texts::symbols(r);
    let summary = if symbols == "—" {
        format!("Action on text: {}", r.title)
    } else {
        format!("Action on text: {symbols}, {}", r.title)
    };
    let mut e = match meeting.and_then(|m| m.span()) {
        Some((start, end)) => event(r.id, "resolution", &summary, start, end, r.updated_at),
        None => {
            let mut e = Event::new();
            e.uid(&uid(r.id, "resolution"))
                .summary(&text(&summary))
                .all_day(date)
                .timestamp(r.updated_at);
            e
        }
    };
    if let Some(room) = meeting.and_then(|m| m.room.as_ref()) {
        e.location(&text(room));
    }
    let mut lines = vec![];
    if let Some(n) = r.action_meeting {
        lines.push(format!("{}.", numbered(n)));
    }
    if let Some(n) = r.agenda_item {
        lines.push(format!("Agenda item {n}."));
    }
    lines.push(format!("{}. {}.", r.kind.label(), r.status.label()));
    let main = texts::main_sponsors(r);
    if !main.is_empty() {
        lines.push(format!("Main sponsors: {main}."));
    }
    match texts::cosponsor_count(r) {
        0 => {}
        n => lines.push(format!("Co-sponsors: {n}.")),
    }
    if let Some(c) = texts::counts(r.vote.as_ref()) {
        lines.push(format!("Vote: {c}."));
    }
    e.description(&text(&lines.join("\n")));
    Some(e.done())
}
