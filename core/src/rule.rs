//! The rules input can break, each a machine code with the values its message needs; the
//! English is made from them in one place (`failure_words::rule`), the hook for other languages.
use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::export::ExportFormat;
use crate::problem::{FileProblem, StorageProblem};

/// A broken rule. Its code is the variant's snake_case name (`after_start`), its parameters the
/// variant's fields; the doors pass both on with the English message and never parse the text.
#[derive(Debug, Clone, PartialEq, Serialize, strum::EnumDiscriminants)]
#[serde(tag = "rule", content = "params", rename_all = "snake_case")]
#[strum_discriminants(
    name(RuleCode),
    doc = " A rule's code alone (`after_start`), as the window receives it: one of a closed list.",
    derive(Serialize, strum::IntoStaticStr, strum::VariantArray),
    serde(rename_all = "snake_case"),
    strum(serialize_all = "snake_case"),
    cfg_attr(feature = "ts", derive(ts_rs::TS))
)]
pub enum Rule {
    /// A required text left blank.
    Empty,
    /// Not a date written `YYYY-MM-DD`.
    NotADate { value: String },
    /// A date outside the years HRC Planner plans for.
    OutsideYears {
        date: NaiveDate,
        first: i32,
        last: i32,
    },
    /// Not a time written `HH:MM`.
    NotATime { value: String },
    /// An end before the start (when an end on the start is allowed).
    BeforeStart,
    /// An end on or before the start.
    AfterStart,
    /// A date outside its session's dates.
    OutsideSession {
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// An agenda item number outside 1 to 10.
    NotAnAgendaItem { value: u8 },
    /// A value that is none of a closed list's names.
    NotAChoice { value: String, choices: Vec<String> },
    /// Not an id.
    NotAnId { value: String },
    /// A row of another session.
    InAnotherSession { id: Uuid },
    /// A row that does not exist.
    NoSuchRow { id: Uuid },
    /// Not a country known by code or name.
    NotACountry { value: String },
    /// Not a session written `38` or `S-28`.
    NotASession { value: String },
    /// Not a Geneva date and time (the clock).
    NotAClockTime { value: String },
    /// A wall-clock time skipped when Geneva's clocks change.
    NotInGenevaTime { date: NaiveDate, time: NaiveTime },
    /// A session number below 1.
    SessionNumberFromOne,
    /// A number too large to store.
    TooLarge,
    /// A session that already exists (e.g. `HRC38`).
    SessionExists { session: String },
    /// A country situation already followed under the same agenda item in the session.
    SituationExists { country: String, item: Option<u8> },
    /// A meeting or side event that new session dates would leave outside.
    LeftOutsideDates {
        what: Scheduled,
        title: String,
        date: NaiveDate,
    },
    /// No session running on the date of a note.
    NoSessionRunning { date: NaiveDate },
    /// A speaking time of zero seconds.
    AtLeastOneSecond,
    /// A written limit of zero words.
    AtLeastOneWord,
    /// A setting outside its range.
    OutOfRange { min: u32, max: u32, unit: Unit },
    /// A theme other than system, light or dark.
    NotATheme,
    /// An organisation's name left blank.
    OrganisationNameEmpty,
    /// A name another row already has.
    AlreadyExists { name: String },
    /// A name or acronym that already names another organisation (as its name or its acronym).
    NamesAnotherOrganisation { value: String, organisation: String },
    /// An organisation still signing statements or organising or co-sponsoring side events.
    OrganisationInUse { statements: u32, side_events: u32 },
    /// An organisation merged into itself.
    MergeIntoItself,
    /// A slot or times given for a meeting with no date.
    NeedsDate,
    /// Not a UN document symbol (`A/HRC/38/44`, `A/HRC/38/L.10`, `A/HRC/RES/38/1`…).
    NotADocumentSymbol { value: String },
    /// A record named as its own continuation or cluster.
    PointsToItself,
    /// A file that is no calendar, Order of the Day or CSV programme.
    NotAProgramme { name: String },
    /// A calendar or CSV programme that does not read (the reader's words: its line, its event).
    ProgrammeFile { problem: String },
    /// A line of a programme file that cannot be placed.
    ProgrammeLine {
        line: usize,
        expected: String,
        found: String,
    },
    /// Not a web address (http or https).
    NotAWebAddress { value: String },
    /// A backup chosen that is the database itself.
    BackupIsDatabase,
    /// A database in a folder that does not exist.
    FolderMissing { folder: String },
    /// Not a recovery key (64 hexadecimal digits).
    NotARecoveryKey,
    /// A path with no file name to save to.
    NoFileChosen,
    /// A file that could not be written.
    CannotWrite { path: String, problem: FileProblem },
    /// A file that could not be read.
    CannotRead { path: String, problem: FileProblem },
    /// Standard input that could not be read.
    CannotReadInput { problem: FileProblem },
    /// Sections chosen for an export that has none to choose.
    NoSectionsToChoose { format: ExportFormat },
    /// A paper size or Confidential marking asked for an export that has no pages to set.
    NoPageToSet { format: ExportFormat },
    /// A file to open that is not the one just exported.
    NotJustExported,
    /// A path that was not chosen in the shell's file dialog.
    NotChosenInDialog,
    /// A bundle that is not JSON: where reading it stopped.
    BundleNotJson { line: usize, column: usize },
    /// JSON that is not a session bundle.
    NotABundle,
    /// A bundle written by a newer version.
    NewerBundle { version: u64, supported: u32 },
    /// A bundle without a version this one knows.
    UnknownBundleVersion { supported: u32 },
    /// A bundle whose content does not follow the format: the first table (or key) at fault.
    BundleFormat { table: String },
    /// A bundle row with other columns than its table's.
    BundleColumns {
        table: String,
        columns: Vec<String>,
        expected: Vec<String>,
    },
    /// A bundle row whose id is not written as HRC Planner writes ids.
    BundleId {
        table: String,
        column: String,
        value: String,
    },
    /// A bundle with no session or several.
    BundleSessionCount,
    /// A bundle row of another session than the bundle's.
    BundleOtherSession { table: String },
    /// A bundle row reusing the id of another session's row.
    BundleReusedId { id: String },
    /// A bundle row whose time is not a time.
    BundleTime {
        table: String,
        column: String,
        value: String,
    },
    /// A bundle row changed later than now.
    BundleFuture {
        table: String,
        row: String,
        changed: NaiveDate,
    },
    /// A bundle row that breaks a rule of typed input.
    BundleRowWrong {
        table: String,
        id: String,
        field: String,
        problem: Box<Rule>,
    },
    /// A bundle row that cannot be read back once written (`error`: the failure's code).
    BundleRowUnusable {
        table: String,
        id: String,
        error: String,
    },
    /// A bundle row the database refused (`sqlite_code`: SQLite's extended code).
    BundleRowRefused {
        table: String,
        problem: StorageProblem,
        sqlite_code: i32,
    },
    /// A bundle session whose number is not a whole number from 1.
    BundleSessionNumber,
    /// A bundle row pointing outside its session: which kind of row, and its id.
    BundleOutside { row: BundleRow, id: String },
    /// A bundle whose data this version cannot read back (`error`: the failure's code).
    BundleUnreadable { error: String },
    /// A bundle whose session (`HRC38`, `HRC S-28`) is here already, with other ids: it can come
    /// in as a copy (`hrc import FILE --as-copy`, the window's "Import as a copy") named `copy`.
    BundleSessionHere { session: String, copy: String },
    /// A passphrase to seal with that is shorter than `min` characters.
    PassphraseTooShort { min: usize },
    /// A passphrase and its confirmation that differ.
    PassphrasesDiffer,
    /// A sealed bundle opened without a passphrase.
    SealedNeedsPassphrase,
    /// A sealed bundle that is damaged or cut short (`problem`: what age found).
    SealedDamaged { problem: String },
    /// A sealed file that is not sealed with a passphrase (an age file sealed to a key), or of
    /// an age format this version does not know.
    SealedOtherwise,
    /// A sealed bundle whose passphrase derivation would take far longer here than sealing took
    /// (`required` and `target`: scrypt's log₂ work factors).
    SealedTooCostly { required: u8, target: u8 },
    /// Sealing asked for a format other than the full copy (JSON bundle).
    SealOnlyBundle { format: ExportFormat },
    /// A passphrase that could not be asked for: no terminal (`option`: the file to give instead).
    NoTerminalForPassphrase { option: String },
    /// A pasted recorded vote that is neither the Council's lists nor three counts (`value`: the
    /// text at fault, shortened).
    NotAVoteList { value: String },
    /// A list of a recorded vote given twice ("Against" twice).
    VoteListTwice { list: String },
    /// A State named twice in one vote, in one list or two.
    StateVotesTwice { country: String },
    /// A list whose names and count disagree ("In favour (23):" followed by 24 States).
    VoteCountDisagrees {
        list: String,
        names: u32,
        count: u32,
    },
    /// A State voting that is not a member of the Council on the day of the vote.
    NotAMember { country: String, date: NaiveDate },
    /// More votes than the Council had members on the day of the vote.
    MoreVotesThanMembers {
        votes: u32,
        members: u32,
        date: NaiveDate,
    },
    /// A State made a member twice for overlapping days of one session.
    MemberTwice { country: String },
    /// A change of members that would leave a recorded vote cast by a State not sitting on its
    /// day (`text`: the symbol or title of the text or amendment voted on).
    MemberVoted {
        country: String,
        date: NaiveDate,
        text: String,
    },
}

/// What a [`Rule::LeftOutsideDates`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheduled {
    Meeting,
    SideEvent,
}

/// The row a [`Rule::BundleOutside`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleRow {
    Note,
    Statement,
    /// A statement's or side event's link to a key issue or situation (`id` is the linking row's).
    Link,
}

/// The unit of a [`Rule::OutOfRange`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    WordsPerMinute,
    Seconds,
    Backups,
    /// A plain count (a meeting's number).
    Number,
}

impl Rule {
    /// The rule's code, e.g. `after_start`.
    pub fn code(&self) -> String {
        match self.tagged().remove("rule") {
            Some(Value::String(code)) => code,
            _ => unreachable!("every rule serialises with its code"),
        }
    }

    /// The rule's parameters as text (lists joined with ", "), e.g. `{"value": "25:00"}`.
    pub fn params(&self) -> BTreeMap<String, String> {
        let Some(Value::Object(params)) = self.tagged().remove("params") else {
            return BTreeMap::new();
        };
        params.into_iter().map(|(k, v)| (k, text(v))).collect()
    }

    /// The English message, without the field's name.
    pub fn message(&self) -> String {
        crate::failure_words::rule(self)
    }

    fn tagged(&self) -> serde_json::Map<String, Value> {
        match serde_json::to_value(self) {
            Ok(Value::Object(map)) => map,
            _ => unreachable!("a rule serialises as an object"),
        }
    }
}

fn text(v: Value) -> String {
    match v {
        Value::String(s) => s,
        Value::Array(items) => items.into_iter().map(text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray;

    #[test]
    fn each_code_is_written_alike_in_json_and_as_text() {
        for code in RuleCode::VARIANTS {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json.as_str(), Some(<&str>::from(code)), "{code:?}");
        }
        let rule = Rule::NotATime {
            value: "25:00".into(),
        };
        assert_eq!(<&str>::from(RuleCode::from(&rule)), rule.code());
    }
}
