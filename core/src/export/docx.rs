//! The session overview as a Word document (.docx) with real Heading 1/2/3 styles (so Word's
//! navigation pane works), bulleted lists and tables; what a person wrote in Markdown becomes
//! paragraphs with bold, italic and bullets.
use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, Docx, Hyperlink, HyperlinkType, IndentLevel, Level, LevelJc, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, Run, SpecialIndentType, Start, Style,
    StyleType, Table, TableCell, TableRow, WidthType,
};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::layout::{Block, Document};
use crate::error::{Error, Result};

const BULLETS: usize = 1;

fn styles(docx: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .outline_lvl(level)
    };
    docx.add_style(
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .size(21),
    )
    .add_style(heading("Title", "Title", 40, 0))
    .add_style(heading("Heading1", "heading 1", 32, 0).color("1D5A93"))
    .add_style(heading("Heading2", "heading 2", 26, 1))
    .add_style(heading("Heading3", "heading 3", 22, 2))
    .add_abstract_numbering(
        AbstractNumbering::new(BULLETS).add_level(
            Level::new(
                0,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new("•"),
                LevelJc::new("left"),
            )
            .indent(Some(720), Some(SpecialIndentType::Hanging(360)), None, None),
        ),
    )
    .add_numbering(Numbering::new(BULLETS, BULLETS))
}

fn text(style: &str, s: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(s))
}

fn bullet(p: Paragraph) -> Paragraph {
    p.numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
}

/// Turns Markdown a person wrote into Word paragraphs: bold, italic, bullets, links as "text (url)".
fn markdown(source: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut para: Option<Paragraph> = None;
    let (mut bold, mut italic, mut in_item) = (0, 0, 0);
    let mut link: Option<String> = None;
    let start = |in_item: i32| {
        let p = Paragraph::new().style("Normal");
        if in_item > 0 {
            bullet(p)
        } else {
            p
        }
    };
    for event in Parser::new(source) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_)) => {
                if let Some(p) = para.take() {
                    out.push(p);
                }
                para = Some(start(in_item));
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Item,
            ) => {
                if let Some(p) = para.take() {
                    out.push(p);
                }
                if matches!(event, Event::End(TagEnd::Item)) {
                    in_item -= 1;
                }
            }
            Event::Start(Tag::Item) => {
                if let Some(p) = para.take() {
                    out.push(p);
                }
                in_item += 1;
                para = Some(start(in_item));
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold -= 1,
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic -= 1,
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take() {
                    let p = para.take().unwrap_or_else(|| start(in_item));
                    para = Some(p.add_run(Run::new().add_text(format!(" ({url})"))));
                }
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                let mut run = Run::new().add_text(t.to_string());
                if bold > 0 {
                    run = run.bold();
                }
                if italic > 0 {
                    run = run.italic();
                }
                let p = para.take().unwrap_or_else(|| start(in_item));
                para = Some(p.add_run(run));
            }
            Event::SoftBreak => {
                let p = para.take().unwrap_or_else(|| start(in_item));
                para = Some(p.add_run(Run::new().add_text(" ")));
            }
            Event::HardBreak => {
                let p = para.take().unwrap_or_else(|| start(in_item));
                para = Some(p.add_run(Run::new().add_break(docx_rs::BreakType::TextWrapping)));
            }
            _ => {}
        }
    }
    if let Some(p) = para {
        out.push(p);
    }
    out
}

/// A paragraph whose text is a link to `url` (a Word hyperlink, opened by a click or
/// Ctrl+click), written blue and underlined as Word writes links.
fn hyperlink(title: &str, url: &str) -> Paragraph {
    Paragraph::new().style("Normal").add_hyperlink(
        Hyperlink::new(url, HyperlinkType::External).add_run(
            Run::new()
                .add_text(title)
                .color("0563C1")
                .underline("single"),
        ),
    )
}

fn table(header: &[String], rows: &[Vec<String>]) -> Table {
    let cell = |s: &str, bold: bool| {
        let run = Run::new().add_text(s);
        TableCell::new().add_paragraph(Paragraph::new().style("Normal").add_run(if bold {
            run.bold()
        } else {
            run
        }))
    };
    let mut all = vec![TableRow::new(
        header.iter().map(|h| cell(h, true)).collect(),
    )];
    all.extend(
        rows.iter()
            .map(|r| TableRow::new(r.iter().map(|c| cell(c, false)).collect())),
    );
    Table::new(all).width(5000, WidthType::Pct)
}

/// Renders the overview as a .docx file.
pub fn render(doc: &Document) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    word(doc)
        .build()
        .pack(Cursor::new(&mut bytes))
        .map_err(|e| {
            Error::Io(std::io::Error::other(format!(
                "could not write the Word document: {e}"
            )))
        })?;
    Ok(bytes)
}

/// The overview as a Word document, before it is packed into its file.
fn word(doc: &Document) -> Docx {
    let mut docx = styles(Docx::new()).add_paragraph(text("Title", &doc.title));
    for (label, value) in &doc.facts {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Normal")
                .add_run(Run::new().add_text(format!("{label}: ")).bold())
                .add_run(Run::new().add_text(value)),
        );
    }
    for part in &doc.parts {
        docx = docx.add_paragraph(text("Heading1", &part.title));
        for block in &part.blocks {
            match block {
                Block::Heading(t) => docx = docx.add_paragraph(text("Heading2", t)),
                Block::Text(t) => docx = docx.add_paragraph(text("Normal", t)),
                Block::Markdown(source) => {
                    for p in markdown(source) {
                        docx = docx.add_paragraph(p);
                    }
                }
                Block::List(items) => {
                    for item in items {
                        docx = docx.add_paragraph(bullet(text("Normal", item)));
                    }
                }
                Block::Table { header, rows } => docx = docx.add_table(table(header, rows)),
                Block::Links { label, links } => {
                    docx = docx.add_paragraph(text("Normal", &format!("{label}:")));
                    for link in links {
                        docx = docx.add_paragraph(bullet(hyperlink(&link.title, &link.url)));
                    }
                }
            }
        }
    }
    docx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::source::Source;
    use crate::export::layout::{Block, Part};
    use crate::export::Section;

    #[test]
    fn sources_are_word_hyperlinks_to_their_addresses() {
        let doc = Document {
            title: "HRC38".into(),
            facts: vec![],
            parts: vec![Part {
                section: Section::KeyIssues,
                title: "Key issues".into(),
                blocks: vec![Block::Links {
                    label: "Sources".into(),
                    links: vec![Source {
                        title: "Report <A/HRC/38/44>".into(),
                        url: "https://undocs.org/A/HRC/38/44?a=1&b=2".into(),
                    }],
                }],
            }],
        };
        let xml = word(&doc).build();
        let document = String::from_utf8(xml.document).unwrap();
        let rels = String::from_utf8(xml.document_rels).unwrap();
        assert!(
            document.contains("<w:hyperlink r:id=\"rIdHyperlink"),
            "{document}"
        );
        assert!(
            document.contains("Report &lt;A/HRC/38/44&gt;"),
            "{document}"
        );
        assert!(
            rels.contains(
                "Target=\"https://undocs.org/A/HRC/38/44?a=1&amp;b=2\" TargetMode=\"External\""
            ),
            "{rels}"
        );
        assert!(render(&doc).unwrap().starts_with(b"PK"));
    }
}
