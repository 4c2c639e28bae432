//! Markdown a person wrote, as every export reads it: a line end is a line break, as it was when
//! typed (not a space, as CommonMark has it), and a bare web address is a link to itself.
use std::ops::Range;

use linkify::{LinkFinder, LinkKind};
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream};

/// The Markdown read: CommonMark with GFM's tables and strikethrough.
pub const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

/// Finds http and https addresses written with their scheme ("https://…"): a bare "ohchr.org"
/// or "A/HRC/38/L.1" stays text.
fn finder() -> LinkFinder {
    let mut f = LinkFinder::new();
    f.kinds(&[LinkKind::Url]).url_must_have_scheme(true);
    f
}

/// An address a bare link may open: http or https only (linkify also finds `ftp:`, `file:`…).
fn web(address: &str) -> bool {
    let lower = address.get(..8).unwrap_or(address).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// The web addresses in `text`, by where they are in it.
fn addresses(finder: &LinkFinder, text: &str) -> Vec<Range<usize>> {
    if !text.contains("://") {
        return Vec::new();
    }
    finder
        .links(text)
        .filter(|l| web(l.as_str()))
        .map(|l| l.start()..l.end())
        .collect()
}

/// The events of `source` as an export renders them: soft breaks as hard breaks, and each bare
/// web address in text (not in a link, an image's text or code) as a link to itself.
pub fn events(source: &str) -> impl Iterator<Item = Event<'_>> {
    let finder = finder();
    // Inside a link, an image or a code block: its text is not made a link.
    let mut linked = 0usize;
    TextMergeStream::new(Parser::new_ext(source, OPTIONS)).flat_map(move |event| {
        let out: Vec<Event> = match event {
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_))) => {
                linked += 1;
                vec![Event::Start(tag)]
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock)) => {
                linked = linked.saturating_sub(1);
                vec![Event::End(end)]
            }
            Event::SoftBreak => vec![Event::HardBreak],
            Event::Text(text) if linked == 0 => linked_text(&finder, text),
            other => vec![other],
        };
        out
    })
}

/// `text` with each web address in it a link to itself.
fn linked_text<'a>(finder: &LinkFinder, text: CowStr<'a>) -> Vec<Event<'a>> {
    let found = addresses(finder, &text);
    if found.is_empty() {
        return vec![Event::Text(text)];
    }
    let mut out = Vec::new();
    let mut at = 0;
    for range in found {
        if range.start > at {
            out.push(Event::Text(text[at..range.start].to_string().into()));
        }
        let address = text[range.clone()].to_string();
        out.push(Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url: address.clone().into(),
            title: "".into(),
            id: "".into(),
        }));
        out.push(Event::Text(address.into()));
        out.push(Event::End(TagEnd::Link));
        at = range.end;
    }
    if at < text.len() {
        out.push(Event::Text(text[at..].to_string().into()));
    }
    out
}

/// `source` as Markdown that any CommonMark reader reads as `events` does: a backslash before
/// each line end inside a paragraph (a hard break), and each bare web address in angle brackets
/// (an autolink). Everything else is left as it was written.
pub fn as_markdown(source: &str) -> String {
    let source = source.trim_end();
    let finder = finder();
    // Where to insert what, in the order of the source.
    let mut inserts: Vec<(usize, &str)> = Vec::new();
    let mut linked = 0usize;
    // Text runs split by the parser (at a `_` that opens nothing) are read whole.
    let mut run: Option<Range<usize>> = None;
    let flush = |run: &mut Option<Range<usize>>, inserts: &mut Vec<(usize, &str)>| {
        if let Some(r) = run.take() {
            for a in addresses(&finder, &source[r.clone()]) {
                inserts.push((r.start + a.start, "<"));
                inserts.push((r.start + a.end, ">"));
            }
        }
    };
    for (event, range) in Parser::new_ext(source, OPTIONS).into_offset_iter() {
        match event {
            // Only text written as it reads (no escape or entity in it) is searched.
            Event::Text(text) if linked == 0 && source[range.clone()] == *text => {
                run = match run.take() {
                    Some(r) if r.end == range.start => Some(r.start..range.end),
                    mut other => {
                        flush(&mut other, &mut inserts);
                        Some(range)
                    }
                };
                continue;
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => linked += 1,
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                linked = linked.saturating_sub(1)
            }
            Event::SoftBreak => {
                if let Some(end) = source[range.clone()].find(['\r', '\n']) {
                    inserts.push((range.start + end, "\\"));
                }
            }
            _ => {}
        }
        flush(&mut run, &mut inserts);
    }
    flush(&mut run, &mut inserts);
    inserts.sort_by_key(|&(at, _)| at);
    let mut out = String::with_capacity(source.len() + inserts.len());
    let mut at = 0;
    for (i, what) in inserts {
        out.push_str(&source[at..i]);
        out.push_str(what);
        at = i;
    }
    out.push_str(&source[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::html::push_html;

    fn html(source: &str) -> String {
        let mut out = String::new();
        push_html(&mut out, events(source));
        out
    }

    #[test]
    fn line_ends_are_line_breaks_and_blank_lines_paragraphs() {
        assert_eq!(
            html("Met the delegation.\nThey will vote yes.\n\nNext: the EU."),
            "<p>Met the delegation.<br />\nThey will vote yes.</p>\n<p>Next: the EU.</p>\n"
        );
    }

    #[test]
    fn bare_addresses_become_links_and_links_stay_as_written() {
        assert_eq!(
            html("See https://www.ohchr.org/en/hrc (the page), and [ISHR](https://ishr.ch/x)."),
            "<p>See <a href=\"https://www.ohchr.org/en/hrc\">https://www.ohchr.org/en/hrc</a> \
             (the page), and <a href=\"https://ishr.ch/x\">ISHR</a>.</p>\n"
        );
        // With an underscore the parser splits the text at; not in code; no other scheme.
        assert!(html("http://x.org/a_b_c end").contains("href=\"http://x.org/a_b_c\""));
        for plain in [
            "`https://x.org`",
            "ftp://x.org/f",
            "ohchr.org",
            "A/HRC/38/L.1",
        ] {
            assert!(!html(plain).contains("<a "), "{plain}");
        }
    }

    #[test]
    fn as_markdown_reads_as_the_events_do() {
        let cases = [
            ("one\ntwo", "one\\\ntwo"),
            ("one\r\ntwo", "one\\\r\ntwo"),
            ("a  \nhard\n\npara", "a  \nhard\n\npara"),
            (
                "see https://x.org/a_b, or <https://y.org> or [t](https://z.org)",
                "see <https://x.org/a_b>, or <https://y.org> or [t](https://z.org)",
            ),
            ("- item\n  more\n- two", "- item\\\n  more\n- two"),
            (
                "```\ncode https://x.org\nmore\n```",
                "```\ncode https://x.org\nmore\n```",
            ),
            ("text\n\n\n", "text"),
        ];
        for (source, written) in cases {
            assert_eq!(as_markdown(source), written, "{source:?}");
            let mut again = String::new();
            push_html(&mut again, Parser::new(written));
            assert_eq!(again, html(source), "{source:?}");
        }
    }
}
