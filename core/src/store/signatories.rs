//! Pasting a signatory list into a statement: what it would do (the preview, read before anything
//! is saved) and doing it. Both run the same steps on the same reading of the list; the preview's
//! transaction is rolled back, so what it shows is what adding does.
use std::collections::HashSet;

use rusqlite::{params, Transaction};
use uuid::Uuid;

use super::row::now;
use super::{organisations, statements, Store};
use crate::domain::organisation::{PasteOutcome, PastedLine, SignatoryPreview, SignatoryReport};
use crate::domain::signatory_list::{read_list, Reading};
use crate::error::Result;

/// Adds the organisations of a pasted list to a statement's signatories and says what each line
/// did. Organisations are found by folded name (or a lone acronym) or created.
fn paste(tx: &Transaction, statement_id: Uuid, pasted: &str) -> Result<SignatoryPreview> {
    statements::get(tx, statement_id)?;
    let signing: HashSet<Uuid> = statements::signatories(tx, statement_id)?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let mut position: i64 = tx.query_row(
        "SELECT coalesce(max(position), 0) FROM statement_signatories WHERE statement_id = ?1",
        [statement_id.to_string()],
        |r| r.get(0),
    )?;
    let mut out = SignatoryPreview::default();
    let mut named: Vec<Option<Uuid>> = Vec::new();
    for read in read_list(pasted) {
        let org = match read.reading {
            Reading::Skipped(reason) => {
                out.skipped += 1;
                out.lines.push(PastedLine {
                    line: read.text,
                    read: String::new(),
                    outcome: PasteOutcome::Skipped,
                    name: String::new(),
                    acronym: String::new(),
                    reason: Some(reason),
                    why: reason.label().to_string(),
                });
                named.push(None);
                continue;
            }
            Reading::Organisation(org) => org,
        };
        let spelt = org.name.clone();
        let (org, created) = organisations::find_or_create(tx, &org)?;
        position += 1;
        let added = tx.execute(
            "INSERT OR IGNORE INTO statement_signatories (statement_id, organisation_id, position, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![statement_id.to_string(), org.id.to_string(), position, now()],
        )?;
        let outcome = match (added, created) {
            (0, _) if signing.contains(&org.id) => PasteOutcome::AlreadySigning,
            (0, _) => PasteOutcome::Merged,
            (_, true) => PasteOutcome::New,
            (_, false) => PasteOutcome::Known,
        };
        match outcome {
            PasteOutcome::New => out.created += 1,
            PasteOutcome::Known => out.reused += 1,
            _ => out.duplicates += 1,
        }
        out.lines.push(PastedLine {
            line: read.text,
            read: spelt,
            outcome,
            name: String::new(),
            acronym: String::new(),
            reason: None,
            why: outcome.label().to_string(),
        });
        named.push(Some(org.id));
    }
    // Each organisation as it ends up: a later line may have given it its acronym.
    for (line, id) in out.lines.iter_mut().zip(named) {
        if let Some(id) = id {
            let org = organisations::get(tx, id)?;
            (line.name, line.acronym) = (org.name, org.acronym);
        }
    }
    tx.execute(
        "UPDATE statements SET updated_at = ?2 WHERE id = ?1",
        params![statement_id.to_string(), now()],
    )?;
    out.signatories_after = statements::signatories(tx, statement_id)?.len() as u32;
    Ok(out)
}

impl Store {
    /// What pasting `pasted` into a statement's signatories would do, line by line — to add (new
    /// or known organisations), already signing, merged as near-duplicates, skipped as not an
    /// organisation — without saving anything.
    pub fn preview_signatories(
        &self,
        statement_id: Uuid,
        pasted: &str,
    ) -> Result<SignatoryPreview> {
        // The same steps as adding, in a transaction that is dropped, so rolled back.
        let tx = self.conn.unchecked_transaction()?;
        paste(&tx, statement_id, pasted)
    }

    /// Adds signatories from a pasted list, read as [`Store::preview_signatories`] reads it: one
    /// organisation a line, numbering, blank lines and the e-mail around the list left out;
    /// organisations are created or reused, and none is added twice.
    pub fn add_signatories(&mut self, statement_id: Uuid, pasted: &str) -> Result<SignatoryReport> {
        self.write(|tx| {
            let done = paste(tx, statement_id, pasted)?;
            Ok(SignatoryReport {
                created: done.created,
                reused: done.reused,
                duplicates: done.duplicates,
                skipped: done.skipped,
                lines: done.lines,
                signatories: statements::signatories(tx, statement_id)?,
            })
        })
    }
}
