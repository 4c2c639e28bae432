//! Informal consultations on a session's drafts and the delegations of the States met, for the
//! ten-year database. Each draft has one to four consultations convened by its core group, from
//! the session's second week to the day before its action: most at lunchtime or before the
//! morning's plenary, some in the afternoon while it sits (so that some clash with what matters
//! to me), a few still to be announced or with no room yet, a third with my notes. Each State
//! that sat in the Council or led a text gets a delegation: one to three contacts and, for most,
//! notes of meetings with them. Drawn from a random stream of its own so that the rest of the
//! content is what it was before.
use std::collections::BTreeSet;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use hrc_core::domain::consultation::ConsultationInput;
use hrc_core::domain::delegation::DelegationInput;
use hrc_core::domain::resolution::SponsorRole;
use hrc_core::domain::vote_list::name_on;
use hrc_core::Store;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::names::{PEOPLE, THEMES};
use super::{Prose, SessionDates, SessionRows};

/// Rooms of the Palais des Nations where core groups hold their consultations.
const ROOMS: &[&str] = &[
    "Room XXII",
    "Room XXIII",
    "Room XXIV",
    "Room XXV",
    "Room XXVII",
    "Room IX",
    "Room XI",
    "Room XII",
];

/// Hours of a consultation (Geneva): lunchtime and early morning mostly, some while the
/// plenary sits.
const SLOTS: &[(&str, &str)] = &[
    ("13:00", "14:00"),
    ("13:00", "14:30"),
    ("13:30", "15:00"),
    ("13:00", "14:00"),
    ("09:00", "10:00"),
    ("08:30", "09:30"),
    ("15:00", "16:00"),
    ("16:00", "17:30"),
    ("11:00", "12:00"),
];

/// The roles people hold in a mission.
const ROLES: &[&str] = &[
    "Ambassador, Permanent Representative",
    "Deputy Permanent Representative",
    "Counsellor, human rights",
    "First Secretary, Human Rights Council",
    "Second Secretary",
    "Attaché, third committee and HRC",
    "Legal adviser",
];

/// What was made in one session.
#[derive(Debug, Default, Clone, Copy)]
pub struct Made {
    pub consultations: u32,
}

/// Writes the informal consultations on the texts of the session `rows`, on a random stream of
/// its own from `seed`, and adds to `states` the States that sat in it or led one of its texts.
pub fn write(
    store: &mut Store,
    seed: u64,
    rows: &SessionRows,
    states: &mut BTreeSet<String>,
) -> Result<Made> {
    let number = rows.dates.number;
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (0xc0_5017_0000 + u64::from(number)));
    let mut made = Made::default();
    states.extend(store.members(rows.id)?.into_iter().map(|m| m.country_code));
    let days = rows.dates.working_days();
    for text in store.resolutions(rows.id)? {
        let leads: Vec<&str> = text
            .sponsors
            .iter()
            .filter(|s| s.role == SponsorRole::Main)
            .map(|s| s.country_code.as_str())
            .collect();
        states.extend(leads.iter().map(|c| c.to_string()));
        let action = text.action_date.unwrap_or(rows.dates.end);
        // From the second week (the drafts are tabled then) to the day before the action.
        let open: Vec<NaiveDate> = days
            .iter()
            .copied()
            .filter(|d| *d >= rows.dates.start + chrono::Duration::days(7) && *d < action)
            .collect();
        for _ in 0..rng.random_range(1..=4) {
            let lead = leads.choose(&mut rng).copied().unwrap_or("CHE");
            let to_be_announced = open.is_empty() || rng.random_range(0..15) == 0;
            let date = (!to_be_announced).then(|| *open.choose(&mut rng).expect("days"));
            let (start, end) = *SLOTS.choose(&mut rng).expect("slots");
            let hours_known = date.is_some() && rng.random_range(0..12) != 0;
            let room = (date.is_some() && rng.random_range(0..8) != 0)
                .then(|| ROOMS.choose(&mut rng).expect("rooms").to_string());
            let mut prose = Prose::new(&mut rng, number);
            let convenor = match prose.rng.random_range(0..3) {
                0 => format!("{}, {}", prose.person(), name_on(lead, date)),
                _ => format!("Permanent Mission of {}", name_on(lead, date)),
            };
            let notes = if prose.rng.random_range(0..3) == 0 {
                let about = format!(
                    "Informal on {}",
                    text.draft_symbol.as_deref().unwrap_or(&text.title)
                );
                prose.note(&about)
            } else {
                String::new()
            };
            store.create_consultation(&ConsultationInput {
                resolution_id: text.id,
                date: date.map(|d| d.to_string()),
                start: hours_known.then(|| start.to_string()),
                end: hours_known.then(|| end.to_string()),
                room,
                convenor,
                notes,
            })?;
            made.consultations += 1;
        }
    }
    Ok(made)
}

/// Writes a delegation for each State of `states` (ISO codes), met during `sessions`: its
/// contacts and, for most, my notes of meetings with it, newest first. Returns how many.
pub fn delegations(
    store: &mut Store,
    seed: u64,
    states: &BTreeSet<String>,
    sessions: &[SessionDates],
) -> Result<u32> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0xde1e_6a7e);
    let mut made = 0;
    for code in states {
        let people = (0..rng.random_range(1..=3)).map(|_| {
            let person = PEOPLE.choose(&mut rng).expect("people");
            let role = ROLES.choose(&mut rng).expect("roles");
            format!(
                "- {person}, {role} — +41 22 {} {:02} {:02}",
                rng.random_range(700..999),
                rng.random_range(0..100),
                rng.random_range(0..100)
            )
        });
        let contacts = std::iter::once(format!(
            "Mission: hrc.{}@mission.example",
            code.to_lowercase()
        ))
        .chain(people.collect::<Vec<_>>())
        .collect::<Vec<_>>()
        .join("\n");
        let meetings = match rng.random_range(0..10) {
            0..=2 => 0,
            3..=7 => rng.random_range(1..=4),
            _ => rng.random_range(5..=12),
        };
        let mut notes = Vec::new();
        for _ in 0..meetings {
            let session = sessions.choose(&mut rng).expect("sessions");
            let day = *session.working_days().choose(&mut rng).expect("days");
            let theme = THEMES.choose(&mut rng).expect("themes").0;
            let mut prose = Prose::new(&mut rng, session.number);
            let body = prose.note(theme);
            notes.push((
                day,
                format!(
                    "## {} {} {} (HRC{}) — {theme}\n\n{body}",
                    day.day(),
                    day.format("%B"),
                    day.year(),
                    session.number
                ),
            ));
        }
        notes.sort_by_key(|(d, _)| std::cmp::Reverse(*d));
        store.create_delegation(&DelegationInput {
            country: code.clone(),
            contacts,
            notes: notes
                .into_iter()
                .map(|(_, n)| n)
                .collect::<Vec<_>>()
                .join("\n\n"),
        })?;
        made += 1;
    }
    Ok(made)
}
