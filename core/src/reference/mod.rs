//! Reference data shipped with the core: the standing agenda, the countries and their regional
//! groups, the rooms and the mechanisms that follow a situation.
pub mod agenda;
pub mod countries;
pub mod country_names;
pub mod country_search;
pub mod mechanisms;
pub mod regional_groups;
pub mod rooms;

use crate::domain::situation::Country;
use crate::error::{Error, Result};

/// Finds a country by ISO alpha-3 code ("BDI"), name ("Burundi"), common name ("DR Congo",
/// "Syria") or former name ("Turkey", "Swaziland"), written as lists and databases write it
/// ("Congo, the Democratic Republic of the", "Iran (Islamic Republic of)", "cote divoire"):
/// see `country_names::key`. The error names `field`.
pub fn find_country(field: &str, query: &str) -> Result<Country> {
    let q = query.trim();
    let upper = q.to_ascii_uppercase();
    let key = country_names::key(q);
    let code = countries::COUNTRIES
        .iter()
        .find(|(code, name)| *code == upper || (!key.is_empty() && country_names::key(name) == key))
        .map(|(code, _)| *code)
        .or_else(|| {
            countries::ALIASES
                .iter()
                .find(|(alias, _)| !key.is_empty() && country_names::key(alias) == key)
                .map(|(_, code)| *code)
        })
        .or_else(|| country_names::former_code(&key));
    match code.and_then(country_by_code) {
        Some(c) => Ok(c),
        None => Err(Error::invalid(
            field,
            crate::Rule::NotACountry { value: q.into() },
        )),
    }
}

/// The country with this exact alpha-3 code.
pub fn country_by_code(code: &str) -> Option<Country> {
    countries::COUNTRIES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| Country {
            code: countries::COUNTRIES[i].0.to_string(),
            name: countries::COUNTRIES[i].1.to_string(),
        })
}

/// Every country, by code.
pub fn all_countries() -> Vec<Country> {
    countries::COUNTRIES
        .iter()
        .map(|(code, name)| Country {
            code: code.to_string(),
            name: name.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_code_name_and_alias() {
        let cases = [
            ("BDI", "BDI"),
            ("bdi", "BDI"),
            ("Burundi", "BDI"),
            ("Syria", "SYR"),
            ("Syrian Arab Republic", "SYR"),
            ("DR Congo", "COD"),
            ("Democratic Republic of the Congo", "COD"),
            ("eritrea", "ERI"),
            ("Belarus", "BLR"),
            ("Côte d'Ivoire", "CIV"),
            ("cote d’ivoire", "CIV"),
            ("State of Palestine", "PSE"),
            ("Holy See", "VAT"),
        ];
        for (q, code) in cases {
            assert_eq!(find_country("country", q).unwrap().code, code, "{q}");
        }
    }

    /// Every form issue 15 names, as people, lists and databases write them.
    #[test]
    fn finds_the_names_people_really_type() {
        let cases = [
            ("DRC", "COD"),
            ("UK", "GBR"),
            ("USA", "USA"),
            ("Turkey", "TUR"),
            ("Türkiye", "TUR"),
            ("Swaziland", "SWZ"),
            ("Eswatini", "SWZ"),
            ("The former Yugoslav Republic of Macedonia", "MKD"),
            ("former Yugoslav Republic of Macedonia, the", "MKD"),
            ("Czech Republic", "CZE"),
            ("Cape Verde", "CPV"),
            ("Congo, the Democratic Republic of the", "COD"),
            ("Congo", "COG"),
            ("Korea, Republic of", "KOR"),
            ("Korea, Democratic People's Republic of", "PRK"),
            ("Tanzania, United Republic of", "TZA"),
            ("Moldova, Republic of", "MDA"),
            ("Iran (Islamic Republic of)", "IRN"),
            ("Iran, Islamic Republic of", "IRN"),
            ("Venezuela (Bolivarian Republic of)", "VEN"),
            ("Venezuela, Bolivarian Republic of", "VEN"),
            ("Bolivia, Plurinational State of", "BOL"),
            ("cote divoire", "CIV"),
            ("COTE D IVOIRE", "CIV"),
            ("guinea bissau", "GNB"),
            ("Gambia, The", "GMB"),
        ];
        for (q, code) in cases {
            assert_eq!(
                find_country("country", q).map(|c| c.code).ok().as_deref(),
                Some(code),
                "{q}"
            );
        }
    }

    #[test]
    fn unknown_countries_name_the_field() {
        for q in ["", "XXX", "Atlantis", "Kosovo"] {
            assert_eq!(
                find_country("country", q).unwrap_err().field(),
                Some("country"),
                "{q}"
            );
        }
    }
}
