//! The example's statements: the joint letter on the Gaza protests with its pasted signatories,
//! the item 4 general debate, and an idea for the dialogue on freedom of expression (these two
//! illustrative, as their texts say).
use uuid::Uuid;

use super::key_issues::KeyIssues;
use super::programme::Programme;
use super::situations::Situations;
use super::{s, SIGNATORIES};
use crate::domain::statement::StatementInput;
use crate::error::Result;
use crate::store::Store;

const GAZA_LETTER: &str = include_str!("hrc38-gaza-letter.md");

/// Writes the statements into the session `sid`, linked to the issues, situations and meetings
/// they are about.
pub(super) fn write(
    store: &mut Store,
    sid: Uuid,
    issues: &KeyIssues,
    situations: &Situations,
    programme: &Programme,
) -> Result<()> {
    let KeyIssues { reprisals, .. } = issues;
    let Situations {
        burundi,
        syria,
        palestine,
    } = situations;
    let Programme {
        foe_continued, gd4, ..
    } = programme;
    let letter = store.create_statement(sid, &StatementInput {
        title: "Enough is Enough: Council should urgently launch investigations into violence against protesters in Palestine".into(),
        kind: s("joint-written"),
        agenda_item: Some(7),
        text: s(GAZA_LETTER),
        status: s("submitted"),
        situation_ids: vec![palestine.id.to_string()],
        ..Default::default()
    })?;
    store.add_signatories(letter.id, SIGNATORIES)?;
    store.create_statement(sid, &StatementInput {
        title: "Item 4 general debate: Burundi, Eritrea and Syria".into(),
        kind: s("oral"),
        meeting_id: Some(gd4.id.to_string()),
        speaker: s("Salma El Hosseiny"),
        text: s("[Illustrative draft: not a statement delivered at HRC38.]\n\nMr President,\n\nThe Commission of Inquiry on Burundi documents continuing grave violations, including against human rights defenders. We urge the Council to ensure the Commission can continue its work, and Burundi to cooperate fully with it.\n\nIn Eritrea, no meaningful progress has been made. In Syria, accountability remains the first demand of victims and their families.\n\nWe call on all States to protect those who cooperate with the UN from intimidation and reprisals.\n\nThank you."),
        situation_ids: vec![burundi.id.to_string(), syria.id.to_string()],
        key_issue_ids: vec![reprisals.id.to_string()],
        ..Default::default()
    })?;
    store.create_statement(sid, &StatementInput {
        title: "Censorship in the twenty-first century: the case of China".into(),
        kind: s("oral"),
        meeting_id: Some(foe_continued.id.to_string()),
        status: s("idea"),
        text: s("Thank the Special Rapporteur; raise online censorship and the detention of defenders and lawyers in China. (Illustrative idea.)"),
        ..Default::default()
    })?;
    Ok(())
}
