//! A session's notes counted by what they were taken on, without reading their text.
use std::collections::BTreeMap;

use rusqlite::Connection;
use uuid::Uuid;

use super::live_ids::LiveIds;
use crate::domain::overview::{AgendaItemNotes, NoteTally};
use crate::error::Result;
use crate::geneva::parse_stamp;

/// The tables a note links to, in the order of the columns read.
const LINKED: [&str; 5] = [
    "meetings",
    "situations",
    "key_issues",
    "statements",
    "resolutions",
];

/// Counts session `session_id`'s live notes from their links and items alone. A link counts
/// only when its record is live ([`LiveIds`]), as [`super::Store::notes`] reads a link to a
/// record deleted since as none.
pub(super) fn of_session(conn: &Connection, session_id: Uuid) -> Result<NoteTally> {
    let sid = session_id.to_string();
    let mut live = Vec::with_capacity(LINKED.len());
    for table in LINKED {
        live.push(LiveIds::of_session(conn, table, &sid)?);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT agenda_item, meeting_id, situation_id, key_issue_id, statement_id, resolution_id,
                taken_at
         FROM notes WHERE session_id = ?1 AND deleted_at IS NULL",
    )?;
    let mut rows = stmt.query([&sid])?;
    let mut linked = [0u32; 5];
    let mut total = 0;
    let mut by_item = BTreeMap::<u8, u32>::new();
    let mut latest: Option<String> = None;
    while let Some(r) = rows.next()? {
        total += 1;
        if let Some(item) = r.get::<_, Option<u8>>(0)? {
            *by_item.entry(item).or_default() += 1;
        }
        for (i, ids) in live.iter_mut().enumerate() {
            // Read in place: a session's notes name a few hundred records thousands of times.
            let Some(id) = r
                .get_ref(i + 1)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)?
            else {
                continue;
            };
            let is_live = ids.is_live(conn, id)?;
            linked[i] += u32::from(is_live);
        }
        // The store writes its stamps in one form: the greatest string is the latest instant.
        let taken = r.get_ref(6)?.as_str().map_err(rusqlite::Error::from)?;
        if latest.as_deref().is_none_or(|l| taken > l) {
            latest = Some(taken.to_owned());
        }
    }
    let [in_meetings, on_situations, on_key_issues, on_statements, on_texts] = linked;
    Ok(NoteTally {
        total,
        in_meetings,
        on_situations,
        on_key_issues,
        on_statements,
        on_texts,
        by_agenda_item: by_item
            .into_iter()
            .map(|(agenda_item, notes)| AgendaItemNotes { agenda_item, notes })
            .collect(),
        latest_taken_at: latest.as_deref().map(parse_stamp).transpose()?,
    })
}
