//! Full-text search results: what matched, where, and the words that matched.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;
use crate::reference::country_names;

choices!(
    /// The kinds of thing search finds.
    SearchKind {
        Note = "note": "Note",
        Statement = "statement": "Statement",
        KeyIssue = "key-issue": "Key issue",
        Situation = "situation": "Country situation",
        SideEvent = "side-event": "Side event",
        Meeting = "meeting": "Meeting",
        Resolution = "resolution": "Resolution",
        Consultation = "consultation": "Informal consultation",
        Delegation = "delegation": "Delegation",
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
            SearchKind::Resolution => "Resolutions",
            SearchKind::Consultation => "Informal consultations",
            SearchKind::Delegation => "Delegations",
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
/// recently written first. A delegation belongs to no session (one record per State, shared by
/// every session): its `session_id` is none and its session label and name are empty, and a
/// search narrowed to a session finds it all the same.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchHit {
    pub kind: SearchKind,
    pub id: Uuid,
    /// None for a delegation.
    pub session_id: Option<Uuid>,
    pub session_label: String,
    /// "HRC38", "HRC S-28".
    pub session_name: String,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
    /// Lower comes first: the hit's place in the results (0 first).
    pub rank: f64,
    /// A note, statement, situation or key issue marked confidential (its result says so).
    pub confidential: bool,
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
/// `joined`, its words written with an apostrophe or a hyphen, each without them (schema 6), so
/// that "divoire" finds "d'Ivoire" as "ivoire" does, and "cosponsor" finds "co-sponsor".
pub const IN_TITLES: &str = "title joined";
/// See [`IN_TITLES`].
pub const ANYWHERE: &str = "title body joined";

/// Turns what a person typed into an FTS5 query: each word matches as a prefix, and the index
/// stems English words on both sides (porter), so "reprisal" finds "Reprisals" and "reprisals"
/// finds "a reprisal"; a lone letter or digit matches whole (every
/// word starting with "a" is no search); a word joined by hyphens matches as written or joined
/// ("co-sponsor" finds "co-sponsor" and "cosponsor"); words that name a country find any of its
/// names (see [`country_term`]); a "quoted phrase" matches as a phrase; FTS syntax
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
            .split(|c: char| !c.is_alphanumeric() && !IN_WORDS.contains(&c))
            .map(|w| w.trim_matches(IN_WORDS))
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
            // The whole part may name a country as lists write it: "Korea, Republic of".
            if let Some(term) = named_term(part.trim(), &words) {
                push(term, &mut terms);
                continue;
            }
            let mut rest = &words[..];
            while !rest.is_empty() {
                let (taken, term) = country_term(rest).unwrap_or_else(|| (1, word_term(&rest[0])));
                push(term, &mut terms);
                rest = &rest[taken..];
            }
        }
    }
    // AND said aloud: FTS5 reads two terms side by side as both only when neither is in brackets.
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// What may stand inside a typed word: apostrophes, and hyphens (straight, Unicode and
/// non-breaking).
const IN_WORDS: [char; 5] = ['\'', '’', '-', '‐', '‑'];

/// One typed word as a term: a prefix (`"reprisal"*`), whole when a lone letter or digit; a word
/// joined by hyphens as written or joined (`("co sponsor"* OR "cosponsor"*)`).
fn word_term(word: &str) -> String {
    let pieces: Vec<&str> = word
        .split(['-', '‐', '‑'])
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.len() > 1 {
        return format!("(\"{}\"* OR \"{}\"*)", pieces.join(" "), pieces.concat());
    }
    let word = pieces.concat();
    match word.chars().count() {
        1 => format!("\"{word}\""),
        _ => format!("\"{word}\"*"),
    }
}

/// The FTS5 MATCH expression of a search: the terms (from [`fts_query`]) sought in `columns`
/// ([`ANYWHERE`], or [`IN_TITLES`]), narrowed inside the index to a session (by id) and to kinds
/// (by key), which the index holds as columns of their own. Delegations, which belong to no
/// session, are in every session.
pub fn match_expression(
    columns: &str,
    terms: &str,
    session_id: Option<&str>,
    kinds: &[&str],
) -> String {
    let mut expr = format!("{{{columns}}} : ({terms})");
    if let Some(id) = session_id {
        expr.push_str(&format!(
            " AND (session_id : \"{id}\" OR kind : \"{}\")",
            SearchKind::Delegation.key()
        ));
    }
    if !kinds.is_empty() {
        let kinds: Vec<String> = kinds.iter().map(|k| format!("\"{k}\"")).collect();
        expr.push_str(&format!(" AND kind : ({})", kinds.join(" OR ")));
    }
    expr
}

/// The most words of a country's name a search weighs as one: "United Kingdom of Great
/// Britain and Northern Ireland".
const COUNTRY_NAME_WORDS: usize = 8;

/// When the first words typed name a country (its UN name, a common or a former name, in any
/// form: "Turkey", "DRC", "Democratic Republic of the Congo"), how many they are and their term
/// (see [`named_term`]). The longest run wins.
fn country_term(words: &[String]) -> Option<(usize, String)> {
    (1..=words.len().min(COUNTRY_NAME_WORDS))
        .rev()
        .find_map(|n| named_term(&words[..n].join(" "), &words[..n]).map(|term| (n, term)))
}

/// The term of `words`, typed as `typed`, when they name a country: the words as typed, or any
/// other name of the country as a phrase — so "Turkey" finds "Türkiye" and "Swaziland" finds
/// "Eswatini". Two letters name a country only in capitals, and as a whole word ("US", not the
/// word "us" nor "use").
fn named_term(typed: &str, words: &[String]) -> Option<String> {
    let tokens = |name: &str| -> String {
        let folded = crate::text::fold(name).to_lowercase();
        let spaced: String = folded
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        spaced.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    if words.is_empty() || (typed.chars().count() <= 2 && typed != typed.to_uppercase()) {
        return None;
    }
    let code = country_names::code_named(typed)?;
    let mut seen = vec![tokens(typed)];
    let mut names = Vec::new();
    for name in country_names::names_of(code) {
        let t = tokens(name);
        if !seen.contains(&t) {
            names.push(format!("\"{t}\""));
            seen.push(t);
        }
    }
    if names.is_empty() {
        return None;
    }
    let own: Vec<String> = words.iter().map(|w| word_term(w)).collect();
    let own = match own.len() {
        1 if typed.chars().count() <= 2 => format!("\"{typed}\""),
        1 => own.concat(),
        _ => format!("({})", own.join(" AND ")),
    };
    Some(format!("({own} OR {})", names.join(" OR ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_become_prefix_terms_and_phrases() {
        let cases = [
            ("reprisal", Some("\"reprisal\"*")),
            ("Genève reprisals", Some("\"Genève\"* AND \"reprisals\"*")),
            (
                "\"commission of inquiry\" Syria",
                Some("\"commission of inquiry\" AND (\"Syria\"* OR \"syrian arab republic\")"),
            ),
            ("NEAR( OR * ^", Some("\"NEAR\"* AND \"OR\"*")),
            ("L’Association", Some("\"L’Association\"*")),
            ("A/HRC/38", Some("\"A\" AND \"HRC\"* AND \"38\"*")),
            ("é", Some("\"é\"")),
            ("   ", None),
            ("\"\"", None),
            ("*:-", None),
            ("Burundi burundi BURUNDI", Some("\"Burundi\"*")),
            (
                "\"in Geneva\" \"in geneva\" x",
                Some("\"in Geneva\" AND \"x\""),
            ),
            ("co-sponsor", Some("(\"co sponsor\"* OR \"cosponsor\"*)")),
            (
                "-follow-up- x-",
                Some("(\"follow up\"* OR \"followup\"*) AND \"x\""),
            ),
            ("Turkey", Some("(\"Turkey\"* OR \"turkiye\")")),
            (
                "Swaziland reprisals",
                Some("(\"Swaziland\"* OR \"eswatini\") AND \"reprisals\"*"),
            ),
            (
                "the Gambia",
                Some("((\"the\"* AND \"Gambia\"*) OR \"gambia\")"),
            ),
            ("help us", Some("\"help\"* AND \"us\"*")),
            (
                "US",
                Some("(\"US\" OR \"united states of america\" OR \"usa\" OR \"united states\")"),
            ),
            (
                "Korea, Republic of",
                Some(
                    "((\"Korea\"* AND \"Republic\"* AND \"of\"*) OR \"republic of korea\" \
                     OR \"south korea\" OR \"rok\")",
                ),
            ),
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
        assert_eq!(q.split(" AND ").count(), SEARCH_MAX_TERMS);
        assert!(q.starts_with("\"word0\"* AND \"word1\"*"));
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
            "{title} : (\"burundi\"*) AND (session_id : \"01a2-b3\" OR kind : \"delegation\") AND kind : (\"note\" OR \"key-issue\")"
        );
    }
}
