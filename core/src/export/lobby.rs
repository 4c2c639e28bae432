//! The one-page target list for a text (whom to lobby): the States likely yes, swing and likely
//! no, each with why, its votes on the related texts and my notes on its delegation, then the
//! related texts and the rule — as Word, HTML and Markdown through the overview's layout, and
//! as CSV for a spreadsheet.
use crate::domain::choices;
use crate::domain::lobby::{LobbyList, LobbyTarget, StatePart};
use crate::domain::resolution::SponsorRole;
use crate::error::{Error, Result};
use crate::{Store, Uuid};

use super::layout::{Block, Document, Part};
use super::Section;

choices!(
    /// The formats a target list leaves the laptop in.
    LobbyFormat {
        Word = "docx": "Word",
        Html = "html": "Web page",
        Markdown = "md": "Markdown",
        Csv = "csv": "CSV",
    }
);

/// "Main sponsor", "Co-sponsor", or the related texts it presented, or "".
fn presenting(t: &LobbyTarget) -> String {
    match (t.sponsor, t.cosponsored_related.len()) {
        (Some(SponsorRole::Main), _) => "Main sponsor".into(),
        (Some(SponsorRole::Co), _) => "Co-sponsor".into(),
        (None, 0) => String::new(),
        (None, n) => format!("{n} related"),
    }
}

/// My notes on its delegation in one cell: contacts, then notes.
fn delegation(t: &LobbyTarget) -> String {
    [t.delegation_contacts.trim(), t.delegation_notes.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" — ")
}

/// The target list as the overview's layout: one table per group, the related texts, the rule.
pub fn document(list: &LobbyList) -> Document {
    let name = match &list.symbol {
        Some(s) => format!("{s}: {}", list.title),
        None => list.title.clone(),
    };
    let mut parts = Vec::new();
    if !list.members_entered {
        parts.push(Part {
            section: Section::Resolutions,
            title: "No members entered".into(),
            blocks: vec![Block::Text(format!(
                "The members of the Council in {} are not entered, so there is nobody to sort \
                 (hrc membership set, or the Resolutions screen).",
                list.session
            ))],
        });
    }
    for (lean, targets) in list.by_lean() {
        if targets.is_empty() {
            continue;
        }
        parts.push(Part {
            section: Section::Resolutions,
            title: format!("{} ({})", lean.label(), targets.len()),
            blocks: vec![Block::Table {
                header: ["State", "Group", "Why", "Presenting", "Delegation"]
                    .map(String::from)
                    .to_vec(),
                rows: targets
                    .iter()
                    .map(|t| {
                        vec![
                            t.country_name.clone(),
                            t.group.label().into(),
                            t.reason.clone(),
                            presenting(t),
                            delegation(t),
                        ]
                    })
                    .collect(),
            }],
        });
    }
    let related: Vec<String> = list
        .related
        .iter()
        .map(|r| {
            let how: Vec<&str> = r.relations.iter().map(|x| x.label()).collect();
            let vote = match (r.outcome, r.counts) {
                (Some(o), Some(c)) => format!(
                    "{} {}–{}–{}{}",
                    o.label(),
                    c.in_favour,
                    c.against,
                    c.abstaining,
                    if r.lists { "" } else { " (counts only)" }
                ),
                (Some(o), None) => o.label().into(),
                (None, _) => "no vote recorded".into(),
            };
            format!("{} — {} ({}; {vote})", r.name(), r.title, how.join(", "))
        })
        .collect();
    parts.push(Part {
        section: Section::Resolutions,
        title: "Related texts".into(),
        blocks: vec![if related.is_empty() {
            Block::Text(
                "None of an earlier session: no State has a record on related texts.".into(),
            )
        } else {
            Block::List(related)
        }],
    });
    parts.push(Part {
        section: Section::Resolutions,
        title: "How the lists are made".into(),
        blocks: vec![Block::Text(list.rule.clone())],
    });
    Document {
        title: format!("Whom to lobby: {name}"),
        facts: vec![
            ("Session".into(), list.session.clone()),
            (
                "States".into(),
                format!(
                    "{} likely yes, {} swing, {} likely no",
                    list.likely_yes.len(),
                    list.swing.len(),
                    list.likely_no.len()
                ),
            ),
        ],
        parts,
    }
}

/// The target list as CSV: one row per State, in the order of the groups.
pub fn csv(list: &LobbyList) -> Result<String> {
    let error = |e: ::csv::Error| Error::Io(std::io::Error::other(e.to_string()));
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record([
        "Lean",
        "State",
        "Code",
        "Group",
        "Why",
        "Presenting",
        "In favour",
        "Against",
        "Abstaining",
        "Absent",
        "Delegation contacts",
        "Delegation notes",
    ])
    .map_err(error)?;
    for (lean, targets) in list.by_lean() {
        for t in targets {
            let cells = [
                lean.label().to_string(),
                t.country_name.clone(),
                t.country_code.clone(),
                t.group.label().into(),
                t.reason.clone(),
                presenting(t),
                t.count(StatePart::InFavour).to_string(),
                t.count(StatePart::Against).to_string(),
                t.count(StatePart::Abstaining).to_string(),
                t.count(StatePart::Absent).to_string(),
                t.delegation_contacts.clone(),
                t.delegation_notes.clone(),
            ];
            w.write_record(cells.map(super::csv::cell)).map_err(error)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

/// The target list for the text `resolution_id` in `format`, as the file's bytes; as Word, with
/// my organisation (from the settings) in its header, as the overview's.
pub fn export(store: &Store, resolution_id: Uuid, format: LobbyFormat) -> Result<Vec<u8>> {
    // A text related only through a confidential situation or key issue stays out of the file.
    let list = store.lobby_choosing(resolution_id, false)?;
    let organisation = match format {
        LobbyFormat::Word => store.settings()?.my_organisation,
        _ => String::new(),
    };
    render(&list, format, &organisation)
}

/// The target list in `format`, as the file's bytes; Word on A4 with `organisation`, the text and
/// its session in the header ("ISHR · Whom to lobby: A/HRC/38/L.10 — HRC38") and a footer with
/// "Page x of y" and the day of the export.
pub fn render(list: &LobbyList, format: LobbyFormat, organisation: &str) -> Result<Vec<u8>> {
    Ok(match format {
        LobbyFormat::Word => {
            let doc = document(list);
            let text = list.symbol.as_deref().unwrap_or(&list.title);
            let letterhead = super::docx::Letterhead {
                organisation: organisation.to_string(),
                subject: format!("Whom to lobby: {text} — {}", list.session),
                exported: Some(chrono::Local::now().date_naive()),
                page: super::PageSetup::default(),
            };
            super::docx::render(&doc, &letterhead)?
        }
        LobbyFormat::Html => super::html::render(&document(list)).into_bytes(),
        LobbyFormat::Markdown => super::markdown::render(&document(list)).into_bytes(),
        LobbyFormat::Csv => csv(list)?.into_bytes(),
    })
}
