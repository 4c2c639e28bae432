//! The session as a calendar (.ics): meetings, side events and the statements due in meetings,
//! as events in UTC with stable UIDs, so importing again updates rather than duplicates.
use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike};
use uuid::Uuid;

use crate::domain::overview::SessionOverview;
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
        let mut e = event(
            m.id,
            "meeting",
            &m.title,
            m.starts_at,
            m.ends_at,
            m.updated_at,
        );
        e.location(&text(&m.room));
        let item = m
            .agenda_item
            .map(|n| format!("Agenda item {n}. "))
            .unwrap_or_default();
        e.description(&text(&format!(
            "{}{}. Times are estimates: the Council's schedule rolls.",
            item,
            m.kind.label()
        )));
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
        let Some(m) = st
            .meeting_id
            .and_then(|id| o.meetings.iter().find(|m| m.id == id))
        else {
            continue;
        };
        if matches!(
            st.status,
            crate::domain::statement::StatementStatus::Withdrawn
        ) {
            continue;
        }
        let mut e = event(
            st.id,
            "statement",
            &format!("Statement due: {}", st.title),
            m.starts_at,
            m.ends_at,
            st.updated_at,
        );
        e.location(&text(&m.room));
        e.description(&text(&format!(
            "{} in “{}”. {}",
            st.kind.label(),
            m.title,
            super::layout::length_against_limit(st)
        )));
        cal.push(e.done());
    }
    cal.done().to_string()
}
