//! The example's key issues: reprisals, SOGI, civic space, women's rights, strengthening the Council.
use uuid::Uuid;

use super::{ishr_overview, s};
use crate::domain::key_issue::{KeyIssue, KeyIssueInput};
use crate::error::Result;
use crate::store::Store;

const REPRISALS: &str = include_str!("hrc38-reprisals.md");

/// The key issues the example's statements and notes are linked to.
pub(super) struct KeyIssues {
    pub reprisals: KeyIssue,
    pub sogi: KeyIssue,
}

/// Writes the key issues into the session `sid`.
pub(super) fn write(store: &mut Store, sid: Uuid) -> Result<KeyIssues> {
    let issue = |title: &str, item: u8, overview: &str, asks: &str| KeyIssueInput {
        title: title.into(),
        agenda_item: Some(item),
        overview: s(overview),
        asks: s(asks),
        sources: Vec::new(),
        documents: None,
        confidential: false,
    };
    let reprisals = store.create_key_issue(sid, &issue(
        "Reprisals",
        5,
        REPRISALS,
        "- States: raise reprisals at this session in the general debates, the item 5 debate on human rights bodies and mechanisms first; prepare for HRC39 in September, where States will for the first time hold an interactive dialogue on the Secretary-General's reprisals report, to share good practices, challenges and lessons learned and hold States accountable.\n- The President and Bureau: set out the steps the Council takes on credible risks of reprisals, and make clear that attacks on mandate holders and commissions of inquiry will not be tolerated.\n- Treaty bodies: adopt and implement the San José guidelines.\n- The Assistant Secretary-General: adopt a clear, public policy on how cases of reprisals are addressed, and keep those affected informed of their case.",
    ))?;
    // The overview of the session names these three themes.
    let sourced = |input: KeyIssueInput| KeyIssueInput {
        sources: vec![ishr_overview()],
        ..input
    };
    let sogi = store.create_key_issue(sid, &sourced(issue(
        "Sexual orientation and gender identity",
        3,
        "The Independent Expert on sexual orientation and gender identity presents his first report to the Council.",
        "Support the mandate; reject attempts to defund or undermine it.",
    )))?;
    store.create_key_issue(sid, &sourced(issue(
        "Freedom of association, assembly and expression",
        3,
        "A new report by the UN expert on freedom of expression addresses censorship in the twenty-first century and makes pointed recommendations. What does this look like with respect to China?",
        "Raise online censorship and the targeting of defenders in China in the interactive dialogue.",
    )))?;
    store.create_key_issue(sid, &sourced(issue("Women's rights", 3, "Annual full-day discussion on the human rights of women; women human rights defenders.", "")))?;
    store.create_key_issue(sid, &issue(
        "Strengthening the Council from the ground up",
        1,
        "The report “Strengthening the UN Human Rights Council from the Ground Up” outlines the recommendations of defenders from every region: efficiency must not be separated from effectiveness, and the Council's impact on the ground comes first.",
        "Ground any efficiency discussion in the experience of national and regional actors, rights-holders and defenders.",
    ))?;
    Ok(KeyIssues { reprisals, sogi })
}
