//! Full-text search (SQLite FTS5) over notes, statements, key issues, situations, side events and meetings.
use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::row;
use super::Store;
use crate::domain::search::{SearchHit, SearchKind, SearchQuery, SnippetPart};
use crate::domain::session;
use crate::error::Result;

const HIT_START: char = '\u{1}';
const HIT_END: char = '\u{2}';

/// Turns what a person typed into an FTS5 query: each word matches as a prefix
/// ("reprisal" finds "Reprisals"), a "quoted phrase" matches as a phrase, and
/// FTS syntax characters are taken as plain text. `None` when nothing is left.
pub fn fts_query(text: &str) -> Option<String> {
    let mut terms = Vec::new();
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
            terms.push(format!("\"{}\"", words.join(" ").replace('"', "")));
        } else {
            terms.extend(words.into_iter().map(|w| format!("\"{w}\"*")));
        }
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// A result's title: the first line, cut at a word before 80 characters with "…".
fn headline(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if line.chars().count() <= 80 {
        return line.to_string();
    }
    let cut: String = line.chars().take(80).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|i| *i > 40)
        .map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// Splits an FTS5 snippet marked with HIT_START/HIT_END into parts.
fn snippet_parts(marked: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut hit = false;
    let mut text = String::new();
    for c in marked.chars() {
        if c == HIT_START || c == HIT_END {
            if !text.is_empty() {
                parts.push(SnippetPart {
                    text: std::mem::take(&mut text),
                    hit,
                });
            }
            hit = c == HIT_START;
        } else {
            text.push(c);
        }
    }
    if !text.is_empty() {
        parts.push(SnippetPart { text, hit });
    }
    parts
}

impl Store {
    /// Searches everything a person wrote, best matches first.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        let Some(fts) = fts_query(&query.text) else {
            return Ok(Vec::new());
        };
        let mut sql = String::from(
            "SELECT i.kind, i.entity_id, i.session_id,
                    CASE WHEN i.title = '' THEN substr(i.body, 1, 200) ELSE i.title END,
                    snippet(search_index, -1, char(1), char(2), '…', 16),
                    bm25(search_index, 0.0, 0.0, 0.0, 5.0, 1.0) AS rank, s.kind, s.number
             FROM search_index i JOIN sessions s ON s.id = i.session_id AND s.deleted_at IS NULL
             WHERE search_index MATCH ?1",
        );
        let mut args: Vec<Value> = vec![Value::Text(fts)];
        if let Some(label) = query
            .session
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let session = self.find_session(label)?;
            args.push(Value::Text(session.id.to_string()));
            sql.push_str(&format!(" AND i.session_id = ?{}", args.len()));
        }
        if !query.kinds.is_empty() {
            let mut marks = Vec::new();
            for k in &query.kinds {
                args.push(Value::Text(
                    SearchKind::parse("kinds", k)?.key().to_string(),
                ));
                marks.push(format!("?{}", args.len()));
            }
            sql.push_str(&format!(" AND i.kind IN ({})", marks.join(", ")));
        }
        args.push(Value::Integer(i64::from(
            query.limit.unwrap_or(50).clamp(1, 500),
        )));
        sql.push_str(&format!(" ORDER BY rank LIMIT ?{}", args.len()));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let hits = stmt
            .query_map(params_from_iter(args), |r| {
                let kind: SearchKind = r.get(0)?;
                let title: String = r.get(3)?;
                let marked: String = r.get(4)?;
                let number: u32 = r.get(7)?;
                Ok(SearchHit {
                    kind,
                    id: row::id(r, 1)?,
                    session_id: row::id(r, 2)?,
                    session_label: session::label(r.get(6)?, number),
                    title: headline(&title),
                    snippet: snippet_parts(&marked),
                    rank: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(hits)
    }
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
            ("   ", None),
            ("\"\"", None),
            ("*:-", None),
        ];
        for (text, want) in cases {
            assert_eq!(fts_query(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn headlines_cut_at_a_word() {
        assert_eq!(headline("Short note\nsecond line"), "Short note");
        assert_eq!(headline("\n\n  First real line"), "First real line");
        let long = "Burundi delegation did not engage with the Commission. Defenders in exile worried about reprisals";
        assert_eq!(
            headline(long),
            "Burundi delegation did not engage with the Commission. Defenders in exile…"
        );
    }

    #[test]
    fn snippets_split_on_markers() {
        let parts = snippet_parts("a \u{1}Reprisals\u{2} report");
        assert_eq!(parts.len(), 3);
        assert!(parts[1].hit && parts[1].text == "Reprisals");
        assert!(!parts[2].hit);
    }
}
