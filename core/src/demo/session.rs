//! The example's session: HRC38's dates and notes, and the notes on agenda items 4 and 7.
use uuid::Uuid;

use super::{s, EXAMPLE_NOTES};
use crate::domain::session::SessionInput;
use crate::error::Result;
use crate::store::Store;

/// Creates the session and returns its id.
pub(super) fn write(store: &mut Store) -> Result<Uuid> {
    let session = store.create_session(&SessionInput {
        number: 38,
        start_date: "2018-06-18".into(),
        end_date: "2018-07-06".into(),
        notes: s(EXAMPLE_NOTES),
        ..Default::default()
    })?;
    let sid = session.id;
    store.set_agenda_notes(sid, 4, "Burundi, Syria, Eritrea and Belarus. General debate: one joint NGO slot at most, coordinate early.")?;
    store.set_agenda_notes(
        sid,
        7,
        "Follow up the joint letter on the Gaza protests: the commission of inquiry it called for was set up at the special session of 18 May 2018 (S-28/1); support its work.",
    )?;
    Ok(sid)
}
