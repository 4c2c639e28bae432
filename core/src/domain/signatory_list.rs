//! Reading a signatory list pasted straight from an e-mail: which lines name organisations, and
//! why the others — the greeting, a heading, the sign-off and the sender's signature — do not.
use super::choices;
use super::organisation::{parse_line, SignatoryLine};
use crate::text::{fold, tidy};

choices!(
    /// Why a line of a pasted list is not an organisation.
    SkipReason {
        Greeting = "greeting": "greeting",
        Heading = "heading": "heading",
        Sentence = "sentence": "a sentence of the e-mail",
        SignOff = "sign-off": "sign-off",
        Signature = "signature": "the sender's signature",
        Empty = "empty": "no name in it",
    }
);

/// What one non-blank line of a paste reads as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Organisation(SignatoryLine),
    Skipped(SkipReason),
}

/// One non-blank line of a paste, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadLine {
    /// The line as pasted, its spacing tidied.
    pub text: String,
    pub reading: Reading,
}

/// Reads a pasted list line by line; blank lines are left out. Everything after a sign-off
/// ("Best,", "Kind regards,", "Thanks!") or a `--` that follows the first organisation is the
/// sender's signature: their name, title, organisation and telephone.
pub fn read_list(text: &str) -> Vec<ReadLine> {
    let mut out = Vec::new();
    let mut seen_organisation = false;
    let mut signed_off = false;
    for raw in text.lines() {
        let text = tidy(raw);
        if text.is_empty() {
            continue;
        }
        let reading = if signed_off {
            Reading::Skipped(SkipReason::Signature)
        } else {
            read_line(&text)
        };
        match &reading {
            Reading::Organisation(_) => seen_organisation = true,
            Reading::Skipped(SkipReason::SignOff | SkipReason::Signature) => {
                signed_off = seen_organisation
            }
            Reading::Skipped(_) => {}
        }
        out.push(ReadLine { text, reading });
    }
    out
}

/// Reads one tidied, non-blank line on its own.
fn read_line(line: &str) -> Reading {
    let skip = if line == "--" || is_contact(line) {
        Some(SkipReason::Signature)
    } else if is_greeting(line) {
        Some(SkipReason::Greeting)
    } else if is_heading(line) {
        Some(SkipReason::Heading)
    } else if is_sign_off(line) {
        Some(SkipReason::SignOff)
    } else if is_sentence(line) {
        Some(SkipReason::Sentence)
    } else {
        None
    };
    match skip {
        Some(reason) => Reading::Skipped(reason),
        None => match parse_line(line) {
            Some(org) => Reading::Organisation(org),
            None => Reading::Skipped(SkipReason::Empty),
        },
    }
}

/// Words that open a letter whatever follows them ("Dear colleagues", "Chers amis").
const FORMAL_GREETINGS: &[&str] = &[
    "dear",
    "cher",
    "chère",
    "chers",
    "chères",
    "estimado",
    "estimada",
    "estimados",
    "estimadas",
    "querido",
    "querida",
    "queridos",
    "queridas",
    "liebe",
    "lieber",
    "sehr geehrte",
    "sehr geehrter",
    "to whom it may concern",
];

/// Words that open a letter only when punctuated or addressed to people: "Hi all," and
/// "Hello!" are greetings, "Hello Foundation" may be an organisation.
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "greetings",
    "good morning",
    "good afternoon",
    "good evening",
    "bonjour",
    "bonsoir",
    "salut",
    "hola",
    "buenos días",
    "buongiorno",
    "hallo",
];

/// Whom a short greeting addresses.
const AUDIENCES: &[&str] = &[
    "all",
    "everyone",
    "everybody",
    "colleagues",
    "friends",
    "team",
    "both",
    "there",
    "à tous",
    "à toutes et à tous",
    "todos",
    "todas",
    "a todos",
];

/// Closing phrases, alone on their line or followed by a comma, `!` or `.` (and perhaps a name).
const SIGN_OFFS: &[&str] = &[
    "best",
    "best regards",
    "best wishes",
    "all the best",
    "all best",
    "kind regards",
    "kindest regards",
    "warm regards",
    "warmest regards",
    "warm wishes",
    "regards",
    "many thanks",
    "thanks",
    "thank you",
    "thanks so much",
    "thank you so much",
    "thanks again",
    "thank you again",
    "thanks a lot",
    "thanks all",
    "thank you all",
    "with thanks",
    "with many thanks",
    "with best regards",
    "with kind regards",
    "cheers",
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours",
    "yours truly",
    "warmly",
    "in solidarity",
    "with solidarity",
    "take care",
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "salutations",
    "meilleures salutations",
    "merci",
    "merci beaucoup",
    "saludos",
    "saludos cordiales",
    "un saludo",
    "un abrazo",
    "atentamente",
    "gracias",
    "muchas gracias",
    "mit freundlichen grüßen",
    "viele grüße",
    "herzliche grüße",
    "cordiali saluti",
    "grazie",
];

/// Lines that head a list without a colon.
const HEADINGS: &[&str] = &[
    "signatories",
    "signatures",
    "signatories so far",
    "list of signatories",
    "co-signatories",
    "cosignatories",
    "signed by",
    "endorsed by",
    "endorsements",
    "organisations",
    "organizations",
    "signing organisations",
    "signing organizations",
    "signataires",
    "liste des signataires",
    "firmantes",
    "original message",
    "forwarded message",
];

/// Whether `folded` starts with `phrase` as whole words; returns what follows.
fn after_phrase<'a>(folded: &'a str, phrase: &str) -> Option<&'a str> {
    let rest = folded.strip_prefix(fold(phrase).as_str())?;
    (rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric() || c == '\''))
        .then_some(rest)
}

fn is_greeting(line: &str) -> bool {
    let folded = fold(line);
    if FORMAL_GREETINGS
        .iter()
        .any(|g| after_phrase(&folded, g).is_some())
    {
        return true;
    }
    GREETINGS.iter().any(|g| {
        after_phrase(&folded, g).is_some_and(|rest| {
            let rest = rest.trim_start_matches([' ', ',', '!', ':']).trim();
            rest.is_empty()
                || line.contains(',')
                || line.ends_with(['!', ':'])
                || AUDIENCES.iter().any(|a| fold(a) == rest)
        })
    })
}

/// "The following organisations have signed on so far:", "Signatories", and the header lines of a
/// forwarded e-mail ("From: …", "Subject: …", "-----Original Message-----").
fn is_heading(line: &str) -> bool {
    if line.ends_with(':') {
        return true;
    }
    let folded = fold(line.trim_matches(['-', ' ']));
    if HEADINGS.iter().any(|h| fold(h) == folded) {
        return true;
    }
    const FIELDS: &[&str] = &[
        "from", "to", "cc", "bcc", "sent", "date", "subject", "de", "à", "envoyé", "objet",
    ];
    line.split_once(':').is_some_and(|(field, _)| {
        let field = fold(field);
        FIELDS.iter().any(|f| fold(f) == field)
    })
}

/// A short line that is a closing phrase, alone or followed by `,`, `!` or `.` and perhaps a
/// name ("Best, Maria"): "Best Practices Network" and "Thanks for Life Foundation" are not.
fn is_sign_off(line: &str) -> bool {
    if line.split_whitespace().count() > 7 {
        return false;
    }
    let folded = fold(line);
    let bare = folded.trim_end_matches(['!', '.', ',', ' ']);
    SIGN_OFFS.iter().any(|s| {
        bare == fold(s)
            || after_phrase(&folded, s).is_some_and(|rest| rest.starts_with([',', '!', '.']))
    })
}

/// Words that open a sentence of a message and no organisation's name.
const SENTENCE_STARTS: &[&str] = &[
    "please",
    "i",
    "i'm",
    "i've",
    "we",
    "we're",
    "we've",
    "let",
    "could",
    "can",
    "would",
    "if",
    "here",
    "attached",
    "below",
    "find",
    "note",
    "fyi",
    "also",
    "as",
    "so",
    "this",
    "these",
    "apologies",
    "sorry",
    "many",
    "more",
    "any",
    "feel",
    "do",
    "don't",
    "looking",
    "hope",
    "merci",
    "voici",
    "veuillez",
    "por",
    "aqui",
];

/// A sentence of the message ("Please send any further sign-ons by Friday."): it opens with a
/// word no name opens with and ends with `.`, `?` or `!`, or it is a question.
fn is_sentence(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if line.ends_with('?') && words >= 3 {
        return true;
    }
    let first = fold(line.split_whitespace().next().unwrap_or(""));
    let first = first.trim_end_matches([',', ':']);
    words >= 4 && line.ends_with(['.', '!']) && SENTENCE_STARTS.contains(&first)
}

/// An e-mail address, a web address, a telephone number or "Sent from my phone": a signature.
fn is_contact(line: &str) -> bool {
    let lower = line.to_lowercase();
    let email = line.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    });
    let web =
        lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.");
    let digits = line.chars().filter(char::is_ascii_digit).count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let phone = digits >= 7 && letters <= 6;
    email || web || phone || lower.starts_with("sent from my ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads(line: &str) -> Option<SkipReason> {
        match read_line(&tidy(line)) {
            Reading::Organisation(_) => None,
            Reading::Skipped(reason) => Some(reason),
        }
    }

    #[test]
    fn each_line_on_its_own() {
        use SkipReason::*;
        let cases: &[(&str, Option<SkipReason>)] = &[
            (
                "Dear colleagues, the following organisations have signed on so far:",
                Some(Greeting),
            ),
            ("Dear all,", Some(Greeting)),
            ("Dear Ms. Nkosi", Some(Greeting)),
            ("Hi all", Some(Greeting)),
            ("Hello!", Some(Greeting)),
            ("Hi Maria,", Some(Greeting)),
            ("Chers collègues,", Some(Greeting)),
            ("Hello Foundation", None),
            ("Signatories:", Some(Heading)),
            ("Signatories", Some(Heading)),
            (
                "The following organisations have signed on so far:",
                Some(Heading),
            ),
            ("Subject: Re: Joint letter on Gaza", Some(Heading)),
            ("-----Original Message-----", Some(Heading)),
            ("Best,", Some(SignOff)),
            ("Best", Some(SignOff)),
            ("Kind regards,", Some(SignOff)),
            ("Thanks!", Some(SignOff)),
            ("Thank you.", Some(SignOff)),
            ("Best, Maria", Some(SignOff)),
            ("Mit freundlichen Grüßen", Some(SignOff)),
            ("In solidarity,", Some(SignOff)),
            ("Best Practices Network", None),
            ("Thanks for Life Foundation", None),
            ("Regards Foundation for Human Rights", None),
            ("maria.lopez@ishr.ch", Some(Signature)),
            ("+41 22 919 71 00", Some(Signature)),
            ("Tel: +41 (0)22 919 71 00", Some(Signature)),
            ("www.ishr.ch", Some(Signature)),
            ("Sent from my iPhone", Some(Signature)),
            ("--", Some(Signature)),
            (
                "Please send any further sign-ons by Friday noon Geneva time.",
                Some(Sentence),
            ),
            ("Any more for Thursday?", Some(Sentence)),
            ("We Effect", None),
            ("l'association marocaine des droits humains.", None),
            ("•", Some(Empty)),
            ("3.", Some(Empty)),
            ("1. Al-Haq", None),
            ("11.11.11", None),
            ("CARE International", None),
            ("Article 1 Collective", None),
            ("Cairo Institute for Human Rights Studies (CIHRS)", None),
            ("To whom it may concern", Some(Greeting)),
        ];
        for (line, want) in cases {
            assert_eq!(reads(line), *want, "{line:?}");
        }
    }

    #[test]
    fn the_signature_follows_the_sign_off() {
        let read = read_list(
            "Thanks!\nAl-Haq\n\nCIVICUS\nBest,\nMaria Lopez\nInternational Service for Human Rights\n",
        );
        let got: Vec<_> = read
            .iter()
            .map(|l| match &l.reading {
                Reading::Organisation(o) => o.name.clone(),
                Reading::Skipped(r) => format!("[{}]", r.key()),
            })
            .collect();
        assert_eq!(
            got,
            [
                "[sign-off]",
                "Al-Haq",
                "CIVICUS",
                "[sign-off]",
                "[signature]",
                "[signature]"
            ],
            "a sign-off before any organisation does not start a signature"
        );
    }
}
