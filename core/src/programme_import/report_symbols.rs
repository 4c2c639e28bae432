//! The report symbols of an Order of the Day: lists such as "A/HRC/38/44 and Add.1–5;
//! A/HRC/38/NGO/96" read into each symbol (A/HRC/38/44, A/HRC/38/44/Add.1 … Add.5, A/HRC/38/NGO/96).
use crate::domain::document::read_symbol;

/// The most addenda one range may name ("Add.1–5"): more is a misreading, not a report.
const MOST_IN_RANGE: u32 = 40;

/// The suffixes a symbol's last part can carry, and that a list may give alone ("and Add.1–5").
const SUFFIXES: &[&str] = &["Add", "Corr", "Rev"];

/// The symbols of a line that holds only symbols and the words between them (commas,
/// semicolons, "and"), in the order given and each once; None when the line holds anything else
/// (a title, a name), or no symbol at all.
pub fn read_list(line: &str) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    // The last symbol given in full, and the kind of suffix last added to it ("Add").
    let mut last: Option<String> = None;
    let mut suffix: Option<&str> = None;
    for token in line
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .map(|t| t.trim_matches(['(', ')']))
        .filter(|t| !t.is_empty())
    {
        if token.eq_ignore_ascii_case("and") || token == "&" {
            continue;
        }
        let token = token.trim_end_matches(['.', ':']);
        if token.contains('/') {
            let symbol = read_symbol("documents", token).ok()?;
            suffix = None;
            last = Some(symbol.clone());
            push(&mut out, symbol);
            continue;
        }
        let base = last.clone()?;
        let (kind, numbers) = match token.split_once('.') {
            Some((head, numbers)) => {
                let kind = SUFFIXES
                    .iter()
                    .copied()
                    .find(|s| s.eq_ignore_ascii_case(head))?;
                (kind, numbers)
            }
            // "Add.1, 2 and 4": a number alone continues the suffix before it.
            None => (suffix?, token),
        };
        suffix = Some(kind);
        for n in numbers_of(numbers)? {
            let symbol = format!("{}/{kind}.{n}", strip_suffix(&base, kind));
            last = Some(symbol.clone());
            push(&mut out, symbol);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// "1", "1–5", "1-5" (en dash, hyphen, em dash) → the numbers; None for anything else.
fn numbers_of(words: &str) -> Option<Vec<u32>> {
    let words = words.trim();
    match words.split_once(['–', '-', '—']) {
        Some((from, to)) => {
            let (from, to): (u32, u32) = (from.trim().parse().ok()?, to.trim().parse().ok()?);
            (from <= to && to - from < MOST_IN_RANGE).then(|| (from..=to).collect())
        }
        None => Some(vec![words.parse().ok()?]),
    }
}

/// The symbol a suffix of `kind` is added to: `base` without a last part of that kind
/// (A/HRC/38/44/Add.1 and "Add.2" → A/HRC/38/44).
fn strip_suffix<'a>(base: &'a str, kind: &str) -> &'a str {
    match base.rsplit_once('/') {
        Some((head, tail)) if tail.split_once('.').is_some_and(|(k, _)| k == kind) => head,
        _ => base,
    }
}

fn push(out: &mut Vec<String>, symbol: String) {
    if !out.contains(&symbol) {
        out.push(symbol);
    }
}

#[cfg(test)]
mod tests {
    use super::read_list;

    fn list(line: &str) -> Vec<String> {
        read_list(line).unwrap_or_else(|| panic!("{line:?} reads as a list"))
    }

    #[test]
    fn reads_each_symbol_of_a_range_of_addenda() {
        assert_eq!(
            list("A/HRC/38/44 and Add.1–5"),
            [
                "A/HRC/38/44",
                "A/HRC/38/44/Add.1",
                "A/HRC/38/44/Add.2",
                "A/HRC/38/44/Add.3",
                "A/HRC/38/44/Add.4",
                "A/HRC/38/44/Add.5"
            ]
        );
        assert_eq!(
            list("A/HRC/38/35 and Add.1-2; A/HRC/38/NGO/96"),
            [
                "A/HRC/38/35",
                "A/HRC/38/35/Add.1",
                "A/HRC/38/35/Add.2",
                "A/HRC/38/NGO/96"
            ]
        );
        assert_eq!(
            list("A/HRC/38/44, Add.1, 2 and 4"),
            [
                "A/HRC/38/44",
                "A/HRC/38/44/Add.1",
                "A/HRC/38/44/Add.2",
                "A/HRC/38/44/Add.4"
            ]
        );
    }

    #[test]
    fn reads_lists_written_in_full_with_corrigenda_and_other_series() {
        assert_eq!(
            list("A/HRC/31/57/Add.4, A/HRC/31/57/Add.4/Corr.1, A/HRC/30/G/5, A/HRC/30/CRP.1, A/HRC/30/NI/4,"),
            [
                "A/HRC/31/57/Add.4",
                "A/HRC/31/57/Add.4/Corr.1",
                "A/HRC/30/G/5",
                "A/HRC/30/CRP.1",
                "A/HRC/30/NI/4"
            ]
        );
        assert_eq!(
            list("A/HRC/38/44/Add.1 and Add.2"),
            ["A/HRC/38/44/Add.1", "A/HRC/38/44/Add.2"]
        );
        assert_eq!(
            list("a/hrc/38/44 and corr.1"),
            ["A/HRC/38/44", "A/HRC/38/44/Corr.1"]
        );
    }

    #[test]
    fn a_line_with_anything_else_is_no_list() {
        for line in [
            "",
            "Item 3",
            "Report of the Special Rapporteur A/HRC/38/44",
            "Add.1–5",
            "A/HRC/38/44 and Add.1–500",
            "A/HRC/38",
            "- Special Rapporteur on the right to education",
        ] {
            assert_eq!(read_list(line), None, "{line:?}");
        }
    }
}
