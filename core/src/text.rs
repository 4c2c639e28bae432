//! Text rules shared by the core: folding names for comparison, counting words.
use unicode_normalization::UnicodeNormalization;

/// Folds a name so that near-duplicates compare equal: case, accents,
/// typographic apostrophes, quotes and dashes, spacing and trailing punctuation
/// are ignored. "L’Association  Marocaine." and "l'association marocaine" fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}'
            | '\u{0060}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    while out.ends_with(['.', ',', ';', ' ']) {
        out.pop();
    }
    out
}

/// Trims and collapses inner runs of whitespace to one space.
pub fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Counts the words of a statement's text: whitespace-separated tokens that
/// hold at least one letter or digit, so Markdown marks (`#`, `*`, `-`) are not words.
pub fn word_count(s: &str) -> u32 {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_quotes_dashes_and_spacing() {
        let cases = [
            ("L’Association Marocaine", "L'Association Marocaine"),
            ("Développement", "developpement"),
            (
                "  Pax   Christi\tInternational ",
                "pax christi international",
            ),
            (
                "Community Action Center – Al-Quds",
                "community action center - al-quds",
            ),
            ("Rights.", "rights"),
            ("«Quoted»", "\"quoted\""),
        ];
        for (a, b) in cases {
            assert_eq!(fold(a), fold(b), "{a:?} vs {b:?}");
        }
        assert_ne!(
            fold("Pax Christi Flanders"),
            fold("Pax Christi International")
        );
    }

    #[test]
    fn word_count_skips_markdown_marks() {
        let cases = [
            ("", 0),
            ("   ", 0),
            ("Mr President,", 2),
            ("# Heading\n\n- one\n- two *three*", 4),
            ("well-known — fact", 2),
            ("Genève 2018", 2),
        ];
        for (text, n) in cases {
            assert_eq!(word_count(text), n, "{text:?}");
        }
    }
}
