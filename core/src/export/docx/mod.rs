//! The overview's layout as a Word document (.docx), as a briefing made by hand would be: real
//! Heading 1/2/3 styles (so Word's navigation pane works) in one font set, lists of their own,
//! tables fitted to their content, labels kept with what they introduce, and pages with a
//! header and a "Page x of y" footer; what a person wrote in Markdown becomes paragraphs with
//! bold, italic and lists.
mod letterhead;
mod markdown;
mod numbering;
mod styles;
mod tables;

use std::io::Cursor;

use docx_rs::{Docx, Hyperlink, HyperlinkType, LineSpacing, Paragraph, Run};

pub use letterhead::Letterhead;
use numbering::Lists;
use styles::{HEADING1, HEADING2, LINK, LIST, NORMAL, TITLE};
/// Column widths fitted to their content, shared with the web page's tables.
pub(crate) use tables::column_widths;

use super::layout::{Block, Document};
use crate::error::{Error, Result};

fn text(style: &str, s: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(s))
}

/// A paragraph whose text is a link to `url` (a Word hyperlink, opened by a click or
/// Ctrl+click), written blue and underlined as Word writes links.
fn hyperlink(title: &str, url: &str) -> Paragraph {
    Paragraph::new().style(LIST).add_hyperlink(
        Hyperlink::new(url, HyperlinkType::External)
            .add_run(Run::new().add_text(title).color(LINK).underline("single")),
    )
}

/// A label ("Our asks:", "Sources:") in bold, a little apart from what comes before it and kept
/// on the page of what it introduces.
fn label(s: &str) -> Paragraph {
    Paragraph::new()
        .style(NORMAL)
        .keep_next(true)
        .line_spacing(LineSpacing::new().before(120).after(60))
        .add_run(Run::new().add_text(s).bold())
}

/// The last item of a list, as far from what follows as a paragraph is.
fn ends_list(p: Paragraph) -> Paragraph {
    p.line_spacing(LineSpacing::new().after(160))
}

/// Renders the document as a .docx file, on the page `letterhead` sets.
pub fn render(doc: &Document, letterhead: &Letterhead) -> Result<Vec<u8>> {
    let mut xml = word(doc, letterhead).build();
    // Fonts with what stands in for them, and header rows repeated: beyond docx-rs's own.
    xml.font_table = styles::font_table();
    xml.document = tables::repeat_header_rows(&xml.document);
    let mut bytes = Vec::new();
    xml.pack(Cursor::new(&mut bytes)).map_err(|e| {
        Error::Io(std::io::Error::other(format!(
            "could not write the Word document: {e}"
        )))
    })?;
    Ok(bytes)
}

/// The document in Word, before it is packed into its file.
fn word(doc: &Document, letterhead: &Letterhead) -> Docx {
    let mut lists = Lists::new();
    let table_width = letterhead.text_width();
    let mut docx = letterhead
        .add_to(styles::add(Docx::new()))
        .add_paragraph(text(TITLE, &doc.title).keep_next(true));
    if letterhead.page.confidential {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style(NORMAL)
                .add_run(Run::new().add_text("Confidential").bold().color("B00020")),
        );
    }
    for (i, (label, value)) in doc.facts.iter().enumerate() {
        let last = i + 1 == doc.facts.len();
        docx = docx.add_paragraph(
            Paragraph::new()
                .style(NORMAL)
                .line_spacing(LineSpacing::new().after(if last { 240 } else { 0 }))
                .add_run(Run::new().add_text(format!("{label}: ")).bold())
                .add_run(Run::new().add_text(value)),
        );
    }
    for part in &doc.parts {
        docx = docx.add_paragraph(text(HEADING1, &part.title).keep_next(true));
        for block in &part.blocks {
            match block {
                Block::Heading(t) => docx = docx.add_paragraph(text(HEADING2, t).keep_next(true)),
                Block::Text(t) => docx = docx.add_paragraph(text(NORMAL, t)),
                Block::Label(t) => docx = docx.add_paragraph(label(t)),
                Block::Markdown(source) => {
                    for p in markdown::paragraphs(source, &mut lists) {
                        docx = docx.add_paragraph(p);
                    }
                }
                Block::List(items) => {
                    let list = lists.bulleted();
                    for (i, item) in items.iter().enumerate() {
                        let p = list.item(text(LIST, item), 0);
                        docx = docx.add_paragraph(if i + 1 == items.len() {
                            ends_list(p)
                        } else {
                            p
                        });
                    }
                }
                Block::Table { header, rows } => {
                    docx = docx.add_table(tables::table(header, rows, table_width))
                }
                Block::Links { label: l, links } => {
                    docx = docx.add_paragraph(label(&format!("{l}:")));
                    let list = lists.bulleted();
                    for (i, link) in links.iter().enumerate() {
                        let p = list.item(hyperlink(&link.title, &link.url), 0);
                        docx = docx.add_paragraph(if i + 1 == links.len() {
                            ends_list(p)
                        } else {
                            p
                        });
                    }
                }
            }
        }
    }
    lists.add_to(docx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::source::Source;
    use crate::export::layout::{Block, Part};
    use crate::export::page::{PageSetup, Paper};
    use crate::export::Section;

    fn letterhead() -> Letterhead {
        Letterhead {
            organisation: "ISHR".into(),
            subject: "HRC38".into(),
            exported: chrono::NaiveDate::from_ymd_opt(2018, 6, 20),
            page: PageSetup {
                paper: Paper::Letter,
                confidential: true,
            },
        }
    }

    #[test]
    fn each_list_is_numbered_on_its_own() {
        let mut lists = Lists::new();
        let first = markdown::paragraphs("1. one\n2. two\n", &mut lists);
        let second = markdown::paragraphs("Then:\n\n3. three\n4. four\n\n- a bullet\n", &mut lists);
        assert_eq!((first.len(), second.len()), (2, 4));
        let numbering = String::from_utf8(lists.add_to(Docx::new()).build().numberings).unwrap();
        // docx-rs's own numbering is 1; ours: a list from 1, a list from 3, a bulleted list.
        for num in [
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"3\" /><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\" />",
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"3\" /><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\" />",
            "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\" />",
        ] {
            assert!(numbering.contains(num), "{num} in {numbering}");
        }
    }

    #[test]
    fn text_of_one_look_is_one_run_line_ends_are_breaks_and_links_hyperlinks() {
        use docx_rs::BuildXML;
        let mut lists = Lists::new();
        let paragraphs = markdown::paragraphs(
            "one\ntwo **bold *both*** [link](https://x.org)\nend https://ohchr.org/a_b.",
            &mut lists,
        );
        assert_eq!(paragraphs.len(), 1);
        let xml = String::from_utf8(paragraphs[0].build()).unwrap();
        let texts: Vec<&str> = xml
            .split("<w:t xml:space=\"preserve\">")
            .skip(1)
            .map(|t| t.split("</w:t>").next().unwrap())
            .collect();
        assert_eq!(
            texts,
            [
                "one",
                "two ",
                "bold ",
                "both",
                " ",
                "link",
                "end ",
                "https://ohchr.org/a_b",
                "."
            ],
            "{xml}"
        );
        assert_eq!(xml.matches("<w:br w:type=\"textWrapping\" />").count(), 2);
        assert_eq!(xml.matches("<w:hyperlink ").count(), 2, "{xml}");
        // Each paragraph of the note its own; a link to anything but the web or mail is text.
        let paragraphs =
            markdown::paragraphs("first\n\nsecond [x](javascript:alert(1))", &mut lists);
        assert_eq!(paragraphs.len(), 2);
        let xml = String::from_utf8(paragraphs[1].build()).unwrap();
        assert!(!xml.contains("<w:hyperlink"), "{xml}");
        let doc = Document {
            title: "HRC38".into(),
            facts: vec![],
            parts: vec![Part {
                section: Section::Notes,
                title: "Notes".into(),
                blocks: vec![Block::Markdown("See https://ohchr.org/x?a=1&b=2".into())],
            }],
        };
        let rels = String::from_utf8(word(&doc, &letterhead()).build().document_rels).unwrap();
        assert!(
            rels.contains("Target=\"https://ohchr.org/x?a=1&amp;b=2\" TargetMode=\"External\""),
            "{rels}"
        );
    }

    #[test]
    fn pages_have_their_paper_header_and_footer() {
        let doc = Document {
            title: "HRC38".into(),
            facts: vec![],
            parts: vec![],
        };
        let xml = word(&doc, &letterhead()).build();
        let document = String::from_utf8(xml.document).unwrap();
        assert!(
            document.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\""),
            "{document}"
        );
        let header = String::from_utf8(xml.headers[0].clone()).unwrap();
        assert!(
            header.contains("ISHR · HRC38") && header.contains("CONFIDENTIAL"),
            "{header}"
        );
        let footer = String::from_utf8(xml.footers[0].clone()).unwrap();
        for part in ["PAGE", "NUMPAGES", "Exported 20 June 2018"] {
            assert!(footer.contains(part), "{part} in {footer}");
        }
    }

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
        let xml = word(&doc, &letterhead()).build();
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
        assert!(render(&doc, &letterhead()).unwrap().starts_with(b"PK"));
    }
}
