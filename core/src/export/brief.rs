//! The one-page brief on a country situation or a key issue, through the overview's layout: what
//! is at stake, our asks, what is coming (meetings and side events), the documents and texts,
//! those with us and the States to lobby — as Word, HTML and Markdown.
use chrono::{NaiveDate, NaiveTime};

use crate::domain::brief::{is_mine, Ally, Brief, BriefOn};
use crate::domain::choices;
use crate::domain::lobby::LobbyList;
use crate::domain::meeting::numbered;
use crate::domain::resolution::Resolution;
use crate::error::Result;

use super::layout::{documents, item_heading, meeting_time, table, Block, Document, Part};
use super::Section;

choices!(
    /// The formats a brief leaves the laptop in.
    BriefFormat {
        Word = "docx": "Word",
        Html = "html": "Web page",
        Markdown = "md": "Markdown",
    }
);

/// The words of what is at stake a page has room for beside the rest; a longer overview keeps
/// its first paragraphs within them (always the first), and says so.
pub const AT_STAKE_WORDS: usize = 160;
/// The organisations named one by one; the others are counted.
pub const ALLIES_NAMED: usize = 12;

/// The first paragraphs of `markdown` within `words` words (at least the first), and how many
/// paragraphs there were.
pub fn shortened(markdown: &str, words: usize) -> (String, usize, usize) {
    let paragraphs: Vec<&str> = markdown
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut kept = Vec::new();
    let mut count = 0;
    for p in &paragraphs {
        let n = p.split_whitespace().count();
        if !kept.is_empty() && count + n > words {
            break;
        }
        count += n;
        kept.push(*p);
    }
    (kept.join("\n\n"), kept.len(), paragraphs.len())
}

/// "Wed 27 June, morning (09:00–12:00)".
fn when(date: Option<NaiveDate>, time: String) -> String {
    match date {
        Some(d) => format!("{}, {time}", d.format("%a %-d %B")),
        None => time,
    }
}

/// What is coming on the subject, by day: its meetings and its side events.
fn coming(b: &Brief) -> Option<Block> {
    let hours = b.session.hours();
    let mut rows: Vec<(Option<NaiveDate>, Option<NaiveTime>, Vec<String>)> = Vec::new();
    for bm in &b.meetings {
        let m = &bm.meeting;
        let mut what = m.title.clone() + m.contd_mark();
        if let Some(n) = m.number {
            what = format!("{what} ({})", numbered(n));
        }
        let ours = if bm.our_statements.is_empty() {
            String::new()
        } else {
            format!("We speak: {}", bm.our_statements.join("; "))
        };
        rows.push((
            m.date,
            m.start,
            vec![when(m.date, meeting_time(m, &hours)), what, ours],
        ));
    }
    for e in &b.side_events {
        let time = format!("{}–{}", e.start.format("%H:%M"), e.end.format("%H:%M"));
        let room = if e.room.trim().is_empty() {
            String::new()
        } else {
            format!(", {}", e.room.trim())
        };
        rows.push((
            Some(e.date),
            Some(e.start),
            vec![
                when(Some(e.date), time),
                format!("Side event: {}{room}", e.title),
                format!("{}{}", ours(e, &b.my_organisation), e.status.label()),
            ],
        ));
    }
    if rows.is_empty() {
        return None;
    }
    // Days in order, the ones to be announced last.
    rows.sort_by_key(|(d, t, _)| (d.is_none(), *d, *t));
    Some(table(
        &["When (Geneva)", "Meeting", "Our part"],
        rows.into_iter().map(|(_, _, r)| r).collect(),
    ))
}

/// "We organise: " or "We co-sponsor: " when my organisation does, else "".
fn ours(e: &crate::domain::side_event::SideEvent, mine: &str) -> &'static str {
    if e.organisers.iter().any(|o| is_mine(o, mine)) {
        "We organise: "
    } else if e.cosponsor_organisations.iter().any(|o| is_mine(o, mine)) {
        "We co-sponsor: "
    } else {
        ""
    }
}

/// "Joint written statement: Enough is Enough … (Submitted; A/HRC/38/NGO/12)".
fn statement_line(s: &crate::domain::statement::Statement) -> String {
    let mut how = vec![s.status.label().to_string()];
    if let Some(n) = s.agenda_item {
        how.push(format!("item {n}"));
    }
    if !s.document_symbol.trim().is_empty() {
        how.push(s.document_symbol.trim().to_string());
    }
    format!(
        "{}: {} ({})",
        s.kind.label(),
        super::confidential::marked(&s.title, s.confidential),
        how.join("; ")
    )
}

/// "A/HRC/38/L.10 — The human rights situation in … (Tabled; action 6 July, 40th meeting)".
fn text_line(t: &Resolution) -> String {
    let mut line = match t.adopted_symbol.as_ref().or(t.draft_symbol.as_ref()) {
        Some(s) => format!("{s} — {}", t.title),
        None => t.title.clone(),
    };
    let mut how = vec![t.status.label().to_string()];
    if let Some(c) = t.vote.as_ref().and_then(|v| v.counts) {
        how.push(format!("{}–{}–{}", c.in_favour, c.against, c.abstaining));
    }
    if let Some(d) = t.action_date {
        how.push(format!("action {}", d.format("%-d %B")));
    }
    if let Some(n) = t.action_meeting {
        how.push(numbered(n));
    }
    line.push_str(&format!(" ({})", how.join("; ")));
    line
}

/// "A, B (ISHR) … and 12 more (with us on 3 statements and 1 side event)."
fn allies(list: &[Ally]) -> String {
    let named: Vec<String> = list.iter().take(ALLIES_NAMED).map(Ally::display).collect();
    let mut text = named.join(", ");
    if list.len() > ALLIES_NAMED {
        text.push_str(&format!(" and {} more", list.len() - ALLIES_NAMED));
    }
    text.push('.');
    text
}

/// One text's States by where they likely stand, their names only.
fn lobby(list: &LobbyList) -> Vec<Block> {
    let name = list.symbol.clone().unwrap_or_else(|| list.title.clone());
    let votes = list.related.iter().filter(|r| r.lists).count();
    let mut out = vec![Block::Label(format!(
        "On {name} (by co-sponsorship and the votes on {votes} related {}):",
        if votes == 1 { "text" } else { "texts" }
    ))];
    out.push(Block::List(
        list.by_lean()
            .into_iter()
            .filter(|(_, t)| !t.is_empty())
            .map(|(lean, targets)| {
                let names: Vec<&str> = targets.iter().map(|t| t.country_name.as_str()).collect();
                format!("{} ({}): {}", lean.label(), targets.len(), names.join(", "))
            })
            .collect(),
    ));
    out
}

/// The brief as the overview's layout.
pub fn document(b: &Brief) -> Document {
    let s = &b.session;
    let section = match b.on {
        BriefOn::Situation => Section::Situations,
        BriefOn::KeyIssue => Section::KeyIssues,
    };
    let mut facts = vec![(
        "Session".into(),
        format!(
            "{}, {} – {}",
            s.name,
            s.start_date.format("%-d %B"),
            s.end_date.format("%-d %B %Y")
        ),
    )];
    if b.agenda_item.is_some() {
        facts.push(("Agenda".into(), item_heading(b.agenda_item)));
    }
    if let Some(p) = b.priority {
        facts.push(("Priority".into(), p.label().into()));
    }
    if !b.mandates.is_empty() {
        facts.push(("Mandates".into(), b.mandates.join("; ")));
    }
    if b.confidential {
        facts.push((
            super::confidential::MARK.into(),
            super::confidential::NOTICE.into(),
        ));
    }

    let mut parts = Vec::new();
    let mut part = |section: Section, title: &str, blocks: Vec<Block>| {
        parts.push(Part {
            section,
            title: title.into(),
            blocks,
        })
    };
    let (stake, kept, of) = shortened(&b.at_stake, AT_STAKE_WORDS);
    let mut blocks = vec![if stake.is_empty() {
        Block::Text("Not written yet.".into())
    } else {
        Block::Markdown(stake)
    }];
    if kept < of {
        blocks.push(Block::Text(format!(
            "The first {kept} of {of} paragraphs, to keep to one page."
        )));
    }
    part(section, "What is at stake", blocks);
    part(
        section,
        "Our asks",
        vec![if b.asks.trim().is_empty() {
            Block::Text("Not written yet.".into())
        } else {
            Block::Markdown(b.asks.trim().to_string())
        }],
    );
    part(
        Section::Programme,
        "Coming up",
        vec![coming(b).unwrap_or_else(|| {
            Block::Text("No meeting or side event on it in the programme yet.".into())
        })],
    );
    if !b.statements.is_empty() {
        part(
            Section::Statements,
            "Our statements",
            vec![Block::List(
                b.statements.iter().map(statement_line).collect(),
            )],
        );
    }
    let mut papers: Vec<Block> = Vec::new();
    papers.extend(documents("Documents", &b.documents));
    if !b.texts.is_empty() {
        papers.push(Block::Label("Texts:".into()));
        papers.push(Block::List(b.texts.iter().map(text_line).collect()));
    }
    if !papers.is_empty() {
        part(Section::Resolutions, "Documents and texts", papers);
    }
    if !b.allies.is_empty() {
        let statements = b.allies.iter().any(|a| a.statements > 0);
        let events = b.allies.iter().any(|a| a.side_events > 0);
        let how = match (statements, events) {
            (true, true) => "co-signing our statements and co-organising side events",
            (true, false) => "co-signing our statements",
            _ => "co-organising side events",
        };
        part(
            Section::Statements,
            &format!("With us ({} organisations, {how})", b.allies.len()),
            vec![Block::Text(allies(&b.allies))],
        );
    }
    if !b.lobby.is_empty() {
        part(
            Section::Resolutions,
            "States to lobby",
            b.lobby.iter().flat_map(lobby).collect(),
        );
    }
    Document {
        title: format!("{}: brief for {}", b.title, s.name),
        facts,
        parts,
    }
}

/// The overview's page style set for one A4 page: narrower margins, its sections run on (the
/// overview starts each on a new page when printed), the type a little smaller and closer, the
/// headings smaller and in the text's font (LibreOffice otherwise sets them in its own serif).
/// Outside `@media print`, as LibreOffice reads none of its rules; on screen it stays 10 pt.
const ONE_PAGE: &str = r#"/* A one-page brief: sections run on, type and spacing for one A4 page. */
@page { size: A4; margin: 14mm 15mm; }
body { font-size: 10pt; line-height: 1.4; }
h1 { font-size: 17pt; margin-bottom: 0.3rem; }
h2 { font-size: 12.5pt; margin-bottom: 0.4rem; }
h2, h3 { font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
section { margin-top: 1rem; }
.facts { margin-bottom: 0.75rem; }
table { margin: 0.4rem 0 0.6rem; }
@media print { section { break-before: auto; margin-top: 0.8rem; } }
"#;

/// The web page with [`ONE_PAGE`] after the overview's style, so that it wins.
fn one_page(html: &str) -> String {
    match html.find("</style>") {
        Some(at) => format!("{}{ONE_PAGE}{}", &html[..at], &html[at..]),
        None => html.to_string(),
    }
}

/// The brief in `format`, as the file's bytes; Word on A4 with my organisation and the session
/// in its header and the day of the export in its footer.
pub fn render(b: &Brief, format: BriefFormat) -> Result<Vec<u8>> {
    let doc = document(b);
    Ok(match format {
        BriefFormat::Word => {
            let letterhead = super::docx::Letterhead {
                organisation: b.my_organisation.clone(),
                subject: format!("{} — {}", b.title, b.session.name),
                exported: Some(chrono::Local::now().date_naive()),
                page: super::PageSetup::default(),
            };
            super::docx::render(&doc, &letterhead)?
        }
        BriefFormat::Html => one_page(&super::html::render(&doc)).into_bytes(),
        BriefFormat::Markdown => super::markdown::render(&doc).into_bytes(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_overview_keeps_its_first_paragraphs_within_the_words() {
        let text = "one two three\n\nfour five\n\nsix seven eight nine";
        assert_eq!(
            shortened(text, 5),
            ("one two three\n\nfour five".into(), 2, 3)
        );
        assert_eq!(shortened(text, 2), ("one two three".into(), 1, 3));
        assert_eq!(shortened(text, 100).1, 3);
        assert_eq!(shortened("", 10), (String::new(), 0, 0));
    }
}
