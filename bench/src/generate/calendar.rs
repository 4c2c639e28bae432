//! The Council's calendar as the generator lays it out: three regular sessions a year
//! (from late February, mid-June and mid-September, three to five weeks each) and a
//! programme of work as the Orders of the Day publish it: three numbered meetings a day in Room
//! XX walking the ten agenda items (the opening on items 1 and 2, action on texts on 3, 4, 5, 9
//! and 10), item 3's slots holding clustered dialogues of two mandates with their reports.
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use hrc_core::domain::meeting::{MeetingInput, MeetingMove};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use super::names::{MANDATES, SITUATIONS, THEMES};

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

/// A meeting of the programme as the generator plans it: what is typed, the earlier meetings
/// (by their place in the programme) it clusters with or continues, and where it is moved once
/// made.
#[derive(Debug, Clone)]
pub struct Planned {
    pub input: MeetingInput,
    pub cluster_with: Option<usize>,
    pub continues: Option<usize>,
    pub moved_to: Option<MeetingMove>,
}

impl Planned {
    fn new(input: MeetingInput) -> Planned {
        Planned {
            input,
            cluster_with: None,
            continues: None,
            moved_to: None,
        }
    }
}

/// The slots of a day, as the Orders of the Day name them.
const SLOT_NAMES: [&str; 3] = ["morning", "midday", "afternoon"];

/// The speaking times of a dialogue's modalities: observers and NGOs, members.
const NGO_SECONDS: u32 = 120;
const MEMBER_SECONDS: u32 = 180;

/// A mandate as the Council names it ("Special Rapporteur on torture"), from its place in a
/// title ("the Special Rapporteur on torture").
pub fn mandate_name(in_title: &str) -> &str {
    in_title.strip_prefix("the ").unwrap_or(in_title)
}

/// The documents of a session: the next free report number and NGO written statement number.
struct Symbols {
    session: u32,
    report: u32,
    ngo: u32,
}

impl Symbols {
    /// A mandate's report (`A/HRC/38/44`), its addenda (`A/HRC/38/44/Add.1` …) and, sometimes,
    /// NGO written statements on it (`A/HRC/38/NGO/96`).
    fn for_dialogue(&mut self, rng: &mut ChaCha8Rng) -> Vec<String> {
        let report = format!("A/HRC/{}/{}", self.session, self.report);
        self.report += rng.random_range(1..=3);
        let mut symbols = vec![report.clone()];
        for add in 1..=rng.random_range(0..=2) {
            symbols.push(format!("{report}/Add.{add}"));
        }
        for _ in 0..rng.random_range(0..=2) {
            self.ngo += rng.random_range(1..=6);
            symbols.push(format!("A/HRC/{}/NGO/{}", self.session, self.ngo));
        }
        symbols
    }
}

/// A clustered interactive dialogue with `mandate` (as in a title), item 3.
fn dialogue(base: &MeetingInput, mandate: &str, documents: Vec<String>) -> MeetingInput {
    MeetingInput {
        kind: Some("clustered-interactive-dialogue".into()),
        title: format!("Clustered ID with {mandate}"),
        mandates: vec![mandate_name(mandate).into()],
        documents,
        speaking_seconds: Some(NGO_SECONDS),
        member_speaking_seconds: Some(MEMBER_SECONDS),
        modalities: "Members 3 minutes, observers and NGOs 2 minutes".into(),
        ..base.clone()
    }
}

/// The programme of a session as the Orders of the Day publish it: every working day's three
/// slots, numbered as meetings, the items in order. Item 3's slots hold clustered dialogues of
/// two mandates with their reports (one continued the next morning now and then, "cont'd");
/// a few meetings are moved once made, a few have their time to be confirmed, and one or two
/// panels are still to be announced.
pub fn programme(dates: &SessionDates, rng: &mut ChaCha8Rng) -> Vec<Planned> {
    let days = dates.working_days();
    let total = days.len() * SLOTS.len();
    let weight: u32 = BLOCKS.iter().map(|b| b.1).sum();
    let mut symbols = Symbols {
        session: dates.number,
        report: rng.random_range(20..30),
        ngo: rng.random_range(1..20),
    };
    // Each mandate presents once a session, two by two, until each has (then again).
    let mut presenting: Vec<&str> = Vec::new();
    let mut out: Vec<Planned> = Vec::with_capacity(total + 40);
    // The cluster whose dialogue goes on at the next meeting: its first meeting and mandates.
    let mut going_on: Option<(usize, [&str; 2])> = None;
    for (i, day) in days.iter().enumerate() {
        for (j, slot) in SLOT_NAMES.iter().enumerate() {
            let number = (i * SLOTS.len() + j + 1) as u32;
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
            let opening = i == 0 && j == 0;
            let base = MeetingInput {
                date: day.to_string(),
                slot: Some((*slot).into()),
                number: Some(number),
                room: Some("Room XX".into()),
                // The opening covers items 1 and 2; action on texts, items 3, 4, 5, 9 and 10.
                agenda_items: match (opening, voting) {
                    (true, _) => vec![1, 2],
                    (_, true) => vec![3, 4, 5, 9, 10],
                    _ => vec![item],
                },
                estimated: rng.random_range(0..40) == 0,
                ..MeetingInput::default()
            };
            if let Some((first, [a, b])) = going_on.take() {
                out.push(Planned {
                    continues: Some(first),
                    ..Planned::new(MeetingInput {
                        title: format!("Clustered ID with {a} and {b} (cont'd)"),
                        mandates: vec![mandate_name(a).into(), mandate_name(b).into()],
                        documents: Vec::new(),
                        ..dialogue(&base, a, Vec::new())
                    })
                });
            }
            if item == 3 && !opening && !voting && rng.random_range(0..4) != 0 {
                if presenting.len() < 2 {
                    presenting = MANDATES.to_vec();
                    presenting.shuffle(rng);
                }
                let pair = [presenting.pop(), presenting.pop()].map(|m| m.expect("two mandates"));
                let first = out.len();
                let docs = symbols.for_dialogue(rng);
                out.push(Planned::new(dialogue(&base, pair[0], docs)));
                let docs = symbols.for_dialogue(rng);
                out.push(Planned {
                    cluster_with: Some(first),
                    ..Planned::new(dialogue(&base, pair[1], docs))
                });
                if j == SLOTS.len() - 1 && rng.random_range(0..3) == 0 {
                    going_on = Some((first, [pair[0], pair[1]]));
                }
                continue;
            }
            let (kind, title) = meeting_title(item, voting, opening, dates.number, rng);
            let is_dialogue = kind == "interactive-dialogue";
            // A general debate's list of speakers closes at noon the working day before.
            let list_closes_at = match (kind, i.checked_sub(1).map(|d| days[d])) {
                ("general-debate", Some(before)) => format!("{before} 12:00"),
                _ => String::new(),
            };
            let mut planned = Planned::new(MeetingInput {
                kind: Some(kind.into()),
                title,
                speaking_seconds: is_dialogue.then_some(NGO_SECONDS),
                list_closes_at,
                ..base
            });
            // Now and then a panel or a debate moves to the same slot of the next working day.
            let next = days.get(i + 1);
            if let (true, Some(next)) = (matches!(kind, "panel" | "general-debate"), next) {
                if rng.random_range(0..10) == 0 {
                    planned.moved_to = Some(MeetingMove {
                        date: next.to_string(),
                        slot: Some((*slot).into()),
                        ..MeetingMove::default()
                    });
                }
            }
            out.push(planned);
        }
    }
    for _ in 0..rng.random_range(1..=2) {
        let theme = THEMES.choose(rng).expect("themes").0;
        out.push(Planned::new(MeetingInput {
            agenda_items: vec![5],
            kind: Some("panel".into()),
            title: format!("Panel discussion on {theme} (date to be announced)"),
            ..MeetingInput::default()
        }));
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
            "opening",
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
        let slots = dates.working_days().len() * 3;
        let numbers: std::collections::BTreeSet<u32> =
            programme.iter().filter_map(|p| p.input.number).collect();
        assert_eq!(numbers, (1..=slots as u32).collect());
        assert_eq!(programme[0].input.agenda_items, [1, 2]);
        assert_eq!(programme[0].input.kind.as_deref(), Some("opening"));
        assert_eq!(programme[0].input.number, Some(1));
        let dated: Vec<&Planned> = programme
            .iter()
            .filter(|p| !p.input.date.is_empty())
            .collect();
        let voting = &dated.last().unwrap().input;
        assert_eq!(voting.kind.as_deref(), Some("voting"));
        assert_eq!(voting.agenda_items, [3, 4, 5, 9, 10]);
        assert!(programme
            .iter()
            .filter(|p| p.input.kind.as_deref() == Some("general-debate"))
            .any(|p| !p.input.list_closes_at.is_empty()));
        let announced = programme.len() - dated.len();
        assert!((1..=2).contains(&announced), "{announced} to be announced");
    }

    #[test]
    fn item_3_holds_clustered_dialogues_of_two_mandates_with_their_reports() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut clusters = 0;
        let mut continued = 0;
        let mut moved = 0;
        for index in 0..6 {
            let dates = session(index, &mut rng);
            let programme = programme(&dates, &mut rng);
            let mut presenting: Vec<String> = Vec::new();
            for (i, p) in programme.iter().enumerate() {
                if let Some(first) = p.cluster_with {
                    clusters += 1;
                    let lead = &programme[first].input;
                    assert_eq!(first + 1, i);
                    assert_eq!((lead.number, &lead.date), (p.input.number, &p.input.date));
                    assert_eq!(lead.kind.as_deref(), Some("clustered-interactive-dialogue"));
                    assert_ne!(lead.mandates, p.input.mandates);
                    presenting.extend([lead.mandates[0].clone(), p.input.mandates[0].clone()]);
                    let report = format!("A/HRC/{}/", dates.number);
                    assert!(
                        lead.documents[0].starts_with(&report),
                        "{:?}",
                        lead.documents
                    );
                    assert_eq!(p.input.speaking_seconds, Some(120));
                }
                if let Some(first) = p.continues {
                    continued += 1;
                    assert!(p.input.title.ends_with("(cont'd)"));
                    assert_eq!(p.input.mandates.len(), 2);
                    assert!(programme[first].input.date < p.input.date);
                }
                moved += usize::from(p.moved_to.is_some());
            }
            // Each of the 20 mandates presents once before any presents again.
            let first: std::collections::BTreeSet<&String> = presenting.iter().take(20).collect();
            assert_eq!(first.len(), presenting.len().min(20), "{presenting:?}");
        }
        assert!(clusters > 50, "{clusters} clusters");
        assert!(
            continued > 0 && moved > 0,
            "{continued} cont'd, {moved} moved"
        );
    }
}
