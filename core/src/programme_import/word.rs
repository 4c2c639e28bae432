//! The text of an Order of the Day saved as Word (.docx): each paragraph a line, and each table
//! cell's paragraphs as lines in reading order (the Order of the Day lays its meetings out in a
//! table of times, numbers and items), for the Order of the Day's reader.
use docx_rs::{
    read_docx, DocumentChild, Paragraph, ParagraphChild, RunChild, Table, TableCellContent,
    TableChild, TableRowChild,
};

/// Whether the bytes are a zip archive, as a .docx is.
pub fn looks_like_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The text of a .docx, a line per paragraph; none when it is no Word document.
pub fn text_of(bytes: &[u8]) -> Option<String> {
    let docx = read_docx(bytes).ok()?;
    let mut lines = Vec::new();
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(p) => lines.push(paragraph_text(p)),
            DocumentChild::Table(t) => table_lines(t, &mut lines),
            _ => {}
        }
    }
    Some(lines.join("\n"))
}

fn table_lines(table: &Table, lines: &mut Vec<String>) {
    for TableChild::TableRow(row) in &table.rows {
        for TableRowChild::TableCell(cell) in &row.cells {
            for content in &cell.children {
                match content {
                    TableCellContent::Paragraph(p) => lines.push(paragraph_text(p)),
                    TableCellContent::Table(inner) => table_lines(inner, lines),
                    _ => {}
                }
            }
        }
    }
}

/// A paragraph's text: its runs (inserted ones too, deleted ones not), tabs as spaces, breaks
/// as new lines.
fn paragraph_text(p: &Paragraph) -> String {
    let mut out = String::new();
    for child in &p.children {
        match child {
            ParagraphChild::Run(run) => run_text(&run.children, &mut out),
            ParagraphChild::Hyperlink(link) => {
                for c in &link.children {
                    if let ParagraphChild::Run(run) = c {
                        run_text(&run.children, &mut out);
                    }
                }
            }
            ParagraphChild::Insert(insert) => {
                for c in &insert.children {
                    if let docx_rs::InsertChild::Run(run) = c {
                        run_text(&run.children, &mut out);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn run_text(children: &[RunChild], out: &mut String) {
    for c in children {
        match c {
            RunChild::Text(t) => out.push_str(&t.text),
            RunChild::Tab(_) | RunChild::PTab(_) => out.push(' '),
            RunChild::Break(_) | RunChild::CarriageReturn(_) => out.push('\n'),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use docx_rs::{Docx, Paragraph, Run, Table, TableCell, TableRow};

    use super::*;

    fn docx(build: impl FnOnce(Docx) -> Docx) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        build(Docx::new()).build().pack(&mut out).unwrap();
        out.into_inner()
    }

    #[test]
    fn reads_paragraphs_and_table_cells_in_order() {
        let bytes = docx(|d| {
            d.add_paragraph(Paragraph::new().add_run(Run::new().add_text("Tuesday, 19 June 2018")))
                .add_table(Table::new(vec![TableRow::new(vec![
                    TableCell::new().add_paragraph(
                        Paragraph::new().add_run(Run::new().add_text("15.00 – 18.00")),
                    ),
                    TableCell::new()
                        .add_paragraph(Paragraph::new().add_run(Run::new().add_text("5th meeting")))
                        .add_paragraph(
                            Paragraph::new().add_run(
                                Run::new()
                                    .add_text("Item 3")
                                    .add_tab()
                                    .add_text("Promotion"),
                            ),
                        ),
                ])]))
        });
        assert!(looks_like_docx(&bytes));
        assert_eq!(
            text_of(&bytes).unwrap(),
            "Tuesday, 19 June 2018\n15.00 – 18.00\n5th meeting\nItem 3 Promotion"
        );
    }

    #[test]
    fn anything_else_is_no_word_document() {
        assert_eq!(text_of(b"PK\x03\x04 not a zip"), None);
        assert_eq!(text_of(b"Tuesday, 19 June 2018"), None);
        assert!(!looks_like_docx(b"BEGIN:VCALENDAR"));
    }
}
