//! How `hrc` shows things to a person (without --json). Stored text shown within a line goes
//! through [`one_line`]; the writer escapes the rest ([`crate::output::human`]).
use crate::escape::one_line;
use hrc_core::domain::meeting::Meeting;
use hrc_core::domain::overview::SessionOverview;
use hrc_core::domain::search::SearchHit;
use hrc_core::domain::session::{Session, SlotHours};
use hrc_core::domain::side_event::SideEvent;
use hrc_core::domain::situation::CountrySituation;
use hrc_core::domain::statement::Statement;
use hrc_core::domain::today::{MeetingState, TimedMeeting, Today};
use hrc_core::domain::{key_issue::KeyIssue, note::Note};
use hrc_core::store::{Backup, BackupKind, Restored};

fn item(n: Option<u8>) -> String {
    n.map(|n| format!("item {n}"))
        .unwrap_or_else(|| "no item".into())
}

fn mmss(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

pub fn session(s: &Session) -> String {
    let line = format!(
        "{:<8} {} – {}  {}  ({})",
        s.name,
        s.start_date,
        s.end_date,
        one_line(&s.title),
        one_line(&s.venue)
    );
    match &s.slot_hours {
        Some(h) => format!("{line}  slots: {}", slot_hours(h)),
        None => line,
    }
}

/// A session's slot hours: "morning 10:00–13:00, midday 12:00–15:00, afternoon 15:00–18:00".
pub fn slot_hours(h: &SlotHours) -> String {
    use hrc_core::domain::meeting::MeetingSlot;
    MeetingSlot::ALL
        .iter()
        .map(|&slot| {
            let (start, end) = h.of(slot);
            format!(
                "{} {}–{}",
                slot.key(),
                start.format("%H:%M"),
                end.format("%H:%M")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A meeting on one line; `hours` are its session's slot hours.
pub fn meeting(m: &Meeting, hours: &SlotHours) -> String {
    use hrc_core::domain::meeting::{numbered, time_words, MeetingStatus};
    let date = m
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "date TBA  ".into());
    let time = match m.date {
        Some(_) => time_words(&m.when(), hours),
        None => String::new(),
    };
    let items = match m.agenda_items.as_slice() {
        [] => item(None),
        [one] => item(Some(*one)),
        many => format!(
            "items {}",
            many.iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let mut more = vec![];
    if let Some(n) = m.number {
        more.push(numbered(n));
    }
    if m.status != MeetingStatus::Scheduled {
        more.push(m.status.label().to_lowercase());
    }
    if let Some(was) = &m.moved_from {
        let day = was.date.map(|d| format!("{d} ")).unwrap_or_default();
        more.push(format!("was {day}{}", time_words(was, hours)));
    }
    if !m.mandates.is_empty() {
        more.push(m.mandates.join("; "));
    }
    if !m.documents.is_empty() {
        more.push(m.documents.join(", "));
    }
    if let Some(s) = m.speaking_seconds {
        more.push(format!("NGOs {}:{:02}", s / 60, s % 60));
    }
    let contd = m.contd_mark();
    format!(
        "{date} {time}  {}  {}  {items}  [{}{contd}]{}  {}",
        one_line(m.room.as_deref().unwrap_or("room not yet known")),
        m.kind.label(),
        one_line(&m.title),
        if more.is_empty() {
            String::new()
        } else {
            format!("  — {}", one_line(&more.join(" · ")))
        },
        m.id
    )
}

/// "  [Confidential]" after a record marked confidential, else nothing.
fn mark(confidential: bool) -> &'static str {
    if confidential {
        "  [Confidential]"
    } else {
        ""
    }
}

pub fn key_issue(k: &KeyIssue) -> String {
    format!(
        "{}  ({}){}  {}",
        one_line(&k.title),
        item(k.agenda_item),
        mark(k.confidential),
        k.id
    )
}

pub fn situation(s: &CountrySituation) -> String {
    format!(
        "{} {}  ({}, {}, {} priority){}  {}",
        s.country_code,
        s.country_name,
        item(s.agenda_item),
        // Its mandates; else what was typed as its mechanism before mandates were records.
        if !s.mandates.is_empty() {
            one_line(&s.mandates.join("; ")).into_owned().into()
        } else if s.mechanism.is_empty() {
            "no mechanism".into()
        } else {
            one_line(&s.mechanism)
        },
        s.priority.key(),
        mark(s.confidential),
        s.id
    )
}

pub fn statement(s: &Statement) -> String {
    let t = &s.timing;
    let limit = match (t.limit_seconds, t.limit_words) {
        (Some(l), _) => format!(
            "{} of {} at {} wpm",
            mmss(t.estimated_seconds),
            mmss(l),
            t.words_per_minute
        ),
        (_, Some(l)) => format!("{} of {} words", t.word_count, l),
        _ => String::new(),
    };
    format!(
        "{:<10} {:<21} {}  {} words, {}{}  signatories: {}  {}\n    {}{}",
        s.status.key(),
        s.kind.label(),
        item(s.agenda_item),
        t.word_count,
        limit,
        if t.over_limit { "  OVER LIMIT" } else { "" },
        s.signatories.len(),
        s.id,
        one_line(&s.title),
        mark(s.confidential)
    )
}

pub fn side_event(e: &SideEvent) -> String {
    format!(
        "{} {}–{}  {:<10} {:<15} {}  {}",
        e.date,
        e.start.format("%H:%M"),
        e.end.format("%H:%M"),
        if e.room.is_empty() {
            "(no room)".into()
        } else {
            one_line(&e.room)
        },
        e.status.label(),
        one_line(&e.title),
        e.id
    )
}

/// The today view as text: the session, now and next, then the day's lists.
pub fn today(t: &Today) -> String {
    let clock = t
        .now
        .with_timezone(&hrc_core::geneva::GENEVA)
        .format("%A %-d %B %Y, %H:%M");
    let mut out = vec![format!("{clock} (Geneva)")];
    let Some(s) = &t.session else {
        out.push("No session is running today.".into());
        if let Some(next) = &t.next_session {
            out.push(format!("Next: {} from {}", next.name, next.start_date));
        }
        return out.join("\n");
    };
    out.push(format!(
        "{}{}",
        s.name,
        if t.in_session {
            ""
        } else {
            " (not in session today)"
        }
    ));
    let timed = |m: &TimedMeeting| {
        let when = match m.state {
            MeetingState::Ended => "ended".to_string(),
            MeetingState::Running => match m.ends_in_minutes {
                Some(n) => format!("now, ends in {}", minutes(n)),
                None => "now".to_string(),
            },
            MeetingState::Upcoming => match m.starts_in_minutes {
                Some(n) => format!("in {}", minutes(n)),
                None => "time to be confirmed".to_string(),
            },
        };
        format!("  {}  ({when})", meeting(&m.meeting, &s.hours()))
    };
    out.push("Now:".into());
    if t.current.is_empty() {
        out.push("  No meeting is running.".into());
    }
    out.extend(t.current.iter().map(timed));
    if let Some(next) = &t.next {
        out.push(format!("Next:\n{}", timed(next)));
    }
    out.push("Today's programme:".into());
    if t.meetings.is_empty() {
        out.push("  No meetings today.".into());
    }
    out.extend(t.meetings.iter().map(timed));
    for (title, items, empty) in [
        (
            "My statements today:",
            t.statements.iter().map(statement).collect::<Vec<_>>(),
            "No statements due today.",
        ),
        (
            "Side events today:",
            t.side_events.iter().map(side_event).collect(),
            "No side events today.",
        ),
        (
            "Notes today:",
            t.notes.iter().map(|n| note(n, &[])).collect(),
            "No notes yet today.",
        ),
    ] {
        out.push(title.into());
        if items.is_empty() {
            out.push(format!("  {empty}"));
        }
        out.extend(items.into_iter().map(|i| format!("  {i}")));
    }
    if !t.consultations.is_empty() {
        out.push("Informal consultations today:".into());
        out.extend(
            t.consultations
                .iter()
                .map(|c| format!("  {}", consultation(c, t))),
        );
    }
    out.join("\n")
}

/// "13:30–14:30  Informal consultation on A/HRC/38/L.10  Room XXIII", then what it clashes with:
/// "; clashes with General debate on item 4 (you speak), Defenders (side event)".
fn consultation(c: &hrc_core::domain::consultation::Consultation, t: &Today) -> String {
    let when = match (c.start, c.end) {
        (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
        (Some(s), None) => format!("from {}", s.format("%H:%M")),
        _ => "time to be announced".into(),
    };
    let room = c
        .room
        .as_deref()
        .map(|r| format!("  {}", one_line(r)))
        .unwrap_or_default();
    let mut out = format!("{when}  {}{room}", one_line(&c.title()));
    if let Some(clash) = t
        .consultation_clashes
        .iter()
        .find(|k| k.consultation_id == c.id)
    {
        let with: Vec<String> = clash
            .meetings
            .iter()
            .map(|m| {
                let why: Vec<&str> = m.reasons.iter().map(|r| r.short.as_str()).collect();
                format!("{} ({})", one_line(&m.meeting_title), why.join(", "))
            })
            .chain(
                clash
                    .side_events
                    .iter()
                    .map(|e| format!("{} (side event)", one_line(&e.side_event_title))),
            )
            .collect();
        out.push_str(&format!("; clashes with {}", with.join(", ")));
    }
    out
}

/// "20 min", "1 h 20 min", "4 d 23 h".
fn minutes(m: i64) -> String {
    if m >= 24 * 60 {
        return format!("{} d {} h", m / (24 * 60), m % (24 * 60) / 60);
    }
    match (m / 60, m % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// A note's line: when, id, first line, and the text it is about (found among `texts`).
pub fn note(n: &Note, texts: &[hrc_core::domain::resolution::Resolution]) -> String {
    let when = n
        .taken_at
        .with_timezone(&hrc_core::geneva::GENEVA)
        .format("%Y-%m-%d %H:%M");
    let about = n
        .resolution_id
        .and_then(|id| texts.iter().find(|t| t.id == id))
        .map(|t| format!("  (text: {})", hrc_core::domain::note::text_label(t)))
        .unwrap_or_default();
    format!(
        "{when}  {}  {}{about}{}",
        n.id,
        n.body.lines().next().unwrap_or(""),
        mark(n.confidential)
    )
}

pub fn hit(h: &SearchHit) -> String {
    let snippet: String = h
        .snippet
        .iter()
        .map(|p| {
            if p.hit {
                format!("[{}]", p.text)
            } else {
                p.text.clone()
            }
        })
        .collect::<String>()
        .replace('\n', " ");
    // A delegation belongs to no session: it is in every one.
    let session = match h.session_id {
        Some(_) => h.session_name.as_str(),
        None => "all",
    };
    format!(
        "{:<17} {:<7} {}  {}{}\n    {}",
        h.kind.label(),
        session,
        one_line(&h.title),
        h.id,
        mark(h.confidential),
        snippet
    )
}

pub fn overview(o: &SessionOverview) -> String {
    let whose = match o.session.slot_hours {
        Some(_) => "the session's own",
        None => "the Council's usual hours",
    };
    let mut out = vec![
        session(&o.session),
        format!("Slots: {} ({whose})", slot_hours(&o.session.hours())),
    ];
    let mut section = |title: &str, lines: Vec<String>| {
        out.push(format!("\n{title} ({})", lines.len()));
        out.extend(lines.into_iter().map(|l| format!("  {l}")));
    };
    section("Key issues", o.key_issues.iter().map(key_issue).collect());
    section(
        "Country situations",
        o.situations.iter().map(situation).collect(),
    );
    let hours = o.session.hours();
    section(
        "Programme",
        o.meetings.iter().map(|m| meeting(m, &hours)).collect(),
    );
    section("Statements", o.statements.iter().map(statement).collect());
    section(
        "Side events",
        o.side_events.iter().map(side_event).collect(),
    );
    section(
        "Notes",
        o.notes.iter().map(|n| note(n, &o.resolutions)).collect(),
    );
    out.join("\n")
}

pub fn import(r: &hrc_core::bundle::ImportReport) -> String {
    let mut out = vec![format!(
        "Imported {}: {} added, {} updated, {} unchanged{}",
        r.session.name,
        r.added,
        r.updated,
        r.unchanged,
        if r.merged_organisations > 0 {
            format!(
                ", {} organisations merged with ones already here",
                r.merged_organisations
            )
        } else {
            String::new()
        }
    )];
    if !r.conflicts.is_empty() {
        out.push(format!(
            "{} changed both here and in the bundle; kept as they are here:",
            r.conflicts.len()
        ));
        out.extend(
            r.conflicts
                .iter()
                .map(|c| format!("  {} {}  {}", c.table, c.id, one_line(&c.what))),
        );
    }
    out.join("\n")
}

/// A file size as a person reads it: 812 bytes, 64 KB, 3.4 MB.
fn size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", bytes.div_ceil(1_000)),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0),
    }
}

pub fn backup(b: &Backup) -> String {
    let kind = match b.kind {
        BackupKind::Routine => "",
        BackupKind::BeforeRestore => "  (before a restore)",
    };
    format!(
        "{}  {:>9}  {}{kind}",
        b.taken_at.format("%Y-%m-%d %H:%M:%S UTC"),
        size(b.size_bytes),
        b.path.display()
    )
}

pub fn restored(r: &Restored) -> String {
    let kept = match &r.kept_copy {
        Some(kept) => format!(
            "The database as it was is kept at {0}\n(to go back: hrc --db {1} restore {0})",
            kept.display(),
            r.database.display()
        ),
        None => "There was no database file before, so nothing needed keeping.".to_string(),
    };
    format!(
        "Restored {} from {}\n{kept}",
        r.database.display(),
        r.restored_from.display()
    )
}
