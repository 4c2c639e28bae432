//! The United Nations regional groups each State belongs to, and the Council's seats per group.
//!
//! Source: United Nations, Department for General Assembly and Conference Management, "United
//! Nations Regional Groups of Member States", <https://www.un.org/dgacm/en/content/regional-groups>;
//! the Council's seats: General Assembly resolution 60/251, paragraph 7.
//! The United States of America, which belongs to no group, sits in the Council's Western
//! European and other States seats (as it did from 2009); Türkiye, which takes part in the
//! Asia-Pacific and the Western European groups, is counted in the Western European group for
//! elections, as Israel is in Geneva. The State of Palestine takes part in the Asia-Pacific group;
//! the Holy See belongs to none.
use crate::domain::choices;

choices! {
    /// A regional group of the United Nations, by which the Council's members are elected.
    RegionalGroup {
        African = "african": "African States",
        AsiaPacific = "asia-pacific": "Asia-Pacific States",
        LatinAmericanCaribbean = "latin-american-caribbean": "Latin American and Caribbean States",
        WesternEuropeanOther = "western-european-other": "Western European and other States",
        EasternEuropean = "eastern-european": "Eastern European States",
    }
}

impl RegionalGroup {
    /// The Council's seats for the group (resolution 60/251): 13, 13, 8, 7 and 6 of 47.
    pub fn seats(self) -> u32 {
        match self {
            RegionalGroup::African | RegionalGroup::AsiaPacific => 13,
            RegionalGroup::LatinAmericanCaribbean => 8,
            RegionalGroup::WesternEuropeanOther => 7,
            RegionalGroup::EasternEuropean => 6,
        }
    }

    /// The group a typed name means: its label ("African States"), its key, or a short form
    /// ("Africa", "Asia-Pacific", "GRULAC", "WEOG", "EEG"), case and punctuation ignored.
    pub fn named(typed: &str) -> Option<RegionalGroup> {
        let key: String = crate::text::fold(typed)
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        let key = key.strip_suffix("states").unwrap_or(&key).to_string();
        let key = key.strip_suffix("group").unwrap_or(&key);
        let is = |names: &[&str]| names.contains(&key);
        use RegionalGroup as G;
        if is(&["african", "africa", "africangroup"]) {
            Some(G::African)
        } else if is(&[
            "asiapacific",
            "asia",
            "asiaandthepacific",
            "asiapacificgroup",
        ]) {
            Some(G::AsiaPacific)
        } else if is(&[
            "latinamericanandcaribbean",
            "latinamericancaribbean",
            "latinamericaandthecaribbean",
            "grulac",
        ]) {
            Some(G::LatinAmericanCaribbean)
        } else if is(&[
            "westerneuropeanandother",
            "westerneuropeanother",
            "westerneuropeanandothers",
            "weog",
        ]) {
            Some(G::WesternEuropeanOther)
        } else if is(&["easterneuropean", "easterneurope", "eeg"]) {
            Some(G::EasternEuropean)
        } else {
            None
        }
    }
}

/// The Council's members: 47 (resolution 60/251).
pub const COUNCIL_SEATS: u32 = 47;

const AFRICAN: &[&str] = &[
    "AGO", "BDI", "BEN", "BFA", "BWA", "CAF", "CIV", "CMR", "COD", "COG", "COM", "CPV", "DJI",
    "DZA", "EGY", "ERI", "ETH", "GAB", "GHA", "GIN", "GMB", "GNB", "GNQ", "KEN", "LBR", "LBY",
    "LSO", "MAR", "MDG", "MLI", "MOZ", "MRT", "MUS", "MWI", "NAM", "NER", "NGA", "RWA", "SDN",
    "SEN", "SLE", "SOM", "SSD", "STP", "SWZ", "SYC", "TCD", "TGO", "TUN", "TZA", "UGA", "ZAF",
    "ZMB", "ZWE",
];
const ASIA_PACIFIC: &[&str] = &[
    "AFG", "ARE", "BGD", "BHR", "BRN", "BTN", "CHN", "CYP", "FJI", "FSM", "IDN", "IND", "IRN",
    "IRQ", "JOR", "JPN", "KAZ", "KGZ", "KHM", "KIR", "KOR", "KWT", "LAO", "LBN", "LKA", "MDV",
    "MHL", "MMR", "MNG", "MYS", "NPL", "NRU", "OMN", "PAK", "PHL", "PLW", "PNG", "PRK", "PSE",
    "QAT", "SAU", "SGP", "SLB", "SYR", "THA", "TJK", "TKM", "TLS", "TON", "TUV", "UZB", "VNM",
    "VUT", "WSM", "YEM",
];
const LATIN_AMERICAN_CARIBBEAN: &[&str] = &[
    "ARG", "ATG", "BHS", "BLZ", "BOL", "BRA", "BRB", "CHL", "COL", "CRI", "CUB", "DMA", "DOM",
    "ECU", "GRD", "GTM", "GUY", "HND", "HTI", "JAM", "KNA", "LCA", "MEX", "NIC", "PAN", "PER",
    "PRY", "SLV", "SUR", "TTO", "URY", "VCT", "VEN",
];
const WESTERN_EUROPEAN_OTHER: &[&str] = &[
    "AND", "AUS", "AUT", "BEL", "CAN", "CHE", "DEU", "DNK", "ESP", "FIN", "FRA", "GBR", "GRC",
    "IRL", "ISL", "ISR", "ITA", "LIE", "LUX", "MCO", "MLT", "NLD", "NOR", "NZL", "PRT", "SMR",
    "SWE", "TUR", "USA",
];
const EASTERN_EUROPEAN: &[&str] = &[
    "ALB", "ARM", "AZE", "BGR", "BIH", "BLR", "CZE", "EST", "GEO", "HRV", "HUN", "LTU", "LVA",
    "MDA", "MKD", "MNE", "POL", "ROU", "RUS", "SRB", "SVK", "SVN", "UKR",
];

/// The regional group of the State `code` (ISO alpha-3), or none (the Holy See).
pub fn group_of(code: &str) -> Option<RegionalGroup> {
    use RegionalGroup as G;
    [
        (AFRICAN, G::African),
        (ASIA_PACIFIC, G::AsiaPacific),
        (LATIN_AMERICAN_CARIBBEAN, G::LatinAmericanCaribbean),
        (WESTERN_EUROPEAN_OTHER, G::WesternEuropeanOther),
        (EASTERN_EUROPEAN, G::EasternEuropean),
    ]
    .into_iter()
    .find(|(codes, _)| codes.binary_search(&code).is_ok())
    .map(|(_, g)| g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{all_countries, country_by_code};

    #[test]
    fn every_member_state_has_one_group_and_the_seats_make_47() {
        let lists = [
            AFRICAN,
            ASIA_PACIFIC,
            LATIN_AMERICAN_CARIBBEAN,
            WESTERN_EUROPEAN_OTHER,
            EASTERN_EUROPEAN,
        ];
        for list in lists {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted: {list:?}");
            for code in list {
                assert!(country_by_code(code).is_some(), "{code}");
            }
        }
        assert_eq!(
            lists.map(<[&str]>::len),
            [54, 55, 33, 29, 23],
            "Asia-Pacific with the State of Palestine, the Western group with the United States"
        );
        let without: Vec<_> = all_countries()
            .into_iter()
            .filter(|c| group_of(&c.code).is_none())
            .map(|c| c.code)
            .collect();
        assert_eq!(without, ["VAT"]);
        assert_eq!(
            RegionalGroup::ALL.iter().map(|g| g.seats()).sum::<u32>(),
            COUNCIL_SEATS
        );
    }

    #[test]
    fn groups_are_named_as_people_write_them() {
        use RegionalGroup as G;
        for (typed, group) in [
            ("African States", G::African),
            ("Africa", G::African),
            ("Asia-Pacific States", G::AsiaPacific),
            ("GRULAC", G::LatinAmericanCaribbean),
            (
                "Latin American and Caribbean States",
                G::LatinAmericanCaribbean,
            ),
            ("Western European and other States", G::WesternEuropeanOther),
            ("WEOG", G::WesternEuropeanOther),
            ("Eastern European States", G::EasternEuropean),
            ("eastern-european", G::EasternEuropean),
        ] {
            assert_eq!(RegionalGroup::named(typed), Some(group), "{typed}");
        }
        assert_eq!(RegionalGroup::named("Oceania"), None);
    }
}
