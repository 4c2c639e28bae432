//! How people and documents write a country's name: the rules that bring inverted, bracketed and
//! unpunctuated forms to one key, and the names a country had before it changed them.
use chrono::NaiveDate;

use crate::text::fold;

/// Names a country was known by at the UN until it changed them, as (former name, ISO alpha-3
/// code, the first day of the new name). A session before that day shows the former name.
pub const FORMER_NAMES: &[(&str, &str, (i32, u32, u32))] = &[
    // The Kingdom of Eswatini, notified to the UN in April 2018.
    ("Swaziland", "SWZ", (2018, 4, 19)),
    (
        "The former Yugoslav Republic of Macedonia",
        "MKD",
        (2019, 2, 14),
    ),
    ("Czech Republic", "CZE", (2016, 5, 17)),
    ("Cape Verde", "CPV", (2013, 10, 24)),
    // Türkiye at the UN from 1 June 2022.
    ("Turkey", "TUR", (2022, 6, 1)),
];

/// The key two spellings of one name share: accents and case folded; "A, B" and "A (B)" read as
/// "B A"; a leading or trailing "the", apostrophes, punctuation and spaces dropped. So
/// "Congo, the Democratic Republic of the", "Democratic Republic of the Congo" and
/// "democratic republic of the congo" share one key, as do "Côte d'Ivoire" and "cote divoire".
pub fn key(name: &str) -> String {
    let folded = fold(name).to_lowercase();
    let reordered = reorder(folded.trim());
    let words: Vec<&str> = reordered
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    let start = usize::from(words.first() == Some(&"the"));
    let end = words.len() - usize::from(words.len() > start && words.last() == Some(&"the"));
    words[start..end.max(start)]
        .concat()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// "Iran (Islamic Republic of)" → "Islamic Republic of Iran"; "Korea, Republic of" →
/// "Republic of Korea"; anything else as it is.
fn reorder(name: &str) -> String {
    if let (Some(open), true) = (name.find('('), name.ends_with(')')) {
        let inner = &name[open + 1..name.len() - 1];
        return format!("{} {}", inner.trim(), name[..open].trim());
    }
    match name.split_once(',') {
        Some((head, tail)) if !tail.trim().is_empty() => {
            format!("{} {}", tail.trim(), head.trim())
        }
        _ => name.to_string(),
    }
}

/// The code of a country whose former name has `key` (see [`key`]).
pub fn former_code(key_of_query: &str) -> Option<&'static str> {
    FORMER_NAMES
        .iter()
        .find(|(name, _, _)| key(name) == key_of_query)
        .map(|(_, code, _)| *code)
}

/// The code of the country `name` names — its UN name, a common name or a former name, in any
/// form [`key`] brings together (an ISO code is not a name here: "can" is not Canada).
pub fn code_named(name: &str) -> Option<&'static str> {
    use super::countries::{ALIASES, COUNTRIES};
    static BY_KEY: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> =
        std::sync::LazyLock::new(|| {
            let names = COUNTRIES.iter().map(|(code, name)| (*name, *code));
            let aliases = ALIASES.iter().map(|(name, code)| (*name, *code));
            let former = FORMER_NAMES.iter().map(|(name, code, _)| (*name, *code));
            names
                .chain(aliases)
                .chain(former)
                .map(|(n, c)| (key(n), c))
                .collect()
        });
    BY_KEY.get(&key(name)).copied()
}

/// Every name the country `code` is written by: its UN name, its common names, its former names.
pub fn names_of(code: &str) -> Vec<&'static str> {
    use super::countries::{ALIASES, COUNTRIES};
    let names = COUNTRIES
        .iter()
        .filter(|(c, _)| *c == code)
        .map(|(_, n)| *n);
    let aliases = ALIASES.iter().filter(|(_, c)| *c == code).map(|(n, _)| *n);
    let former = FORMER_NAMES.iter().filter(|(_, c, _)| *c == code);
    names
        .chain(aliases)
        .chain(former.map(|(n, _, _)| *n))
        .collect()
}

/// The name the country `code` had on `day` when it has since changed it; `None` when its
/// current name was already in use then.
pub fn former_name_on(code: &str, day: NaiveDate) -> Option<&'static str> {
    FORMER_NAMES
        .iter()
        .filter(|(_, c, _)| *c == code)
        .filter(|(_, _, (y, m, d))| {
            NaiveDate::from_ymd_opt(*y, *m, *d).is_some_and(|new| day < new)
        })
        .min_by_key(|(_, _, since)| *since)
        .map(|(name, _, _)| *name)
}

/// The name to show for the country `code` in a record dated `day` (an ISO date or stamp, of
/// which the first ten characters are read): its former name before it changed it, else
/// `current`.
pub fn shown_on(code: &str, day: &str, current: String) -> String {
    day.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .and_then(|d| former_name_on(code, d))
        .map_or(current, str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverted_bracketed_and_unpunctuated_forms_share_a_key() {
        let same = [
            (
                "Congo, the Democratic Republic of the",
                "Democratic Republic of the Congo",
            ),
            ("Korea, Republic of", "Republic of Korea"),
            (
                "Tanzania, United Republic of",
                "United Republic of Tanzania",
            ),
            ("Moldova, Republic of", "Republic of Moldova"),
            ("Iran, Islamic Republic of", "Iran (Islamic Republic of)"),
            ("Islamic Republic of Iran", "Iran (Islamic Republic of)"),
            (
                "Bolivia, Plurinational State of",
                "Bolivia (Plurinational State of)",
            ),
            (
                "Venezuela, Bolivarian Republic of",
                "Venezuela (Bolivarian Republic of)",
            ),
            ("cote divoire", "Côte d'Ivoire"),
            ("Cote d Ivoire", "Côte d’Ivoire"),
            ("guinea bissau", "Guinea-Bissau"),
            ("Gambia, The", "The Gambia"),
            ("  UNITED   kingdom ", "United Kingdom"),
        ];
        for (a, b) in same {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        assert_ne!(key("Congo"), key("Democratic Republic of the Congo"));
        assert_ne!(key("Niger"), key("Nigeria"));
        assert_eq!(key(""), "");
        assert_eq!(key("the"), "");
    }

    /// No key means two countries: every name, alias and former name keys to one code only.
    #[test]
    fn no_two_countries_share_a_key() {
        use crate::reference::countries::{ALIASES, COUNTRIES};
        let mut seen = std::collections::HashMap::new();
        let names = COUNTRIES.iter().map(|(code, name)| (*name, *code));
        let aliases = ALIASES.iter().map(|(name, code)| (*name, *code));
        let former = FORMER_NAMES.iter().map(|(name, code, _)| (*name, *code));
        for (name, code) in names.chain(aliases).chain(former) {
            let k = key(name);
            assert!(!k.is_empty(), "{name}");
            let first = *seen.entry(k).or_insert(code);
            assert_eq!(first, code, "{name} keys like a name of {first}");
        }
    }

    #[test]
    fn a_country_is_named_by_any_of_its_names_and_has_them_all() {
        assert_eq!(code_named("Turkey"), Some("TUR"));
        assert_eq!(code_named("türkiye"), Some("TUR"));
        assert_eq!(code_named("drc"), Some("COD"));
        assert_eq!(
            code_named("Congo, the Democratic Republic of the"),
            Some("COD")
        );
        assert_eq!(code_named("Swaziland"), Some("SWZ"));
        assert_eq!(code_named("can"), None, "a code is not a name");
        assert_eq!(code_named("reprisals"), None);
        let eswatini = names_of("SWZ");
        assert!(eswatini.contains(&"Eswatini") && eswatini.contains(&"Swaziland"));
        let turkey = names_of("TUR");
        assert!(turkey.contains(&"Türkiye") && turkey.contains(&"Turkey"));
        assert!(names_of("COD").contains(&"DRC"));
    }

    #[test]
    fn a_former_name_is_shown_before_the_change_only() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(former_name_on("TUR", day(2018, 6, 18)), Some("Turkey"));
        assert_eq!(former_name_on("TUR", day(2022, 5, 31)), Some("Turkey"));
        assert_eq!(former_name_on("TUR", day(2022, 6, 1)), None);
        assert_eq!(former_name_on("SWZ", day(2018, 3, 1)), Some("Swaziland"));
        assert_eq!(former_name_on("SWZ", day(2018, 6, 18)), None);
        assert_eq!(former_name_on("BDI", day(2000, 1, 1)), None);
        assert_eq!(shown_on("TUR", "2018-06-18", "Türkiye".into()), "Turkey");
        assert_eq!(
            shown_on("TUR", "2024-06-18T08:00:00Z", "Türkiye".into()),
            "Türkiye"
        );
        assert_eq!(shown_on("TUR", "", "Türkiye".into()), "Türkiye");
        assert_eq!(former_code(&key("turkey")), Some("TUR"));
        assert_eq!(
            former_code(&key("the former Yugoslav Republic of Macedonia")),
            Some("MKD")
        );
    }
}
