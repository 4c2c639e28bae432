//! Rows written other than through typed input — those a bundle brings — checked against the
//! same rules typed input follows, table by table.
use rusqlite::Connection;
use uuid::Uuid;

use crate::error::Result;
use crate::validate;

/// Checks the live row `id` of `table` as if a person had typed it; the error names the field.
pub(crate) fn recheck(conn: &Connection, table: &str, id: Uuid) -> Result<()> {
    match table {
        "sessions" => super::sessions::recheck(conn, id),
        "meetings" => super::meetings::recheck(conn, id),
        "key_issues" => super::key_issues::recheck(conn, id),
        "situations" => super::situations::recheck(conn, id),
        "statements" => super::statements::recheck(conn, id),
        "side_events" => super::side_events::recheck(conn, id),
        "notes" => super::notes::recheck(conn, id),
        "resolutions" => super::resolutions::recheck(conn, id),
        "amendments" => super::amendments::recheck(conn, id),
        "votes" => super::votes::recheck(conn, id),
        "council_members" => super::membership::recheck(conn, id),
        "consultations" => {
            // Its day within its text's session (the hours are checked by the schema).
            let (date, start, end): (Option<String>, String, String) = conn.query_row(
                "SELECT c.date, s.start_date, s.end_date FROM consultations c
                 JOIN resolutions r ON r.id = c.resolution_id JOIN sessions s ON s.id = r.session_id
                 WHERE c.id = ?1",
                [id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            match date {
                Some(d) => validate::within_session(
                    "date",
                    validate::date("date", &d)?,
                    validate::date("start_date", &start)?,
                    validate::date("end_date", &end)?,
                ),
                None => Ok(()),
            }
        }
        "organisations" => {
            let name: String = conn.query_row(
                "SELECT name FROM organisations WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )?;
            validate::required("name", &name).map(drop)
        }
        // Agenda items carry the Council's numbers (checked by the schema) and free notes.
        _ => Ok(()),
    }
}
