//! Markdown a person wrote, as Word paragraphs: bold, italic, headings, line breaks where the
//! lines ended, links (and bare web addresses) as Word hyperlinks, and lists — bulleted or
//! numbered from where the Markdown starts them, each list its own.
use docx_rs::{BreakType, Hyperlink, HyperlinkType, Paragraph, Run};
use pulldown_cmark::{Event, Tag, TagEnd};

use super::numbering::{List, Lists, DEPTH};
use super::styles::{HEADING3, LINK, LIST, NORMAL};
use crate::export::written;

/// An address a Word hyperlink may open; any other link is written as "text (address)".
fn opens(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
}

/// The list an item belongs to, how deep it is, and whether its first paragraph (which carries
/// the bullet or number) has been started.
struct Item {
    list: List,
    depth: usize,
    numbered: bool,
}

/// Bold and italic, as a run carries them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Look {
    bold: bool,
    italic: bool,
}

/// The paragraphs written so far, the one being written, and its text not yet put in a run:
/// text of one look goes into one run, however many pieces and line ends it came in.
#[derive(Default)]
struct Writer {
    out: Vec<Paragraph>,
    para: Option<Paragraph>,
    text: String,
    look: Look,
    item: Option<Item>,
    /// The hyperlink being written: its runs go into it, not the paragraph.
    link: Option<Hyperlink>,
}

impl Writer {
    /// A new paragraph in `style`: an item's first one carries its bullet or number; a further
    /// one goes under its text, without a bullet of its own.
    fn start(&mut self, style: &str) -> &mut Paragraph {
        self.end_paragraph();
        let p = Paragraph::new().style(style);
        let p = match &mut self.item {
            Some(i) if !i.numbered => {
                i.numbered = true;
                i.list.item(p.style(LIST), i.depth)
            }
            Some(i) => p.style(LIST).indent(
                Some(360 * (i.depth.min(DEPTH - 1) as i32 + 1)),
                None,
                None,
                None,
            ),
            None => p,
        };
        self.para.insert(p)
    }

    /// The text waiting, as one run of its look.
    fn put_text(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let mut run = Run::new().add_text(std::mem::take(&mut self.text));
        if self.link.is_some() {
            run = run.color(LINK).underline("single");
        }
        if self.look.bold {
            run = run.bold();
        }
        if self.look.italic {
            run = run.italic();
        }
        self.add(run);
    }

    fn add(&mut self, run: Run) {
        if let Some(link) = self.link.take() {
            self.link = Some(link.add_run(run));
            return;
        }
        if self.para.is_none() {
            self.start(NORMAL);
        }
        if let Some(p) = self.para.take() {
            self.para = Some(p.add_run(run));
        }
    }

    /// `s` in `look`, after the text waiting when that is of another look.
    fn write(&mut self, s: &str, look: Look) {
        if look != self.look {
            self.put_text();
            self.look = look;
        }
        if self.para.is_none() {
            self.start(NORMAL);
        }
        self.text.push_str(s);
    }

    /// Starts a hyperlink to `url` after the text waiting.
    fn open_link(&mut self, url: &str) {
        self.put_text();
        if self.para.is_none() {
            self.start(NORMAL);
        }
        self.link = Some(Hyperlink::new(url, HyperlinkType::External));
    }

    /// Puts the hyperlink being written into the paragraph.
    fn close_link(&mut self) {
        self.put_text();
        if let Some(link) = self.link.take() {
            let p = self.para.take().unwrap_or_default();
            self.para = Some(p.add_hyperlink(link));
        }
    }

    fn end_paragraph(&mut self) {
        self.close_link();
        self.put_text();
        if let Some(p) = self.para.take() {
            self.out.push(p);
        }
    }
}

pub fn paragraphs(source: &str, lists: &mut Lists) -> Vec<Paragraph> {
    let mut w = Writer::default();
    let (mut bold, mut italic) = (0, 0);
    // The address of a link written as "text (address)", not as a hyperlink.
    let mut link: Option<String> = None;
    // The cells of a table's row so far.
    let mut cells = 0;
    // The lists open around the text, innermost last.
    let mut open: Vec<List> = Vec::new();
    for event in written::events(source) {
        let look = Look {
            bold: bold > 0,
            italic: italic > 0,
        };
        match event {
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_)) => {
                w.start(NORMAL);
            }
            Event::Start(Tag::Heading { .. }) => {
                let p = w.start(HEADING3);
                *p = std::mem::take(p).keep_next(true);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                w.end_paragraph();
            }
            Event::Start(Tag::List(first)) => {
                w.end_paragraph();
                open.push(match first {
                    Some(n) => lists.numbered(n as usize),
                    None => lists.bulleted(),
                });
            }
            Event::End(TagEnd::List(_)) => {
                w.end_paragraph();
                open.pop();
                if open.is_empty() {
                    if let Some(last) = w.out.pop() {
                        w.out.push(super::ends_list(last));
                    }
                }
            }
            Event::Start(Tag::Item) => {
                w.end_paragraph();
                w.item = open.last().map(|&list| Item {
                    list,
                    depth: open.len() - 1,
                    numbered: false,
                });
            }
            Event::End(TagEnd::Item) => {
                w.end_paragraph();
                w.item = None;
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold -= 1,
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic -= 1,
            Event::Start(Tag::Link { dest_url, .. }) if opens(&dest_url) => w.open_link(&dest_url),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => match link.take() {
                Some(url) => w.write(&format!(" ({url})"), Look::default()),
                None => w.close_link(),
            },
            // A table's rows as lines, its cells apart.
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => w.end_paragraph(),
            Event::Start(Tag::TableHead | Tag::TableRow) => cells = 0,
            Event::Start(Tag::TableCell) => {
                if cells > 0 {
                    w.write(" | ", look);
                }
                cells += 1;
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                w.write(&t, look)
            }
            // Line ends inside a paragraph are breaks (`written::events`).
            Event::SoftBreak => w.write(" ", look),
            Event::HardBreak => {
                w.put_text();
                w.add(Run::new().add_break(BreakType::TextWrapping));
            }
            _ => {}
        }
    }
    w.end_paragraph();
    w.out
}
