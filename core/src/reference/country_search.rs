//! The countries the country box suggests as a person types: found by any of their names in any
//! form `country_names::key` brings together, ranked, each shown by the name it went by on the
//! day asked about ("Turkey" at a 2018 session).
use chrono::NaiveDate;
use serde::Serialize;

use super::countries::{ALIASES, COUNTRIES};
use super::country_names::{former_name_on, key, FORMER_NAMES};
use crate::text::fold;

/// A country that what was typed matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CountryMatch {
    /// ISO 3166-1 alpha-3.
    pub code: String,
    /// The name in use on the day asked about (its UN name today when no day is given).
    pub name: String,
    /// Whether what was typed names this country exactly (its code, or one of its names in any
    /// form): what saving it would take.
    pub exact: bool,
}

/// How well a country matches, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// Its code, or one of its names in any form.
    Named,
    /// One of its names starts with what was typed.
    NameStarts,
    /// A word of one of its names starts with what was typed.
    WordStarts,
    /// Its code starts with what was typed.
    CodeStarts,
    /// One of its names holds what was typed.
    NameHolds,
}

/// The countries `query` matches, best first (then by name): the one it names (by code, UN name,
/// common name or former name, in any form: "DRC", "Congo, the Democratic Republic of the",
/// "Turkey"), then those with a name or a word of a name that starts with it, a code that starts
/// with it, or a name that holds it. Each is named as it was on `on` (a session's first day),
/// else by its UN name today. An empty query gives every country.
pub fn find_countries(query: &str, on: Option<NaiveDate>) -> Vec<CountryMatch> {
    let typed = query.trim();
    let wanted = key(typed);
    let code_typed = typed.len() <= 3 && typed.chars().all(|c| c.is_ascii_alphabetic());
    let upper = typed.to_ascii_uppercase();
    let mut found: Vec<(Rank, String, CountryMatch)> = COUNTRIES
        .iter()
        .filter_map(|&(code, current)| {
            let rank = if wanted.is_empty() {
                Some(Rank::NameHolds)
            } else {
                rank(code, current, &wanted, code_typed.then_some(upper.as_str()))
            }?;
            let name = on
                .and_then(|day| former_name_on(code, day))
                .unwrap_or(current)
                .to_string();
            let order = fold(&name).to_lowercase();
            let exact = rank == Rank::Named;
            Some((
                rank,
                order,
                CountryMatch {
                    code: code.into(),
                    name,
                    exact,
                },
            ))
        })
        .collect();
    found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    found.into_iter().map(|(_, _, m)| m).collect()
}

/// How the country `code` (named `current`) matches the key `wanted`; `code_typed` is what was
/// typed in capitals when it could be a code.
fn rank(code: &str, current: &str, wanted: &str, code_typed: Option<&str>) -> Option<Rank> {
    let aliases = ALIASES.iter().filter(|(_, c)| *c == code).map(|(n, _)| *n);
    let former = FORMER_NAMES.iter().filter(|(_, c, _)| *c == code);
    let names: Vec<&str> = std::iter::once(current)
        .chain(aliases)
        .chain(former.map(|(n, _, _)| *n))
        .collect();
    let keys: Vec<String> = names.iter().map(|n| key(n)).collect();
    if code_typed == Some(code) || keys.iter().any(|k| k == wanted) {
        return Some(Rank::Named);
    }
    if keys.iter().any(|k| k.starts_with(wanted)) {
        return Some(Rank::NameStarts);
    }
    if names.iter().any(|n| a_word_starts(n, wanted)) {
        return Some(Rank::WordStarts);
    }
    if code_typed.is_some_and(|typed| code.starts_with(typed)) {
        return Some(Rank::CodeStarts);
    }
    keys.iter()
        .any(|k| k.contains(wanted))
        .then_some(Rank::NameHolds)
}

/// Whether the name, read from one of its words on, starts with `wanted` ("Iran (Islamic Republic
/// of)" from "islamic"; "Côte d'Ivoire" from "divoire").
fn a_word_starts(name: &str, wanted: &str) -> bool {
    let folded = fold(name).to_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (1..words.len()).any(|i| key(&words[i..].join(" ")).starts_with(wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Option<NaiveDate> {
        text.parse().ok()
    }

    /// The names of the first matches, and whether the first is named exactly.
    fn first(query: &str, on: &str, n: usize) -> (Vec<String>, bool) {
        let found = find_countries(query, day(on));
        let exact = found.first().is_some_and(|m| m.exact);
        (found.into_iter().take(n).map(|m| m.name).collect(), exact)
    }

    #[test]
    fn finds_a_country_by_any_form_of_any_of_its_names() {
        let cases: &[(&str, &str, &[&str], bool)] = &[
            (
                "Congo, the Democratic Republic of the",
                "",
                &["Democratic Republic of the Congo"],
                true,
            ),
            ("DRC", "", &["Democratic Republic of the Congo"], true),
            ("dr congo", "", &["Democratic Republic of the Congo"], true),
            ("Turkey", "2018-06-18", &["Turkey"], true),
            ("Türkiye", "2018-06-18", &["Turkey"], true),
            ("Turkey", "2024-06-18", &["Türkiye"], true),
            ("tur", "2024-06-18", &["Türkiye", "Turkmenistan"], true),
            ("Swaziland", "2018-03-01", &["Swaziland"], true),
            ("Swaziland", "2018-06-18", &["Eswatini"], true),
            ("cote divoire", "", &["Côte d'Ivoire"], true),
            ("divoire", "", &["Côte d'Ivoire"], false),
            ("bur", "", &["Burkina Faso", "Burundi"], false),
            ("bdi", "", &["Burundi"], true),
            (
                "korea",
                "",
                &["Democratic People's Republic of Korea", "Republic of Korea"],
                false,
            ),
            (
                "Iran, Islamic Republic of",
                "",
                &["Iran (Islamic Republic of)"],
                true,
            ),
            ("islamic rep", "", &["Iran (Islamic Republic of)"], false),
        ];
        for (query, on, names, exact) in cases {
            let (got, got_exact) = first(query, on, names.len());
            assert_eq!(got, *names, "{query} at {on:?}");
            assert_eq!(got_exact, *exact, "{query} at {on:?}");
        }
    }

    #[test]
    fn ranks_a_name_before_a_word_before_a_part() {
        let (names, exact) = first("guinea", "", 5);
        let want = [
            "Guinea",
            "Guinea-Bissau",
            "Equatorial Guinea",
            "Papua New Guinea",
        ];
        assert_eq!((names, exact), (want.map(String::from).to_vec(), true));
        let (names, _) = first("ar", "", 6);
        let want = [
            "Argentina",
            "Armenia",
            "Saudi Arabia",
            "Syrian Arab Republic",
            "United Arab Emirates",
            "Antigua and Barbuda",
        ];
        assert_eq!(names, want);
    }

    #[test]
    fn an_empty_box_offers_every_country_and_nonsense_none() {
        assert_eq!(find_countries("  ", None).len(), COUNTRIES.len());
        assert_eq!(find_countries("", day("2018-06-18"))[0].name, "Afghanistan");
        assert!(find_countries("Atlantis", None).is_empty());
        assert!(find_countries("zzz", None).is_empty());
    }
}
