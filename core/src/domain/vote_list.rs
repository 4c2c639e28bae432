//! A recorded vote as the Council publishes it, read from a paste: "In favour (23): Afghanistan,
//! Angola, …  Against: …  Abstaining: …", or three counts ("26-5-15"); each State resolved by the
//! country rules, at most once, the counts agreeing with the lists.
use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::choices;
use crate::error::{Error, Result};
use crate::reference::{country_by_code, country_names};
use crate::Rule;

choices! {
    /// How a State voted.
    VoteCast {
        InFavour = "in-favour": "In favour",
        Against = "against": "Against",
        Abstaining = "abstaining": "Abstaining",
    }
}

/// The three counts of a recorded vote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VoteCounts {
    pub in_favour: u32,
    pub against: u32,
    pub abstaining: u32,
}

impl VoteCounts {
    /// Every vote cast.
    pub fn total(self) -> u32 {
        self.in_favour + self.against + self.abstaining
    }

    fn slot(&mut self, cast: VoteCast) -> &mut u32 {
        match cast {
            VoteCast::InFavour => &mut self.in_favour,
            VoteCast::Against => &mut self.against,
            VoteCast::Abstaining => &mut self.abstaining,
        }
    }
}

/// One State's vote: its code, its name as the UN wrote it on the day, how it voted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StateVote {
    pub country_code: String,
    pub country_name: String,
    pub cast: VoteCast,
}

/// A pasted vote, read: its counts and, when the lists were pasted, each State's vote (in the
/// order of the lists).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PastedVote {
    pub counts: VoteCounts,
    pub states: Vec<StateVote>,
}

/// The headings of the lists, as the Council and press releases write them (longest first, so
/// that "abstentions" is not read as "abstention" and an "s").
const HEADINGS: &[(&str, VoteCast)] = &[
    ("in favour", VoteCast::InFavour),
    ("in favor", VoteCast::InFavour),
    ("against", VoteCast::Against),
    ("abstaining", VoteCast::Abstaining),
    ("abstentions", VoteCast::Abstaining),
    ("abstention", VoteCast::Abstaining),
    ("abstained", VoteCast::Abstaining),
];

/// A list's heading found in the text: where it begins and ends, its list, its count if given.
struct Heading {
    start: usize,
    end: usize,
    cast: VoteCast,
    count: Option<u32>,
}

/// Reads a pasted recorded vote; `day` is the day of the vote, for the names States had then.
/// Errors name `field`: text that is no vote, a name that is no State, a State named twice, a
/// list given twice, a count that disagrees with its list.
pub fn read_vote_list(field: &str, text: &str, day: Option<NaiveDate>) -> Result<PastedVote> {
    let text: String = text
        .chars()
        .map(|c| if c == '\u{a0}' || c == '\t' { ' ' } else { c })
        .filter(|c| !crate::text::is_invisible(*c))
        .collect();
    if let Some(counts) = three_counts(&text) {
        return Ok(PastedVote {
            counts,
            states: Vec::new(),
        });
    }
    let headings = headings(&text);
    let Some(first) = headings.first() else {
        return match counts_in_words(&text) {
            Some(counts) => Ok(PastedVote {
                counts,
                states: Vec::new(),
            }),
            None => Err(unreadable(field, &text)),
        };
    };
    let before = text[..first.start].trim();
    if !before.is_empty() && !before.ends_with(':') && !before.ends_with('.') {
        return Err(unreadable(field, before));
    }
    let mut seen: Vec<VoteCast> = Vec::new();
    let mut counts = VoteCounts::default();
    let mut states: Vec<StateVote> = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        if seen.contains(&h.cast) {
            return Err(Error::invalid(
                field,
                Rule::VoteListTwice {
                    list: h.cast.label().into(),
                },
            ));
        }
        seen.push(h.cast);
        let body_end = headings.get(i + 1).map_or(text.len(), |n| n.start);
        let body = text[h.end..body_end].trim();
        let body = body.trim_end_matches(['.', ';', ',', ' ', '\n', '\r']);
        if let Ok(n) = body.trim().parse::<u32>() {
            check_count(field, h.cast, n, h.count)?;
            *counts.slot(h.cast) = n;
            continue;
        }
        let codes = if is_none(body) {
            Vec::new()
        } else {
            resolve_names(field, body)?
        };
        let n = codes.len() as u32;
        if let Some(count) = h.count {
            check_count(field, h.cast, n, Some(count))?;
        }
        *counts.slot(h.cast) = n;
        for code in codes {
            if let Some(twice) = states.iter().find(|s| s.country_code == code) {
                return Err(Error::invalid(
                    field,
                    Rule::StateVotesTwice {
                        country: twice.country_name.clone(),
                    },
                ));
            }
            states.push(StateVote {
                country_name: name_on(code, day),
                country_code: code.to_string(),
                cast: h.cast,
            });
        }
    }
    // A list left out counts none ("Against:" with no one is often not printed).
    Ok(PastedVote { counts, states })
}

/// The States a pasted list names, each once, in order: one a line or a paragraph ("Albania,
/// Andorra, Korea, Republic of, and Uruguay."), after an opening that ends with a colon ("The
/// following States joined as co-sponsors:"). An unknown name is refused naming `field`.
pub fn read_states(field: &str, text: &str) -> Result<Vec<&'static str>> {
    let text: String = text
        .chars()
        .map(|c| if c == '\u{a0}' || c == '\t' { ' ' } else { c })
        .filter(|c| !crate::text::is_invisible(*c))
        .collect();
    // No State's name holds a colon: what comes before one is the list's opening.
    let list = text.split_once(':').map_or(text.as_str(), |(_, rest)| rest);
    let list = list.trim().trim_end_matches(['.', ';', ',']);
    if list.trim().is_empty() {
        return Err(Error::invalid(field, Rule::Empty));
    }
    let mut codes = resolve_names(field, list)?;
    let mut seen = std::collections::HashSet::new();
    codes.retain(|c| seen.insert(*c));
    Ok(codes)
}

/// The name of the State `code` on `day` (its former name before it changed it).
pub fn name_on(code: &str, day: Option<NaiveDate>) -> String {
    day.and_then(|d| country_names::former_name_on(code, d))
        .map(str::to_string)
        .or_else(|| country_by_code(code).map(|c| c.name))
        .unwrap_or_else(|| code.to_string())
}

fn unreadable(field: &str, text: &str) -> Error {
    let value: String = text.trim().chars().take(60).collect();
    Error::invalid(field, Rule::NotAVoteList { value })
}

fn check_count(field: &str, cast: VoteCast, names: u32, count: Option<u32>) -> Result<()> {
    match count {
        Some(count) if count != names => Err(Error::invalid(
            field,
            Rule::VoteCountDisagrees {
                list: cast.label().into(),
                names,
                count,
            },
        )),
        _ => Ok(()),
    }
}

/// An empty list as it is printed: "None", "Nil", "-", "—".
fn is_none(body: &str) -> bool {
    let b = body.trim().trim_end_matches('.').to_ascii_lowercase();
    b.is_empty() || matches!(b.as_str(), "none" | "nil" | "-" | "–" | "—" | "0")
}

/// "26-5-15", "26–5–15" or "26/5/15": in favour, against, abstaining.
fn three_counts(text: &str) -> Option<VoteCounts> {
    let parts: Vec<&str> = text.trim().split(['-', '–', '—', '/']).collect();
    match parts.as_slice() {
        [a, b, c] => Some(VoteCounts {
            in_favour: a.trim().parse().ok()?,
            against: b.trim().parse().ok()?,
            abstaining: c.trim().parse().ok()?,
        }),
        _ => None,
    }
}

/// The counts as a press release says them: "26 in favour, 6 against and 15 abstentions", "a
/// recorded vote of 26 to 6, with 15 abstentions", "with no abstentions". The abstentions must
/// be said.
fn counts_in_words(text: &str) -> Option<VoteCounts> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| -> Option<u32> {
        match w {
            "no" | "none" => Some(0),
            _ => w.parse().ok(),
        }
    };
    let (mut yes, mut no, mut abstaining) = (None, None, None);
    for i in 1..words.len() {
        let before = number(words[i - 1]);
        match words[i] {
            "in" if matches!(words.get(i + 1), Some(&"favour") | Some(&"favor")) => {
                yes = yes.or(before)
            }
            "against" => no = no.or(before),
            "abstentions" | "abstention" | "abstaining" => abstaining = abstaining.or(before),
            _ => {}
        }
    }
    if yes.is_none() && no.is_none() {
        for i in 2..words.len().saturating_sub(1) {
            if words[i] == "to" && matches!(words[i - 2], "of" | "by") {
                if let (Some(a), Some(b)) = (number(words[i - 1]), number(words[i + 1])) {
                    (yes, no) = (Some(a), Some(b));
                    break;
                }
            }
        }
    }
    Some(VoteCounts {
        in_favour: yes?,
        against: no?,
        abstaining: abstaining?,
    })
}

/// Every list heading in `text`, in order: a heading word at the start of a word, then an
/// optional count ("(23)" or "23"), then a colon; or the count in brackets with no colon.
fn headings(text: &str) -> Vec<Heading> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = text.is_char_boundary(i)
            && !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        if at_word_start {
            if let Some(h) = heading_at(text, i) {
                i = h.end;
                found.push(h);
                continue;
            }
        }
        i += 1;
    }
    found
}

fn heading_at(text: &str, start: usize) -> Option<Heading> {
    let rest = &text[start..];
    let (word, cast) = HEADINGS.iter().find(|(w, _)| {
        rest.len() >= w.len()
            && rest.is_char_boundary(w.len())
            && rest[..w.len()].eq_ignore_ascii_case(w)
    })?;
    let mut j = start + word.len();
    let skip_spaces = |j: &mut usize| {
        while text[*j..].starts_with(' ') {
            *j += 1;
        }
    };
    skip_spaces(&mut j);
    let mut count = None;
    let mut bracketed = false;
    if text[j..].starts_with('(') {
        let close = text[j..].find(')')?;
        count = Some(text[j + 1..j + close].trim().parse::<u32>().ok()?);
        j += close + 1;
        bracketed = true;
        skip_spaces(&mut j);
    } else {
        let digits = text[j..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len() - j);
        if digits > 0 {
            let after = j + digits;
            let mut k = after;
            skip_spaces(&mut k);
            if text[k..].starts_with(':') {
                count = text[j..after].parse().ok();
                j = k;
            }
        }
    }
    if text[j..].starts_with(':') {
        j += 1;
    } else if !bracketed {
        return None;
    }
    Some(Heading {
        start,
        end: j,
        cast: *cast,
        count,
    })
}

/// How two pieces of a list were apart: a comma may be inside an inverted name ("Korea, Republic
/// of"), a line break inside a wrapped one; a semicolon never is.
#[derive(Clone, Copy, PartialEq)]
enum Apart {
    Comma,
    Line,
    Semicolon,
}

/// The States a list names, in order: the pieces between commas, semicolons and line breaks,
/// joined again where a name is inverted or wrapped (the longest reading that is a State wins),
/// "and" before the last name dropped. A piece that is part of no State is refused, naming it.
fn resolve_names(field: &str, body: &str) -> Result<Vec<&'static str>> {
    let mut pieces: Vec<(String, Apart)> = Vec::new();
    let mut current = String::new();
    for c in body.chars() {
        let apart = match c {
            ',' => Some(Apart::Comma),
            ';' => Some(Apart::Semicolon),
            '\n' | '\r' => Some(Apart::Line),
            _ => None,
        };
        match apart {
            Some(a) => {
                if !current.trim().is_empty() {
                    pieces.push((std::mem::take(&mut current), a));
                } else if let Some(last) = pieces.last_mut() {
                    // "A,\nB": the stronger of the two separators counts.
                    if a == Apart::Semicolon || last.1 == Apart::Line {
                        last.1 = a;
                    }
                }
                current.clear();
            }
            None => current.push(c),
        }
    }
    if !current.trim().is_empty() {
        pieces.push((current, Apart::Semicolon));
    }
    let pieces: Vec<(String, Apart)> = pieces
        .into_iter()
        .map(|(p, a)| (clean(&p), a))
        .filter(|(p, _)| !p.is_empty())
        .collect();
    let mut codes = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let mut taken = None;
        for j in (i + 1..=(i + 4).min(pieces.len())).rev() {
            if pieces[i..j - 1].iter().any(|(_, a)| *a == Apart::Semicolon) {
                continue;
            }
            let mut joined = String::new();
            for (k, (p, _)) in pieces[i..j].iter().enumerate() {
                if k > 0 {
                    joined.push_str(if pieces[i + k - 1].1 == Apart::Comma {
                        ", "
                    } else {
                        " "
                    });
                }
                joined.push_str(p);
            }
            if let Some(found) = resolve_piece(&joined) {
                taken = Some((j, found));
                break;
            }
        }
        match taken {
            Some((j, found)) => {
                codes.extend(found);
                i = j;
            }
            None => {
                return Err(Error::invalid(
                    field,
                    Rule::NotACountry {
                        value: pieces[i].0.clone(),
                    },
                ))
            }
        }
    }
    Ok(codes)
}

/// A piece without its trailing full stop, footnote marks and doubled spaces.
fn clean(piece: &str) -> String {
    let words: Vec<&str> = piece.split_whitespace().collect();
    words
        .join(" ")
        .trim_matches(|c: char| c == '.' || c == '*' || c == ' ')
        .to_string()
}

/// The State(s) a piece names: one State, or "and X", or two States joined by "and" ("Uruguay
/// and Venezuela (Bolivarian Republic of)") where the piece as a whole is no State ("Trinidad
/// and Tobago" is one).
fn resolve_piece(piece: &str) -> Option<Vec<&'static str>> {
    if let Some(code) = one_state(piece) {
        return Some(vec![code]);
    }
    let lower = piece.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("and ") {
        return one_state(&piece[piece.len() - rest.len()..]).map(|c| vec![c]);
    }
    let mut from = 0;
    while let Some(at) = lower[from..].find(" and ") {
        let at = from + at;
        let (left, right) = (&piece[..at], &piece[at + 5..]);
        if let (Some(a), Some(b)) = (one_state(left), one_state(right)) {
            return Some(vec![a, b]);
        }
        from = at + 5;
    }
    None
}

fn one_state(name: &str) -> Option<&'static str> {
    let name = name.trim().trim_end_matches('.');
    if name.is_empty() {
        return None;
    }
    country_names::code_named(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(v: &PastedVote, cast: VoteCast) -> Vec<&str> {
        v.states
            .iter()
            .filter(|s| s.cast == cast)
            .map(|s| s.country_code.as_str())
            .collect()
    }

    #[test]
    fn reads_the_three_lists_with_their_counts() {
        let v = read_vote_list(
            "votes",
            "In favour (3): Australia, Korea, Republic of, Venezuela (Bolivarian Republic of)\n\
             Against (1): China\nAbstaining (2): Congo, the Democratic Republic of the; Nigeria.",
            None,
        )
        .unwrap();
        assert_eq!(codes(&v, VoteCast::InFavour), ["AUS", "KOR", "VEN"]);
        assert_eq!(codes(&v, VoteCast::Against), ["CHN"]);
        assert_eq!(codes(&v, VoteCast::Abstaining), ["COD", "NGA"]);
        assert_eq!(
            v.counts,
            VoteCounts {
                in_favour: 3,
                against: 1,
                abstaining: 2
            }
        );
    }

    #[test]
    fn reads_a_pasted_list_of_states() {
        let codes = read_states(
            "cosponsors",
            "The following States joined as co-sponsors: Albania, Andorra,\nKorea, Republic of, \
             Andorra and Uruguay.",
        )
        .unwrap();
        assert_eq!(codes, ["ALB", "AND", "KOR", "URY"]);
        assert_eq!(
            read_states("cosponsors", "Chile\nPeru\nAtlantis")
                .unwrap_err()
                .field(),
            Some("cosponsors")
        );
    }

    #[test]
    fn reads_counts_alone() {
        for text in [
            "26-5-15",
            " 26 – 5 – 15 ",
            "In favour: 26\nAgainst: 5\nAbstaining: 15",
            "The resolution was adopted by a recorded vote of 26 in favour, 5 against and 15 \
             abstentions.",
            "adopted by a recorded vote of 26 to 5, with 15 abstentions",
        ] {
            let v = read_vote_list("votes", text, None).unwrap();
            assert_eq!(v.counts.total(), 46, "{text}");
            assert!(v.states.is_empty());
        }
    }

    #[test]
    fn names_of_the_time_are_shown_as_written_then() {
        let day = NaiveDate::from_ymd_opt(2018, 3, 23);
        let v = read_vote_list("votes", "In favour: Swaziland, Turkey", day).unwrap();
        let names: Vec<_> = v.states.iter().map(|s| s.country_name.as_str()).collect();
        assert_eq!(names, ["Swaziland", "Turkey"]);
    }

    #[test]
    fn refusals_name_what_is_wrong() {
        let cases = [
            ("In favour: Atlantis, Chile", "atlantis"),
            ("In favour: Chile\nAgainst: Chile", "chile"),
            ("In favour (2): Chile", "names 1 states but counts 2"),
            (
                "In favour: Chile\nIn favour: Peru",
                "in favour is given twice",
            ),
            ("hello world", "hello world"),
            (
                "adopted by a vote of 26 to 5",
                "adopted by a vote of 26 to 5",
            ),
        ];
        for (text, said) in cases {
            let e = read_vote_list("votes", text, None).unwrap_err();
            assert_eq!(e.field(), Some("votes"));
            assert!(e.to_string().to_lowercase().contains(said), "{text}: {e}");
        }
    }
}
