//! What of a session is mine, for the calendar limited to it: the meetings I follow (the clashes'
//! rule: a statement of mine is due in it, or it takes up a high-priority situation or a key
//! issue) and my side events (those no programme import brought in, the import's own rule).
use std::collections::HashSet;

use uuid::Uuid;

use super::{meetings, row, Store};
use crate::error::Result;

impl Store {
    /// The meetings of a session that matter to me, whatever their status (a cancelled one I
    /// follow is news to me), by the rule the clashes use.
    pub fn meetings_i_follow(&self, session_id: Uuid) -> Result<HashSet<Uuid>> {
        let interests = self.interests(session_id)?;
        let mut out = HashSet::new();
        for m in meetings::list(&self.conn, session_id)? {
            if !self.reasons(&m, &interests)?.is_empty() {
                out.insert(m.id);
            }
        }
        Ok(out)
    }

    /// My side events in a session: those I entered or brought in a bundle, not those a
    /// programme import brought in (a row of `programme_sources` names it), whatever their status.
    pub fn my_side_events(&self, session_id: Uuid) -> Result<HashSet<Uuid>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM side_events WHERE session_id = ?1 AND deleted_at IS NULL
               AND id NOT IN (SELECT record_id FROM programme_sources WHERE session_id = ?1)",
        )?;
        let ids = stmt
            .query_map([session_id.to_string()], |r| row::id(r, 0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}
