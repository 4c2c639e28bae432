//! How a failure is said to a person, in the one place that holds the words (the hook for
//! other languages): a broken rule from its code and parameters, and a failure of SQLite or of
//! the file system as what happened and what to do — never SQLite's own ("CHECK constraint
//! failed: …").
use crate::problem::{FileProblem, StorageProblem};
use crate::rule::{BundleRow, Rule, Scheduled, Unit};

/// A broken rule in English, without the field's name ("must be after the start").
pub fn rule(rule: &Rule) -> String {
    use Rule as R;
    match rule {
        R::Empty => "must not be empty".into(),
        R::NotADate { value } => {
            format!("{value:?} is not a date; write it as YYYY-MM-DD, e.g. 2018-06-18")
        }
        R::OutsideYears { date, first, last } => {
            format!("{date} is outside the years HRC Planner plans for ({first}–{last})")
        }
        R::NotATime { value } => {
            format!("{value:?} is not a time; write it as HH:MM (24-hour), e.g. 13:30")
        }
        R::BeforeStart => "must not be before the start".into(),
        R::AfterStart => "must be after the start".into(),
        R::OutsideSession { date, start, end } => {
            format!("{date} is outside the session ({start} – {end})")
        }
        R::NotAnAgendaItem { value } => {
            format!("{value} is not an agenda item; the Council's items are numbered 1 to 10")
        }
        R::NotAChoice { value, choices } => {
            format!("{value:?} is not one of: {}", choices.join(", "))
        }
        R::NotAnId { value } => format!("{value:?} is not a valid id"),
        R::InAnotherSession { id } => format!("{id} belongs to another session"),
        R::NoSuchRow { id } => format!("{id} does not exist"),
        R::NotACountry { value } => format!(
            "{value:?} is not a known country; use an ISO 3166-1 alpha-3 code such as BDI, or a \
             name such as Burundi"
        ),
        R::NotASession { value } => {
            format!("{value:?} is not a session; write 38 for HRC38 or S-28 for a special session")
        }
        R::NotAClockTime { value } => {
            format!("{value:?} is not a date and time (e.g. 2018-06-27 12:30, Geneva time)")
        }
        R::NotInGenevaTime { date, time } => format!(
            "{date} {} does not exist in Geneva time (clocks change)",
            time.format("%H:%M:%S")
        ),
        R::SessionNumberFromOne => "a session number starts at 1".into(),
        R::TooLarge => "is too large".into(),
        R::SessionExists { session } => format!("session {session} already exists"),
        R::SituationExists { country, item } => match item {
            Some(item) => {
                format!("{country} is already followed under item {item} in this session")
            }
            None => format!("{country} is already followed without an agenda item in this session"),
        },
        R::LeftOutsideDates { what, title, date } => {
            let what = match what {
                Scheduled::Meeting => "Meeting",
                Scheduled::SideEvent => "Side event",
            };
            format!("{what} \"{title}\" on {date} falls outside the new dates; move it first")
        }
        R::NoSessionRunning { date } => {
            format!("no session is running on {date}: open a session to take a note in it")
        }
        R::AtLeastOneSecond => "must be at least one second".into(),
        R::AtLeastOneWord => "must be at least one word".into(),
        R::OutOfRange { min, max, unit } => {
            let unit = match unit {
                Unit::WordsPerMinute => "words per minute",
                Unit::Seconds => "seconds",
                Unit::Backups => "backups",
                Unit::Number => "",
            };
            format!(
                "must be between {} and {} {unit}",
                number(*min),
                number(*max)
            )
            .trim_end()
            .to_string()
        }
        R::NotATheme => "must be system, light or dark".into(),
        R::OrganisationNameEmpty => "an organisation's name must not be empty".into(),
        R::AlreadyExists { name } => format!("{name:?} already exists"),
        R::NamesAnotherOrganisation {
            value,
            organisation,
        } => format!("{value:?} already names {organisation}"),
        R::MergeIntoItself => {
            "must be another organisation: one cannot be merged into itself".into()
        }
        R::NeedsDate => {
            "must be given with a slot or times: a meeting whose date is to be announced has no \
             time yet"
                .into()
        }
        R::NotADocumentSymbol { value } => format!(
            "{value:?} is not a UN document symbol (such as A/HRC/38/44, A/HRC/38/44/Add.1, \
             A/HRC/38/L.10, A/HRC/38/NGO/96 or A/HRC/RES/38/1)"
        ),
        R::PointsToItself => "must name another meeting, not this one".into(),
        R::NotAProgramme { name } => format!(
            "{name:?} is not a programme HRC Planner reads: an Order of the Day (its text, \
             copied from the PDF or saved), a calendar (.ics, such as Sched's) or a CSV table"
        ),
        R::ProgrammeLine {
            line,
            expected,
            found,
        } => format!("line {line}: expected {expected}, found {found:?}"),
        R::ProgrammeFile { problem } => problem.clone(),
        R::NotAWebAddress { value } => {
            format!("{value:?} is not a web address (one starting https:// or http://)")
        }
        R::OrganisationInUse {
            statements,
            side_events,
        } => {
            let signs = match statements {
                0 => None,
                1 => Some("signs 1 statement".to_string()),
                n => Some(format!("signs {} statements", number(*n))),
            };
            let events = match side_events {
                0 => None,
                1 => Some("organises or co-sponsors 1 side event".to_string()),
                n => Some(format!(
                    "organises or co-sponsors {} side events",
                    number(*n)
                )),
            };
            let uses: Vec<String> = signs.into_iter().chain(events).collect();
            format!(
                "{}: take it off them first (to correct its name, edit it instead)",
                uses.join(" and ")
            )
        }
        R::BackupIsDatabase => "is the database itself; choose one of its backups".into(),
        R::NotARecoveryKey => {
            "is not a recovery key: it has 64 letters and digits (0-9, A-F), in groups of eight"
                .into()
        }
        R::FolderMissing { folder } => format!(
            "the folder {folder} does not exist; create it first, or choose a file in a folder \
             that exists"
        ),
        R::NoFileChosen => "choose a file to save to".into(),
        R::CannotWrite { path, problem } => format!("cannot write {path}: {}", file(*problem)),
        R::CannotRead { path, problem } => format!("cannot read {path}: {}", file(*problem)),
        R::CannotReadInput { problem } => {
            format!("cannot read standard input: {}", file(*problem))
        }
        R::NoSectionsToChoose { format } => format!(
            "a {} export has no sections to choose; leave them out (notes go in only when asked \
             for)",
            format.label()
        ),
        R::NoPageToSet { format } => format!(
            "a {} export has no pages to set; the paper and the Confidential marking are for Word",
            format.label()
        ),
        R::NotJustExported => "only the file just exported can be opened from here".into(),
        R::NotChosenInDialog => "choose the file in the dialog (Save as… or Import…) first".into(),
        R::BundleNotJson { line, column } => format!(
            "is not readable JSON (damaged or truncated?): it stops making sense at line {line}, \
             column {column}"
        ),
        R::NotABundle => "is not an HRC Planner session bundle".into(),
        R::NewerBundle { version, supported } => format!(
            "was written by a newer version of HRC Planner (bundle version {version}; this \
             version reads {supported}); update HRC Planner to import it"
        ),
        R::UnknownBundleVersion { supported } => {
            format!("has an unknown version; this version reads version {supported}")
        }
        R::BundleFormat { table } => format!(
            "does not follow the bundle format: its “{table}” is missing, unknown or not a list \
             of rows"
        ),
        R::BundleColumns {
            table,
            columns,
            expected,
        } => format!("has a row of {table} with columns {columns:?}, expected {expected:?}"),
        R::BundleId {
            table,
            column,
            value,
        } => format!(
            "has a row of {table} whose {column} {value:?} is not an id as HRC Planner writes it"
        ),
        R::BundleSessionCount => "must hold exactly one session".into(),
        R::BundleOtherSession { table } => format!("has {table} of another session"),
        R::BundleReusedId { id } => format!("reuses the id {id} of a row of another session"),
        R::BundleTime {
            table,
            column,
            value,
        } => format!("has a row of {table} whose {column} {value:?} is not a time"),
        R::BundleFuture {
            table,
            row,
            changed,
        } => format!(
            "has a row of {table} (“{row}”) changed on {changed}, later than now: check the \
             clock of the computer it came from"
        ),
        R::BundleRowWrong {
            table,
            id,
            field,
            problem,
        } => format!(
            "has a row of {table} ({id}) whose {field} is wrong: {}",
            self::rule(problem)
        ),
        R::BundleRowUnusable { table, id, .. } => {
            format!("has a row of {table} ({id}) that cannot be read back")
        }
        R::BundleRowRefused {
            table,
            problem,
            sqlite_code,
        } => format!(
            "could not be imported ({table}): {}",
            storage_problem(*problem, *sqlite_code)
        ),
        R::BundleSessionNumber => "has a session whose number is not a whole number from 1".into(),
        R::BundleOutside { row, id } => {
            let row = match row {
                BundleRow::Note => format!("a note {id}"),
                BundleRow::Statement => format!("a statement {id}"),
                BundleRow::Link => format!("a link from {id}"),
            };
            format!("has {row} that points to a row of another session or to none")
        }
        R::BundleUnreadable { .. } => "holds data this version cannot read".into(),
        R::BundleSessionHere { session, copy } => format!(
            "holds {session}, which already exists here: import it as a copy, which comes in \
             beside it as {copy} (hrc import FILE --as-copy, or Import as a copy in the window), \
             or renumber or delete the one here first"
        ),
        R::PassphraseTooShort { min } => {
            format!(
                "must be at least {min} characters (a few words you will remember are best): \
                 a stolen file can be guessed at offline"
            )
        }
        R::PassphrasesDiffer => "does not match the passphrase: type the same one twice".into(),
        R::SealedNeedsPassphrase => {
            "is sealed with a passphrase: give the passphrase to open it".into()
        }
        R::SealedDamaged { problem } => format!(
            "is a sealed bundle that is unreadable: damaged or cut short ({problem}); ask the \
             sender for it again"
        ),
        R::SealedOtherwise => "is an age file that is not sealed with a passphrase, or of a \
             newer age format: HRC Planner opens bundles sealed with a passphrase"
            .into(),
        R::SealedTooCostly { required, target } => format!(
            "is sealed with a passphrase derivation far slower than this computer allows \
             (2^{required} against about 2^{target}): ask the sender to seal it again"
        ),
        R::SealOnlyBundle { format } => format!(
            "cannot be sealed: only the full copy (JSON) is sealed, not {}",
            format.label()
        ),
        R::NoTerminalForPassphrase { option } => {
            format!("cannot be asked without a terminal: give it in a file with {option}")
        }
        R::NotAVoteList { value } => format!(
            "{value:?} is not a recorded vote; paste it as the Council publishes it (In favour: \
             …  Against: …  Abstaining: …) or give the three counts"
        ),
        R::VoteListTwice { list } => format!("{list} is given twice"),
        R::StateVotesTwice { country } => {
            format!("{country} is named more than once; a State votes once")
        }
        R::VoteCountDisagrees { list, names, count } => {
            format!("{list} names {names} States but counts {count}")
        }
        R::NotAMember { country, date } => {
            format!("{country} is not a member of the Council on {date}")
        }
        R::MoreVotesThanMembers {
            votes,
            members,
            date,
        } => format!("{votes} votes are more than the Council's {members} members on {date}"),
        R::MemberTwice { country } => {
            format!("{country} is already a member of the Council on those days of the session")
        }
        R::MemberVoted {
            country,
            date,
            text,
        } => format!(
            "{country} voted on {text} on {date}, so it must be a member of the Council that day"
        ),
    }
}

/// A whole number with its thousands separated by commas ("1,800").
fn number(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// A failed read or write of the database, in words.
pub fn storage(e: &rusqlite::Error) -> String {
    let (problem, sqlite_code) = StorageProblem::of(e);
    storage_problem(problem, sqlite_code)
}

/// What went wrong with the database, in words (`sqlite_code`: SQLite's extended code, said when
/// the problem has no words of its own).
pub fn storage_problem(problem: StorageProblem, sqlite_code: i32) -> String {
    use StorageProblem as P;
    match problem {
        P::Unreadable => "some stored data could not be read by this version of HRC Planner; \
                          nothing was changed"
            .into(),
        P::DiskFull => {
            "the disk is full: free some space, then try again; nothing was saved".into()
        }
        P::ReadOnly => "the database cannot be written: its file or its folder is read-only; \
                        nothing was saved"
            .into(),
        P::AccessDenied => {
            "the system refused access to the database file; check who may read and write it".into()
        }
        P::CannotOpen => "the database file cannot be opened: check that its folder exists and \
                          that you may read and write there"
            .into(),
        P::Busy => {
            "another program kept the database busy for more than 5 seconds; try again".into()
        }
        P::Damaged => {
            "the database file is damaged; restore a backup (Settings → Backups, or hrc restore)"
                .into()
        }
        P::BreaksStoredRule => {
            "the change would break a rule of the stored data and was not saved".into()
        }
        P::TooBig => "a text is too large to store; nothing was saved".into(),
        P::DiskFailure => "the disk could not be read or written (an input/output error); \
                           nothing was saved"
            .into(),
        P::OutOfMemory => "the computer ran out of memory; nothing was saved".into(),
        P::Other => format!(
            "the database could not be read or written (error {sqlite_code}); nothing was changed"
        ),
    }
}

/// A failed file operation, in words.
pub fn io(e: &std::io::Error) -> String {
    match FileProblem::of(e) {
        FileProblem::Other => format!("the file could not be read or written ({e})"),
        problem => file(problem),
    }
}

/// Why a file could not be read or written, in words.
pub fn file(problem: FileProblem) -> String {
    use FileProblem as P;
    match problem {
        P::AccessDenied => "the system refused access (permission denied)",
        P::NotFound => "the file or folder does not exist",
        P::DiskFull => "the disk is full",
        P::ReadOnly => "the disk is read-only",
        P::AlreadyExists => "a file of that name is already there",
        P::IsAFolder => "it is a folder, not a file",
        P::NotText => "it is not a text file",
        P::Other => "the system could not read or write it",
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rule, its code, its parameters and its message.
    type Case = (
        Rule,
        &'static str,
        &'static [(&'static str, &'static str)],
        &'static str,
    );

    fn date(text: &str) -> chrono::NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn each_rule_is_a_code_with_params_and_one_english_message() {
        let cases: Vec<Case> =
            vec![
            (Rule::Empty, "empty", &[], "must not be empty"),
            (Rule::AfterStart, "after_start", &[], "must be after the start"),
            (
                Rule::BeforeStart,
                "before_start",
                &[],
                "must not be before the start",
            ),
            (
                Rule::NotATime {
                    value: "25:00".into(),
                },
                "not_a_time",
                &[("value", "25:00")],
                "\"25:00\" is not a time; write it as HH:MM (24-hour), e.g. 13:30",
            ),
            (
                Rule::OutsideSession {
                    date: date("2018-07-07"),
                    start: date("2018-06-18"),
                    end: date("2018-07-06"),
                },
                "outside_session",
                &[
                    ("date", "2018-07-07"),
                    ("end", "2018-07-06"),
                    ("start", "2018-06-18"),
                ],
                "2018-07-07 is outside the session (2018-06-18 – 2018-07-06)",
            ),
            (
                Rule::NotAChoice {
                    value: "party".into(),
                    choices: vec!["plenary".into(), "informal".into()],
                },
                "not_a_choice",
                &[("choices", "plenary, informal"), ("value", "party")],
                "\"party\" is not one of: plenary, informal",
            ),
            (
                Rule::OutOfRange {
                    min: 10,
                    max: 1800,
                    unit: Unit::Seconds,
                },
                "out_of_range",
                &[("max", "1800"), ("min", "10"), ("unit", "seconds")],
                "must be between 10 and 1,800 seconds",
            ),
            (
                Rule::LeftOutsideDates {
                    what: Scheduled::SideEvent,
                    title: "Launch".into(),
                    date: date("2018-07-09"),
                },
                "left_outside_dates",
                &[
                    ("date", "2018-07-09"),
                    ("title", "Launch"),
                    ("what", "side_event"),
                ],
                "Side event \"Launch\" on 2018-07-09 falls outside the new dates; move it first",
            ),
            (
                Rule::NoSectionsToChoose {
                    format: crate::export::ExportFormat::Calendar,
                },
                "no_sections_to_choose",
                &[("format", "ics")],
                "a Calendar export has no sections to choose; leave them out (notes go in only \
                 when asked for)",
            ),
            (
                Rule::NoPageToSet {
                    format: crate::export::ExportFormat::Markdown,
                },
                "no_page_to_set",
                &[("format", "md")],
                "a Markdown export has no pages to set; the paper and the Confidential marking \
                 are for Word",
            ),
            (
                Rule::BundleRowWrong {
                    table: "meetings".into(),
                    id: "m1".into(),
                    field: "end".into(),
                    problem: Box::new(Rule::AfterStart),
                },
                "bundle_row_wrong",
                &[
                    ("field", "end"),
                    ("id", "m1"),
                    ("problem", "{\"rule\":\"after_start\"}"),
                    ("table", "meetings"),
                ],
                "has a row of meetings (m1) whose end is wrong: must be after the start",
            ),
            // Why a file or the database failed is a code; only the message is English.
            (
                Rule::CannotRead {
                    path: "/tmp/hrc38.json".into(),
                    problem: FileProblem::NotFound,
                },
                "cannot_read",
                &[("path", "/tmp/hrc38.json"), ("problem", "not_found")],
                "cannot read /tmp/hrc38.json: the file or folder does not exist",
            ),
            (
                Rule::BundleNotJson {
                    line: 3,
                    column: 14,
                },
                "bundle_not_json",
                &[("column", "14"), ("line", "3")],
                "is not readable JSON (damaged or truncated?): it stops making sense at line 3, \
                 column 14",
            ),
            (
                Rule::BundleFormat {
                    table: "meetings".into(),
                },
                "bundle_format",
                &[("table", "meetings")],
                "does not follow the bundle format: its “meetings” is missing, unknown or not a \
                 list of rows",
            ),
            (
                Rule::BundleRowRefused {
                    table: "meetings".into(),
                    problem: StorageProblem::BreaksStoredRule,
                    sqlite_code: 275,
                },
                "bundle_row_refused",
                &[
                    ("problem", "breaks_stored_rule"),
                    ("sqlite_code", "275"),
                    ("table", "meetings"),
                ],
                "could not be imported (meetings): the change would break a rule of the stored \
                 data and was not saved",
            ),
            (
                Rule::BundleOutside {
                    row: BundleRow::Note,
                    id: "n1".into(),
                },
                "bundle_outside",
                &[("id", "n1"), ("row", "note")],
                "has a note n1 that points to a row of another session or to none",
            ),
            (
                Rule::MergeIntoItself,
                "merge_into_itself",
                &[],
                "must be another organisation: one cannot be merged into itself",
            ),
            (
                Rule::NeedsDate,
                "needs_date",
                &[],
                "must be given with a slot or times: a meeting whose date is to be announced has no time yet",
            ),
            (
                Rule::NotADocumentSymbol {
                    value: "HRC/38".into(),
                },
                "not_a_document_symbol",
                &[("value", "HRC/38")],
                "\"HRC/38\" is not a UN document symbol (such as A/HRC/38/44, A/HRC/38/44/Add.1, \
                 A/HRC/38/L.10, A/HRC/38/NGO/96 or A/HRC/RES/38/1)",
            ),
            (
                Rule::NotAProgramme {
                    name: "notes.txt".into(),
                },
                "not_a_programme",
                &[("name", "notes.txt")],
                "\"notes.txt\" is not a programme HRC Planner reads: an Order of the Day (its text, \
                 copied from the PDF or saved), a calendar (.ics, such as Sched's) or a CSV table",
            ),
            (
                Rule::ProgrammeFile {
                    problem: "line 4, column \"start\": \"25:00\" is not a time (HH:MM)".into(),
                },
                "programme_file",
                &[("problem", "line 4, column \"start\": \"25:00\" is not a time (HH:MM)")],
                "line 4, column \"start\": \"25:00\" is not a time (HH:MM)",
            ),
            (
                Rule::ProgrammeLine {
                    line: 4,
                    expected: "an agenda item".into(),
                    found: "Lorem".into(),
                },
                "programme_line",
                &[("expected", "an agenda item"), ("found", "Lorem"), ("line", "4")],
                "line 4: expected an agenda item, found \"Lorem\"",
            ),
            (
                Rule::PointsToItself,
                "points_to_itself",
                &[],
                "must name another meeting, not this one",
            ),
            (
                Rule::NotAWebAddress {
                    value: "www.ohchr".into(),
                },
                "not_a_web_address",
                &[("value", "www.ohchr")],
                "\"www.ohchr\" is not a web address (one starting https:// or http://)",
            ),
            (
                Rule::OrganisationInUse {
                    statements: 2,
                    side_events: 1,
                },
                "organisation_in_use",
                &[("side_events", "1"), ("statements", "2")],
                "signs 2 statements and organises or co-sponsors 1 side event: take it off them \
                 first (to correct its name, edit it instead)",
            ),
            (
                Rule::NamesAnotherOrganisation {
                    value: "ISHR".into(),
                    organisation: "International Service for Human Rights".into(),
                },
                "names_another_organisation",
                &[
                    ("organisation", "International Service for Human Rights"),
                    ("value", "ISHR"),
                ],
                "\"ISHR\" already names International Service for Human Rights",
            ),
            (
                Rule::BundleSessionHere {
                    session: "HRC38".into(),
                    copy: "HRC40".into(),
                },
                "bundle_session_here",
                &[("copy", "HRC40"), ("session", "HRC38")],
                "holds HRC38, which already exists here: import it as a copy, which comes in \
                 beside it as HRC40 (hrc import FILE --as-copy, or Import as a copy in the window), \
                 or renumber or delete the one here first",
            ),
            (
                Rule::StateVotesTwice {
                    country: "Chile".into(),
                },
                "state_votes_twice",
                &[("country", "Chile")],
                "Chile is named more than once; a State votes once",
            ),
            (
                Rule::VoteCountDisagrees {
                    list: "In favour".into(),
                    names: 24,
                    count: 23,
                },
                "vote_count_disagrees",
                &[("count", "23"), ("list", "In favour"), ("names", "24")],
                "In favour names 24 States but counts 23",
            ),
            (
                Rule::NotAMember {
                    country: "United States of America".into(),
                    date: date("2018-07-06"),
                },
                "not_a_member",
                &[("country", "United States of America"), ("date", "2018-07-06")],
                "United States of America is not a member of the Council on 2018-07-06",
            ),
            (
                Rule::MoreVotesThanMembers {
                    votes: 47,
                    members: 46,
                    date: date("2018-07-06"),
                },
                "more_votes_than_members",
                &[("date", "2018-07-06"), ("members", "46"), ("votes", "47")],
                "47 votes are more than the Council's 46 members on 2018-07-06",
            ),
            (
                Rule::MemberVoted {
                    country: "Cuba".into(),
                    date: date("2018-07-06"),
                    text: "A/HRC/38/L.10".into(),
                },
                "member_voted",
                &[
                    ("country", "Cuba"),
                    ("date", "2018-07-06"),
                    ("text", "A/HRC/38/L.10"),
                ],
                "Cuba voted on A/HRC/38/L.10 on 2018-07-06, so it must be a member of the Council \
                 that day",
            ),
        ];
        for (rule, code, params, words) in cases {
            assert_eq!(rule.code(), code, "{rule:?}");
            let params: std::collections::BTreeMap<String, String> = params
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(rule.params(), params, "{rule:?}");
            assert_eq!(rule.message(), words, "{rule:?}");
        }
    }

    #[test]
    fn the_payload_carries_the_rule_its_params_and_both_messages() {
        let err = crate::Error::invalid(
            "end",
            Rule::NotATime {
                value: "25:00".into(),
            },
        );
        let words = "\"25:00\" is not a time; write it as HH:MM (24-hour), e.g. 13:30";
        assert_eq!(err.to_string(), format!("end: {words}"));
        let payload = err.to_payload();
        assert_eq!(payload.code, "validation");
        assert_eq!(payload.field.as_deref(), Some("end"));
        assert_eq!(payload.rule, Some(crate::RuleCode::NotATime));
        assert_eq!(
            payload.params.get("value").map(String::as_str),
            Some("25:00")
        );
        assert_eq!(payload.field_message.as_deref(), Some(words));
        assert_eq!(payload.message, format!("end: {words}"));
        let other = crate::Error::Conflict("stale".into()).to_payload();
        assert_eq!((other.rule, other.field_message), (None, None));
        assert!(other.params.is_empty());
    }

    fn failure(code: std::os::raw::c_int) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some("raw".into()))
    }

    #[test]
    fn each_failure_has_its_own_words_and_none_of_sqlites() {
        use rusqlite::ffi;
        let cases = [
            (ffi::SQLITE_FULL, "disk is full"),
            (ffi::SQLITE_READONLY, "read-only"),
            (ffi::SQLITE_PERM, "refused access"),
            (ffi::SQLITE_CANTOPEN, "cannot be opened"),
            (ffi::SQLITE_BUSY, "busy"),
            (ffi::SQLITE_CORRUPT, "damaged"),
            (ffi::SQLITE_CONSTRAINT_CHECK, "break a rule"),
        ];
        for (code, words) in cases {
            let said = storage(&failure(code));
            assert!(said.contains(words), "{code}: {said}");
            assert!(!said.contains("raw") && !said.contains("SQLITE"), "{said}");
        }
        let io_cases = [
            (std::io::ErrorKind::PermissionDenied, "permission denied"),
            (std::io::ErrorKind::StorageFull, "disk is full"),
            (std::io::ErrorKind::ReadOnlyFilesystem, "read-only"),
        ];
        for (kind, words) in io_cases {
            assert!(io(&std::io::Error::from(kind)).contains(words), "{kind:?}");
        }
    }
}
