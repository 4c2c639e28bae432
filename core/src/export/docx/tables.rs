//! Tables in the Word document: columns as wide as their content asks (titles wide, a status or
//! a date narrow, and never narrower than their longest word), written as a filled column grid;
//! the header row repeated on each page and no row split across two.
use docx_rs::{
    Paragraph, Run, Shading, ShdType, Table, TableCell, TableCellMargins, TableLayoutType,
    TableRow, WidthType,
};

use super::styles::{TABLE_SIZE, TABLE_TEXT};

/// Space inside a cell, left and right, in twips.
const CELL_MARGIN: u32 = 85;
/// What a column adds to its text's width: the cell's margins, and room for the estimate of a
/// word's width being short of the font's.
const CELL_PADDING: u32 = 2 * CELL_MARGIN + 90;

/// The width of a character in thousandths of an em, as in Arial (Liberation Sans): wider
/// than Calibri (Carlito), so that a word measured here fits in either.
fn char_width(c: char) -> u32 {
    match c {
        'i' | 'j' | 'l' | '\'' | '|' => 222,
        ' ' | 'f' | 't' | 'I' | '.' | ',' | ':' | ';' | '!' | '/' | '·' => 278,
        'r' | '(' | ')' | '[' | ']' | '-' | '"' => 333,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' => 500,
        'L' => 556,
        'F' | 'T' | 'Z' => 611,
        'A' | 'B' | 'E' | 'K' | 'P' | 'S' | 'V' | 'X' | 'Y' => 667,
        'C' | 'D' | 'H' | 'N' | 'R' | 'U' | 'w' => 722,
        'G' | 'O' | 'Q' => 778,
        'm' | 'M' => 833,
        'W' => 944,
        '—' | '%' => 1000,
        c if c.is_ascii() => 556,
        // Letters with accents are as wide as their letter; other scripts, as wide as an em.
        c if c.is_alphabetic() && (c as u32) < 0x0370 => 600,
        _ => 1000,
    }
}

/// The width of `text` on one line in the tables' font, in twips; bold is wider.
fn width(text: &str, bold: bool) -> u32 {
    let thousandths: u32 = text.chars().map(char_width).sum();
    let em = TABLE_SIZE as u32 * 10; // half-points to twips
    let w = thousandths * em / 1000;
    if bold {
        w * 108 / 100
    } else {
        w
    }
}

/// What a column needs: its longest word (narrower, a word breaks) and its longest text on one
/// line (wider is room to spare).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Need {
    least: u32,
    most: u32,
}

fn need(cells: &[(&str, bool)]) -> Need {
    let mut need = Need { least: 0, most: 0 };
    for &(text, bold) in cells {
        for word in text.split_whitespace() {
            need.least = need.least.max(width(word, bold));
        }
        need.most = need.most.max(width(text, bold));
    }
    Need {
        least: need.least + CELL_PADDING,
        most: need.most.max(need.least) + CELL_PADDING,
    }
}

/// The columns' widths in twips, summing to `total`. A column whose longest text fits in its
/// share of what is left (each column a share, plus half a share kept for the widest) gets it
/// whole, narrow columns first (a status, a date, a room stay
/// on one line); the others are each at least their longest word, and share what is left by how
/// much more each asks (the way a browser lays out a table); when even their longest words do
/// not fit, in proportion to them. Room to spare goes to every column by what it holds.
pub fn column_widths(header: &[String], rows: &[Vec<String>], total: u32) -> Vec<u32> {
    let needs: Vec<Need> = (0..header.len())
        .map(|c| {
            let mut cells = vec![(header[c].as_str(), true)];
            cells.extend(
                rows.iter()
                    .filter_map(|r| r.get(c))
                    .map(|t| (t.as_str(), false)),
            );
            need(&cells)
        })
        .collect();
    let share =
        |part: u32, of: u32, amount: u32| (part as u64 * amount as u64 / of.max(1) as u64) as u32;
    let mut widths: Vec<Option<u32>> = vec![None; needs.len()];
    let mut left = total;
    loop {
        let open: Vec<usize> = (0..needs.len()).filter(|&c| widths[c].is_none()).collect();
        if open.is_empty() {
            break;
        }
        // A share and a half for the rest: the title column needs the most.
        let fair = left * 2 / (2 * open.len() as u32 + 1);
        let fitting: Vec<usize> = open
            .into_iter()
            .filter(|&c| needs[c].most <= fair)
            .collect();
        if fitting.is_empty() {
            break;
        }
        for c in fitting {
            widths[c] = Some(needs[c].most);
            left -= needs[c].most;
        }
    }
    let open: Vec<usize> = (0..needs.len()).filter(|&c| widths[c].is_none()).collect();
    let least: u32 = open.iter().map(|&c| needs[c].least).sum();
    let most: u32 = open.iter().map(|&c| needs[c].most).sum();
    let mut widths: Vec<u32> = if open.is_empty() {
        // Everything fits on one line: the room to spare by what each column holds.
        let most: u32 = needs.iter().map(|n| n.most).sum();
        needs
            .iter()
            .map(|n| n.most + share(n.most, most, left))
            .collect()
    } else {
        (0..needs.len())
            .map(|c| match widths[c] {
                Some(w) => w,
                None if least <= left => {
                    let n = needs[c];
                    n.least + share(n.most - n.least, most - least, left - least)
                }
                None => share(needs[c].least, least, left),
            })
            .collect()
    };
    // What rounding left over goes to the widest column.
    let sum: u32 = widths.iter().sum();
    if let Some(widest) = (0..widths.len()).max_by_key(|&i| widths[i]) {
        widths[widest] = widths[widest] + total - sum.min(total);
    }
    widths
}

/// A table `total` twips wide with its header row shaded and bold.
pub fn table(header: &[String], rows: &[Vec<String>], total: u32) -> Table {
    let widths = column_widths(header, rows, total);
    let row = |cells: &[String], head: bool| {
        let cells = cells
            .iter()
            .zip(&widths)
            .map(|(text, &w)| {
                let run = Run::new().add_text(text);
                let cell = TableCell::new()
                    .width(w as usize, WidthType::Dxa)
                    .add_paragraph(Paragraph::new().style(TABLE_TEXT).add_run(if head {
                        run.bold()
                    } else {
                        run
                    }));
                if head {
                    cell.shading(Shading::new().shd_type(ShdType::Clear).fill("E8EEF4"))
                } else {
                    cell
                }
            })
            .collect();
        TableRow::new(cells).cant_split()
    };
    let mut all = vec![row(header, true)];
    all.extend(rows.iter().map(|r| row(r, false)));
    Table::new(all)
        .set_grid(widths.iter().map(|&w| w as usize).collect())
        .width(total as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(40, CELL_MARGIN as usize, 40, CELL_MARGIN as usize))
}

/// Marks the first row of each table as its header, repeated at the top of each page the table
/// runs onto (`w:tblHeader`, which docx-rs does not write): every row of ours starts with
/// `w:cantSplit`, so the first one after a table's grid is its header row's.
pub fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(document);
    const GRID_END: &str = "</w:tblGrid>";
    const CANT_SPLIT: &str = "<w:cantSplit />";
    let mut out = String::with_capacity(text.len() + 1024);
    let mut rest: &str = &text;
    while let Some(at) = rest.find(GRID_END) {
        let (before, after) = rest.split_at(at + GRID_END.len());
        out.push_str(before);
        rest = after;
        // The header row's properties come before any cell of it.
        let first_cell = rest.find("<w:tc>").unwrap_or(rest.len());
        if let Some(split) = rest[..first_cell].find(CANT_SPLIT) {
            let end = split + CANT_SPLIT.len();
            out.push_str(&rest[..end]);
            out.push_str("<w:tblHeader />");
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn titles_are_wide_and_statuses_narrow_and_no_word_is_cut() {
        let header = strings(&["Statement", "Status", "Signatories"]);
        let rows = vec![strings(&[
            "Item 4 general debate: Burundi, Eritrea and Syria, with the situation of human \
             rights defenders in the region and the reprisals against them",
            "Submitted",
            "85",
        ])];
        let widths = column_widths(&header, &rows, 9638);
        assert_eq!(widths.iter().sum::<u32>(), 9638);
        assert!(widths[0] > 2 * widths[1], "{widths:?}");
        assert!(widths[0] > 2 * widths[2], "{widths:?}");
        assert!(widths[1] >= width("Submitted", false) + 2 * CELL_MARGIN);
        assert!(widths[2] >= width("Signatories", true) + 2 * CELL_MARGIN);
    }

    #[test]
    fn short_tables_fill_the_width_by_what_each_column_holds() {
        let widths = column_widths(&strings(&["A", "Title"]), &[strings(&["1", "Short"])], 9000);
        assert_eq!(widths.iter().sum::<u32>(), 9000);
        assert!(widths[1] > widths[0]);
    }

    #[test]
    fn only_the_first_row_of_each_table_is_its_header() {
        let xml = "<w:tbl><w:tblGrid><w:gridCol w:w=\"10\" /></w:tblGrid><w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc>H</w:tc></w:tr>\
                   <w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc>B</w:tc></w:tr></w:tbl>";
        let out = String::from_utf8(repeat_header_rows(xml.as_bytes())).unwrap();
        assert_eq!(out.matches("<w:tblHeader />").count(), 1);
        assert!(out.contains("<w:cantSplit /><w:tblHeader /></w:trPr><w:tc>H"));
    }
}
