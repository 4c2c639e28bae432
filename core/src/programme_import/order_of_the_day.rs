//! An Order of the Day as people have it — copied out of the PDF (page headers, footers, footnotes
//! and wrapped lines included) or saved as text — read into the day's meetings as the Council's
//! programme defines them: one record per debate or dialogue, with its slot or times, meeting
//! number, agenda items, cluster, "cont'd", mandate holders, report symbols and speaking times.
//! A line that cannot be placed is refused with its number and what was expected there.
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use super::clock_words::leading_span;
use super::report_symbols::read_list;
use crate::domain::meeting::{MeetingKind, MeetingSlot};
use crate::reference::agenda;
use crate::text::fold;

/// What an Order of the Day holds: its symbol when the text gives it, and its days' meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrderOfTheDay {
    /// "A/HRC/38/OD/3", from a page header or footer.
    pub symbol: Option<String>,
    pub meetings: Vec<ProgrammeEntry>,
}

/// One debate or dialogue of the programme, as the Order of the Day gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgrammeEntry {
    /// The line where it is named (1 for the first line of the text).
    pub line: usize,
    pub date: NaiveDate,
    pub slot: Option<MeetingSlot>,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    /// The end was not given: the slot's usual end, shown as estimated.
    pub estimated: bool,
    /// "7th meeting".
    pub number: Option<u32>,
    pub agenda_items: Vec<u8>,
    pub kind: MeetingKind,
    pub title: String,
    /// "Room XX"; none when the text names no room.
    pub room: Option<String>,
    /// "(cont'd)": it continues a dialogue or debate of an earlier meeting.
    pub continued: bool,
    /// The dialogues of a cluster share a number (the first of the text is 1).
    pub cluster: Option<u32>,
    /// The mandate holders presenting: "Special Rapporteur on the right to education".
    pub mandates: Vec<String>,
    pub documents: Vec<String>,
    /// From the modalities: the speaking time of States members of the Council, and of the
    /// others (observer States, NHRIs, NGOs), in seconds.
    pub member_speaking_seconds: Option<u32>,
    pub speaking_seconds: Option<u32>,
    /// The bracketed paragraph of modalities, as written.
    pub modalities: String,
}

/// Why a text was not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub enum ReadError {
    /// Nothing in it reads as an Order of the Day (no day, no meeting).
    #[error("this is not an Order of the Day: no day such as \"Tuesday, 19 June 2018\" with its meetings was found")]
    NotAnOrderOfTheDay,
    /// A line that cannot be placed.
    #[error("line {line}: expected {expected}, found \"{found}\"")]
    Unplaced {
        line: usize,
        expected: &'static str,
        found: String,
    },
}

/// Reads an Order of the Day (one day or several, as text).
pub fn read(text: &str) -> Result<OrderOfTheDay, ReadError> {
    let mut reader = Reader::default();
    let lines: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, tidy_line(l)))
        .collect();
    for (number, line) in &lines {
        if let Err(e) = reader.line(*number, line) {
            // A text that names no day anywhere is no Order of the Day at all.
            if reader.date.is_none() && !lines.iter().any(|(_, l)| day_of(l).is_some()) {
                return Err(ReadError::NotAnOrderOfTheDay);
            }
            return Err(e);
        }
    }
    reader.finish()
}

/// A line with its typographic quotes, non-breaking spaces and runs of spaces made plain, and a
/// meeting number run into its word by the PDF ("2ndMeeting") given its space back.
fn tidy_line(line: &str) -> String {
    let plain: String = line
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' => ' ',
            c => c,
        })
        .filter(|c| !matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}'))
        .collect();
    let mut out = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    for suffix in ["stmeeting", "ndmeeting", "rdmeeting", "thmeeting"] {
        while let Some(at) = out.to_ascii_lowercase().find(suffix) {
            out.insert(at + 2, ' ');
        }
    }
    out
}

/// What the lines opened so far say: the day, the slot or times, the meeting, the item, the
/// heading the dialogues come under.
#[derive(Default)]
struct Reader {
    symbol: Option<String>,
    entries: Vec<ProgrammeEntry>,
    date: Option<NaiveDate>,
    /// "Plenary meetings – Room XX": the day's room.
    day_room: Option<String>,
    slot: Option<MeetingSlot>,
    times: Option<(NaiveTime, Option<NaiveTime>)>,
    /// Whether a slot or a time was given on this day.
    placed: bool,
    number: Option<u32>,
    /// The first entry of the current meeting (a number given after its entries applies to them).
    meeting_from: usize,
    items: Vec<u8>,
    /// The item's title still to be read on the next lines (wrapped).
    item_title: Option<String>,
    heading: Option<Heading>,
    /// An entry's wrapped title or mandate is still being read.
    open_entry: bool,
    /// Symbols given before the entry they belong to.
    pending_documents: Vec<String>,
    modalities: Option<(usize, String)>,
    /// The last modalities read, for "See above.".
    last_modalities: String,
    clusters: u32,
    in_footnote: bool,
    /// Lines that follow a visit or a list of people: nothing to read until the next structure.
    skipping: bool,
}

/// The heading dialogues or debates come under.
#[derive(Clone)]
struct Heading {
    kind: MeetingKind,
    continued: bool,
    /// The dialogues of this heading are taken together.
    cluster: Option<u32>,
    /// The entries made under it (their places in `entries`).
    from: usize,
    /// The people under a panel or the opening are named, not mandates.
    names_people: bool,
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The furniture of every page: headers, footers, the document's own heading.
fn is_furniture(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let starts = [
        "order of the day",
        "human rights council",
        "united nations",
        "general assembly",
        "distr.",
        "documents already circulated",
        "total page",
        "file type",
        "geneva,",
        "the present list is provisional",
    ];
    starts.iter().any(|s| lower.starts_with(s))
        || lower.ends_with(" session")
            && !lower.contains("meeting")
            && lower.split(' ').count() <= 3
        || line.chars().all(|c| c.is_ascii_digit())
        || line.trim_matches('*').is_empty()
}

/// "A/HRC/38/OD/3", "A/HRC/37/OD/1/Rev.1": the document's own symbol, in a header or footer.
fn own_symbol(line: &str) -> Option<String> {
    let first = line.split(' ').next()?;
    let upper = first.to_ascii_uppercase();
    (upper.starts_with("A/HRC/") && upper.contains("/OD/")).then(|| first.to_string())
}

/// "Tuesday, 19 June 2018", "Tuesday 19 June 2018", "19 June 2018" (a heading before it such as
/// "Plenary meetings – Room XX" kept apart): the day and the words before it.
fn day_of(line: &str) -> Option<(NaiveDate, &str)> {
    let words: Vec<&str> = line.split(' ').collect();
    for i in 0..words.len() {
        let mut j = i;
        if WEEKDAYS.contains(&words[j].trim_end_matches(',').to_ascii_lowercase().as_str()) {
            j += 1;
        } else if i > 0 && !words[i - 1].ends_with(['–', '-']) {
            // A date without its weekday counts only alone on its line.
            continue;
        }
        if words.len() != j + 3 {
            continue;
        }
        let date = words[j..].join(" ");
        if let Ok(d) = NaiveDate::parse_from_str(date.trim_end_matches('.'), "%d %B %Y") {
            return Some((d, line[..line.find(words[i]).unwrap_or(0)].trim()));
        }
    }
    None
}

/// "MORNING", "LUNCH", "MIDDAY", "AFTERNOON", "EVENING" opening a line: the slot (none for the
/// evening) and the rest of the line.
fn slot_heading(line: &str) -> Option<(Option<MeetingSlot>, &str)> {
    let (first, rest) = line.split_once(' ').unwrap_or((line, ""));
    let slot = match first.trim_end_matches(':').to_ascii_uppercase().as_str() {
        "MORNING" => Some(MeetingSlot::Morning),
        "LUNCH" | "MIDDAY" => Some(MeetingSlot::Midday),
        "AFTERNOON" => Some(MeetingSlot::Afternoon),
        "EVENING" => None,
        _ => return None,
    };
    // The heading is written in capitals: "Morning session of the panel" is no heading.
    first
        .chars()
        .all(|c| !c.is_lowercase())
        .then_some((slot, rest))
}

/// "23rd meeting" or "23rd meeting (cont'd)" anywhere in a line: the number and the line without it.
fn meeting_number(line: &str) -> Option<(u32, String)> {
    let lower = line.to_ascii_lowercase();
    let at = lower
        .find(" meeting")
        .or_else(|| lower.strip_suffix("meeting").map(|_| 0))?;
    let at = if lower[at..].starts_with(" meeting") {
        at
    } else {
        return None;
    };
    let head = &lower[..at];
    let word_start = head.rfind(' ').map_or(0, |i| i + 1);
    let word = &head[word_start..];
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &word[digits.len()..];
    if digits.is_empty() || !["st", "nd", "rd", "th"].contains(&suffix) {
        return None;
    }
    let mut end = at + " meeting".len();
    let after = &lower[end..];
    for contd in [" (cont'd)", " (continued)"] {
        if after.starts_with(contd) {
            end += contd.len();
        }
    }
    let rest = format!("{} {}", &line[..word_start], &line[end..]);
    Some((
        digits.parse().ok()?,
        rest.split_whitespace().collect::<Vec<_>>().join(" "),
    ))
}

/// "Item 3 (cont'd) Promotion and protection …", "Items 2 and 3": the items and the rest.
fn item_line(line: &str) -> Option<(Vec<u8>, &str)> {
    let lower = line.to_ascii_lowercase();
    let rest_at = if lower.starts_with("items ") {
        6
    } else if lower.starts_with("item ") {
        5
    } else {
        return None;
    };
    let mut items = Vec::new();
    let mut rest = &line[rest_at..];
    loop {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            break;
        }
        let n: u8 = digits.parse().ok()?;
        if !(1..=10).contains(&n) {
            return None;
        }
        items.push(n);
        rest = rest[digits.len()..].trim_start_matches([',', ' ']);
        for joint in ["and ", "& "] {
            rest = rest.strip_prefix(joint).unwrap_or(rest);
        }
    }
    (!items.is_empty()).then_some((items, rest.trim()))
}

fn is_contd(words: &str) -> bool {
    let lower = words.to_ascii_lowercase();
    lower.contains("(cont'd)") || lower.contains("(continued)") || lower.contains("(cont.)")
}

fn without_contd(words: &str) -> String {
    let mut out = words.to_string();
    for mark in ["(cont'd)", "(Cont'd)", "(continued)", "(cont.)"] {
        out = out.replace(mark, " ");
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A heading that opens dialogues or a debate: its kind, and whether the people it lists are
/// mandate holders (dialogues) or speakers (a panel, the opening).
fn heading_of(line: &str) -> Option<(MeetingKind, bool)> {
    let lower = line.to_ascii_lowercase();
    let kinds: &[(&str, MeetingKind, bool)] = &[
        (
            "clustered interactive dialogue",
            MeetingKind::ClusteredInteractiveDialogue,
            false,
        ),
        (
            "enhanced interactive dialogue",
            MeetingKind::InteractiveDialogue,
            false,
        ),
        (
            "interactive dialogue",
            MeetingKind::InteractiveDialogue,
            false,
        ),
        ("general debate", MeetingKind::GeneralDebate, false),
        ("high-level panel", MeetingKind::Panel, true),
        ("panel discussion", MeetingKind::Panel, true),
        ("annual panel", MeetingKind::Panel, true),
        ("biennial panel", MeetingKind::Panel, true),
        ("annual thematic discussion", MeetingKind::Panel, true),
        ("annual full-day meeting", MeetingKind::Panel, true),
        ("opening of the session", MeetingKind::Opening, true),
        ("high-level segment", MeetingKind::HighLevelSegment, true),
        (
            "consideration of upr outcomes",
            MeetingKind::UprAdoption,
            false,
        ),
        (
            "consideration of the upr outcomes",
            MeetingKind::UprAdoption,
            false,
        ),
        (
            "universal periodic review outcome",
            MeetingKind::UprAdoption,
            false,
        ),
        ("action on draft proposals", MeetingKind::Voting, false),
        ("voting and adoption", MeetingKind::Voting, false),
        (
            "consideration of and action on draft proposals",
            MeetingKind::Voting,
            false,
        ),
        ("update by the high commissioner", MeetingKind::Other, false),
        ("oral update", MeetingKind::Other, false),
        ("presentation of", MeetingKind::Other, false),
    ];
    kinds
        .iter()
        .find(|(start, ..)| lower.starts_with(start))
        .map(|(_, kind, people)| (*kind, *people))
}

/// The kind of meeting a title names ("Interactive dialogue with …", "General debate on item 4"),
/// else other.
pub fn kind_of_title(title: &str) -> MeetingKind {
    heading_of(title).map_or(MeetingKind::Other, |(kind, _)| kind)
}

/// Lines naming people or roles under a panel or the opening.
fn names_people(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    [
        "h.e.",
        "mr.",
        "ms.",
        "mrs.",
        "dr.",
        "prof",
        "chair",
        "moderator",
        "opening statement",
        "panellist",
        "panelist",
        "keynote",
        "concluding",
        "rapporteur:",
        "his excellency",
        "her excellency",
    ]
    .iter()
    .any(|s| lower.starts_with(s))
}

/// A line listing a mandate holder or a speaker: "- Special Rapporteur on …", "• …".
fn listed(line: &str) -> Option<&str> {
    ["- ", "– ", "— ", "• ", "· ", "o ", "▪ "]
        .iter()
        .find_map(|m| line.strip_prefix(m))
        .map(str::trim)
}

/// The speaking times in modalities: "Speaking time is 3 minutes for States Members of the
/// Council, and 2 minutes for observer States …", "2:30 minutes", "reduced to 2 minutes for all".
fn speaking_times(modalities: &str) -> (Option<u32>, Option<u32>) {
    let lower = modalities.to_ascii_lowercase();
    let mut times: Vec<(usize, u32)> = Vec::new();
    let words: Vec<&str> = lower.split(' ').collect();
    let mut at = 0;
    for (i, w) in words.iter().enumerate() {
        // "closed approximately 15 minutes after the beginning" is no speaking time.
        let when = words.get(i + 1).is_some_and(|next| {
            ["after", "before", "prior"]
                .iter()
                .any(|s| next.starts_with(s))
        });
        if (w.starts_with("minute") || w.starts_with("second")) && i > 0 && !when {
            let amount = words[i - 1];
            let seconds = match amount.split_once([':', '.']) {
                Some((m, s)) => m
                    .parse::<u32>()
                    .ok()
                    .zip(s.parse::<u32>().ok())
                    .map(|(m, s)| m * 60 + s),
                None => amount.parse::<u32>().ok().map(|m| m * 60),
            };
            let seconds = if w.starts_with("second") {
                amount.parse::<u32>().ok()
            } else {
                seconds
            };
            if let Some(s) = seconds.filter(|s| (1..=3_600).contains(s)) {
                times.push((at, s));
            }
        }
        at += w.len() + 1;
    }
    let member_at = lower
        .find("members of the council")
        .or_else(|| lower.find("member states"));
    match times.as_slice() {
        [] => (None, None),
        [(_, only)] if member_at.is_none() => (Some(*only), Some(*only)),
        [(_, only)] => (Some(*only), None),
        [(_, first), (_, second), ..] => (Some(*first), Some(*second)),
    }
}

impl Reader {
    fn line(&mut self, number: usize, line: &str) -> Result<(), ReadError> {
        if line.is_empty() {
            return Ok(());
        }
        if let Some(symbol) = own_symbol(line) {
            self.symbol.get_or_insert(symbol);
            return Ok(());
        }
        // Modalities run from "[" to "]", over as many lines as they take.
        if let Some((_, text)) = &mut self.modalities {
            text.push(' ');
            text.push_str(line);
            if line.contains(']') {
                self.close_modalities();
            }
            return Ok(());
        }
        if self.in_footnote {
            if !self.is_structure(line) {
                if line.ends_with("E-3060.") || line.ends_with("subject to change.") {
                    self.in_footnote = false;
                }
                return Ok(());
            }
            self.in_footnote = false;
        }
        if line.starts_with('*') && !line.trim_start_matches('*').trim().is_empty() {
            let text = line.trim_start_matches('*').trim().to_ascii_lowercase();
            if text.starts_with("the information") || text.starts_with("the present list") {
                self.in_footnote = !text.starts_with("the present list");
                return Ok(());
            }
        }
        if is_furniture(line) && day_of(line).is_none() {
            if let Some(room) = line
                .to_ascii_lowercase()
                .find("room ")
                .map(|at| &line[at..])
            {
                if line.to_ascii_lowercase().starts_with("plenary") {
                    self.day_room = Some(room.to_string());
                }
            }
            return Ok(());
        }
        if let Some((date, before)) = day_of(line) {
            self.new_day(date);
            if let Some(at) = before.to_ascii_lowercase().find("room ") {
                self.day_room = Some(before[at..].trim().to_string());
            }
            return Ok(());
        }
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("plenary meeting") {
            if let Some(at) = lower.find("room ") {
                self.day_room = Some(line[at..].trim().to_string());
            }
            return Ok(());
        }
        if self.date.is_none() {
            return Err(self.unplaced(number, "the day, such as \"Tuesday, 19 June 2018\"", line));
        }
        self.content(number, line)
    }

    /// Whether a line opens something (a day, a slot, a time, a meeting, an item, a heading),
    /// which ends a footnote or a run of skipped lines.
    fn is_structure(&self, line: &str) -> bool {
        day_of(line).is_some()
            || slot_heading(line).is_some()
            || leading_span(line).is_some()
            || meeting_number(line).is_some()
            || item_line(line).is_some()
            || heading_of(line).is_some()
    }

    fn content(&mut self, number: usize, line: &str) -> Result<(), ReadError> {
        if self.skipping {
            if !self.is_structure(line) {
                return Ok(());
            }
            self.skipping = false;
        }
        if let Some((slot, rest)) = slot_heading(line) {
            self.new_meeting();
            self.slot = slot;
            self.times = None;
            self.placed = true;
            return self.rest(number, rest);
        }
        if let Some((span, rest)) = leading_span(line) {
            // A time alone with a visit ("11.45 Visit of H.E. …") is no meeting.
            if span.1.is_none() && rest.to_ascii_lowercase().starts_with("visit") {
                self.skipping = true;
                return Ok(());
            }
            self.new_meeting();
            self.times = Some(span);
            self.placed = true;
            return self.rest(number, rest);
        }
        if let Some((n, rest)) = meeting_number(line) {
            if self.number.is_some_and(|was| was != n) {
                self.new_meeting_keeping_time();
            }
            self.number = Some(n);
            for e in &mut self.entries[self.meeting_from..] {
                e.number.get_or_insert(n);
            }
            return self.rest(number, &rest);
        }
        if let Some((items, rest)) = item_line(line) {
            self.close_entry();
            self.heading = None;
            self.items = items;
            let title = without_contd(rest);
            self.item_title = Some(title);
            return Ok(());
        }
        if line.starts_with('[') {
            let text = line.to_string();
            self.modalities = Some((number, text));
            if line.contains(']') {
                self.close_modalities();
            }
            return Ok(());
        }
        if let Some(symbols) = read_list(line) {
            match self
                .heading
                .as_ref()
                .filter(|_| self.entries.len() > self.meeting_from)
            {
                Some(h) if self.entries.len() > h.from => {
                    let entry = self.entries.last_mut().expect("an entry");
                    for s in symbols {
                        if !entry.documents.contains(&s) {
                            entry.documents.push(s);
                        }
                    }
                }
                _ => self.pending_documents.extend(symbols),
            }
            self.open_entry = false;
            return Ok(());
        }
        if let Some(title) = self.item_title.clone() {
            // A wrapped item title goes on as long as the item's official title does.
            let joined = format!("{title} {line}");
            let official = self.items.first().and_then(|&n| agenda::title(n)).map(fold);
            if official.is_some_and(|o| o.starts_with(&fold(&joined)) || o.contains(&fold(line))) {
                self.item_title = Some(joined);
                return Ok(());
            }
            self.item_title = None;
        }
        if let Some((kind, people)) = heading_of(line) {
            return self.heading(number, line, kind, people);
        }
        if let Some(name) = listed(line) {
            return self.listed(number, name, line);
        }
        if self.heading.as_ref().is_some_and(|h| h.names_people) || names_people(line) {
            // Speakers of a panel or the opening, or a quoted theme: part of what is described.
            if line.starts_with(['"', '“', '«']) {
                if let Some(e) = self.entries.last_mut() {
                    e.title = format!(
                        "{}: {}",
                        e.title,
                        line.trim_matches(['"', '“', '”', '«', '»'])
                    );
                }
            }
            return Ok(());
        }
        if self.open_entry {
            // A wrapped title or mandate name.
            let dialogue = self.heading.as_ref().is_some_and(|h| !h.names_people);
            let entry = self.entries.last_mut().expect("an open entry");
            let mandate_last = listed_last(entry);
            match entry.mandates.last_mut() {
                Some(m) if dialogue && mandate_last => {
                    m.push(' ');
                    m.push_str(line);
                    entry.title = dialogue_title(entry.kind, m);
                }
                _ => {
                    entry.title.push(' ');
                    entry.title.push_str(line);
                }
            }
            return Ok(());
        }
        if !self.items.is_empty() {
            // Under an item, a line that is nothing else is a debate or presentation of its own.
            return self.heading(number, line, MeetingKind::Other, false);
        }
        Err(self.unplaced(
            number,
            "an agenda item (\"Item 3\"), a dialogue or debate, report symbols or modalities",
            line,
        ))
    }

    /// What follows a slot, a time or a number on the same line (PDF columns run together).
    fn rest(&mut self, number: usize, rest: &str) -> Result<(), ReadError> {
        let rest = rest.trim();
        if rest.is_empty() {
            return Ok(());
        }
        if let Some(at) = rest.to_ascii_lowercase().find("room ") {
            if at == 0 {
                self.day_room = Some(rest.to_string());
                return Ok(());
            }
        }
        self.content(number, rest)
    }

    fn heading(
        &mut self,
        number: usize,
        line: &str,
        kind: MeetingKind,
        people: bool,
    ) -> Result<(), ReadError> {
        self.close_entry();
        if !self.placed {
            return Err(self.unplaced(
                number,
                "a slot (MORNING, AFTERNOON) or a time such as \"9.00 – 12.00\" before the meeting",
                line,
            ));
        }
        let continued = is_contd(line);
        let cluster = (kind == MeetingKind::ClusteredInteractiveDialogue).then(|| {
            self.clusters += 1;
            self.clusters
        });
        self.heading = Some(Heading {
            kind,
            continued,
            cluster,
            from: self.entries.len(),
            names_people: people,
        });
        // "Interactive dialogue with the Special Rapporteur on …" names its mandate holder on the
        // line; "Interactive dialogue with:" lists them on the lines that follow.
        let plain = without_contd(line);
        let lower = plain.to_ascii_lowercase();
        let named = lower
            .find(" with ")
            .map(|at| plain[at + 6..].trim().trim_end_matches(':').trim())
            .filter(|m| {
                !m.is_empty()
                    && matches!(
                        kind,
                        MeetingKind::InteractiveDialogue
                            | MeetingKind::ClusteredInteractiveDialogue
                    )
            });
        let title = match kind {
            MeetingKind::GeneralDebate => match self.items.as_slice() {
                [] => "General debate".to_string(),
                items => format!("General debate on item {}", items_words(items)),
            },
            _ => plain.trim_end_matches(':').to_string(),
        };
        match named {
            Some(mandate) => self.push_entry(
                number,
                kind,
                dialogue_title(kind, mandate),
                Some(mandate.to_string()),
            ),
            None if lower.trim_end().ends_with(':')
                || lower.ends_with(" with")
                || lower.ends_with(" on") => {}
            None => self.push_entry(number, kind, title, None),
        }
        Ok(())
    }

    fn listed(&mut self, number: usize, name: &str, line: &str) -> Result<(), ReadError> {
        match &self.heading {
            Some(h) if h.names_people => Ok(()),
            Some(h) => {
                let kind = h.kind;
                let mandate = without_contd(name);
                self.close_entry();
                self.push_entry(number, kind, dialogue_title(kind, &mandate), Some(mandate));
                Ok(())
            }
            None => Err(self.unplaced(
                number,
                "a dialogue heading (\"Interactive dialogue with:\") before the mandate holders it lists",
                line,
            )),
        }
    }

    fn push_entry(
        &mut self,
        number: usize,
        kind: MeetingKind,
        title: String,
        mandate: Option<String>,
    ) {
        let date = self.date.expect("a day is open");
        let heading = self.heading.clone();
        let (slot, start, end, estimated) = self.when();
        let mandates: Vec<String> = mandate
            .map(|m| {
                m.trim_start_matches("the ")
                    .trim_end_matches([',', ';', ':'])
                    .to_string()
            })
            .into_iter()
            .collect();
        self.entries.push(ProgrammeEntry {
            line: number,
            date,
            slot,
            start,
            end,
            estimated,
            number: self.number,
            agenda_items: self.items.clone(),
            kind,
            title,
            room: self.day_room.clone(),
            continued: heading.as_ref().is_some_and(|h| h.continued),
            cluster: heading.as_ref().and_then(|h| h.cluster),
            mandates,
            documents: std::mem::take(&mut self.pending_documents),
            member_speaking_seconds: None,
            speaking_seconds: None,
            modalities: String::new(),
        });
        self.open_entry = true;
    }

    /// The slot and times of a meeting: the times given (a start without an end ends at its
    /// slot's usual end, estimated), else the slot's hours.
    fn when(
        &self,
    ) -> (
        Option<MeetingSlot>,
        Option<NaiveTime>,
        Option<NaiveTime>,
        bool,
    ) {
        let slot_of = |t: NaiveTime| {
            [
                MeetingSlot::Morning,
                MeetingSlot::Midday,
                MeetingSlot::Afternoon,
            ]
            .into_iter()
            .find(|s| {
                let (from, to) = s.hours();
                t >= from && t < to
            })
        };
        match self.times {
            Some((start, Some(end))) => {
                let slot = self.slot.or_else(|| slot_of(start));
                (
                    slot.filter(|s| s.hours() == (start, end)).or(self.slot),
                    Some(start),
                    Some(end),
                    false,
                )
            }
            Some((start, None)) => {
                let slot = self.slot.or_else(|| slot_of(start));
                let end = slot.map(|s| s.hours().1).filter(|e| *e > start);
                (slot, Some(start), end, end.is_some())
            }
            None => match self.slot {
                Some(s) => (Some(s), Some(s.hours().0), Some(s.hours().1), false),
                None => (None, None, None, false),
            },
        }
    }

    fn close_modalities(&mut self) {
        let Some((_, text)) = self.modalities.take() else {
            return;
        };
        let inner = text
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .trim()
            .to_string();
        let text = if inner.to_ascii_lowercase().contains("see above")
            && !self.last_modalities.is_empty()
        {
            self.last_modalities.clone()
        } else {
            inner
        };
        let (members, others) = speaking_times(&text);
        let from = self
            .heading
            .as_ref()
            .map_or(self.meeting_from, |h| h.from)
            .max(self.meeting_from);
        for e in &mut self.entries[from..] {
            if e.modalities.is_empty() {
                e.modalities = text.clone();
                e.member_speaking_seconds = members;
                e.speaking_seconds = others;
            }
        }
        self.last_modalities = text;
        self.open_entry = false;
    }

    fn close_entry(&mut self) {
        self.open_entry = false;
    }

    fn new_day(&mut self, date: NaiveDate) {
        self.new_meeting();
        self.date = Some(date);
        self.slot = None;
        self.times = None;
        self.placed = false;
        self.items.clear();
    }

    /// A new slot or time: a new meeting (its number to come).
    fn new_meeting(&mut self) {
        self.new_meeting_keeping_time();
        self.items.clear();
    }

    fn new_meeting_keeping_time(&mut self) {
        self.close_entry();
        self.number = None;
        self.meeting_from = self.entries.len();
        self.heading = None;
        self.item_title = None;
        self.skipping = false;
        self.pending_documents.clear();
    }

    fn unplaced(&self, line: usize, expected: &'static str, found: &str) -> ReadError {
        ReadError::Unplaced {
            line,
            expected,
            found: found.chars().take(80).collect(),
        }
    }

    fn finish(mut self) -> Result<OrderOfTheDay, ReadError> {
        if let Some((line, text)) = self.modalities.take() {
            return Err(self.unplaced(line, "the \"]\" that closes these modalities", &text));
        }
        if self.entries.is_empty() {
            return Err(ReadError::NotAnOrderOfTheDay);
        }
        Ok(OrderOfTheDay {
            symbol: self.symbol,
            meetings: self.entries,
        })
    }
}

/// Whether the entry's last words were its mandate (not yet its documents).
fn listed_last(entry: &ProgrammeEntry) -> bool {
    entry.documents.is_empty() && !entry.mandates.is_empty()
}

/// "Interactive dialogue with the Special Rapporteur on …".
fn dialogue_title(kind: MeetingKind, mandate: &str) -> String {
    let mandate = mandate
        .trim_start_matches("the ")
        .trim_end_matches([',', ';', ':']);
    let kind = match kind {
        MeetingKind::ClusteredInteractiveDialogue => "Clustered interactive dialogue",
        _ => "Interactive dialogue",
    };
    format!("{kind} with the {mandate}")
}

/// "3", "3 and 4", "2, 3 and 4".
fn items_words(items: &[u8]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [head @ .., last] => format!(
            "{} and {last}",
            head.iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
#[path = "order_of_the_day_tests.rs"]
mod tests;
