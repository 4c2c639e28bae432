//! UN documents known by their symbol: reading a typed symbol, its kind and its link on the UN's document system.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use crate::error::{Error, Result};
use crate::Rule;

choices!(
    /// The kinds of UN document the Council works with.
    DocumentKind {
        Report = "report": "Report",
        Addendum = "addendum": "Addendum",
        Corrigendum = "corrigendum": "Corrigendum",
        Revision = "revision": "Revision",
        DraftResolution = "draft-resolution": "Draft resolution (L-document)",
        NgoWrittenStatement = "ngo-written-statement": "NGO written statement",
        Resolution = "resolution": "Resolution",
        Decision = "decision": "Decision",
        PresidentStatement = "president-statement": "President's statement",
        OrderOfTheDay = "order-of-the-day": "Order of the Day",
        Other = "other": "Other document",
    }
);

/// A stored document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Document {
    pub id: Uuid,
    pub symbol: String,
    pub title: String,
    pub kind: DocumentKind,
    /// Its page on the UN's document system.
    pub url: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// A record that links a document or a mandate: a meeting that takes it up, a situation or key
/// issue that follows it, a statement that answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LinkedRecord {
    /// `meeting`, `situation`, `key-issue` or `statement`.
    pub kind: String,
    pub id: Uuid,
    pub session_id: Uuid,
    /// Its title (a situation's country).
    pub title: String,
    /// A meeting's Geneva day, to tell apart the meetings of one dialogue (none while to be
    /// announced, and for the other kinds).
    pub date: Option<chrono::NaiveDate>,
}

/// A document and the live records that link it, in the order meeting, situation, key issue,
/// statement. Its JSON is the document's, with `linked`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentSummary {
    #[serde(flatten)]
    pub document: Document,
    pub linked: Vec<LinkedRecord>,
}

/// What a person types for a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct DocumentInput {
    pub symbol: String,
    pub title: String,
    /// Defaults to the kind its symbol says.
    pub kind: Option<String>,
}

/// The parts that end a symbol and keep their capitalisation ("Add.1", "Corr.1", "Rev.1").
const SUFFIXES: &[&str] = &["Add", "Corr", "Rev"];

/// A typed symbol as the UN writes it (`a/hrc/38/44/add.1` → `A/HRC/38/44/Add.1`); the error
/// names `field`. Spaces around slashes are dropped; each part is letters, digits, dots and
/// hyphens; the first part is letters (A, E, CCPR …) and at least two slashes follow it.
pub fn read_symbol(field: &str, typed: &str) -> Result<String> {
    let wrong = || {
        Error::invalid(
            field,
            Rule::NotADocumentSymbol {
                value: typed.trim().into(),
            },
        )
    };
    let parts: Vec<&str> = typed.trim().split('/').map(str::trim).collect();
    if parts.len() < 3 {
        return Err(wrong());
    }
    let mut out = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        let ok = !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            && part
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if !ok || (i == 0 && !part.chars().all(|c| c.is_ascii_alphabetic())) {
            return Err(wrong());
        }
        let (head, rest) = part.split_once('.').unwrap_or((part, ""));
        let suffix = SUFFIXES.iter().find(|s| s.eq_ignore_ascii_case(head));
        out.push(match suffix {
            Some(s) if i > 1 && !rest.is_empty() => format!("{s}.{rest}"),
            _ => part.to_ascii_uppercase(),
        });
    }
    // A Council symbol names a session and a document ("A/HRC/38" alone names neither), and two
    // symbols run together ("A/HRC/38/47A/HRC/38/47/Add.1") are not one.
    let prefix = format!("{}/{}/", out[0], out[1]);
    if (out[1] == "HRC" && out.len() < 4) || out.join("/")[1..].contains(&prefix) {
        return Err(wrong());
    }
    Ok(out.join("/"))
}

/// The symbol in one spelling, to find a document however it was typed.
pub fn symbol_key(symbol: &str) -> String {
    symbol
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// The kind a symbol says (`A/HRC/38/L.10` a draft resolution, `…/Add.1` an addendum …).
pub fn kind_of(symbol: &str) -> DocumentKind {
    let parts: Vec<&str> = symbol.split('/').collect();
    let last = parts.last().copied().unwrap_or("");
    let has = |p: &str| parts.iter().any(|x| x.eq_ignore_ascii_case(p));
    let starts = |p: &str| last.len() > p.len() && last[..p.len()].eq_ignore_ascii_case(p);
    if starts("Add.") {
        DocumentKind::Addendum
    } else if starts("Corr.") {
        DocumentKind::Corrigendum
    } else if starts("Rev.")
        && !parts
            .iter()
            .any(|x| x.to_ascii_uppercase().starts_with("L."))
    {
        DocumentKind::Revision
    } else if parts
        .iter()
        .any(|x| x.to_ascii_uppercase().starts_with("L."))
    {
        DocumentKind::DraftResolution
    } else if has("NGO") {
        DocumentKind::NgoWrittenStatement
    } else if has("RES") {
        DocumentKind::Resolution
    } else if has("DEC") {
        DocumentKind::Decision
    } else if has("PRST") {
        DocumentKind::PresidentStatement
    } else if has("OD") {
        DocumentKind::OrderOfTheDay
    } else if parts.len() >= 4 && parts[1].eq_ignore_ascii_case("HRC") {
        DocumentKind::Report
    } else {
        DocumentKind::Other
    }
}

/// The document's page on the UN's Official Document System, made from its symbol.
pub fn url_of(symbol: &str) -> String {
    format!("https://undocs.org/{symbol}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_read_as_the_un_writes_them() {
        for (typed, read) in [
            ("A/HRC/38/44", "A/HRC/38/44"),
            ("a/hrc/38/44/add.1", "A/HRC/38/44/Add.1"),
            (" A/HRC/38/44 / Corr.1 ", "A/HRC/38/44/Corr.1"),
            ("A/HRC/38/L.10/Rev.1", "A/HRC/38/L.10/Rev.1"),
            ("A/HRC/38/NGO/96", "A/HRC/38/NGO/96"),
            ("A/HRC/RES/38/1", "A/HRC/RES/38/1"),
            ("A/HRC/DEC/38/101", "A/HRC/DEC/38/101"),
            ("A/HRC/PRST/38/1", "A/HRC/PRST/38/1"),
            ("A/HRC/38/OD/3", "A/HRC/38/OD/3"),
        ] {
            assert_eq!(read_symbol("symbol", typed).unwrap(), read, "{typed}");
        }
        for bad in [
            "",
            "HRC/38",
            "A/HRC",
            "A HRC 38 44",
            "A/HRC//44",
            "1/HRC/38",
        ] {
            let e = read_symbol("symbol", bad).unwrap_err();
            assert_eq!(e.field(), Some("symbol"), "{bad}");
        }
    }

    #[test]
    fn a_symbol_says_its_kind() {
        for (symbol, kind) in [
            ("A/HRC/38/44", DocumentKind::Report),
            ("A/HRC/38/44/Add.1", DocumentKind::Addendum),
            ("A/HRC/38/44/Corr.1", DocumentKind::Corrigendum),
            ("A/HRC/38/L.10", DocumentKind::DraftResolution),
            ("A/HRC/38/L.10/Rev.1", DocumentKind::DraftResolution),
            ("A/HRC/38/NGO/96", DocumentKind::NgoWrittenStatement),
            ("A/HRC/RES/38/1", DocumentKind::Resolution),
            ("A/HRC/DEC/38/101", DocumentKind::Decision),
            ("A/HRC/PRST/38/1", DocumentKind::PresidentStatement),
            ("A/HRC/38/OD/3", DocumentKind::OrderOfTheDay),
        ] {
            assert_eq!(kind_of(symbol), kind, "{symbol}");
        }
        assert_eq!(url_of("A/HRC/38/44"), "https://undocs.org/A/HRC/38/44");
    }
}
