//! Reference data shipped with the core: the standing agenda, the countries, the rooms and the
//! mechanisms that follow a situation.
pub mod agenda;
pub mod countries;
pub mod mechanisms;
pub mod rooms;

use crate::domain::situation::Country;
use crate::error::{Error, Result};
use crate::text::fold;

/// Finds a country by ISO alpha-3 code ("BDI"), name ("Burundi") or common
/// name ("DR Congo", "Syria"), ignoring case and accents; the error names `field`.
pub fn find_country(field: &str, query: &str) -> Result<Country> {
    let q = query.trim();
    let upper = q.to_ascii_uppercase();
    let key = fold(q);
    let code = countries::COUNTRIES
        .iter()
        .find(|(code, name)| *code == upper || fold(name) == key)
        .map(|(code, _)| *code)
        .or_else(|| {
            countries::ALIASES
                .iter()
                .find(|(alias, _)| fold(alias) == key)
                .map(|(_, code)| *code)
        });
    match code.and_then(country_by_code) {
        Some(c) => Ok(c),
        None => Err(Error::invalid(
            field,
            format!("{q:?} is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, or a name such as Burundi"),
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
