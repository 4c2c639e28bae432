//! `hrc search`: everything stored that holds the words asked for.
use hrc_core::domain::search::SearchQuery;
use hrc_core::Store;

use super::{lines, show};
use crate::output::Failed;
use crate::print;

pub fn run(store: &Store, query: SearchQuery, json: bool) -> Result<(), Failed> {
    let hits = store.search(&query)?;
    // A symbol searched names its document first, with its link.
    let document = match json {
        true => None,
        false => store.document_by_symbol(&query.text)?,
    };
    show(json, &hits, |v| {
        let found = lines(v, print::hit, "Nothing found.");
        match document {
            Some(d) => format!("{}  {}  {}\n{found}", d.symbol, d.kind.label(), d.url),
            None => found,
        }
    })
}
