//! Text rules shared by the core: folding names for comparison, counting words.
use unicode_normalization::UnicodeNormalization;

/// Whether `c` shows nothing and takes no space: a byte-order mark (files saved on Windows
/// start with one), zero-width spaces and joiners, direction marks, embeddings and isolates,
/// the soft hyphen. Pasted text carries them unseen.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Folds a name so that near-duplicates compare equal: case, accents,
/// typographic apostrophes, quotes and dashes, spacing, invisible characters and trailing
/// punctuation are ignored. "L’Association  Marocaine." and "l'association marocaine" fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || is_invisible(c) {
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

/// Trims and collapses inner runs of whitespace to one space; invisible characters at the
/// edges of words (see [`is_invisible`]) go too.
pub fn tidy(s: &str) -> String {
    s.split_whitespace()
        .map(|w| w.trim_matches(is_invisible))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Counts the words of a statement's text: whitespace-separated tokens that
/// hold at least one letter or digit, so Markdown marks (`#`, `*`, `-`) are not words.
pub fn word_count(s: &str) -> u32 {
    // One pass without branches on ASCII: every list of statements measures each text, and at
    // ten years of data that is a megabyte per session (BENCHMARKS.md). A word is counted at its
    // first letter or digit: one that comes after a space, with no letter or digit between.
    const OTHER: u8 = 0;
    const SPACE: u8 = 1;
    const WORD: u8 = 2;
    // Beyond ASCII, whether a character is a letter matters only after a space (Unicode's
    // tables are slow to ask).
    let class = |c: char, last: u8| {
        if c.is_whitespace() {
            SPACE
        } else if last == SPACE && c.is_alphanumeric() {
            WORD
        } else {
            OTHER
        }
    };
    let (mut count, mut last, mut i) = (0u32, SPACE, 0);
    let bytes = s.as_bytes();
    while i < bytes.len() {
        let (now, width) = match bytes[i] {
            b if b.is_ascii() => (ASCII_CLASS[b as usize], 1),
            _ => s[i..]
                .chars()
                .next()
                .map_or((SPACE, 1), |c| (class(c, last), c.len_utf8())),
        };
        count += u32::from(now == WORD && last == SPACE);
        if now != OTHER {
            last = now;
        }
        i += width;
    }
    count
}

/// Each ASCII character's class for [`word_count`]: 1 whitespace, 2 letter or digit, 0 other.
const ASCII_CLASS: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' => 1,
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => 2,
            _ => 0,
        };
        b += 1;
    }
    table
};

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
            ("\u{FEFF}ActionAid\u{200B}", "actionaid"),
            ("Pax\u{200E} Christi", "pax christi"),
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

    proptest::proptest! {
        /// The one-pass count is the definition: whitespace-separated tokens holding a letter or digit.
        #[test]
        fn word_count_is_the_definition(s in "(\\PC|[ \t\n\r\x0b\x0c\u{a0}\u{3000}#*-]){0,60}") {
            let defined = s
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count() as u32;
            proptest::prop_assert_eq!(word_count(&s), defined);
        }
    }
}
