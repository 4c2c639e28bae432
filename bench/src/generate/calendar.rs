//! The Council's calendar as the generator lays it out: three regular sessions a year
//! (from late February, mid-June and mid-September, three to five weeks each) and a
//! programme of work that walks the ten agenda items in three daily slots in Room XX.
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use hrc_core::domain::meeting::MeetingInput;
use rand::seq::IndexedRandom;
use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use super::names::{MANDATES, SITUATIONS};

/// The first session generated: HRC34 opened on 27 February 2017.
pub const FIRST_SESSION: u32 = 34;
const FIRST_YEAR: i32 = 2017;

/// The daily plenary slots, Geneva time.
pub const SLOTS: [(&str, &str); 3] = [("09:00", "12:00"), ("12:00", "15:00"), ("15:00", "18:00")];

/// A session's number and dates.
#[derive(Debug, Clone, Copy)]
pub struct SessionDates {
    pub number: u32,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl SessionDates {
    /// The working days (Monday to Friday) of the session.
    pub fn working_days(&self) -> Vec<NaiveDate> {
        self.start
            .iter_days()
            .take_while(|d| *d <= self.end)
            .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            .collect()
    }
}

/// The first Monday on or after `date`.
fn monday_from(date: NaiveDate) -> NaiveDate {
    let ahead = (7 - date.weekday().num_days_from_monday()) % 7;
    date + Duration::days(i64::from(ahead))
}

/// The dates of the `index`-th session generated (0 is HRC34).
pub fn session(index: u32, rng: &mut ChaCha8Rng) -> SessionDates {
    let year = FIRST_YEAR + (index / 3) as i32;
    let (month, day, weeks) = match index % 3 {
        0 => (2, 24, rng.random_range(4..=5)),
        1 => (6, 14, rng.random_range(3..=4)),
        _ => (9, 8, rng.random_range(3..=5)),
    };
    let start = monday_from(NaiveDate::from_ymd_opt(year, month, day).expect("a real date"));
    SessionDates {
        number: FIRST_SESSION + index,
        start,
        // Friday of the last week.
        end: start + Duration::days(7 * (weeks - 1) + 4),
    }
}

/// The share of the programme each agenda item takes, in order; the last block is voting.
const BLOCKS: &[(u8, u32)] = &[
    (1, 2),
    (2, 8),
    (3, 30),
    (4, 15),
    (5, 7),
    (6, 12),
    (7, 4),
    (8, 3),
    (9, 5),
    (10, 6),
    (1, 8),
];

/// The programme of a session: every working day's three slots, the items in order.
pub fn programme(dates: &SessionDates, rng: &mut ChaCha8Rng) -> Vec<MeetingInput> {
    let days = dates.working_days();
    let total = days.len() * SLOTS.len();
    let weight: u32 = BLOCKS.iter().map(|b| b.1).sum();
    let mut out = Vec::with_capacity(total);
    for (i, day) in days.iter().enumerate() {
        for (j, (start, end)) in SLOTS.iter().enumerate() {
            let at = (i * SLOTS.len() + j) as u32 * weight / total as u32;
            let mut acc = 0;
            let block = BLOCKS
                .iter()
                .position(|b| {
                    acc += b.1;
                    at < acc
                })
                .unwrap_or(BLOCKS.len() - 1);
            let item = BLOCKS[block].0;
            let voting = block == BLOCKS.len() - 1;
            let (kind, title) = meeting_title(item, voting, i == 0 && j == 0, dates.number, rng);
            out.push(MeetingInput {
                date: day.to_string(),
                start: (*start).into(),
                end: (*end).into(),
                room: Some("Room XX".into()),
                agenda_items: vec![item],
                kind: Some(kind.into()),
                title,
                ..MeetingInput::default()
            });
        }
    }
    out
}

fn country_name(code: &str) -> String {
    hrc_core::reference::country_by_code(code).map_or_else(|| code.to_string(), |c| c.name)
}

fn meeting_title(
    item: u8,
    voting: bool,
    opening: bool,
    session: u32,
    rng: &mut ChaCha8Rng,
) -> (&'static str, String) {
    if opening {
        return (
            "other",
            "Opening of the session: organizational and procedural matters".into(),
        );
    }
    if voting {
        return (
            "voting",
            format!(
                "Voting on draft proposals (A/HRC/{session}/L.{} to L.{})",
                rng.random_range(1..20),
                rng.random_range(20..45)
            ),
        );
    }
    let code = SITUATIONS.choose(rng).expect("situations").0;
    let mandate = *MANDATES.choose(rng).expect("mandates");
    let general_debate = rng.random_range(0..4) == 0;
    if general_debate && item != 6 {
        return ("general-debate", format!("General debate on item {item}"));
    }
    match item {
        2 => (
            "interactive-dialogue",
            format!(
                "ID on the High Commissioner's oral update on {}",
                country_name(code)
            ),
        ),
        3 => ("interactive-dialogue", format!("ID with {mandate}")),
        4 => (
            "interactive-dialogue",
            format!(
                "ID on the situation of human rights in {}",
                country_name(code)
            ),
        ),
        5 => (
            "panel",
            "Panel discussion on reprisals and cooperation with the UN".into(),
        ),
        6 => (
            "upr-adoption",
            format!("UPR outcome: {}", country_name(code)),
        ),
        7 => (
            "interactive-dialogue",
            "ID on the situation of human rights in Palestine and other occupied Arab territories"
                .into(),
        ),
        9 => (
            "interactive-dialogue",
            "ID with the Special Rapporteur on contemporary forms of racism".into(),
        ),
        10 => (
            "interactive-dialogue",
            format!("ID on technical assistance to {}", country_name(code)),
        ),
        _ => ("general-debate", format!("General debate on item {item}")),
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;

    #[test]
    fn sessions_fall_in_their_season_monday_to_friday() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for index in 0..30 {
            let s = session(index, &mut rng);
            assert_eq!(s.start.weekday(), Weekday::Mon);
            assert_eq!(s.end.weekday(), Weekday::Fri);
            let weeks = (s.end - s.start).num_days() / 7 + 1;
            assert!(
                (3..=5).contains(&weeks),
                "HRC{} lasts {weeks} weeks",
                s.number
            );
            assert_eq!(s.start.year(), 2017 + (index / 3) as i32);
            assert!([2, 3, 6, 9].contains(&s.start.month()), "{}", s.start);
        }
        let hrc34 = session(0, &mut rng);
        assert_eq!(hrc34.start.to_string(), "2017-02-27");
    }

    #[test]
    fn the_programme_fills_every_slot_from_opening_to_voting() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let dates = session(1, &mut rng);
        let programme = programme(&dates, &mut rng);
        assert_eq!(programme.len(), dates.working_days().len() * 3);
        assert_eq!(programme[0].agenda_items, [1]);
        assert_eq!(programme.last().unwrap().kind.as_deref(), Some("voting"));
    }
}
