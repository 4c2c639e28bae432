//! Fuzzing the reading of pasted recorded votes (`read_vote_list`), member lists
//! (`read_member_lines`) and co-sponsors (`read_states`): never a panic; what is read is
//! consistent (each State once, the counts the lists' lengths); a list of real names shuffled,
//! wrapped and punctuated reads back whole.
use hrc_core::domain::membership::read_member_lines;
use hrc_core::domain::vote_list::{read_states, read_vote_list, VoteCast};
use proptest::prelude::*;

/// Names as the Council and people write them: official, inverted, bracketed, former, common.
const NAMES: &[(&str, &str)] = &[
    ("Afghanistan", "AFG"),
    ("Korea, Republic of", "KOR"),
    ("Republic of Korea", "KOR"),
    ("Venezuela (Bolivarian Republic of)", "VEN"),
    ("Congo, the Democratic Republic of the", "COD"),
    ("Democratic Republic of the Congo", "COD"),
    ("Côte d'Ivoire", "CIV"),
    (
        "United Kingdom of Great Britain and Northern Ireland",
        "GBR",
    ),
    ("Bosnia and Herzegovina", "BIH"),
    ("Trinidad and Tobago", "TTO"),
    ("Iran (Islamic Republic of)", "IRN"),
    ("Swaziland", "SWZ"),
    ("Turkey", "TUR"),
    ("Chile", "CHL"),
    ("Congo", "COG"),
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("Guinea", "GIN"),
    ("Equatorial Guinea", "GNQ"),
    ("Guinea-Bissau", "GNB"),
    ("Sudan", "SDN"),
    ("South Sudan", "SSD"),
];

/// Anything a paste can carry, biased towards the shapes of a vote.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(NAMES.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>()),
        2 => prop::sample::select(vec![
            "In favour:", "In favour (23):", "Against:", "Against (", "Abstaining:",
            "Abstentions (17):", "and", ",", ";", "\n", ".", "(", ")", ":", "  ", "26-5-15",
            "None", "é", "\u{200B}", "\u{a0}", "In favour 12:",
        ]).prop_map(str::to_string),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|p| p.join(" "))
}

/// Separators as pastes have them: commas, semicolons, line breaks, doubled spaces.
fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![", ", "; ", "\n", ",\n", ",  ", " ;\n"])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_paste_reads_or_is_refused_naming_the_field(text in text()) {
        match read_vote_list("votes", &text, None) {
            Ok(vote) => {
                let mut codes: Vec<_> = vote.states.iter().map(|s| s.country_code.clone()).collect();
                codes.sort();
                codes.dedup();
                prop_assert_eq!(codes.len(), vote.states.len(), "each State once: {:?}", text);
                if !vote.states.is_empty() {
                    for cast in VoteCast::ALL {
                        let n = vote.states.iter().filter(|s| s.cast == *cast).count() as u32;
                        let counted = match cast {
                            VoteCast::InFavour => vote.counts.in_favour,
                            VoteCast::Against => vote.counts.against,
                            VoteCast::Abstaining => vote.counts.abstaining,
                        };
                        prop_assert!(n <= counted, "{:?} {:?}", cast, text);
                    }
                }
            }
            Err(e) => prop_assert_eq!(e.field(), Some("votes")),
        }
        if let Err(e) = read_member_lines("members", &text) {
            prop_assert_eq!(e.field(), Some("members"));
        }
        match read_states("cosponsors", &text) {
            Ok(codes) => {
                let mut unique = codes.clone();
                unique.sort();
                unique.dedup();
                prop_assert_eq!(unique.len(), codes.len(), "each State once: {:?}", text);
            }
            Err(e) => prop_assert_eq!(e.field(), Some("cosponsors")),
        }
    }

    /// Distinct States in any order, with any separators, "and" before the last and a full stop
    /// after it, read back as they were listed.
    #[test]
    fn a_list_of_states_reads_back(
        picks in prop::sample::subsequence((0..NAMES.len()).collect::<Vec<_>>(), 1..10),
        seps in prop::collection::vec(separator(), 10),
        and in any::<bool>(),
    ) {
        let mut chosen: Vec<(&str, &str)> = Vec::new();
        for i in picks {
            if !chosen.iter().any(|(_, c)| *c == NAMES[i].1) {
                chosen.push(NAMES[i]);
            }
        }
        let mut list = String::new();
        for (k, (name, _)) in chosen.iter().enumerate() {
            if k > 0 {
                list.push_str(seps[k]);
                if and && k + 1 == chosen.len() {
                    list.push_str("and ");
                }
            }
            list.push_str(name);
        }
        let text = format!("In favour ({}): {list}.\nAgainst: None\nAbstaining: -", chosen.len());
        let vote = read_vote_list("votes", &text, None).map_err(|e| TestCaseError::fail(format!("{e}: {text:?}")))?;
        let got: Vec<&str> = vote.states.iter().map(|s| s.country_code.as_str()).collect();
        let want: Vec<&str> = chosen.iter().map(|(_, c)| *c).collect();
        prop_assert_eq!(got, want, "{:?}", text);
    }
}
