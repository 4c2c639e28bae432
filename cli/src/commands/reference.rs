//! `hrc countries`: the reference table of countries, code and name.
use hrc_core::Store;

use super::show;
use crate::output::Failed;

pub fn countries(store: &Store, json: bool) -> Result<(), Failed> {
    show(json, &store.countries(), |v| {
        v.iter()
            .map(|c| format!("{}  {}", c.code, c.name))
            .collect::<Vec<_>>()
            .join("\n")
    })
}
