//! Sources: the web pages a key issue, situation, side event, meeting or note rests on (a
//! report, an Order of the Day, a press release), each a title and an http or https address.
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::rule::{Rule, Unit};

/// A source: its title (the address's host when none was typed) and its web address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// How many sources one record may carry.
pub const MAX_SOURCES: usize = 20;

impl Source {
    /// A source as typed on one line, `Title|https://…`, or an address alone; the text after
    /// the last `|` is the address. Nothing is checked here: [`checked`] does that on saving.
    pub fn typed(text: &str) -> Source {
        match text.rsplit_once('|') {
            Some((title, url)) => Source {
                title: title.trim().to_string(),
                url: url.trim().to_string(),
            },
            None => Source {
                title: String::new(),
                url: text.trim().to_string(),
            },
        }
    }
}

/// The sources of a record as they are stored, in the order given: a line left blank (no title,
/// no address) is dropped, every address must be http or https, a missing title becomes the
/// address's host, and at most [`MAX_SOURCES`]. Refusals name `field`.
pub fn checked(field: &str, sources: &[Source]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for s in sources {
        let (title, typed) = (s.title.trim(), s.url.trim());
        if title.is_empty() && typed.is_empty() {
            continue;
        }
        let refused = || {
            Error::invalid(
                field,
                Rule::NotAWebAddress {
                    value: typed.to_string(),
                },
            )
        };
        let url = url::Url::parse(typed).map_err(|_| refused())?;
        let host = match (url.scheme(), url.host_str()) {
            ("http" | "https", Some(host)) if !host.is_empty() => host.to_string(),
            _ => return Err(refused()),
        };
        out.push(Source {
            title: if title.is_empty() {
                host
            } else {
                title.to_string()
            },
            // As the URL standard writes it (a bare host gains its "/", a space becomes %20),
            // so that every format can link to it as it is.
            url: url.into(),
        });
    }
    if out.len() > MAX_SOURCES {
        return Err(Error::invalid(
            field,
            Rule::OutOfRange {
                min: 0,
                max: MAX_SOURCES as u32,
                unit: Unit::Number,
            },
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field and rule a refusal names.
    fn refusal(e: Error) -> (String, Rule) {
        match e {
            Error::Validation { field, rule } => (field, *rule),
            other => panic!("not a refusal: {other}"),
        }
    }

    fn source(title: &str, url: &str) -> Source {
        Source {
            title: title.into(),
            url: url.into(),
        }
    }

    #[test]
    fn a_typed_line_is_a_title_and_the_address_after_the_last_bar() {
        assert_eq!(
            Source::typed("Report | A|B | https://www.ohchr.org/x"),
            source("Report | A|B", "https://www.ohchr.org/x")
        );
        assert_eq!(
            Source::typed(" https://undocs.org/A/HRC/38/44 "),
            source("", "https://undocs.org/A/HRC/38/44")
        );
    }

    #[test]
    fn checked_keeps_the_order_fills_the_title_and_drops_blank_lines() {
        let got = checked(
            "sources",
            &[
                source("OHCHR", "https://www.ohchr.org/en/hr-bodies/hrc"),
                source("", ""),
                source("  ", "http://undocs.org/A/HRC/38/44 "),
            ],
        )
        .unwrap();
        assert_eq!(
            got,
            [
                source("OHCHR", "https://www.ohchr.org/en/hr-bodies/hrc"),
                source("undocs.org", "http://undocs.org/A/HRC/38/44"),
            ]
        );
    }

    #[test]
    fn an_address_is_kept_as_the_url_standard_writes_it() {
        assert_eq!(
            checked(
                "sources",
                &[
                    source("", "HTTPS://OHCHR.org"),
                    source("x", "https://ohchr.org/a b?q=<c>")
                ]
            )
            .unwrap(),
            [
                source("ohchr.org", "https://ohchr.org/"),
                source("x", "https://ohchr.org/a%20b?q=%3Cc%3E")
            ]
        );
    }

    #[test]
    fn only_web_addresses_are_kept() {
        for bad in [
            "www.ohchr.org",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "mailto:a@b.org",
            "ftp://ohchr.org",
            "https://",
            "Report",
        ] {
            let e = checked("sources", &[source("T", bad)]).unwrap_err();
            assert_eq!(
                refusal(e),
                (
                    "sources".into(),
                    Rule::NotAWebAddress {
                        value: bad.to_string()
                    }
                ),
                "{bad}"
            );
        }
        let titled_only = checked("sources", &[source("A report", "")]).unwrap_err();
        assert_eq!(
            refusal(titled_only),
            (
                "sources".into(),
                Rule::NotAWebAddress {
                    value: String::new()
                }
            )
        );
    }

    #[test]
    fn at_most_twenty() {
        let many = vec![source("", "https://ohchr.org"); MAX_SOURCES + 1];
        assert!(checked("sources", &many[..MAX_SOURCES]).is_ok());
        let e = checked("sources", &many).unwrap_err();
        assert_eq!(
            refusal(e),
            (
                "sources".into(),
                Rule::OutOfRange {
                    min: 0,
                    max: 20,
                    unit: Unit::Number
                }
            )
        );
    }
}
