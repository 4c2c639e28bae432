//! The Word document's styles: one sans-serif font set for the whole document (with its
//! fallbacks in the font table), spacing before and after paragraphs, and the heading hierarchy.
use docx_rs::{Docx, LineSpacing, LineSpacingType, RunFonts, Style, StyleType};

/// The document's font. Word has it on Windows and macOS; LibreOffice draws it with Carlito,
/// which has the same metrics, so a page breaks where it breaks in Word.
pub const FONT: &str = "Calibri";
/// Body text, in half-points.
pub const BODY_SIZE: usize = 22;
/// Text in tables, in half-points: a little smaller, so that the columns hold whole words.
pub const TABLE_SIZE: usize = 18;
/// Headers, footers and the small print under the title, in half-points.
pub const SMALL_SIZE: usize = 17;
/// The blue of headings, the colour links are written in, and the grey of the page's header.
pub const ACCENT: &str = "1D5A93";
pub const LINK: &str = "0563C1";
pub const GREY: &str = "595959";

/// The style of body paragraphs (docx-rs writes "Normal" itself; its look is the defaults').
pub const NORMAL: &str = "Normal";
pub const TITLE: &str = "Title";
pub const HEADING1: &str = "Heading1";
pub const HEADING2: &str = "Heading2";
pub const HEADING3: &str = "Heading3";
/// An item of a bulleted or numbered list: closer to its neighbours than a paragraph.
pub const LIST: &str = "ListParagraph";
/// A paragraph in a table cell: smaller, with no space after it.
pub const TABLE_TEXT: &str = "TableText";
pub const HEADER: &str = "Header";
pub const FOOTER: &str = "Footer";

/// Space before and after, in twips, and the line height in 240ths of a line.
fn spacing(before: u32, after: u32, line: i32) -> LineSpacing {
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(line)
        .line_rule(LineSpacingType::Auto)
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// The document with its defaults (font, size, spacing) and its paragraph styles.
pub fn add(docx: Docx) -> Docx {
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on(NORMAL)
            .next(NORMAL)
            .q_format(true)
    };
    let heading = |id: &str, name: &str, size: usize, level: usize, before: u32, after: u32| {
        paragraph(id, name)
            .size(size)
            .bold()
            .color(ACCENT)
            .outline_lvl(level)
            .line_spacing(spacing(before, after, 240))
    };
    docx.default_fonts(fonts())
        .default_size(BODY_SIZE)
        .default_line_spacing(spacing(0, 120, 264))
        .add_style(
            paragraph(TITLE, "Title")
                .size(40)
                .bold()
                .color(ACCENT)
                .line_spacing(spacing(0, 120, 240)),
        )
        .add_style(heading(HEADING1, "heading 1", 32, 0, 360, 120))
        .add_style(heading(HEADING2, "heading 2", 26, 1, 240, 80).color("000000"))
        .add_style(heading(HEADING3, "heading 3", 22, 2, 200, 60).color("000000"))
        .add_style(paragraph(LIST, "List Paragraph").line_spacing(spacing(0, 60, 264)))
        .add_style(
            paragraph(TABLE_TEXT, "Table Text")
                .size(TABLE_SIZE)
                .line_spacing(spacing(0, 0, 240)),
        )
        .add_style(
            paragraph(HEADER, "header")
                .size(SMALL_SIZE)
                .color(GREY)
                .line_spacing(spacing(0, 0, 240)),
        )
        .add_style(
            paragraph(FOOTER, "footer")
                .size(SMALL_SIZE)
                .color(GREY)
                .line_spacing(spacing(0, 0, 240)),
        )
}

/// The font table: the document's font with what stands in for it where it is missing —
/// metric-compatible Carlito first, else any sans-serif (the family) — and the fonts Word
/// itself expects.
pub fn font_table() -> Vec<u8> {
    let font = |name: &str, alt: Option<&str>, panose: &str, family: &str| {
        let alt = alt
            .map(|a| format!("<w:altName w:val=\"{a}\"/>"))
            .unwrap_or_default();
        format!(
            "<w:font w:name=\"{name}\">{alt}<w:panose1 w:val=\"{panose}\"/>\
             <w:charset w:val=\"00\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>"
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:fonts xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{}{}{}{}</w:fonts>",
        font(FONT, Some("Carlito"), "020F0502020204030204", "swiss"),
        font("Arial", Some("Liberation Sans"), "020B0604020202020204", "swiss"),
        font("Times New Roman", None, "02020603050405020304", "roman"),
        font("Symbol", None, "05050102010706020507", "roman"),
    )
    .into_bytes()
}
