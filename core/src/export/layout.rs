//! The session overview's layout, built once from a stored session and shared by every format:
//! a title, facts about the session, then sections of headings, text, lists and tables.
use crate::domain::document::url_of;
use crate::domain::meeting::{numbered, time_words, Meeting, MeetingStatus};
use crate::domain::organisation::Organisation;
use crate::domain::overview::SessionOverview;
use crate::domain::session::SlotHours;
use crate::domain::source::Source;
use crate::domain::statement::Statement;
use crate::geneva::GENEVA;
use crate::reference::agenda;

use super::confidential::marked;
use super::Section;

/// One piece of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading inside a section (level 3 and below).
    Heading(String),
    /// Plain text, written by the app (escaped by every renderer).
    Text(String),
    /// A label that introduces what follows it ("Our asks:"), kept on its page in Word.
    Label(String),
    /// Markdown a person wrote (rendered, and sanitised where the format can carry HTML).
    Markdown(String),
    /// Plain-text list items.
    List(Vec<String>),
    /// A table of plain text.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Web links under a label ("Sources"): each title opens its http or https address
    /// (checked when stored), or shows it where the format has no links.
    Links { label: String, links: Vec<Source> },
}

/// A record's sources as a block, when it has any.
fn sources(label: &str, sources: &[Source]) -> Option<Block> {
    (!sources.is_empty()).then(|| Block::Links {
        label: label.into(),
        links: sources.to_vec(),
    })
}

/// Documents by symbol as a block of links to their pages on the UN's document system, when
/// there are any.
pub(super) fn documents(label: &str, symbols: &[String]) -> Option<Block> {
    (!symbols.is_empty()).then(|| Block::Links {
        label: label.into(),
        links: symbols
            .iter()
            .map(|s| Source {
                title: s.clone(),
                url: url_of(s),
            })
            .collect(),
    })
}

/// A titled part of the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub section: Section,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The whole overview, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    /// Label/value facts shown under the title: dates, venue.
    pub facts: Vec<(String, String)>,
    pub parts: Vec<Part>,
}

pub(super) fn item_heading(n: Option<u8>) -> String {
    match n.and_then(|n| agenda::title(n).map(|t| (n, t))) {
        Some((n, t)) => format!("Item {n}: {t}"),
        None => "Not assigned to an agenda item".to_string(),
    }
}

pub(super) fn item_short(n: Option<u8>) -> String {
    n.map(|n| format!("Item {n}")).unwrap_or_else(|| "—".into())
}

fn mmss(s: u32) -> String {
    format!("{}:{:02}", s / 60, s % 60)
}

/// "1:12 of 1:30" or "727 of 2,000 words", with "over limit" when it is.
pub fn length_against_limit(s: &Statement) -> String {
    let t = &s.timing;
    let base = match (t.limit_seconds, t.limit_words) {
        (Some(l), _) => format!("{} of {}", mmss(t.estimated_seconds), mmss(l)),
        (_, Some(l)) => format!("{} of {} words", thousands(t.word_count), thousands(l)),
        _ => format!("{} words", thousands(t.word_count)),
    };
    if t.over_limit {
        format!("{base} (over limit)")
    } else {
        base
    }
}

fn thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub(super) fn long_date(d: chrono::NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// Builds the overview of `o` with the chosen sections, in their fixed order.
pub fn build(o: &SessionOverview, sections: &[Section]) -> Document {
    let s = &o.session;
    let mut doc = Document {
        title: format!("{}: {}", s.name, s.title),
        facts: vec![
            (
                "Dates".into(),
                format!(
                    "{} – {}",
                    s.start_date.format("%-d %B %Y"),
                    s.end_date.format("%-d %B %Y")
                ),
            ),
            ("Venue".into(), s.venue.clone()),
        ],
        parts: Vec::new(),
    };
    if super::confidential::shown(o, sections) {
        doc.facts.push((
            super::confidential::MARK.into(),
            super::confidential::NOTICE.into(),
        ));
    }
    for &section in Section::ALL.iter().filter(|x| sections.contains(x)) {
        let blocks = match section {
            Section::KeyIssues => key_issues(o),
            Section::Situations => situations(o),
            Section::Programme => programme(o),
            Section::Statements => statements(o),
            Section::StatementTexts => statement_texts(o),
            Section::Signatories => signatory_lists(o),
            Section::SideEvents => side_events(o),
            Section::Resolutions => super::texts::resolutions(o),
            Section::Notes => notes(o),
        };
        doc.parts.push(Part {
            section,
            title: section.label().into(),
            blocks,
        });
    }
    doc
}

fn key_issues(o: &SessionOverview) -> Vec<Block> {
    if o.key_issues.is_empty() {
        return vec![Block::Text("No key issues recorded.".into())];
    }
    let mut out = Vec::new();
    for k in &o.key_issues {
        out.push(Block::Heading(marked(&k.title, k.confidential)));
        if k.agenda_item.is_some() {
            out.push(Block::Text(item_heading(k.agenda_item)));
        }
        if !k.overview.trim().is_empty() {
            out.push(Block::Markdown(k.overview.clone()));
        }
        if !k.asks.trim().is_empty() {
            out.push(Block::Label("Our asks:".into()));
            out.push(Block::Markdown(k.asks.clone()));
        }
        out.extend(documents("Documents", &k.documents));
        out.extend(sources("Sources", &k.sources));
    }
    out
}

fn situations(o: &SessionOverview) -> Vec<Block> {
    if o.situations.is_empty() {
        return vec![Block::Text("No country situations recorded.".into())];
    }
    let mut out = Vec::new();
    let mut current: Option<Option<u8>> = None;
    for s in &o.situations {
        if current != Some(s.agenda_item) {
            current = Some(s.agenda_item);
            out.push(Block::Heading(item_heading(s.agenda_item)));
        }
        let mut line = marked(
            &format!("{} ({})", s.country_name, s.country_code),
            s.confidential,
        );
        // Its mandates; else what was typed as its mechanism before mandates were records.
        if !s.mandates.is_empty() {
            line.push_str(&format!(" — {}", s.mandates.join("; ")));
        } else if !s.mechanism.is_empty() {
            line.push_str(&format!(" — {}", s.mechanism));
        }
        line.push_str(&format!(
            " — {} priority",
            s.priority.label().to_lowercase()
        ));
        out.push(Block::Text(line));
        if !s.summary.trim().is_empty() {
            out.push(Block::Markdown(s.summary.clone()));
        }
        if !s.asks.trim().is_empty() {
            out.push(Block::Label("Our asks:".into()));
            out.push(Block::Markdown(s.asks.clone()));
        }
        out.extend(documents("Documents", &s.documents));
        out.extend(sources("Sources", &s.sources));
    }
    out
}

fn programme(o: &SessionOverview) -> Vec<Block> {
    if o.meetings.is_empty() {
        return vec![Block::Text("No meetings in the programme.".into())];
    }
    let mut out = vec![Block::Text(
        "Times are Geneva time; the schedule rolls and times are estimates.".into(),
    )];
    const HEADER: [&str; 5] = ["Time", "Meeting", "Kind", "Items", "Room"];
    let heading = |d: Option<chrono::NaiveDate>| match d {
        Some(d) => long_date(d),
        None => "Date to be announced".into(),
    };
    let mut day: Option<Option<chrono::NaiveDate>> = None;
    let mut rows = Vec::new();
    // The day's meetings' documents and sources, under its table.
    let mut links = Vec::new();
    for m in &o.meetings {
        if day != Some(m.date) {
            if let Some(d) = day {
                out.push(Block::Heading(heading(d)));
                out.push(table(&HEADER, std::mem::take(&mut rows)));
                out.append(&mut links);
            }
            day = Some(m.date);
        }
        links.extend(documents(
            &format!("Documents for {}", m.title),
            &m.documents,
        ));
        links.extend(sources(&format!("Sources for {}", m.title), &m.sources));
        rows.push(vec![
            meeting_time(m, &o.session.hours()),
            meeting_title(o, m),
            m.kind.label().into(),
            items_short(&m.agenda_items),
            m.room.clone().unwrap_or_else(|| "not yet known".into()),
        ]);
    }
    if let Some(d) = day {
        out.push(Block::Heading(heading(d)));
        out.push(table(&HEADER, rows));
        out.append(&mut links);
    }
    out
}

/// A meeting's time in words, its status when it is not simply scheduled, and where it was
/// before it moved.
pub(super) fn meeting_time(m: &Meeting, hours: &SlotHours) -> String {
    let mut words = time_words(&m.when(), hours);
    if !matches!(m.status, MeetingStatus::Scheduled) {
        words = format!("{words} — {}", m.status.label().to_lowercase());
    }
    if let Some(was) = &m.moved_from {
        let day = was
            .date
            .map(|d| format!("{} ", d.format("%-d %b")))
            .unwrap_or_default();
        words = format!("{words} (was {day}{})", time_words(was, hours));
    }
    words
}

/// A meeting's title with its number, "cont'd", its cluster, the mandates presenting and the
/// documents taken up.
fn meeting_title(o: &SessionOverview, m: &Meeting) -> String {
    let title = m.title.clone() + m.contd_mark();
    let mut more = vec![];
    if let Some(n) = m.number {
        more.push(numbered(n));
    }
    if let Some(lead) = m
        .cluster_id
        .and_then(|id| o.meetings.iter().find(|x| x.id == id))
    {
        more.push(format!("clustered with {}", lead.title));
    }
    if !m.mandates.is_empty() {
        more.push(m.mandates.join("; "));
    }
    if more.is_empty() {
        title
    } else {
        format!("{title} ({})", more.join(" · "))
    }
}

/// "Item 3", "Items 1, 2", or "—".
fn items_short(items: &[u8]) -> String {
    match items {
        [] => "—".into(),
        [one] => format!("Item {one}"),
        many => format!(
            "Items {}",
            many.iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub(super) fn table(header: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table {
        header: header.iter().map(|h| h.to_string()).collect(),
        rows,
    }
}

fn statements(o: &SessionOverview) -> Vec<Block> {
    if o.statements.is_empty() {
        return vec![Block::Text("No statements planned.".into())];
    }
    let rows = o
        .statements
        .iter()
        .map(|s| {
            let meeting = s
                .meeting_id
                .and_then(|id| o.meetings.iter().find(|m| m.id == id));
            vec![
                marked(&s.title, s.confidential),
                s.kind.label().into(),
                statement_meeting(s, meeting),
                statement_date(s, meeting),
                s.status.label().into(),
                if s.speaker.is_empty() {
                    "—".into()
                } else {
                    s.speaker.clone()
                },
                length_against_limit(s),
                signatories(&s.signatories),
            ]
        })
        .collect();
    vec![table(
        &[
            "Statement",
            "Kind",
            "Meeting",
            "Date",
            "Status",
            "Speaker",
            "Length",
            "Signatories",
        ],
        rows,
    )]
}

/// Each statement's full text under its title, meeting and length (an option: drafts, often).
fn statement_texts(o: &SessionOverview) -> Vec<Block> {
    let written: Vec<&Statement> = o
        .statements
        .iter()
        .filter(|s| !s.text.trim().is_empty())
        .collect();
    if written.is_empty() {
        return vec![Block::Text("No statement has a text yet.".into())];
    }
    let mut out = Vec::new();
    for s in written {
        let meeting = s
            .meeting_id
            .and_then(|id| o.meetings.iter().find(|m| m.id == id));
        out.push(Block::Heading(marked(&s.title, s.confidential)));
        out.push(Block::Text(format!(
            "{} · {} · {} · {}",
            s.kind.label(),
            statement_meeting(s, meeting),
            s.status.label(),
            length_against_limit(s)
        )));
        out.push(Block::Markdown(s.text.clone()));
    }
    out
}

/// Each joint statement's signatories in full, in their order (an option: the statements
/// table names the first three).
fn signatory_lists(o: &SessionOverview) -> Vec<Block> {
    let signed: Vec<&Statement> = o
        .statements
        .iter()
        .filter(|s| !s.signatories.is_empty())
        .collect();
    if signed.is_empty() {
        return vec![Block::Text("No statement has signatories yet.".into())];
    }
    let mut out = Vec::new();
    for s in signed {
        let n = s.signatories.len();
        out.push(Block::Heading(format!(
            "{} ({n} organisation{})",
            marked(&s.title, s.confidential),
            if n == 1 { "" } else { "s" }
        )));
        out.push(Block::List(
            s.signatories.iter().map(organisation).collect(),
        ));
    }
    out
}

/// The meeting a statement is for, by title and number ("General debate on item 4 (21st
/// meeting)"), else its agenda item.
fn statement_meeting(s: &Statement, meeting: Option<&Meeting>) -> String {
    match meeting {
        Some(m) => match m.number {
            Some(n) => format!("{}{} ({})", m.title, m.contd_mark(), numbered(n)),
            None => format!("{}{}", m.title, m.contd_mark()),
        },
        None => item_short(s.agenda_item),
    }
}

/// The day a statement was delivered (Geneva), else its meeting's day: "Wed 27 Jun".
fn statement_date(s: &Statement, meeting: Option<&Meeting>) -> String {
    s.delivered_at
        .map(|at| at.with_timezone(&GENEVA).date_naive())
        .or(meeting.and_then(|m| m.date))
        .map(|d| d.format("%a %-d %b").to_string())
        .unwrap_or_else(|| "—".into())
}

/// An organisation as its name with its acronym: "Human Rights Concern – Eritrea (HRCE)".
pub(super) fn organisation(org: &Organisation) -> String {
    if org.acronym.is_empty() {
        org.name.clone()
    } else {
        format!("{} ({})", org.name, org.acronym)
    }
}

/// A statement's signatories in a table's cell: the first three by acronym (else name), then
/// how many more — "ISHR; CIHRS; FIDH; and 82 more" — or "—".
fn signatories(orgs: &[Organisation]) -> String {
    if orgs.is_empty() {
        return "—".into();
    }
    let shown: Vec<&str> = orgs
        .iter()
        .take(3)
        .map(|o| {
            if o.acronym.is_empty() {
                o.name.as_str()
            } else {
                o.acronym.as_str()
            }
        })
        .collect();
    match orgs.len() - shown.len() {
        0 => shown.join("; "),
        more => format!("{}; and {more} more", shown.join("; ")),
    }
}

fn side_events(o: &SessionOverview) -> Vec<Block> {
    if o.side_events.is_empty() {
        return vec![Block::Text("No side events.".into())];
    }
    let mut out = Vec::new();
    for e in &o.side_events {
        out.push(Block::Heading(e.title.clone()));
        let mut facts = vec![format!(
            "{}, {}–{}{}",
            long_date(e.date),
            e.start.format("%H:%M"),
            e.end.format("%H:%M"),
            if e.room.is_empty() {
                String::new()
            } else {
                format!(", {}", e.room)
            }
        )];
        facts.push(format!("Status: {}", e.status.label()));
        let names =
            |orgs: &[Organisation]| orgs.iter().map(organisation).collect::<Vec<_>>().join("; ");
        if !e.organisers.is_empty() {
            facts.push(format!("Organisers: {}", names(&e.organisers)));
        }
        let mut cosponsors: Vec<String> =
            e.cosponsor_states.iter().map(|c| c.name.clone()).collect();
        cosponsors.extend(e.cosponsor_organisations.iter().map(organisation));
        if !cosponsors.is_empty() {
            facts.push(format!("Co-sponsors: {}", cosponsors.join("; ")));
        }
        if !e.speakers.is_empty() {
            facts.push(format!("Speakers: {}", e.speakers.join("; ")));
        }
        out.push(Block::List(facts));
        if !e.description.trim().is_empty() {
            out.push(Block::Markdown(e.description.clone()));
        }
        out.extend(sources("Sources", &e.sources));
    }
    out
}

fn notes(o: &SessionOverview) -> Vec<Block> {
    if o.notes.is_empty() {
        return vec![Block::Text("No notes.".into())];
    }
    let mut notes = o.notes.clone();
    notes.sort_by_key(|n| (n.taken_at, n.id));
    let mut out = Vec::new();
    for n in notes {
        let when = n
            .taken_at
            .with_timezone(&GENEVA)
            .format("%A %-d %B %Y, %H:%M");
        let meeting = n
            .meeting_id
            .and_then(|id| o.meetings.iter().find(|m| m.id == id))
            .map(|m| format!(" — {}", m.title))
            .unwrap_or_default();
        // The text it is about, by symbol and title (`note::text_label`, as the command line says it).
        let text = n
            .resolution_id
            .and_then(|id| o.resolutions.iter().find(|r| r.id == id))
            .map(|r| format!(" — {}", crate::domain::note::text_label(r)))
            .unwrap_or_default();
        out.push(Block::Heading(marked(
            &format!("{when}{meeting}{text}"),
            n.confidential,
        )));
        out.push(Block::Markdown(n.body.clone()));
        out.extend(sources("Sources", &n.sources));
    }
    out
}
