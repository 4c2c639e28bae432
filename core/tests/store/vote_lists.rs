//! Pasted recorded votes read as the Council publishes them, tidy and untidy.
//!
//! The lists below are ILLUSTRATIVE: they are shaped as the Council's reports print a recorded
//! vote at HRC38 (the members of 2018, the United States no longer among them after 19 June) but
//! they are not the record of any vote; the real lists are in the session's report (A/HRC/38/2).
use chrono::NaiveDate;
use hrc_core::domain::vote_list::{read_vote_list, VoteCast, VoteCounts};

fn day() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2018, 7, 6)
}

/// Illustrative, as the session's report prints a vote: counts in brackets, official names.
const TIDY: &str = "The result of the vote was as follows:
In favour (26): Afghanistan, Australia, Belgium, Brazil, Chile, Côte d'Ivoire, Croatia, Ecuador, \
Georgia, Germany, Hungary, Japan, Kenya, Mexico, Panama, Peru, Qatar, Republic of Korea, Rwanda, \
Saudi Arabia, Slovakia, Slovenia, Spain, Switzerland, Ukraine, United Kingdom of Great Britain \
and Northern Ireland;
Against (6): Burundi, China, Cuba, Egypt, Pakistan, Venezuela (Bolivarian Republic of);
Abstaining (14): Angola, Democratic Republic of the Congo, Ethiopia, Iraq, Kyrgyzstan, Mongolia, \
Nepal, Nigeria, Philippines, Senegal, South Africa, Togo, Tunisia, United Arab Emirates.";

#[test]
fn a_vote_as_the_report_prints_it() {
    let v = read_vote_list("votes", TIDY, day()).unwrap();
    assert_eq!(
        v.counts,
        VoteCounts {
            in_favour: 26,
            against: 6,
            abstaining: 14
        }
    );
    assert_eq!(v.states.len(), 46);
    let against: Vec<_> = v
        .states
        .iter()
        .filter(|s| s.cast == VoteCast::Against)
        .map(|s| s.country_code.as_str())
        .collect();
    assert_eq!(against, ["BDI", "CHN", "CUB", "EGY", "PAK", "VEN"]);
}

/// The same vote pasted from an e-mail: wrapped inside names, inverted names, no counts,
/// "Abstentions", doubled spaces, "and" before the last name, full stops.
#[test]
fn the_same_vote_pasted_untidily() {
    let untidy = "In favour:\nAfghanistan, Australia, Belgium,  Brazil, Chile, Cote d'Ivoire,\n\
        Croatia, Ecuador, Georgia, Germany, Hungary, Japan, Kenya, Mexico, Panama,\n\
        Peru, Qatar, Korea, Republic of, Rwanda, Saudi Arabia, Slovakia, Slovenia,\n\
        Spain, Switzerland, Ukraine and United Kingdom of Great Britain and\n\
        Northern Ireland.\n\n\
        Against:  Burundi; China; Cuba; Egypt; Pakistan; Venezuela (Bolivarian\n\
        Republic of).\n\
        Abstentions:\nAngola\nCongo, the Democratic Republic of the\nEthiopia\nIraq\nKyrgyzstan\n\
        Mongolia\nNepal\nNigeria\nPhilippines\nSenegal\nSouth Africa\nTogo\nTunisia\n\
        United Arab Emirates.\n";
    let tidy = read_vote_list("votes", TIDY, day()).unwrap();
    let read = read_vote_list("votes", untidy, day()).unwrap();
    assert_eq!(read, tidy);
}

#[test]
fn a_misspelt_or_repeated_state_is_named() {
    let misspelt = TIDY.replace("Kyrgyzstan", "Kyrgystan");
    assert_eq!(
        read_vote_list("votes", &misspelt, day())
            .unwrap_err()
            .to_string(),
        "votes: \"Kyrgystan\" is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, \
         or a name such as Burundi"
    );
    let twice = TIDY.replace("Against (6): Burundi", "Against (6): Chile");
    assert_eq!(
        read_vote_list("votes", &twice, day())
            .unwrap_err()
            .to_string(),
        "votes: Chile is named more than once; a State votes once"
    );
    let miscounted = TIDY.replace("In favour (26)", "In favour (27)");
    assert_eq!(
        read_vote_list("votes", &miscounted, day())
            .unwrap_err()
            .to_string(),
        "votes: In favour names 26 States but counts 27"
    );
}

#[test]
fn names_of_the_time_and_of_today_both_read() {
    let before = NaiveDate::from_ymd_opt(2018, 3, 23);
    let v = read_vote_list(
        "votes",
        "In favour: The former Yugoslav Republic of Macedonia, Swaziland\nAgainst: Türkiye",
        before,
    )
    .unwrap();
    let names: Vec<_> = v.states.iter().map(|s| s.country_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "The former Yugoslav Republic of Macedonia",
            "Swaziland",
            "Turkey"
        ]
    );
}
