//! The session overview as Markdown (CommonMark, with GFM tables for the programme and statements).
use super::layout::{Block, Document};

/// Escapes text the app wrote so that no character in it is read as Markdown.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: escaped, on one line.
fn cell(text: &str) -> String {
    escape(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Renders the overview as Markdown.
pub fn render(doc: &Document) -> String {
    let mut out = format!("# {}\n\n", escape(&doc.title));
    for (label, value) in &doc.facts {
        out.push_str(&format!("- **{}:** {}\n", escape(label), escape(value)));
    }
    for part in &doc.parts {
        out.push_str(&format!("\n## {}\n", escape(&part.title)));
        for block in &part.blocks {
            out.push('\n');
            match block {
                Block::Heading(text) => out.push_str(&format!("### {}\n", escape(text))),
                Block::Text(text) | Block::Label(text) => {
                    out.push_str(&format!("{}\n", escape(text)))
                }
                Block::Markdown(source) => {
                    out.push_str(&format!("{}\n", super::written::as_markdown(source)))
                }
                Block::List(items) => {
                    for item in items {
                        out.push_str(&format!("- {}\n", escape(item)));
                    }
                }
                Block::Links { label, links } => {
                    out.push_str(&format!("{}:\n\n", escape(label)));
                    for link in links {
                        // In angle brackets: an address the URL standard wrote has no space
                        // or bracket left to end it early.
                        out.push_str(&format!("- [{}](<{}>)\n", cell(&link.title), link.url));
                    }
                }
                Block::Table { header, rows } => {
                    out.push_str(&format!(
                        "| {} |\n",
                        header
                            .iter()
                            .map(|h| cell(h))
                            .collect::<Vec<_>>()
                            .join(" | ")
                    ));
                    out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
                    for row in rows {
                        out.push_str(&format!(
                            "| {} |\n",
                            row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
                        ));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_text_is_escaped_and_cells_stay_on_one_line() {
        assert_eq!(escape("A|B *c* <x> #1"), "A\\|B \\*c\\* \\<x\\> \\#1");
        assert_eq!(cell("two\nlines | pipe"), "two lines \\| pipe");
    }
}
