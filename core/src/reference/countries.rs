//! The country reference table: ISO 3166-1 alpha-3 codes and English short names of the 193 UN Member States, the observer State of Palestine and the Holy See.

/// Every UN Member State (193) plus the two observer States (State of Palestine,
/// Holy See), as (ISO 3166-1 alpha-3 code, UN English short name), sorted by code
/// so it can be binary-searched.
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AFG", "Afghanistan"),
    ("AGO", "Angola"),
    ("ALB", "Albania"),
    ("AND", "Andorra"),
    ("ARE", "United Arab Emirates"),
    ("ARG", "Argentina"),
    ("ARM", "Armenia"),
    ("ATG", "Antigua and Barbuda"),
    ("AUS", "Australia"),
    ("AUT", "Austria"),
    ("AZE", "Azerbaijan"),
    ("BDI", "Burundi"),
    ("BEL", "Belgium"),
    ("BEN", "Benin"),
    ("BFA", "Burkina Faso"),
    ("BGD", "Bangladesh"),
    ("BGR", "Bulgaria"),
    ("BHR", "Bahrain"),
    ("BHS", "Bahamas"),
    ("BIH", "Bosnia and Herzegovina"),
    ("BLR", "Belarus"),
    ("BLZ", "Belize"),
    ("BOL", "Bolivia (Plurinational State of)"),
    ("BRA", "Brazil"),
    ("BRB", "Barbados"),
    ("BRN", "Brunei Darussalam"),
    ("BTN", "Bhutan"),
    ("BWA", "Botswana"),
    ("CAF", "Central African Republic"),
    ("CAN", "Canada"),
    ("CHE", "Switzerland"),
    ("CHL", "Chile"),
    ("CHN", "China"),
    ("CIV", "Côte d'Ivoire"),
    ("CMR", "Cameroon"),
    ("COD", "Democratic Republic of the Congo"),
    ("COG", "Congo"),
    ("COL", "Colombia"),
    ("COM", "Comoros"),
    ("CPV", "Cabo Verde"),
    ("CRI", "Costa Rica"),
    ("CUB", "Cuba"),
    ("CYP", "Cyprus"),
    ("CZE", "Czechia"),
    ("DEU", "Germany"),
    ("DJI", "Djibouti"),
    ("DMA", "Dominica"),
    ("DNK", "Denmark"),
    ("DOM", "Dominican Republic"),
    ("DZA", "Algeria"),
    ("ECU", "Ecuador"),
    ("EGY", "Egypt"),
    ("ERI", "Eritrea"),
    ("ESP", "Spain"),
    ("EST", "Estonia"),
    ("ETH", "Ethiopia"),
    ("FIN", "Finland"),
    ("FJI", "Fiji"),
    ("FRA", "France"),
    ("FSM", "Micronesia (Federated States of)"),
    ("GAB", "Gabon"),
    (
        "GBR",
        "United Kingdom of Great Britain and Northern Ireland",
    ),
    ("GEO", "Georgia"),
    ("GHA", "Ghana"),
    ("GIN", "Guinea"),
    ("GMB", "Gambia"),
    ("GNB", "Guinea-Bissau"),
    ("GNQ", "Equatorial Guinea"),
    ("GRC", "Greece"),
    ("GRD", "Grenada"),
    ("GTM", "Guatemala"),
    ("GUY", "Guyana"),
    ("HND", "Honduras"),
    ("HRV", "Croatia"),
    ("HTI", "Haiti"),
    ("HUN", "Hungary"),
    ("IDN", "Indonesia"),
    ("IND", "India"),
    ("IRL", "Ireland"),
    ("IRN", "Iran (Islamic Republic of)"),
    ("IRQ", "Iraq"),
    ("ISL", "Iceland"),
    ("ISR", "Israel"),
    ("ITA", "Italy"),
    ("JAM", "Jamaica"),
    ("JOR", "Jordan"),
    ("JPN", "Japan"),
    ("KAZ", "Kazakhstan"),
    ("KEN", "Kenya"),
    ("KGZ", "Kyrgyzstan"),
    ("KHM", "Cambodia"),
    ("KIR", "Kiribati"),
    ("KNA", "Saint Kitts and Nevis"),
    ("KOR", "Republic of Korea"),
    ("KWT", "Kuwait"),
    ("LAO", "Lao People's Democratic Republic"),
    ("LBN", "Lebanon"),
    ("LBR", "Liberia"),
    ("LBY", "Libya"),
    ("LCA", "Saint Lucia"),
    ("LIE", "Liechtenstein"),
    ("LKA", "Sri Lanka"),
    ("LSO", "Lesotho"),
    ("LTU", "Lithuania"),
    ("LUX", "Luxembourg"),
    ("LVA", "Latvia"),
    ("MAR", "Morocco"),
    ("MCO", "Monaco"),
    ("MDA", "Republic of Moldova"),
    ("MDG", "Madagascar"),
    ("MDV", "Maldives"),
    ("MEX", "Mexico"),
    ("MHL", "Marshall Islands"),
    ("MKD", "North Macedonia"),
    ("MLI", "Mali"),
    ("MLT", "Malta"),
    ("MMR", "Myanmar"),
    ("MNE", "Montenegro"),
    ("MNG", "Mongolia"),
    ("MOZ", "Mozambique"),
    ("MRT", "Mauritania"),
    ("MUS", "Mauritius"),
    ("MWI", "Malawi"),
    ("MYS", "Malaysia"),
    ("NAM", "Namibia"),
    ("NER", "Niger"),
    ("NGA", "Nigeria"),
    ("NIC", "Nicaragua"),
    ("NLD", "Netherlands (Kingdom of the)"),
    ("NOR", "Norway"),
    ("NPL", "Nepal"),
    ("NRU", "Nauru"),
    ("NZL", "New Zealand"),
    ("OMN", "Oman"),
    ("PAK", "Pakistan"),
    ("PAN", "Panama"),
    ("PER", "Peru"),
    ("PHL", "Philippines"),
    ("PLW", "Palau"),
    ("PNG", "Papua New Guinea"),
    ("POL", "Poland"),
    ("PRK", "Democratic People's Republic of Korea"),
    ("PRT", "Portugal"),
    ("PRY", "Paraguay"),
    ("PSE", "State of Palestine"),
    ("QAT", "Qatar"),
    ("ROU", "Romania"),
    ("RUS", "Russian Federation"),
    ("RWA", "Rwanda"),
    ("SAU", "Saudi Arabia"),
    ("SDN", "Sudan"),
    ("SEN", "Senegal"),
    ("SGP", "Singapore"),
    ("SLB", "Solomon Islands"),
    ("SLE", "Sierra Leone"),
    ("SLV", "El Salvador"),
    ("SMR", "San Marino"),
    ("SOM", "Somalia"),
    ("SRB", "Serbia"),
    ("SSD", "South Sudan"),
    ("STP", "Sao Tome and Principe"),
    ("SUR", "Suriname"),
    ("SVK", "Slovakia"),
    ("SVN", "Slovenia"),
    ("SWE", "Sweden"),
    ("SWZ", "Eswatini"),
    ("SYC", "Seychelles"),
    ("SYR", "Syrian Arab Republic"),
    ("TCD", "Chad"),
    ("TGO", "Togo"),
    ("THA", "Thailand"),
    ("TJK", "Tajikistan"),
    ("TKM", "Turkmenistan"),
    ("TLS", "Timor-Leste"),
    ("TON", "Tonga"),
    ("TTO", "Trinidad and Tobago"),
    ("TUN", "Tunisia"),
    ("TUR", "Türkiye"),
    ("TUV", "Tuvalu"),
    ("TZA", "United Republic of Tanzania"),
    ("UGA", "Uganda"),
    ("UKR", "Ukraine"),
    ("URY", "Uruguay"),
    ("USA", "United States of America"),
    ("UZB", "Uzbekistan"),
    ("VAT", "Holy See"),
    ("VCT", "Saint Vincent and the Grenadines"),
    ("VEN", "Venezuela (Bolivarian Republic of)"),
    ("VNM", "Viet Nam"),
    ("VUT", "Vanuatu"),
    ("WSM", "Samoa"),
    ("YEM", "Yemen"),
    ("ZAF", "South Africa"),
    ("ZMB", "Zambia"),
    ("ZWE", "Zimbabwe"),
];

/// Common English names people type, each mapped to a code in [`COUNTRIES`].
/// Matching is done after case, accent and whitespace folding, so spelling
/// variants that differ only in those respects are not listed.
pub const ALIASES: &[(&str, &str)] = &[
    ("Syria", "SYR"),
    ("DR Congo", "COD"),
    ("DRC", "COD"),
    ("Democratic Republic of Congo", "COD"),
    ("Congo-Kinshasa", "COD"),
    ("Congo, Democratic Republic of the", "COD"),
    ("Republic of the Congo", "COG"),
    ("Republic of Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    ("Iran", "IRN"),
    ("Russia", "RUS"),
    ("UK", "GBR"),
    ("United Kingdom", "GBR"),
    ("Great Britain", "GBR"),
    ("Britain", "GBR"),
    ("USA", "USA"),
    ("US", "USA"),
    ("United States", "USA"),
    ("Venezuela", "VEN"),
    ("Bolivia", "BOL"),
    ("Turkey", "TUR"),
    ("Ivory Coast", "CIV"),
    ("South Korea", "KOR"),
    ("Korea, Republic of", "KOR"),
    ("ROK", "KOR"),
    ("North Korea", "PRK"),
    ("DPRK", "PRK"),
    ("Laos", "LAO"),
    ("Lao PDR", "LAO"),
    ("Moldova", "MDA"),
    ("Tanzania", "TZA"),
    ("Vietnam", "VNM"),
    ("Palestine", "PSE"),
    ("Occupied Palestinian Territory", "PSE"),
    ("Vatican", "VAT"),
    ("Vatican City", "VAT"),
    ("Netherlands", "NLD"),
    ("The Netherlands", "NLD"),
    ("Holland", "NLD"),
    ("Swaziland", "SWZ"),
    ("Macedonia", "MKD"),
    ("Czech Republic", "CZE"),
    ("Cape Verde", "CPV"),
    ("Micronesia", "FSM"),
    ("Federated States of Micronesia", "FSM"),
    ("Brunei", "BRN"),
    ("Burma", "MMR"),
    ("East Timor", "TLS"),
    ("Timor Leste", "TLS"),
    ("The Gambia", "GMB"),
    ("The Bahamas", "BHS"),
    ("UAE", "ARE"),
    ("Emirates", "ARE"),
    ("Bosnia", "BIH"),
    ("Kyrgyz Republic", "KGZ"),
    ("Slovak Republic", "SVK"),
    ("Guinea Bissau", "GNB"),
    ("Sao Tome", "STP"),
    ("St Kitts and Nevis", "KNA"),
    ("St. Kitts and Nevis", "KNA"),
    ("Saint Kitts", "KNA"),
    ("St Lucia", "LCA"),
    ("St. Lucia", "LCA"),
    ("St Vincent and the Grenadines", "VCT"),
    ("St. Vincent and the Grenadines", "VCT"),
    ("Saint Vincent", "VCT"),
    ("Trinidad", "TTO"),
    ("Antigua", "ATG"),
    ("People's Republic of China", "CHN"),
    ("PRC", "CHN"),
    ("Republic of Ireland", "IRL"),
    ("Eire", "IRL"),
    ("Kampuchea", "KHM"),
    ("Zaire", "COD"),
    ("Persia", "IRN"),
    ("Belorussia", "BLR"),
    ("Byelorussia", "BLR"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn is_code(code: &str) -> bool {
        code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
    }

    fn known(code: &str) -> bool {
        COUNTRIES.binary_search_by(|(c, _)| (*c).cmp(code)).is_ok()
    }

    fn name_of(code: &str) -> Option<&'static str> {
        COUNTRIES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
    }

    #[test]
    fn has_193_member_states_and_two_observers() {
        assert_eq!(COUNTRIES.len(), 195);
    }

    #[test]
    fn codes_are_three_uppercase_letters() {
        for (code, name) in COUNTRIES {
            assert!(is_code(code), "{code:?} ({name})");
            assert!(
                !name.trim().is_empty() && name.trim() == *name,
                "{code}: {name:?}"
            );
        }
    }

    #[test]
    fn codes_are_unique_and_sorted() {
        let mut seen = HashSet::new();
        for (code, _) in COUNTRIES {
            assert!(seen.insert(*code), "duplicate code {code}");
        }
        for pair in COUNTRIES.windows(2) {
            assert!(
                pair[0].0 < pair[1].0,
                "{} must come before {}",
                pair[1].0,
                pair[0].0
            );
        }
    }

    #[test]
    fn names_are_unique() {
        let mut seen = HashSet::new();
        for (_, name) in COUNTRIES {
            assert!(seen.insert(name.to_lowercase()), "duplicate name {name}");
        }
    }

    #[test]
    fn every_alias_points_at_a_known_code() {
        for (alias, code) in ALIASES {
            assert!(is_code(code), "{alias} -> {code:?}");
            assert!(known(code), "{alias} -> unknown code {code}");
        }
    }

    #[test]
    fn aliases_are_unique_and_not_official_names() {
        let names: HashSet<String> = COUNTRIES.iter().map(|(_, n)| n.to_lowercase()).collect();
        let mut seen = HashSet::new();
        for (alias, _) in ALIASES {
            let a = alias.to_lowercase();
            assert!(!names.contains(&a), "alias {alias} is an official name");
            assert!(seen.insert(a), "duplicate alias {alias}");
        }
    }

    #[test]
    fn spot_checks() {
        let cases = [
            ("BDI", "Burundi"),
            ("SYR", "Syrian Arab Republic"),
            ("COD", "Democratic Republic of the Congo"),
            ("COG", "Congo"),
            ("ERI", "Eritrea"),
            ("BLR", "Belarus"),
            ("PSE", "State of Palestine"),
            ("VAT", "Holy See"),
            (
                "GBR",
                "United Kingdom of Great Britain and Northern Ireland",
            ),
            ("TUR", "Türkiye"),
            ("CIV", "Côte d'Ivoire"),
        ];
        for (code, name) in cases {
            assert_eq!(name_of(code), Some(name), "{code}");
        }
    }

    #[test]
    fn non_member_territories_are_absent() {
        for code in ["XKX", "XKO", "TWN", "ESH"] {
            assert!(!known(code), "{code} should not be listed");
        }
        for name in ["Kosovo", "Taiwan", "Western Sahara"] {
            assert!(COUNTRIES.iter().all(|(_, n)| !n.contains(name)), "{name}");
            assert!(ALIASES.iter().all(|(a, _)| !a.contains(name)), "{name}");
        }
    }
}
