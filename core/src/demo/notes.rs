//! The example's notes (illustrative, and each says so), taken in meetings or on a key issue.
use uuid::Uuid;

use super::key_issues::KeyIssues;
use super::programme::Programme;
use super::s;
use crate::domain::note::NoteInput;
use crate::error::Result;
use crate::store::Store;

/// Writes the notes into the session `sid`, each linked to its meeting or key issue.
pub(super) fn write(
    store: &mut Store,
    sid: Uuid,
    issues: &KeyIssues,
    programme: &Programme,
) -> Result<()> {
    let KeyIssues { reprisals, sogi } = issues;
    let Programme {
        foe, coi_burundi, ..
    } = programme;
    store.create_note(sid, &NoteInput {
        body: "SR on freedom of expression presented the report on content regulation. Several States stressed online censorship; follow up with partners on the China examples. (Illustrative note.)".into(),
        meeting_id: Some(foe.id.to_string()),
        taken_at: s("2018-06-19T16:10:00+02:00"),
        ..Default::default()
    })?;
    store.create_note(sid, &NoteInput {
        body: "Burundi delegation did not engage with the Commission. Defenders in exile worried about reprisals — do **not** name them in any statement. (Illustrative note.)".into(),
        meeting_id: Some(coi_burundi.id.to_string()),
        key_issue_id: Some(reprisals.id.to_string()),
        taken_at: s("2018-06-27T10:25:00+02:00"),
        ..Default::default()
    })?;
    store.create_note(sid, &NoteInput {
        body: "Core group on SOGI: there is no SOGI resolution at this session. The Independent Expert's mandate (resolution 32/2, for three years) comes up for renewal at HRC41 in June 2019; start mapping likely co-sponsors now. (Illustrative note.)".into(),
        key_issue_id: Some(sogi.id.to_string()),
        taken_at: s("2018-06-20T11:40:00+02:00"),
        ..Default::default()
    })?;
    Ok(())
}
