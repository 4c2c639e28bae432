//! Full-text search (SQLite FTS5) over notes, statements, key issues, situations, side events,
//! meetings, resolutions, informal consultations and delegations (which belong to no session).
use std::collections::HashSet;

use rusqlite::{params, OptionalExtension};

use super::row;
use super::Store;
use crate::domain::document::{read_symbol, symbol_key};
use crate::domain::search::{
    fts_query, match_expression, SearchHit, SearchKind, SearchQuery, SnippetPart, ANYWHERE,
    IN_TITLES,
};
use crate::domain::session;
use crate::error::Result;

const HIT_START: char = '\u{1}';
const HIT_END: char = '\u{2}';

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

/// Apostrophes and hyphens as people type them; the index's `joined` column holds the words
/// written with them, without them (schema 6).
const JOINERS: [char; 7] = ['\'', '’', '‘', 'ʼ', '-', '‐', '‑'];

/// The words typed, lower-cased and without apostrophes or hyphens, as the `joined` column
/// holds them.
fn typed_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && !JOINERS.contains(&c))
        .map(|w| w.to_lowercase().replace(JOINERS, ""))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Marks in a snippet the words found only in the `joined` column: a word written with an
/// apostrophe or a hyphen ("d'Ivoire", "co-sponsor") that a word typed without it ("divoire",
/// "cosponsor") begins, across the apostrophe or hyphen (what comes before it alone is marked by
/// FTS5 already).
fn mark_joined(parts: Vec<SnippetPart>, typed: &[String]) -> Vec<SnippetPart> {
    let found = |word: &str| {
        let before = word.split(JOINERS).next().unwrap_or("").chars().count();
        let joined = word.to_lowercase().replace(JOINERS, "");
        typed
            .iter()
            .any(|t| t.chars().count() > before && joined.starts_with(t.as_str()))
    };
    let mut marked: Vec<SnippetPart> = Vec::new();
    let mut push = |text: &str, hit: bool| {
        if text.is_empty() {
            return;
        }
        match marked.last_mut() {
            Some(last) if last.hit == hit => last.text.push_str(text),
            _ => marked.push(SnippetPart {
                text: text.to_string(),
                hit,
            }),
        }
    };
    for part in parts {
        if part.hit {
            push(&part.text, true);
            continue;
        }
        let text = part.text.as_str();
        let mut from = 0;
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            let in_word = i < text.len() && (c.is_alphanumeric() || JOINERS.contains(&c));
            match (start, in_word) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    let word = &text[s..i];
                    if word.contains(JOINERS) && found(word) {
                        push(&text[from..s], false);
                        push(word, true);
                        from = i;
                    }
                    start = None;
                }
                _ => {}
            }
        }
        push(&text[from..], false);
    }
    marked
}

/// Of a title's and a body's snippet, the one showing more of the words sought (the title on a
/// tie, as FTS5 chooses between columns).
fn best_snippet(title: Vec<SnippetPart>, body: Vec<SnippetPart>) -> Vec<SnippetPart> {
    let score = |parts: &[SnippetPart]| {
        let mut words: Vec<String> = parts
            .iter()
            .filter(|p| p.hit)
            .map(|p| p.text.to_lowercase())
            .collect();
        let hits = words.len();
        words.sort();
        words.dedup();
        words.len() * 1000 + hits
    };
    if title.is_empty() || score(&body) > score(&title) {
        body
    } else {
        title
    }
}

/// Reads a hit from the search's columns: kind, entity id, session id, title text, title
/// snippet, body snippet, session kind and number (none, with an empty session id, for a
/// delegation). Its rank is set by its place afterwards.
fn hit(r: &rusqlite::Row) -> rusqlite::Result<SearchHit> {
    let title: String = r.get(3)?;
    let in_title: String = r.get(4)?;
    let in_body: String = r.get(5)?;
    let session: Option<(session::SessionKind, u32)> = match r.get(6)? {
        Some(kind) => Some((kind, r.get(7)?)),
        None => None,
    };
    Ok(SearchHit {
        kind: r.get(0)?,
        id: row::id(r, 1)?,
        session_id: match session {
            Some(_) => Some(row::id(r, 2)?),
            None => None,
        },
        session_label: session.map_or_else(String::new, |(k, n)| session::label(k, n)),
        session_name: session.map_or_else(String::new, |(k, n)| session::name(k, n)),
        title: headline(&title),
        snippet: best_snippet(snippet_parts(&in_title), snippet_parts(&in_body)),
        rank: 0.0,
        confidential: false,
    })
}

impl Store {
    /// Sets `confidential` on the page's notes, statements, situations and key issues marked so
    /// (one look-up by id each: the page only).
    fn mark_confidential(&self, hits: &mut [SearchHit]) -> Result<()> {
        for h in hits.iter_mut() {
            let table = match h.kind {
                SearchKind::Note => "notes",
                SearchKind::Statement => "statements",
                SearchKind::Situation => "situations",
                SearchKind::KeyIssue => "key_issues",
                _ => continue,
            };
            h.confidential = self
                .conn
                .prepare_cached(&format!("SELECT confidential FROM {table} WHERE id = ?1"))?
                .query_row(params![h.id.to_string()], |r| r.get(0))
                .optional()?
                .unwrap_or(false);
        }
        Ok(())
    }

    /// Searches everything a person wrote: matches in titles first, then the others, each most
    /// recently written first.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        self.search_page(query, 0)
    }

    /// The page of results after the `offset` first ones (`query.limit` of them, default 50).
    ///
    /// Only the page is read, joined and snippeted, never the whole match: the index hands out
    /// matches newest first and the reading stops when the page is full. (Ranking by relevance,
    /// SQLite's bm25, was dropped for this: it reads every row holding each word sought — for a
    /// common word or a short prefix tens of thousands in a ten-year database; see BENCHMARKS.md.)
    ///
    /// A query that is one UN symbol (`A/HRC/38/44/Add.1`, any case or spacing) finds exactly the
    /// records that name that document — see [`Store::search_symbol`] — and not those of
    /// `A/HRC/38/44/Add.10`.
    pub fn search_page(&self, query: &SearchQuery, offset: u32) -> Result<Vec<SearchHit>> {
        // A symbol holds a number (its session's, at least): "ngo/un/hrc" is three words.
        let symbol = read_symbol("text", &query.text).ok();
        if let Some(symbol) = symbol.filter(|s| s.contains(|c: char| c.is_ascii_digit())) {
            return self.search_symbol(query, &symbol, offset);
        }
        let Some(terms) = fts_query(&query.text) else {
            return Ok(Vec::new());
        };
        let session = match query
            .session
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(label) => Some(self.find_session(label)?.id.to_string()),
            None => None,
        };
        let kinds = query
            .kinds
            .iter()
            .map(|k| SearchKind::parse("kinds", k).map(SearchKind::key))
            .collect::<Result<Vec<_>>>()?;
        let limit = query.limit.unwrap_or(50).clamp(1, 500);
        let offset = offset.min(100_000);
        let in_title = match_expression(IN_TITLES, &terms, session.as_deref(), &kinds);
        let anywhere = match_expression(ANYWHERE, &terms, session.as_deref(), &kinds);
        // The list is the matches in titles, then the other matches; the page is its slice
        // [offset, offset + limit). Both reads stop at the end of the page. Titles are read from
        // their own small index; a match in a title shows its title, which holds every word
        // sought (FTS5 would choose it too). Notes have no title. A text longer than 20,000
        // characters shows its beginning: FTS5's snippet() takes time in the square of the
        // matches in a text (a megabyte of notes holding the word sought took minutes).
        let end = limit + offset;
        let mut list: Vec<SearchHit> = if kinds == ["note"] {
            Vec::new()
        } else {
            self.conn
                .prepare_cached(
                    "SELECT t.kind, t.entity_id, t.session_id, t.title,
                            CASE WHEN length(t.title) <= 20000 THEN snippet(search_titles, 3, char(1), char(2), '…', 16) ELSE '' END,
                            '', s.kind, s.number
                     FROM search_titles t LEFT JOIN sessions s ON s.id = t.session_id AND s.deleted_at IS NULL
                     WHERE search_titles MATCH ?1 AND (s.id IS NOT NULL OR t.session_id = '')
                     ORDER BY t.rowid DESC LIMIT ?2",
                )?
                .query_map(params![in_title, end], hit)?
                .collect::<rusqlite::Result<_>>()?
        };
        if (list.len() as u32) < end {
            // Every match in a title is known now: the others are the rest.
            let titled: HashSet<_> = list.iter().map(|h| h.id).collect();
            let others = self
                .conn
                .prepare_cached(
                    "SELECT i.kind, i.entity_id, i.session_id,
                            CASE WHEN i.title = '' THEN substr(i.body, 1, 200) ELSE i.title END,
                            CASE WHEN length(i.title) <= 20000 THEN snippet(search_index, 3, char(1), char(2), '…', 16) ELSE '' END,
                            CASE WHEN length(i.body) <= 20000 THEN snippet(search_index, 4, char(1), char(2), '…', 16)
                                 ELSE substr(i.body, 1, 200) END, s.kind, s.number
                     FROM search_index i LEFT JOIN sessions s ON s.id = i.session_id AND s.deleted_at IS NULL
                     WHERE search_index MATCH ?1 AND (s.id IS NOT NULL OR i.session_id = '')
                     ORDER BY i.rowid DESC LIMIT ?2",
                )?
                .query_map(params![anywhere, end], hit)?
                .filter(|h| h.as_ref().map_or(true, |h| !titled.contains(&h.id)))
                .take(end as usize - list.len())
                .collect::<rusqlite::Result<Vec<_>>>()?;
            list.extend(others);
        }
        let mut hits: Vec<SearchHit> = list.into_iter().skip(offset as usize).collect();
        self.mark_confidential(&mut hits)?;
        let typed = typed_words(&query.text);
        for (i, h) in hits.iter_mut().enumerate() {
            h.rank = f64::from(offset) + i as f64;
            h.snippet = mark_joined(std::mem::take(&mut h.snippet), &typed);
        }
        Ok(hits)
    }

    /// The page of records that name the document `symbol` (as read by [`read_symbol`]):
    /// texts (resolutions) that bear it or link it, meetings that take it up, statements whose
    /// own symbol it is or that answer it, situations
    /// and key issues that follow it; each kind by session (newest first) and title, with the
    /// session and kinds asked for. The document itself is [`Store::document_by_symbol`].
    fn search_symbol(
        &self,
        query: &SearchQuery,
        symbol: &str,
        offset: u32,
    ) -> Result<Vec<SearchHit>> {
        let session = match query
            .session
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(label) => Some(self.find_session(label)?.id.to_string()),
            None => None,
        };
        let kinds = query
            .kinds
            .iter()
            .map(|k| SearchKind::parse("kinds", k).map(SearchKind::key))
            .collect::<Result<Vec<_>>>()?;
        let limit = query.limit.unwrap_or(50).clamp(1, 500);
        let linked = |kind: &str| {
            format!(
                "x.id IN (SELECT l.record_id FROM document_links l JOIN documents d ON d.id = l.document_id
                          AND d.deleted_at IS NULL AND d.symbol_key = ?1 WHERE l.record_kind = '{kind}')"
            )
        };
        let part = |kind: &str, order: u8, table: &str, title: &str, join: &str, found: String| {
            format!(
                "SELECT '{kind}', x.id, x.session_id, {title}, se.kind, se.number, {order} AS k, se.start_date AS d
                 FROM {table} x {join} JOIN sessions se ON se.id = x.session_id AND se.deleted_at IS NULL
                 WHERE x.deleted_at IS NULL AND ({found}) AND (?2 IS NULL OR x.session_id = ?2)"
            )
        };
        // A text by its draft or adopted symbol, a revision's, an amendment's or a document it
        // links (symbols are stored as read_symbol writes them).
        let text_named = "upper(x.draft_symbol) = ?1 OR upper(x.adopted_symbol) = ?1
            OR x.id IN (SELECT resolution_id FROM resolution_revisions WHERE upper(symbol) = ?1)
            OR x.id IN (SELECT resolution_id FROM amendments WHERE deleted_at IS NULL AND upper(symbol) = ?1)
            OR x.id IN (SELECT l.resolution_id FROM resolution_links l JOIN documents d ON d.id = l.record_id
                        AND d.deleted_at IS NULL AND d.symbol_key = ?1 WHERE l.record_kind = 'document')";
        let parts = [
            (
                "resolution",
                part(
                    "resolution",
                    0,
                    "resolutions",
                    "x.title",
                    "",
                    text_named.to_string(),
                ),
            ),
            (
                "meeting",
                part("meeting", 1, "meetings", "x.title", "", linked("meeting")),
            ),
            (
                "statement",
                part(
                    "statement",
                    2,
                    "statements",
                    "x.title",
                    "",
                    format!(
                        "upper(replace(x.document_symbol, ' ', '')) = ?1 OR {}",
                        linked("statement")
                    ),
                ),
            ),
            (
                "situation",
                part(
                    "situation",
                    3,
                    "situations",
                    "c.name",
                    "JOIN countries c ON c.code = x.country_code",
                    linked("situation"),
                ),
            ),
            (
                "key-issue",
                part(
                    "key-issue",
                    4,
                    "key_issues",
                    "x.title",
                    "",
                    linked("key-issue"),
                ),
            ),
        ];
        let asked: Vec<String> = parts
            .into_iter()
            .filter(|(kind, _)| kinds.is_empty() || kinds.contains(kind))
            .map(|(_, sql)| sql)
            .collect();
        if asked.is_empty() {
            return Ok(Vec::new());
        }
        let sql = asked.join(" UNION ALL ") + " ORDER BY k, d DESC, 4 LIMIT ?3 OFFSET ?4";
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![symbol_key(symbol), session, limit, offset], |r| {
            let number: u32 = r.get(5)?;
            let session_kind = r.get(4)?;
            Ok(SearchHit {
                kind: r.get(0)?,
                id: row::id(r, 1)?,
                session_id: Some(row::id(r, 2)?),
                session_label: session::label(session_kind, number),
                session_name: session::name(session_kind, number),
                title: headline(&r.get::<_, String>(3)?),
                snippet: vec![SnippetPart {
                    text: symbol.to_string(),
                    hit: true,
                }],
                rank: 0.0,
                confidential: false,
            })
        })?;
        let mut hits = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        for (i, h) in hits.iter_mut().enumerate() {
            h.rank = f64::from(offset) + i as f64;
        }
        drop(stmt);
        self.mark_confidential(&mut hits)?;
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn words_found_without_their_apostrophe_are_marked() {
        let parts = vec![
            SnippetPart {
                text: "Côte".into(),
                hit: true,
            },
            SnippetPart {
                text: " d'Ivoire and l’ONU, d'accord".into(),
                hit: false,
            },
        ];
        let typed = typed_words("cote divoire lonu d");
        let marked: Vec<(String, bool)> = mark_joined(parts, &typed)
            .into_iter()
            .map(|p| (p.text, p.hit))
            .collect();
        let want = [
            ("Côte", true),
            (" ", false),
            ("d'Ivoire", true),
            (" and ", false),
            ("l’ONU", true),
            (", d'accord", false),
        ]
        .map(|(text, hit)| (text.to_string(), hit));
        assert_eq!(marked, want);
    }

    #[test]
    fn words_found_without_their_hyphen_are_marked() {
        let parts = vec![SnippetPart {
            text: "the co-sponsors' follow-up, on 2018-06-20 - late".into(),
            hit: false,
        }];
        let typed = typed_words("cosponsors followup 20180620");
        let marked: Vec<(String, bool)> = mark_joined(parts, &typed)
            .into_iter()
            .map(|p| (p.text, p.hit))
            .collect();
        let want = [
            ("the ", false),
            ("co-sponsors'", true),
            (" ", false),
            ("follow-up", true),
            (", on ", false),
            ("2018-06-20", true),
            (" - late", false),
        ]
        .map(|(text, hit)| (text.to_string(), hit));
        assert_eq!(marked, want);
    }

    #[test]
    fn snippets_split_on_markers() {
        let parts = snippet_parts("a \u{1}Reprisals\u{2} report");
        assert_eq!(parts.len(), 3);
        assert!(parts[1].hit && parts[1].text == "Reprisals");
        assert!(!parts[2].hit);
    }
}
