//! Full-text search results: what matched, where, and the words that matched.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

choices!(
    /// The kinds of thing search finds.
    SearchKind {
        Note = "note": "Note",
        Statement = "statement": "Statement",
        KeyIssue = "key-issue": "Key issue",
        Situation = "situation": "Country situation",
        SideEvent = "side-event": "Side event",
        Meeting = "meeting": "Meeting",
    }
);

impl SearchKind {
    /// What a filter of this kind says: "Notes", "Key issues".
    pub fn plural(self) -> &'static str {
        match self {
            SearchKind::Note => "Notes",
            SearchKind::Statement => "Statements",
            SearchKind::KeyIssue => "Key issues",
            SearchKind::Situation => "Situations",
            SearchKind::SideEvent => "Side events",
            SearchKind::Meeting => "Meetings",
        }
    }
}

/// A piece of a snippet; `hit` pieces are the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One search result. Results list the matches in titles first, then the others, each most
/// recently written first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchHit {
    pub kind: SearchKind,
    pub id: Uuid,
    pub session_id: Uuid,
    pub session_label: String,
    /// "HRC38", "HRC S-28".
    pub session_name: String,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
    /// Lower comes first: the hit's place in the results (0 first).
    pub rank: f64,
}

/// A search request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SearchQuery {
    pub text: String,
    /// A session label ("38", "S-28"); all sessions when omitted.
    pub session: Option<String>,
    /// Only these kinds; all when empty.
    pub kinds: Vec<String>,
    /// At most this many results (default 50).
    pub limit: Option<u32>,
}

/// The most of a query that is read, in characters: a search box, not a document.
pub const SEARCH_TEXT_MAX_CHARS: usize = 500;
/// The most distinct terms a search seeks: each one more costs a pass over its index entries.
pub const SEARCH_MAX_TERMS: usize = 16;

/// The columns a search reads in `search_titles` and in `search_index`: the text as written and
/// `joined`, the same text with its apostrophes dropped (schema 5), so that "divoire" finds
/// "d'Ivoire" as "ivoire" does.
pub const IN_TITLES: &str = "title joined";
/// See [`IN_TITLES`].
pub const ANYWHERE: &str = "title body joined";

/// Turns what a person typed into an FTS5 query: each word matches as a prefix, and the index
/// stems English words on both sides (porter), so "reprisal" finds "Reprisals" and "reprisals"
/// finds "a reprisal"; a lone letter or digit matches whole (every
/// word starting with "a" is no search); a "quoted phrase" matches as a phrase; FTS syntax
/// characters are taken as plain text. A term said twice is sought once, and only the first
/// [`SEARCH_MAX_TERMS`] distinct terms of the first [`SEARCH_TEXT_MAX_CHARS`] characters count:
/// a word pasted 2,000 times is one term, not a query that holds the store for minutes.
/// `None` when nothing is left.
pub fn fts_query(text: &str) -> Option<String> {
    let text: String = text.chars().take(SEARCH_TEXT_MAX_CHARS).collect();
    let mut terms: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push = |term: String, terms: &mut Vec<String>| {
        if terms.len() < SEARCH_MAX_TERMS && seen.insert(term.to_lowercase()) {
            terms.push(term);
        }
    };
    for (i, part) in text.split('"').enumerate() {
        let in_quotes = i % 2 == 1;
        let words: Vec<String> = part
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(|w| w.trim_matches(['\'', '’']))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if words.is_empty() {
            continue;
        }
        if in_quotes {
            push(
                format!("\"{}\"", words.join(" ").replace('"', "")),
                &mut terms,
            );
        } else {
            for w in words {
                let term = match w.chars().count() {
                    1 => format!("\"{w}\""),
                    _ => format!("\"{w}\"*"),
                };
                push(term, &mut terms);
            }
        }
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The FTS5 MATCH expression of a search: the terms (from [`fts_query`]) sought in `columns`
/// ([`ANYWHERE`], or [`IN_TITLES`]), narrowed inside the index to a session (by id) and to kinds
/// (by key), which the index holds as columns of their own.
pub fn match_expression(
    columns: &str,
    terms: &str,
    session_id: Option<&str>,
    kinds: &[&str],
) -> String {
    let mut expr = format!("{{{columns}}} : ({terms})");
    if let Some(id) = session_id {
        expr.push_str(&format!(" AND session_id : \"{id}\""));
    }
    if !kinds.is_empty() {
        let kinds: Vec<String> = kinds.iter().map(|k| format!("\"{k}\"")).collect();
        expr.push_str(&format!(" AND kind : ({})", kinds.join(" OR ")));
    }
    expr
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_become_prefix_terms_and_phrases() {
        let cases = [
            ("reprisal", Some("\"reprisal\"*")),
            ("Genève reprisals", Some("\"Genève\"* \"reprisals\"*")),
            (
                "\"commission of inquiry\" Syria",
                Some("\"commission of inquiry\" \"Syria\"*"),
            ),
            ("NEAR( OR * ^", Some("\"NEAR\"* \"OR\"*")),
            ("L’Association", Some("\"L’Association\"*")),
            ("A/HRC/38", Some("\"A\" \"HRC\"* \"38\"*")),
            ("é", Some("\"é\"")),
            ("   ", None),
            ("\"\"", None),
            ("*:-", None),
            ("Burundi burundi BURUNDI", Some("\"Burundi\"*")),
            ("\"in Geneva\" \"in geneva\" x", Some("\"in Geneva\" \"x\"")),
        ];
        for (text, want) in cases {
            assert_eq!(fts_query(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn a_repeated_or_endless_query_is_cut_to_its_distinct_terms() {
        let repeated = "reprisals ".repeat(2_000);
        assert_eq!(fts_query(&repeated).as_deref(), Some("\"reprisals\"*"));
        let many: Vec<String> = (0..100).map(|i| format!("word{i}")).collect();
        let q = fts_query(&many.join(" ")).unwrap();
        assert_eq!(q.split(' ').count(), SEARCH_MAX_TERMS);
        assert!(q.starts_with("\"word0\"* \"word1\"*"));
        let long = "a".repeat(10 * SEARCH_TEXT_MAX_CHARS);
        assert_eq!(
            fts_query(&long),
            Some(format!("\"{}\"*", "a".repeat(SEARCH_TEXT_MAX_CHARS)))
        );
    }

    #[test]
    fn searches_are_narrowed_inside_the_index() {
        let terms = fts_query("burundi").unwrap();
        assert_eq!(
            match_expression("title body", &terms, None, &[]),
            "{title body} : (\"burundi\"*)"
        );
        assert_eq!(
            match_expression("title", &terms, Some("01a2-b3"), &["note", "key-issue"]),
            "{title} : (\"burundi\"*) AND session_id : \"01a2-b3\" AND kind : (\"note\" OR \"key-issue\")"
        );
    }
}
