//! The calendar limited to what is mine, for a phone: my statements (each at its meeting), my side
//! events, the informal consultations and the meetings I follow; the other meetings, the side
//! events an import brought in and the action on texts stay out.
use uuid::Uuid;

use super::{ics, ExportFormat};
use crate::domain::overview::SessionOverview;
use crate::error::{Error, Result};
use crate::store::Store;

/// The session's calendar with only what is mine; any other format is refused naming `format`
/// (only the calendar can be limited so).
pub fn export(store: &Store, session_id: Uuid, format: ExportFormat) -> Result<Vec<u8>> {
    if format != ExportFormat::Calendar {
        return Err(Error::invalid(
            "format",
            crate::Rule::NotAChoice {
                value: format.key().to_string(),
                choices: vec![ExportFormat::Calendar.key().to_string()],
            },
        ));
    }
    // Confidential statements stay out of a calendar meant for a phone.
    let mut o = store.overview_with(session_id, false)?;
    super::confidential::leave_out(&mut o);
    limit(
        &mut o,
        &store.meetings_i_follow(session_id)?,
        &store.my_side_events(session_id)?,
    );
    Ok(ics::render(&o).into_bytes())
}

/// Writes the calendar of what is mine to `path`, whole or not at all (as [`super::export_to_file`]).
pub fn export_to_file(
    store: &Store,
    session_id: Uuid,
    format: ExportFormat,
    path: &std::path::Path,
) -> Result<()> {
    super::write_whole(&export(store, session_id, format)?, path)
}

/// Keeps in `o` the meetings among `meetings` and the side events among `side_events`, every
/// statement and consultation, and no action on texts.
fn limit(
    o: &mut SessionOverview,
    meetings: &std::collections::HashSet<Uuid>,
    side_events: &std::collections::HashSet<Uuid>,
) {
    o.meetings.retain(|m| meetings.contains(&m.id));
    o.side_events.retain(|e| side_events.contains(&e.id));
    o.resolutions.clear();
}
