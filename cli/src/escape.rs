//! The one rule for stored text on a terminal: characters a terminal would act on are shown as escapes.
use std::borrow::Cow;

/// Whether a terminal would act on `c` rather than show it: the C0 controls (escape sequences
/// start with ESC, `\x07` rings the bell, `\r` returns over what was written), DEL, the C1
/// controls (U+009B starts a sequence on some terminals), and the bidirectional marks,
/// embeddings, overrides and isolates (U+202E shows what follows reversed).
pub fn acts_on_terminal(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// Text written as a block of lines (a statement's text, a whole listing): line ends stay, a
/// Windows line end (`\r\n`) counting as one; every other character a terminal would act on is
/// escaped the way Rust writes it (`\u{1b}`, `\r`, `\t`, `\u{202e}`).
pub fn block(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Text shown within a line (a title, a room): line ends are escaped too (`\n`).
pub fn one_line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

fn escape(text: &str, keep_lines: bool) -> Cow<'_, str> {
    if !text.contains(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if keep_lines && c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if !acts_on_terminal(c) || (keep_lines && c == '\n') {
            out.push(c);
        } else {
            out.extend(c.escape_debug());
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_acts_on_and_keeps_the_rest() {
        for (text, block_shown, line_shown) in [
            ("Reprisals", "Reprisals", "Reprisals"),
            (
                "L’Association — Genève",
                "L’Association — Genève",
                "L’Association — Genève",
            ),
            ("a\x1b[2Jb", r"a\u{1b}[2Jb", r"a\u{1b}[2Jb"),
            ("bell\x07", r"bell\u{7}", r"bell\u{7}"),
            ("over\rwrite", r"over\rwrite", r"over\rwrite"),
            ("tab\there", r"tab\there", r"tab\there"),
            (
                "del\x7f c1\u{9b}",
                r"del\u{7f} c1\u{9b}",
                r"del\u{7f} c1\u{9b}",
            ),
            ("\u{202E}desrever", r"\u{202e}desrever", r"\u{202e}desrever"),
            (
                "isolate\u{2066}x\u{2069}",
                r"isolate\u{2066}x\u{2069}",
                r"isolate\u{2066}x\u{2069}",
            ),
            ("one\ntwo", "one\ntwo", r"one\ntwo"),
            ("one\r\ntwo", "one\ntwo", r"one\r\ntwo"),
            // Emoji sequences joined by ZWJ are text, not controls.
            ("👩\u{200D}💻", "👩\u{200D}💻", "👩\u{200D}💻"),
        ] {
            assert_eq!(block(text), block_shown, "block of {text:?}");
            assert_eq!(one_line(text), line_shown, "one line of {text:?}");
        }
    }
}
