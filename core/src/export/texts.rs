//! The overview's section on a session's texts (resolutions, decisions, President's statements):
//! a table of them all, then each with its symbols, sponsors, informal consultations, action, vote
//! (counts, and the lists by regional group where they were recorded), amendments, my position and
//! asks (my notes on a consultation stay out, as notes do unless chosen).
use crate::domain::meeting::numbered;
use crate::domain::overview::SessionOverview;
use crate::domain::resolution::{Resolution, ResolutionKind, SponsorRole, Vote};
use crate::domain::vote_by_group::vote_by_group;
use crate::domain::vote_list::{StateVote, VoteCast};

use super::layout::{documents, item_heading, item_short, long_date, table, Block};

/// "A/HRC/RES/38/16 (A/HRC/38/L.10)", the adopted symbol or the draft one alone, or "—".
pub(crate) fn symbols(r: &Resolution) -> String {
    match (&r.adopted_symbol, &r.draft_symbol) {
        (Some(a), Some(d)) => format!("{a} ({d})"),
        (Some(one), None) | (None, Some(one)) => one.clone(),
        (None, None) => "—".into(),
    }
}

/// The vote as counts, "26-5-15" (in favour, against, abstaining), "adopted without a vote", or
/// none when the Council has not acted.
pub(crate) fn counts(vote: Option<&Vote>) -> Option<String> {
    let v = vote?;
    Some(match v.counts {
        Some(c) => format!("{}-{}-{}", c.in_favour, c.against, c.abstaining),
        None => "adopted without a vote".into(),
    })
}

/// "Friday 6 July 2018, 40th meeting", or none without an action date.
pub(crate) fn action(r: &Resolution) -> Option<String> {
    let d = r.action_date?;
    Some(match r.action_meeting {
        Some(n) => format!("{}, {}", long_date(d), numbered(n)),
        None => long_date(d),
    })
}

/// The main sponsors' names, "; " between them.
pub(crate) fn main_sponsors(r: &Resolution) -> String {
    r.sponsors
        .iter()
        .filter(|s| s.role == SponsorRole::Main)
        .map(|s| s.country_name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// How many States co-sponsor the text (its main sponsors apart).
pub(crate) fn cosponsor_count(r: &Resolution) -> usize {
    r.sponsors
        .iter()
        .filter(|s| s.role == SponsorRole::Co)
        .count()
}

/// "26 in favour, 5 against, 15 abstaining" or "adopted without a vote", on its day.
fn vote_words(v: &Vote) -> String {
    match v.counts {
        Some(c) => format!(
            "recorded vote on {}: {} in favour, {} against, {} abstaining — {}",
            v.date.format("%-d %B %Y"),
            c.in_favour,
            c.against,
            c.abstaining,
            v.outcome.label().to_lowercase()
        ),
        None => format!("adopted without a vote on {}", v.date.format("%-d %B %Y")),
    }
}

/// A group's list of one kind of vote: "2: Germany, United Kingdom", or "—".
fn names(states: &[StateVote], cast: VoteCast) -> String {
    let of: Vec<&str> = states
        .iter()
        .filter(|s| s.cast == cast)
        .map(|s| s.country_name.as_str())
        .collect();
    if of.is_empty() {
        "—".into()
    } else {
        format!("{}: {}", of.len(), of.join(", "))
    }
}

/// The recorded lists by regional group, when they were entered.
fn lists_by_group(o: &SessionOverview, v: &Vote) -> Option<Block> {
    let groups = vote_by_group(v, &o.members);
    if groups.is_empty() {
        return None;
    }
    let rows = groups
        .iter()
        .map(|g| {
            vec![
                g.group
                    .map(|g| g.label().to_string())
                    .unwrap_or_else(|| "In no regional group".into()),
                names(&g.states, VoteCast::InFavour),
                names(&g.states, VoteCast::Against),
                names(&g.states, VoteCast::Abstaining),
                if g.not_voting.is_empty() {
                    "—".into()
                } else {
                    format!("{}: {}", g.not_voting.len(), g.not_voting.join(", "))
                },
            ]
        })
        .collect();
    Some(table(
        &[
            "Regional group",
            "In favour",
            "Against",
            "Abstaining",
            "Members not voting",
        ],
        rows,
    ))
}

/// The section: every text in a table, then each one in full.
pub(super) fn resolutions(o: &SessionOverview) -> Vec<Block> {
    if o.resolutions.is_empty() {
        return vec![Block::Text("No resolutions or decisions recorded.".into())];
    }
    let rows = o
        .resolutions
        .iter()
        .map(|r| {
            vec![
                symbols(r),
                r.title.clone(),
                item_short(r.agenda_item),
                r.status.label().into(),
                r.action_date
                    .map(|d| d.format("%-d %b").to_string())
                    .unwrap_or_else(|| "—".into()),
                counts(r.vote.as_ref()).unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    let mut out = vec![
        Block::Text("Votes are in favour-against-abstaining.".into()),
        table(
            &["Symbol", "Title", "Item", "Status", "Action", "Vote"],
            rows,
        ),
    ];
    for r in &o.resolutions {
        out.push(Block::Heading(match symbols(r).as_str() {
            "—" => r.title.clone(),
            s => format!("{s}: {}", r.title),
        }));
        let mut facts = Vec::new();
        if r.kind != ResolutionKind::Resolution {
            facts.push(r.kind.label().to_string());
        }
        if r.agenda_item.is_some() {
            facts.push(item_heading(r.agenda_item));
        }
        facts.push(format!("Status: {}", r.status.label()));
        if let Some(a) = action(r) {
            facts.push(format!("Action: {a}"));
        }
        let main = main_sponsors(r);
        if !main.is_empty() {
            facts.push(format!("Main sponsors: {main}"));
        }
        match cosponsor_count(r) {
            0 => {}
            1 => facts.push("Co-sponsors: 1 State".into()),
            n => facts.push(format!("Co-sponsors: {n} States")),
        }
        let revisions: Vec<String> = r
            .revisions
            .iter()
            .map(|v| {
                let what = match &v.symbol {
                    Some(s) if v.oral => format!("{s}, orally revised"),
                    Some(s) => s.clone(),
                    None => "oral revision".into(),
                };
                match v.date {
                    Some(d) => format!("{what} ({})", d.format("%-d %B")),
                    None => what,
                }
            })
            .collect();
        if !revisions.is_empty() {
            facts.push(format!("Revisions: {}", revisions.join("; ")));
        }
        for m in &r.mandates {
            facts.push(match m.effect {
                Some(e) => format!("{}: {}", e.label(), m.name),
                None => format!("Mandate: {}", m.name),
            });
        }
        if !r.programme_budget.trim().is_empty() {
            facts.push(format!(
                "Programme-budget implications: {}",
                r.programme_budget.trim()
            ));
        }
        for c in o.consultations.iter().filter(|c| c.resolution_id == r.id) {
            let mut line = format!("Informal consultation: {}", c.when());
            if let Some(room) = &c.room {
                line.push_str(&format!(", {room}"));
            }
            if !c.convenor.trim().is_empty() {
                line.push_str(&format!(", convened by {}", c.convenor.trim()));
            }
            facts.push(line);
        }
        if let Some(v) = &r.vote {
            facts.push(format!("Vote: {}", vote_words(v)));
        }
        for a in &r.amendments {
            let sponsors = a
                .sponsors
                .iter()
                .map(|s| s.country_name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let mut line = format!("Amendment {}", a.symbol);
            if !sponsors.is_empty() {
                line.push_str(&format!(" ({sponsors})"));
            }
            if !a.summary.trim().is_empty() {
                line.push_str(&format!(": {}", a.summary.trim()));
            }
            line.push_str(&format!(" — {}", a.status.label().to_lowercase()));
            if let Some(c) = counts(a.vote.as_ref()) {
                line.push_str(&format!(", {c}"));
            }
            facts.push(line);
        }
        out.push(Block::List(facts));
        if let Some(v) = &r.vote {
            out.extend(lists_by_group(o, v));
        }
        if !r.position.trim().is_empty() {
            out.push(Block::Label("Our position:".into()));
            out.push(Block::Markdown(r.position.clone()));
        }
        if !r.asks.trim().is_empty() {
            out.push(Block::Label("Our asks:".into()));
            out.push(Block::Markdown(r.asks.clone()));
        }
        out.extend(documents("Documents", &r.documents));
    }
    out
}
