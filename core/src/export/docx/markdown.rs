//! Markdown a person wrote, as Word paragraphs: bold, italic, headings, links as "text (url)",
//! and lists — bulleted or numbered from where the Markdown starts them, each list its own.
use docx_rs::{BreakType, Paragraph, Run};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::numbering::{List, Lists};
use super::styles::{HEADING3, LIST, NORMAL};

/// The list an item belongs to, how deep it is, and whether its first paragraph (which carries
/// the bullet or number) has been started.
struct Item {
    list: List,
    depth: usize,
    numbered: bool,
}

pub fn paragraphs(source: &str, lists: &mut Lists) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut para: Option<Paragraph> = None;
    let (mut bold, mut italic) = (0, 0);
    let mut link: Option<String> = None;
    // The lists open around the text, innermost last.
    let mut open: Vec<List> = Vec::new();
    let mut item: Option<Item> = None;
    let start = |item: &mut Option<Item>, style: &str| {
        let p = Paragraph::new().style(style);
        match item {
            Some(i) if !i.numbered => {
                i.numbered = true;
                i.list.item(p.style(LIST), i.depth)
            }
            // A further paragraph of an item: under its text, without a bullet of its own.
            Some(i) => p.style(LIST).indent(
                Some(360 * (i.depth.min(super::numbering::DEPTH - 1) as i32 + 1)),
                None,
                None,
                None,
            ),
            None => p,
        }
    };
    let flush = |para: &mut Option<Paragraph>, out: &mut Vec<Paragraph>| {
        if let Some(p) = para.take() {
            out.push(p);
        }
    };
    for event in Parser::new(source) {
        match event {
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_)) => {
                flush(&mut para, &mut out);
                para = Some(start(&mut item, NORMAL));
            }
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut para, &mut out);
                para = Some(start(&mut item, HEADING3).keep_next(true));
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                flush(&mut para, &mut out);
            }
            Event::Start(Tag::List(first)) => {
                flush(&mut para, &mut out);
                open.push(match first {
                    Some(n) => lists.numbered(n as usize),
                    None => lists.bulleted(),
                });
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut para, &mut out);
                open.pop();
                if open.is_empty() {
                    if let Some(last) = out.pop() {
                        out.push(super::ends_list(last));
                    }
                }
            }
            Event::Start(Tag::Item) => {
                flush(&mut para, &mut out);
                if let Some(&list) = open.last() {
                    item = Some(Item {
                        list,
                        depth: open.len() - 1,
                        numbered: false,
                    });
                }
            }
            Event::End(TagEnd::Item) => {
                flush(&mut para, &mut out);
                item = None;
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold -= 1,
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic -= 1,
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = link.take() {
                    let p = para.take().unwrap_or_else(|| start(&mut item, NORMAL));
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
                let p = para.take().unwrap_or_else(|| start(&mut item, NORMAL));
                para = Some(p.add_run(run));
            }
            Event::SoftBreak => {
                let p = para.take().unwrap_or_else(|| start(&mut item, NORMAL));
                para = Some(p.add_run(Run::new().add_text(" ")));
            }
            Event::HardBreak => {
                let p = para.take().unwrap_or_else(|| start(&mut item, NORMAL));
                para = Some(p.add_run(Run::new().add_break(BreakType::TextWrapping)));
            }
            _ => {}
        }
    }
    flush(&mut para, &mut out);
    out
}
