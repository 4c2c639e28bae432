//! `--json` output: serde_json's pretty printing, with the characters a terminal would act on
//! written as `\u` escapes, so that the JSON reads back exact and never drives the terminal.
use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::escape::acts_on_terminal;

/// `value` as pretty JSON. serde_json escapes the C0 controls itself; DEL, the C1 controls and
/// the bidirectional overrides it writes raw, so they are escaped here (still the same JSON).
pub fn to_string<T: Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, TerminalSafe(PrettyFormatter::new()));
    value
        .serialize(&mut serializer)
        .expect("core types serialise");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// serde_json's pretty formatter with [`acts_on_terminal`] characters escaped in strings.
struct TerminalSafe(PrettyFormatter<'static>);

impl Formatter for TerminalSafe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(acts_on_terminal) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let c = rest[at..].chars().next().expect("a character was found");
            // Every such character lies in the Basic Multilingual Plane: one \u escape each.
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    // The layout is PrettyFormatter's.
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }
    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }
    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    #[test]
    fn pretty_json_that_reads_back_exact_with_nothing_a_terminal_acts_on() {
        let value =
            json!({"title": "a\x1b[2J\x07\r\u{7f}\u{9b}\u{202E}b — ok", "n": [1, 2], "e": {}});
        let text = super::to_string(&value);
        assert!(
            !text.contains(|c| c != '\n' && crate::escape::acts_on_terminal(c)),
            "{text}"
        );
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
        assert_eq!(
            text.replace("\\u007f", "\u{7f}")
                .replace("\\u009b", "\u{9b}")
                .replace("\\u202e", "\u{202E}"),
            serde_json::to_string_pretty(&value).unwrap(),
            "the layout is serde_json's own"
        );
    }
}
