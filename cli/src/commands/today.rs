//! `hrc today`: what is on at the clock given (now when none): meetings, statements due, side
//! events and notes.
use hrc_core::Store;

use super::{session_id, show};
use crate::output::Failed;
use crate::print;

pub fn run(
    store: &Store,
    at: Option<&str>,
    session: Option<&str>,
    json: bool,
) -> Result<(), Failed> {
    let now = hrc_core::geneva::clock("at", at)?;
    let session = session.map(|s| session_id(store, s)).transpose()?;
    show(json, &store.today(now, session)?, print::today)
}
