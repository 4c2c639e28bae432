//! Text the way advocates write it: sentences about the Council's work, notes in Markdown
//! taken in the room (50 to 3,000 characters), statements of 250 to 600 words, side event
//! blurbs — in English with French, Spanish and Arabic phrases, accents and emoji.
use rand::seq::IndexedRandom;
use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use hrc_core::text::word_count;

use super::names::{EMOJI, PEOPLE, PLACES};

const ACTORS: &[&str] = &[
    "The Special Rapporteur",
    "The High Commissioner",
    "The Commission of Inquiry",
    "The Independent Expert",
    "The President of the Council",
    "The European Union",
    "The African Group",
    "The OIC",
    "Several States",
    "Civil society speakers",
    "The Working Group",
    "The delegation",
    "The concerned country",
    "NGOs in the room",
    "The Bureau",
    "Our coalition",
];

const VERBS: &[&str] = &[
    "expressed concern about",
    "called for action on",
    "welcomed progress on",
    "rejected any discussion of",
    "stressed the importance of",
    "raised",
    "condemned",
    "denied",
    "highlighted",
    "urged the Council to address",
    "did not mention",
    "questioned the data on",
    "recalled earlier findings on",
    "documented",
    "asked for a follow-up report on",
];

const OBJECTS: &[&str] = &[
    "reprisals against human rights defenders",
    "the arbitrary detention of journalists",
    "enforced disappearances",
    "the shrinking of civic space",
    "attacks on women human rights defenders",
    "the renewal of the mandate",
    "the lack of access for the Commission",
    "torture in places of detention",
    "internet shutdowns during elections",
    "the death penalty for drug offences",
    "restrictions on foreign funding of NGOs",
    "the independence of the judiciary",
    "impunity for killings of environmental defenders",
    "conditions of migrants at the border",
    "the use of counter-terrorism laws against activists",
    "budget cuts to OHCHR",
    "sexual and gender-based violence",
    "the rights of LGBTI persons",
    "forced evictions",
    "freedom of peaceful assembly",
    "the right to a healthy environment",
    "surveillance of activists with spyware",
    "accountability for crimes under international law",
    "the treatment of political prisoners",
    "hate speech online",
    "the participation of civil society in the Council",
];

const TAILS: &[&str] = &[
    "",
    "",
    "",
    " in {place}",
    " since {month}",
    " (see {symbol})",
    ", according to {person}",
    " — la société civile reste mobilisée",
    " — les défenseurs des droits humains sont en danger",
    " — el espacio cívico se sigue cerrando",
    " — los defensores de derechos humanos",
    " — حقوق الإنسان",
    " — المدافعين عن حقوق الإنسان",
    " {emoji}",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const ASKS: &[&str] = &[
    "We call on the Council to renew the mandate without a vote.",
    "We urge States to ensure accountability for every case documented in the report.",
    "We ask the Council to establish an independent investigative mechanism.",
    "We call for the immediate and unconditional release of all those detained for their peaceful activism.",
    "We urge the Council to remain seized of the situation and to request a comprehensive report.",
    "Nous appelons le Conseil à agir sans délai.",
    "Pedimos al Consejo que garantice la participación de la sociedad civil.",
];

/// Draws text from a seeded generator: the same seed writes the same words.
pub struct Prose<'a> {
    pub rng: &'a mut ChaCha8Rng,
    /// The session the text is about, for document symbols ("A/HRC/63/…").
    pub session: u32,
}

impl<'a> Prose<'a> {
    /// Text about session `session`, drawn from `rng`.
    pub fn new(rng: &'a mut ChaCha8Rng, session: u32) -> Prose<'a> {
        Prose { rng, session }
    }

    fn pick(&mut self, pool: &[&'static str]) -> &'static str {
        pool.choose(self.rng).expect("a pool is never empty")
    }

    /// A document symbol of the session: a draft resolution, report or NGO statement.
    pub fn symbol(&mut self) -> String {
        let n = self.session;
        match self.rng.random_range(0..4) {
            0 => format!("A/HRC/{n}/L.{}", self.rng.random_range(1..45)),
            1 => format!("A/HRC/{n}/{}", self.rng.random_range(1..80)),
            2 => format!("A/HRC/RES/{}/{}", n - 1, self.rng.random_range(1..40)),
            _ => format!("A/HRC/{n}/NGO/{}", self.rng.random_range(1..200)),
        }
    }

    /// One sentence.
    pub fn sentence(&mut self) -> String {
        let tail = self.pick(TAILS);
        let tail = if tail.contains('{') {
            let fill = match tail {
                t if t.contains("{place}") => self.pick(PLACES).to_string(),
                t if t.contains("{month}") => self.pick(MONTHS).to_string(),
                t if t.contains("{symbol}") => self.symbol(),
                t if t.contains("{person}") => self.pick(PEOPLE).to_string(),
                _ => self.pick(EMOJI).to_string(),
            };
            let start = tail.find('{').expect("a placeholder");
            let end = tail.find('}').expect("a placeholder") + 1;
            format!("{}{fill}{}", &tail[..start], &tail[end..])
        } else {
            tail.to_string()
        };
        format!(
            "{} {} {}{tail}.",
            self.pick(ACTORS),
            self.pick(VERBS),
            self.pick(OBJECTS)
        )
    }

    /// Sentences making a paragraph of about `words` words.
    pub fn paragraph(&mut self, words: u32) -> String {
        let mut out = String::new();
        while word_count(&out) < words {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.sentence());
        }
        out
    }

    /// A note taken in the room, in Markdown, of 50 to 3,000 characters: mostly short
    /// (most notes are a line or two), some long write-ups.
    pub fn note(&mut self, about: &str) -> String {
        let target = match self.rng.random_range(0..10) {
            0..=5 => self.rng.random_range(50..400),
            6..=8 => self.rng.random_range(400..1200),
            _ => self.rng.random_range(1200..3000),
        };
        let mut out = String::new();
        if target > 300 {
            out.push_str(&format!("### {about}\n\n"));
        }
        while out.len() < target {
            let line = match self.rng.random_range(0..8) {
                0 => format!("- **{}**: {}\n", self.pick(PEOPLE), self.sentence()),
                1 => format!("> {}\n", self.sentence()),
                2 => format!(
                    "- [ ] Follow up with {} {}\n",
                    self.pick(PEOPLE),
                    self.pick(EMOJI)
                ),
                3 => {
                    let symbol = self.symbol();
                    format!(
                        "- See [the report](https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session{}) ({symbol})\n",
                        self.session
                    )
                }
                4..=5 => format!("- {}\n", self.sentence()),
                _ => format!("{}\n\n", self.paragraph(30)),
            };
            out.push_str(&line);
        }
        cut(&out, target)
    }

    /// A statement of 250 to 600 words or a little more: address, paragraphs, asks.
    pub fn statement(&mut self) -> String {
        let words = self.rng.random_range(250..600);
        let mut out = String::from("Thank you, Mr President.\n\n");
        while word_count(&out) + 20 < words {
            let n = self.rng.random_range(40..90);
            out.push_str(&self.paragraph(n));
            out.push_str("\n\n");
        }
        out.push_str(self.pick(ASKS));
        out.push_str("\n\nThank you.");
        out
    }

    /// A side event's description: a short paragraph or two, with the speakers.
    pub fn description(&mut self) -> String {
        let n = self.rng.random_range(60..200);
        format!(
            "{}\n\n**Moderator:** {}\n\n_Interpretation: English, Français, Español._",
            self.paragraph(n),
            self.pick(PEOPLE)
        )
    }

    /// A key issue's overview or a situation's summary.
    pub fn summary(&mut self) -> String {
        let n = self.rng.random_range(40..160);
        self.paragraph(n)
    }

    /// A bullet list of asks.
    pub fn asks(&mut self) -> String {
        (0..self.rng.random_range(1..4))
            .map(|_| format!("- {}", self.pick(ASKS)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A person's name.
    pub fn person(&mut self) -> String {
        self.pick(PEOPLE).to_string()
    }
}

/// `text` cut to at most `max` bytes, at a word, never inside a character.
fn cut(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.trim_end().to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let at_word = head
        .rfind([' ', '\n'])
        .filter(|i| *i > max / 2)
        .unwrap_or(end);
    head[..at_word].trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;

    #[test]
    fn notes_and_statements_have_realistic_lengths() {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut prose = Prose::new(&mut rng, 63);
        for _ in 0..300 {
            let note = prose.note("ID with the Special Rapporteur");
            assert!((40..=3000).contains(&note.len()), "{}", note.len());
            let words = word_count(&prose.statement());
            assert!((250..=700).contains(&words), "{words}");
        }
    }

    #[test]
    fn cuts_at_a_word_and_a_character() {
        assert_eq!(cut("Genève est belle", 9), "Genève");
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("ééééé", 3), "é");
    }
}
