//! How `hrc statement signatories` words what a paste did or would do: the lines to add, already
//! signing, merged as near-duplicates and skipped as not an organisation, then the counts.
use hrc_core::domain::organisation::{PasteOutcome, PastedLine, SignatoryPreview, SignatoryReport};

/// The preview of `--dry-run`: nothing was saved.
pub fn preview(p: &SignatoryPreview) -> String {
    format!(
        "{}Nothing saved (--dry-run). Adding would make {} signatories ({} new organisations, {} existing, {} duplicates skipped, {} lines not organisations).",
        groups(&p.lines),
        p.signatories_after,
        p.created,
        p.reused,
        p.duplicates,
        p.skipped
    )
}

/// What adding did.
pub fn report(r: &SignatoryReport) -> String {
    format!(
        "{}{} signatories now ({} new organisations, {} existing, {} duplicates skipped, {} lines not organisations)",
        groups(&r.lines),
        r.signatories.len(),
        r.created,
        r.reused,
        r.duplicates,
        r.skipped
    )
}

/// The lines by what they do, each group under a heading with its count; empty groups are left out.
fn groups(lines: &[PastedLine]) -> String {
    const GROUPS: [(&str, &[PasteOutcome]); 4] = [
        ("To add", &[PasteOutcome::New, PasteOutcome::Known]),
        ("Already signing", &[PasteOutcome::AlreadySigning]),
        ("Merged as near-duplicates", &[PasteOutcome::Merged]),
        ("Skipped, not an organisation", &[PasteOutcome::Skipped]),
    ];
    let mut out = String::new();
    for (heading, outcomes) in GROUPS {
        let group: Vec<_> = lines
            .iter()
            .filter(|l| outcomes.contains(&l.outcome))
            .collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("{heading} ({}):\n", group.len()));
        for line in group {
            out.push_str(&format!("  {}\n", shown(line)));
        }
    }
    out
}

/// One line of a group: the organisation (after the spelling pasted, when that differs) and why
/// it is added, or the skipped line and why.
fn shown(l: &PastedLine) -> String {
    let mut named = match l.acronym.as_str() {
        "" => l.name.clone(),
        acronym => format!("{} ({acronym})", l.name),
    };
    if l.read != l.name {
        named = format!("{} → {named}", l.read);
    }
    match l.outcome {
        PasteOutcome::New | PasteOutcome::Known => format!("{named} — {}", l.why),
        PasteOutcome::AlreadySigning | PasteOutcome::Merged => named,
        PasteOutcome::Skipped => format!("{} — {}", l.line, l.why),
    }
}
