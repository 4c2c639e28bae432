//! A session's texts for the ten-year database: the Council's 47 members (13, 13, 8, 7 and 6 by
//! regional group, drawn each session), about 30 resolutions a session on its themes and country
//! situations (the same titles come back session after session, as real texts do), each with
//! main sponsors, co-sponsors joining on their days, a draft and an adopted symbol, action in the
//! last two days at a voting meeting, and for about a third a recorded vote of all 47 members
//! pasted as lists, sometimes with an amendment voted by counts. Drawn from its own random stream
//! so that the rest of the content is what it was before texts were generated.
use anyhow::Result;
use chrono::NaiveDate;
use hrc_core::domain::resolution::{AmendmentInput, ResolutionInput, VoteEntry, VoteInput};
use hrc_core::domain::vote_list::{name_on, VoteCounts};
use hrc_core::reference::all_countries;
use hrc_core::reference::regional_groups::{group_of, RegionalGroup};
use hrc_core::Store;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::names::{SITUATIONS, STATES, THEMES};
use super::{Prose, SessionRows};

/// Texts a session holds.
const TEXTS: usize = 30;

/// What was made in one session.
#[derive(Debug, Default, Clone, Copy)]
pub struct Made {
    pub texts: u32,
    pub recorded_votes: u32,
    pub members: u32,
}

/// The members of a session: `seats` States of each group, drawn.
fn members(rng: &mut ChaCha8Rng, day: NaiveDate) -> Vec<(String, RegionalGroup)> {
    let countries = all_countries();
    let mut out = Vec::new();
    for group in RegionalGroup::ALL {
        let of: Vec<&str> = countries
            .iter()
            .map(|c| c.code.as_str())
            .filter(|c| !matches!(*c, "PSE" | "VAT") && group_of(c) == Some(*group))
            .collect();
        for code in of.sample(rng, group.seats() as usize) {
            out.push((name_on(code, Some(day)), *group));
        }
    }
    out
}

/// Writes the members and texts of the session `rows`, with its own random stream from `seed`.
pub fn write(store: &mut Store, seed: u64, rows: &SessionRows) -> Result<Made> {
    let number = rows.dates.number;
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (0x7e47_5000_0000 + u64::from(number)));
    let mut made = Made::default();
    let start = rows.dates.start;
    let members = members(&mut rng, start);
    let pasted = members
        .iter()
        .map(|(name, _)| name.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    made.members = store.add_members_pasted(rows.id, &pasted)?.len() as u32;

    // The voting meetings of the last two working days (items 3, 4, 5, 9 and 10).
    let days = rows.dates.working_days();
    let last_two = &days[days.len().saturating_sub(2)..];
    let voting: Vec<(NaiveDate, u32)> = rows
        .meetings
        .iter()
        .filter(|m| m.agenda_items.len() == 5)
        .filter_map(|m| Some((m.date?, m.number?)))
        .filter(|(d, _)| last_two.contains(d))
        .collect();

    // Titles: themes and situations, each once a session.
    let mut titles: Vec<(String, u8)> = THEMES
        .iter()
        .map(|(t, item)| (t.to_string(), *item))
        .chain(SITUATIONS.iter().map(|(code, item, _)| {
            (
                format!(
                    "Situation of human rights in {}",
                    name_on(code, Some(start))
                ),
                *item,
            )
        }))
        .collect();
    titles.shuffle(&mut rng);
    titles.truncate(TEXTS);
    titles.sort_by_key(|(_, item)| *item);

    let countries: Vec<String> = all_countries().into_iter().map(|c| c.code).collect();
    for (k, (title, item)) in titles.into_iter().enumerate() {
        let l = k as u32 + 1;
        let n = rng.random_range(2..=5);
        let main: Vec<String> = STATES.sample(&mut rng, n).map(|s| s.to_string()).collect();
        let n = rng.random_range(5..=50);
        let others: Vec<&String> = countries.iter().filter(|c| !main.contains(c)).collect();
        let chosen: Vec<&String> = others.sample(&mut rng, n).copied().collect();
        let cosponsors: Vec<String> = chosen
            .into_iter()
            .map(|c| {
                let day = days[rng.random_range(days.len() / 2..days.len())];
                format!("{c}@{day}")
            })
            .collect();
        let (action_date, meeting) = match voting.choose(&mut rng) {
            Some((d, n)) => (*d, Some(*n)),
            None => (*days.last().unwrap_or(&rows.dates.end), None),
        };
        let mut prose = Prose::new(&mut rng, number);
        let mine = prose.rng.random_range(0..3) == 0;
        let input = ResolutionInput {
            session_id: rows.id,
            agenda_item: Some(item),
            title,
            draft_symbol: Some(format!("A/HRC/{number}/L.{l}")),
            adopted_symbol: Some(format!("A/HRC/RES/{number}/{l}")),
            action_date: Some(action_date.to_string()),
            action_meeting: meeting,
            position: if mine { prose.summary() } else { String::new() },
            asks: if mine { prose.asks() } else { String::new() },
            sponsors: main,
            cosponsors,
            key_issue_ids: rows
                .key_issues
                .iter()
                .filter(|_| rng.random_range(0..8) == 0)
                .map(|k| k.id)
                .take(2)
                .collect(),
            situation_ids: rows
                .situations
                .iter()
                .filter(|_| rng.random_range(0..10) == 0)
                .map(|s| s.id)
                .take(1)
                .collect(),
            ..ResolutionInput::default()
        };
        let text = store.create_resolution(&input)?;
        made.texts += 1;
        if rng.random_range(0..3) == 0 {
            if rng.random_range(0..4) == 0 {
                let amendment = store.create_amendment(&AmendmentInput {
                    resolution_id: text.id,
                    symbol: format!("A/HRC/{number}/L.{}", 40 + l),
                    summary: "Deletes an operative paragraph".into(),
                    sponsors: STATES.sample(&mut rng, 2).map(|s| s.to_string()).collect(),
                    status: None,
                })?;
                let against = rng.random_range(20..30);
                let abstaining = rng.random_range(0..=(47 - against - 10));
                store.record_vote(&VoteInput {
                    resolution_id: text.id,
                    amendment_id: Some(amendment.id),
                    date: None,
                    entry: VoteEntry::Counts(VoteCounts {
                        in_favour: 47 - against - abstaining,
                        against,
                        abstaining,
                    }),
                })?;
            }
            store.record_vote(&VoteInput {
                resolution_id: text.id,
                amendment_id: None,
                date: None,
                entry: VoteEntry::Lists {
                    text: lists(&mut rng, &members),
                    counts: None,
                },
            })?;
            made.recorded_votes += 1;
        } else {
            store.record_vote(&VoteInput {
                resolution_id: text.id,
                amendment_id: None,
                date: None,
                entry: VoteEntry::WithoutVote,
            })?;
        }
    }
    Ok(made)
}

/// A recorded vote of every member, as the Council publishes it: "In favour: …", "Against: …",
/// "Abstaining: …", each list at least one State.
fn lists(rng: &mut ChaCha8Rng, members: &[(String, RegionalGroup)]) -> String {
    let mut names: Vec<&str> = members.iter().map(|(n, _)| n.as_str()).collect();
    names.shuffle(rng);
    let yes = rng.random_range(22..34);
    let no = rng.random_range(1..(47 - yes).min(12));
    let (in_favour, rest) = names.split_at(yes);
    let (against, abstaining) = rest.split_at(no);
    let sorted = |list: &[&str]| {
        let mut l = list.to_vec();
        l.sort_unstable();
        l.join(", ")
    };
    format!(
        "In favour: {}\nAgainst: {}\nAbstaining: {}",
        sorted(in_favour),
        sorted(against),
        sorted(abstaining)
    )
}
