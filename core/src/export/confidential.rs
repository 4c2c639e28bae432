//! What an export does with the records marked confidential (notes, statements, country
//! situations, key issues): left out with every trace of them unless the person asked to include
//! them; when included, each is marked "Confidential" and the document says so under its title.
use uuid::Uuid;

use crate::domain::overview::{NoteTally, SessionOverview};

use super::Section;

/// The word each included confidential record carries in a document.
pub const MARK: &str = "Confidential";

/// What the document says under its title when it holds confidential records.
pub const NOTICE: &str =
    "This document contains items marked confidential (each is marked so): share it only with those who may read them.";

/// A title with the confidential mark when `confidential`: "Reprisals (Confidential)".
pub fn marked(title: &str, confidential: bool) -> String {
    if confidential {
        format!("{title} ({MARK})")
    } else {
        title.to_string()
    }
}

/// Leaves out of `o` every confidential note, statement, situation and key issue, and each
/// trace of them: the links of the records kept (a statement's, side event's or text's to a
/// situation or key issue, a note's to any of them) and the notes' tally.
pub fn leave_out(o: &mut SessionOverview) {
    let mut hidden: Vec<Uuid> = Vec::new();
    hidden.extend(o.key_issues.iter().filter(|k| k.confidential).map(|k| k.id));
    hidden.extend(o.situations.iter().filter(|s| s.confidential).map(|s| s.id));
    hidden.extend(o.statements.iter().filter(|s| s.confidential).map(|s| s.id));
    let confidential_notes = o.notes.iter().any(|n| n.confidential);
    if hidden.is_empty() && !confidential_notes {
        return;
    }
    o.key_issues.retain(|k| !k.confidential);
    o.situations.retain(|s| !s.confidential);
    o.statements.retain(|s| !s.confidential);
    o.notes.retain(|n| !n.confidential);
    let keep = |ids: &mut Vec<Uuid>| ids.retain(|id| !hidden.contains(id));
    for s in &mut o.statements {
        keep(&mut s.key_issue_ids);
        keep(&mut s.situation_ids);
    }
    for e in &mut o.side_events {
        keep(&mut e.key_issue_ids);
        keep(&mut e.situation_ids);
    }
    for t in &mut o.resolutions {
        keep(&mut t.key_issue_ids);
        keep(&mut t.situation_ids);
        keep(&mut t.statement_ids);
    }
    let clear = |link: &mut Option<Uuid>| {
        if link.is_some_and(|id| hidden.contains(&id)) {
            *link = None;
        }
    };
    for n in &mut o.notes {
        clear(&mut n.situation_id);
        clear(&mut n.key_issue_id);
        clear(&mut n.statement_id);
    }
    if confidential_notes || !o.notes.is_empty() {
        o.note_tally = NoteTally::of(&o.notes);
    }
}

/// Whether the chosen `sections` of `o` show a confidential record (the notice is then given).
pub fn shown(o: &SessionOverview, sections: &[Section]) -> bool {
    sections.iter().any(|section| match section {
        Section::KeyIssues => o.key_issues.iter().any(|k| k.confidential),
        Section::Situations => o.situations.iter().any(|s| s.confidential),
        Section::Statements => o.statements.iter().any(|s| s.confidential),
        Section::StatementTexts => o
            .statements
            .iter()
            .any(|s| s.confidential && !s.text.trim().is_empty()),
        Section::Signatories => o
            .statements
            .iter()
            .any(|s| s.confidential && !s.signatories.is_empty()),
        Section::Notes => o.notes.iter().any(|n| n.confidential),
        Section::Programme | Section::SideEvents | Section::Resolutions => false,
    })
}
