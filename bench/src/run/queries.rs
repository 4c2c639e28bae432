//! The fixed set of searches: single words, prefixes as typed, phrases, accents folded, other
//! scripts, several words, a document symbol, a country by any of its names, a word with its
//! hyphen dropped, nothing found, and searches narrowed to a
//! session (the latest, or the oldest, furthest back in the index) or a kind — each as the search screen sends it (100 results).

/// The sessions a search looks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    All,
    /// The session measured (the latest by default).
    Measured,
    /// The oldest session: its rows are the furthest back in the index.
    Oldest,
}

/// One search of the set.
#[derive(Debug, Clone, Copy)]
pub struct Search {
    /// What kind of search it is.
    pub kind: &'static str,
    /// What the person typed.
    pub text: &'static str,
    /// Which sessions it looks in.
    pub scope: Scope,
    /// Narrowed to these kinds of result.
    pub kinds: &'static [&'static str],
}

const fn all(kind: &'static str, text: &'static str) -> Search {
    Search {
        kind,
        text,
        scope: Scope::All,
        kinds: &[],
    }
}

/// How many results the search screen asks for.
pub const LIMIT: u32 = 100;

pub const SEARCHES: &[Search] = &[
    all("word", "reprisals"),
    all("word", "Burundi"),
    all("word", "journalists"),
    all("word", "surveillance"),
    all("word", "mandate"),
    all("word, accents folded", "geneve"),
    all("word, accented", "Bogotá"),
    all("word, Arabic", "الإنسان"),
    all("person", "Ibáñez"),
    all("prefix, 2 letters as typed", "co"),
    all("prefix, 4 letters", "repr"),
    all("prefix", "defend"),
    all("prefix", "disapp"),
    all("phrase", "\"commission of inquiry\""),
    all("phrase", "\"human rights defenders\""),
    all("phrase", "\"civic space\""),
    all("two words", "Syria detention"),
    all("three words", "women defenders reprisals"),
    all("document symbol", "A/HRC/63/NGO"),
    all("country, by its seven names", "DRC"),
    all("country, by its common name", "Iran"),
    all("word with its hyphen dropped", "followup"),
    all("nothing found", "zzyzx"),
    Search {
        kind: "word, in one session",
        text: "reprisals",
        scope: Scope::Measured,
        kinds: &[],
    },
    Search {
        kind: "word, in an old session",
        text: "rights",
        scope: Scope::Oldest,
        kinds: &[],
    },
    Search {
        kind: "prefix, notes only",
        text: "detent",
        scope: Scope::All,
        kinds: &["note"],
    },
];
