//! `hrc search`: everything stored that holds the words asked for.
use hrc_core::domain::search::SearchQuery;
use hrc_core::Store;

use super::{lines, show};
use crate::output::Failed;
use crate::print;

pub fn run(store: &Store, query: SearchQuery, json: bool) -> Result<(), Failed> {
    let hits = store.search(&query)?;
    show(json, &hits, |v| lines(v, print::hit, "Nothing found."))
}
