//! The session overview as one self-contained, print-ready HTML file: inline CSS, no script,
//! no remote resource, and every piece of text a person wrote sanitised.
use std::collections::HashMap;

use pulldown_cmark::{html::push_html, Event, Tag, TagEnd};

use super::layout::{Block, Document};
use super::written;

const STYLE: &str = include_str!("overview.css");

/// Escapes text for HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders Markdown a person wrote to HTML with nothing active left in it: no script, no
/// event handler, no style, and links only to http, https and mailto — no relative ones, which
/// would resolve against wherever the file is opened (`//host/share` reaches out to the network),
/// and no `cite` URLs, which ammonia does not check.
pub fn sanitised_markdown(source: &str) -> String {
    plain_markdown(source).unwrap_or_else(|| cleaned(source))
}

/// The Markdown rendered, then cleaned by the sanitiser.
fn cleaned(source: &str) -> String {
    let mut raw = String::new();
    push_html(&mut raw, written::events(source));
    SANITISER.clean(&raw).to_string()
}

/// Markdown with nothing the sanitiser would change but its spelling, rendered as the sanitiser
/// would write it, or `None` (most notes are such: BENCHMARKS.md, "Below the budgets"): paragraphs,
/// headings, quotes, lists from 1, emphasis, code spans, breaks, rules, and links to plain
/// http, https or mailto addresses without a title. Cleaning re-parses the HTML and writes it
/// again (`<br>`, `<hr>`, `&nbsp;`, `"` in text, `rel` on links), three times the cost of the
/// Markdown itself; the tests check that both ways write the same.
fn plain_markdown(source: &str) -> Option<String> {
    // HTML's parser turns these into others; the sanitiser says how.
    if source.contains(['\r', '\0']) {
        return None;
    }
    let plain_address = |a: &str| {
        ["https://", "http://", "mailto:"]
            .iter()
            .any(|scheme| a.starts_with(scheme))
            && a.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#=%+@".contains(&b))
    };
    let mut events = Vec::new();
    for event in written::events(source) {
        events.push(match event {
            Event::Start(Tag::Link {
                dest_url, title, ..
            }) if title.is_empty() && plain_address(&dest_url) => Event::InlineHtml(
                format!("<a href=\"{dest_url}\" rel=\"noopener noreferrer\">").into(),
            ),
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { id: None, .. }
                | Tag::BlockQuote(None)
                | Tag::List(None | Some(1))
                | Tag::Item
                | Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(None)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link,
            )
            | Event::Text(_)
            | Event::Code(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::Rule => event,
            _ => return None,
        });
    }
    let mut html = String::with_capacity(source.len() + source.len() / 4);
    push_html(&mut html, events.into_iter());
    // Text and addresses hold no `<` (escaped, or refused above), so these are only tags.
    Some(
        html.replace("<br />", "<br>")
            .replace("<hr />", "<hr>")
            .replace('\u{a0}', "&nbsp;")
            .replace("&quot;", "\""),
    )
}

/// The sanitiser, set up once: building it takes longer than cleaning a short note, and an
/// export of a session with its notes cleans thousands of them (BENCHMARKS.md).
static SANITISER: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(["http", "https", "mailto"].into())
        .url_relative(ammonia::UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"))
        .rm_tags(["img"])
        .rm_tag_attributes("blockquote", ["cite"])
        .rm_tag_attributes("q", ["cite"])
        .rm_tag_attributes("del", ["cite"])
        .rm_tag_attributes("ins", ["cite"]);
    builder
});

/// The width a page's text has on A4 with the stylesheet's margins, in twips.
const TEXT_WIDTH: u32 = 9865;

/// The columns of each kind of table (known by its header), fitted to all its rows in the
/// document: each kind a class (`cols-1`, in the order they come) and a stylesheet giving its
/// columns' widths as percentages, so that each day's programme lines up with the next. Rules,
/// not `style` attributes: a page whose policy forbids inline styles (the window's preview)
/// keeps them.
fn column_plans(doc: &Document) -> (HashMap<&[String], usize>, String) {
    let mut kinds: Vec<(&[String], Vec<Vec<String>>)> = Vec::new();
    for part in &doc.parts {
        for block in &part.blocks {
            if let Block::Table { header, rows } = block {
                match kinds.iter_mut().find(|(h, _)| *h == header.as_slice()) {
                    Some((_, all)) => all.extend(rows.iter().cloned()),
                    None => kinds.push((header.as_slice(), rows.clone())),
                }
            }
        }
    }
    let mut css = String::new();
    let mut classes = HashMap::new();
    for (i, (header, rows)) in kinds.into_iter().enumerate() {
        let kind = i + 1;
        for (c, w) in super::docx::column_widths(header, &rows, TEXT_WIDTH)
            .iter()
            .enumerate()
        {
            css.push_str(&format!(
                "table.cols-{kind} col:nth-child({}) {{ width: {:.1}%; }}\n",
                c + 1,
                *w as f64 * 100.0 / TEXT_WIDTH as f64
            ));
        }
        classes.insert(header, kind);
    }
    (classes, css)
}

/// The overview as the window previews it, as it prints: the print stylesheet in force on the
/// screen, the page A4's width with its margins, and a line where each new page starts. The
/// style is for a shadow root holding the body in `<div class="page">`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PrintPreview {
    pub style: String,
    pub body: String,
}

const PREVIEW_STYLE: &str = include_str!("preview.css");

pub fn print_preview(doc: &Document) -> PrintPreview {
    let (style, body) = parts(doc);
    // The page's own rules, read on the screen as on paper; `body` is the page's box.
    let style = style
        .replace("@media print", "@media all")
        .replace(":root", ":host");
    let mut out = String::with_capacity(style.len() + PREVIEW_STYLE.len());
    let mut rest = style.as_str();
    while let Some(at) = rest.find("body") {
        let before = rest[..at].chars().last();
        let after = rest[at + 4..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        out.push_str(&rest[..at]);
        out.push_str(if word(before) || word(after) {
            "body"
        } else {
            ".page"
        });
        rest = &rest[at + 4..];
    }
    out.push_str(rest);
    out.push_str(PREVIEW_STYLE);
    PrintPreview {
        style: out,
        body: format!("<div class=\"page\">\n{body}</div>\n"),
    }
}

/// Renders the overview as a complete HTML document.
pub fn render(doc: &Document) -> String {
    let (style, body) = parts(doc);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"HRC Planner\">\n<title>{}</title>\n<style>\n{style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(&doc.title)
    )
}

/// The document's stylesheet (overview.css and its tables' columns) and its body's HTML.
fn parts(doc: &Document) -> (String, String) {
    let (plans, columns) = column_plans(doc);
    let mut body = format!(
        "<header>\n<h1>{}</h1>\n<dl class=\"facts\">\n",
        escape(&doc.title)
    );
    for (label, value) in &doc.facts {
        body.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            escape(label),
            escape(value)
        ));
    }
    body.push_str("</dl>\n</header>\n");
    for part in &doc.parts {
        body.push_str(&format!(
            "<section class=\"{}\">\n<h2>{}</h2>\n",
            part.section.key(),
            escape(&part.title)
        ));
        for block in &part.blocks {
            match block {
                Block::Heading(text) => body.push_str(&format!("<h3>{}</h3>\n", escape(text))),
                Block::Text(text) | Block::Label(text) => {
                    body.push_str(&format!("<p>{}</p>\n", escape(text)))
                }
                Block::Markdown(source) => body.push_str(&format!(
                    "<div class=\"written\">{}</div>\n",
                    sanitised_markdown(source)
                )),
                Block::List(items) => {
                    body.push_str("<ul>\n");
                    for item in items {
                        body.push_str(&format!("<li>{}</li>\n", escape(item)));
                    }
                    body.push_str("</ul>\n");
                }
                Block::Links { label, links } => {
                    body.push_str(&format!(
                        "<p class=\"sources\">{}:</p>\n<ul class=\"sources\">\n",
                        escape(label)
                    ));
                    for link in links {
                        body.push_str(&format!(
                            "<li><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></li>\n",
                            escape(&link.url),
                            escape(&link.title)
                        ));
                    }
                    body.push_str("</ul>\n");
                }
                Block::Table { header, rows } => {
                    match plans.get(header.as_slice()) {
                        Some(kind) => body.push_str(&format!(
                            "<table class=\"cols-{kind}\">\n<colgroup>{}</colgroup>\n",
                            "<col>".repeat(header.len())
                        )),
                        None => body.push_str("<table>\n"),
                    }
                    body.push_str("<thead><tr>");
                    for h in header {
                        body.push_str(&format!("<th>{}</th>", escape(h)));
                    }
                    body.push_str("</tr></thead>\n<tbody>\n");
                    for row in rows {
                        body.push_str("<tr>");
                        for c in row {
                            body.push_str(&format!("<td>{}</td>", escape(c)));
                        }
                        body.push_str("</tr>\n");
                    }
                    body.push_str("</tbody>\n</table>\n");
                }
            }
        }
        body.push_str("</section>\n");
    }
    (format!("{STYLE}{columns}"), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_markdown_comes_out_inert() {
        let cases = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div onclick=\"alert(1)\" style=\"color:red\">x</div>",
            "<iframe src=\"https://example.org\"></iframe>",
            "[data](data:text/html;base64,PHNjcmlwdD4=)",
            "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
            "<q cite=\"javascript:alert(1)\">x</q>",
            "[relative](//evil.example/share)",
            "<a href=\"%6Aavascript:alert(1)\">x</a>",
        ];
        for source in cases {
            let html = sanitised_markdown(source).to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "onclick",
                "javascript:",
                "<iframe",
                "data:",
                "style=",
                "cite=",
                "href=\"/",
                "href=\"%",
            ] {
                assert!(!html.contains(bad), "{source:?} gave {html:?}");
            }
        }
        assert!(sanitised_markdown("[ISHR](https://ishr.ch)").contains("href=\"https://ishr.ch\""));
        assert!(sanitised_markdown("**bold**").contains("<strong>bold</strong>"));
    }

    #[test]
    fn line_ends_are_breaks_and_bare_addresses_safe_links() {
        assert_eq!(
            sanitised_markdown("Met the delegation.\nSee https://x.org/a\n\nNext."),
            "<p>Met the delegation.<br>\nSee <a href=\"https://x.org/a\" rel=\"noopener noreferrer\">\
             https://x.org/a</a></p>\n<p>Next.</p>\n"
        );
        // An address the sanitiser cleans (its `&`), and one inside raw HTML it also cleans.
        let html = sanitised_markdown("https://x.org/?a=1&b=2 <b>x</b>");
        assert!(
            html.contains("<a href=\"https://x.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">"),
            "{html}"
        );
    }

    /// Markdown as people write it in notes, and what HTML's parser reads otherwise.
    const WRITTEN: &[&str] = &[
        "Plain words.",
        "a\u{a0}b \"quoted\" 'single' & <angle> > tail",
        "line  \nbreak\\\nagain\n\n---\n\n* a\n* b\n\n1. x\n2. y\n\n3. s\n4. t",
        "[OHCHR](https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session38) and [q](https://a.org/x?y=1&z=2)",
        "<https://b.org/c> x@y.org <x@y.org> [relative](/x) [titled](https://a.org \"title\")",
        "> quote\n> more\n\n# H1\n## H2 `code <b>` ~~gone~~ **bold** *it* _it_",
        "```\ncode\n```\n\n    indented",
        "| a | b |\n|:--|--:|\n| c | d |",
        "text &copy; &amp; &lt; &#39; &quot; &nbsp; \\* \\_",
        "- [ ] box\n- [x] done",
        "<b>raw</b> and <script>x</script>",
        "a\r\nb",
        "nul\0byte",
        "![img](https://x.org/a.png)",
        "[upper](HTTPS://A.ORG) [quote](https://a.org/\"x) [space](<https://a.org/a b>)",
        "www.x.org http://x.org/a_b [mail](mailto:someone@example.org)",
        "* a\n\n  para in item\n\n  > quote in item\n* b\n  * nested\n",
        "Title\n=====\n\nSub\n---",
        "1) one\n2) two",
        "emoji 🙂 and العربية and «français»",
        "&#0; &#xD800; &#1114112;",
        "[ref]\n\n[ref]: https://a.org/ref",
        "trailing spaces   \n\n\n\n",
        "",
    ];

    #[test]
    fn plain_markdown_is_written_as_the_sanitiser_writes_it() {
        let mut plain = 0;
        for source in WRITTEN {
            if let Some(html) = plain_markdown(source) {
                plain += 1;
                assert_eq!(html, cleaned(source), "{source:?}");
            }
        }
        assert!(plain > WRITTEN.len() / 3, "{plain}");
    }

    proptest::proptest! {
        #[test]
        fn any_markdown_is_written_as_the_sanitiser_writes_it(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "word", " ", "\n", "\n\n", "* ", "1. ", "2. ", "> ", "# ", "**", "*", "_", "~~", "`",
                "[", "](", ")", "https://a.org/p?q=1", "mailto:a@b.org", "&", "&amp;", "<", ">", "\"",
                "'", "\u{a0}", "  \n", "---", "\\", "é", "|", "<br>", "\t",
            ]), 0..40)
        ) {
            let source: String = parts.concat();
            if let Some(html) = plain_markdown(&source) {
                proptest::prop_assert_eq!(html, cleaned(&source), "{:?}", source);
            }
        }
    }

    #[test]
    fn app_text_is_escaped() {
        assert_eq!(
            escape("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
