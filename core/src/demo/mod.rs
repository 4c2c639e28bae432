//! The HRC38 example session (18 June – 6 July 2018), drawn from ISHR's news around
//! that session: its key issues, country situations, the reprisals report, the joint
//! letter on the Gaza protests, the public dialogue on sport and human rights.
//! The programme follows HRC38's Orders of the Day where the example's sources give them (the
//! opening, the clustered dialogues of the 7th meeting on 20 June, action on texts on 5 and 6
//! July); what the example adds (other meetings' days, the notes, two statements' texts, the
//! side events' days and rooms) says that it is illustrative.
mod key_issues;
mod notes;
mod programme;
mod references;
mod session;
mod side_events;
mod situations;
mod statements;

use crate::bundle::Bundle;
use crate::domain::session::Session;
use crate::error::{Error, Result};
use crate::store::Store;
use uuid::Uuid;

/// The joint letter's signatories, as pasted from the e-mail (with its near-duplicates).
pub const SIGNATORIES: &str = include_str!("hrc38-signatories.txt");

/// What loading the example did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DemoOutcome {
    pub session: Session,
    /// False when HRC38 was already there and nothing was changed.
    pub created: bool,
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

/// A web page the example rests on.
fn source(title: &str, url: &str) -> crate::domain::source::Source {
    crate::domain::source::Source {
        title: title.into(),
        url: url.into(),
    }
}

/// ISHR's overview of HRC38 (13 June 2018), the source of the seed's key issues and situations.
fn ishr_overview() -> crate::domain::source::Source {
    source(
        "ISHR: HRC38 | Key issues on agenda of June 2018 session",
        "https://www.ishr.ch/news/hrc38-key-issues-agenda-june-2018-session",
    )
}

fn list(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// The example session's id, the same in every database, so that the example is told from a
/// person's own HRC38.
pub const EXAMPLE_SESSION_ID: Uuid = Uuid::from_u128(0x0164_1a7b_6c00_7000_8000_0000_0000_0038);
/// The example session's own notes (an example loaded before it had a fixed id is known by them).
const EXAMPLE_NOTES: &str =
    "Three weeks. Priorities: reprisals, SOGI mandate, civic space, Burundi and Eritrea.";
/// The organisation the example is written for, set when none is.
const EXAMPLE_ORGANISATION: &str = "International Service for Human Rights (ISHR)";

/// Whether `session` is the example (not a person's own HRC38).
pub fn is_example(session: &Session) -> bool {
    session.id == EXAMPLE_SESSION_ID || session.notes == EXAMPLE_NOTES
}

/// Creates HRC38 with its example content, all of it or nothing (it is written into a scratch
/// database, then imported in one transaction), or leaves the example untouched when it is
/// already here. A person's own HRC38 is never touched: loading is refused.
pub fn load(store: &mut Store) -> Result<DemoOutcome> {
    match store.find_session("38") {
        Ok(session) if is_example(&session) => {
            return Ok(DemoOutcome {
                session,
                created: false,
            })
        }
        Ok(_) => {
            return Err(Error::Conflict(
                "a session 38 is already here and it is not the example, which is HRC38 too; \
                 load the example into another database (hrc --db FILE demo)"
                    .into(),
            ))
        }
        Err(Error::NotFound { .. }) => {}
        Err(e) => return Err(e),
    }
    let mut scratch = Store::open_in_memory()?;
    let written = write_example(&mut scratch)?;
    let bundle = scratch
        .export_bundle(written)?
        .to_json()
        .replace(&written.to_string(), &EXAMPLE_SESSION_ID.to_string());
    let report = store.import_bundle(&Bundle::from_json(&bundle)?)?;
    if store.settings()?.my_organisation.is_empty() {
        let mut settings = store.settings()?;
        settings.my_organisation = EXAMPLE_ORGANISATION.into();
        store.save_settings(&settings)?;
    }
    Ok(DemoOutcome {
        session: report.session,
        created: true,
    })
}

/// Writes the example into `store` (a scratch one), part by part in the order a person would,
/// and returns its session's id.
fn write_example(store: &mut Store) -> Result<Uuid> {
    let sid = session::write(store)?;
    let issues = key_issues::write(store, sid)?;
    references::write(store)?;
    let situations = situations::write(store, sid)?;
    let programme = programme::write(store, sid)?;
    statements::write(store, sid, &issues, &situations, &programme)?;
    side_events::write(store, sid)?;
    notes::write(store, sid, &issues, &programme)?;
    Ok(sid)
}
