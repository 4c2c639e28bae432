//! The command line of `hrc`, as clap reads it.
// clap parses these once per run; boxing variants would only obscure them.
#![allow(clippy::large_enum_variant)]
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// HRC Planner from the command line: plan a Human Rights Council session.
#[derive(Debug, Parser)]
#[command(name = "hrc", version, about)]
pub struct Cli {
    /// The database file (default: HRC_DB, else the platform's data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// A protected database's passphrase, read from this file (its first line); else asked on
    /// the terminal. For `hrc encrypt` and `hrc init --protect`, the new passphrase. Never given
    /// as an argument.
    #[arg(
        long = "passphrase-file",
        global = true,
        value_name = "FILE",
        env = "HRC_PASSPHRASE_FILE"
    )]
    pub passphrase_file: Option<PathBuf>,
    /// A protected database's recovery key, read from this file, in place of its passphrase.
    #[arg(long = "recovery-key-file", global = true, value_name = "FILE")]
    pub recovery_key_file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database (or bring it up to date) and say where it is.
    Init {
        /// Create it protected by a passphrase (from --passphrase-file, else asked twice); its
        /// recovery key is printed, or written to --recovery-key-out.
        #[arg(long)]
        protect: bool,
        #[command(flatten)]
        recovery: crate::commands::protection::RecoveryOut,
    },
    /// Load the HRC38 example session (does nothing if HRC38 exists).
    Demo,
    /// Council sessions.
    #[command(subcommand)]
    Session(SessionCmd),
    /// The agenda items of a session, and my notes on each.
    #[command(subcommand)]
    Agenda(AgendaCmd),
    /// The programme brought in from what the Council publishes (an Order of the Day).
    #[command(subcommand)]
    Programme(crate::commands::programme::ProgrammeCmd),
    /// Meetings of a session's programme of work.
    #[command(subcommand)]
    Meeting(crate::commands::meetings::MeetingCmd),
    /// Key (thematic) issues.
    #[command(subcommand)]
    Issue(IssueCmd),
    /// Country situations.
    #[command(subcommand)]
    Situation(SituationCmd),
    /// NGO statements.
    #[command(subcommand)]
    Statement(StatementCmd),
    /// Side events.
    #[command(name = "side-event", subcommand)]
    SideEvent(SideEventCmd),
    /// Notes.
    #[command(subcommand)]
    Note(NoteCmd),
    /// Organisations (NGOs) that sign statements and organise or co-sponsor side events.
    #[command(subcommand)]
    Organisation(crate::commands::organisations::OrganisationCmd),
    /// UN documents known by their symbol (A/HRC/38/44), shared by every session.
    #[command(subcommand)]
    Document(crate::commands::documents::DocumentCmd),
    /// Mandates (special rapporteurs, commissions of inquiry …), shared by every session.
    #[command(subcommand)]
    Mandate(crate::commands::mandates::MandateCmd),
    /// Resolutions, decisions and President's statements of a session, from draft to adoption.
    #[command(subcommand)]
    Resolution(crate::commands::resolutions::ResolutionCmd),
    /// The Council's action on a text: a recorded vote (pasted lists or counts) or none.
    #[command(subcommand)]
    Vote(crate::commands::votes::VoteCmd),
    /// A State's delegation in Geneva (its mission): contacts and my meeting notes, one per State.
    #[command(subcommand)]
    Delegation(crate::commands::delegations::DelegationCmd),
    /// The members of the Council in a session, row by row (hrc membership: the whole list).
    #[command(subcommand)]
    Member(crate::commands::members::MemberCmd),
    /// The members of the Council in a session: set from a paste, shown by group, leave, join.
    #[command(subcommand)]
    Membership(crate::commands::members::MembershipCmd),
    /// Whom to lobby on a text: the member States of its session likely yes, swing or likely no
    /// by their votes and co-sponsorship on related texts of earlier sessions, with my notes on
    /// their delegations; --format writes the one-page target list.
    Lobby {
        /// The text's id.
        id: String,
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// docx, html, md or csv: the target list as a file (to --out, else standard output).
        #[arg(long)]
        format: Option<String>,
        /// The file to write.
        #[arg(long, requires = "format")]
        out: Option<PathBuf>,
    },
    /// A one-page brief on a country situation or a key issue for a meeting with a delegation:
    /// what is at stake, our asks, the meetings, documents and texts coming, the mandates, the
    /// organisations with us and the States to lobby.
    Brief {
        /// The country situation's id.
        #[arg(long)]
        situation: Option<String>,
        /// The key issue's id.
        #[arg(long)]
        issue: Option<String>,
        /// docx, html or md.
        #[arg(long)]
        format: String,
        /// The file to write (else standard output).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Allow a brief on a subject marked confidential, and add our confidential statements
        /// on it (each marked "Confidential"; left out unless asked for).
        #[arg(long = "with-confidential")]
        with_confidential: bool,
    },
    /// What is on today: the meetings running and next, statements due, side events, notes.
    Today {
        /// The clock set by hand, Geneva time ("2018-06-27 12:30"); now when omitted.
        #[arg(long)]
        at: Option<String>,
        /// The session (38, S-28); the one running today when omitted.
        #[arg(long)]
        session: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Search notes, statements, key issues, situations, side events, meetings, resolutions and
    /// informal consultations.
    Search {
        query: String,
        /// Only this session (38, S-28).
        #[arg(long)]
        session: Option<String>,
        /// Only these kinds (note, statement, key-issue, situation, side-event, meeting,
        /// resolution, consultation, delegation). A delegation belongs to no session: it is
        /// found whatever --session says.
        #[arg(long = "kinds", alias = "kind", value_delimiter = ',')]
        kind: Vec<String>,
        #[arg(long)]
        limit: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Export a session: its overview (Markdown, HTML, Word), calendar, CSV, or a full JSON bundle.
    Export {
        #[command(flatten)]
        sel: SessionSel,
        /// md, html, docx, ics, json, csv-statements, csv-side-events, csv-resolutions.
        #[arg(long)]
        format: String,
        /// The file to write (standard output when omitted).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only these sections: key-issues, situations, programme, statements, statement-texts,
        /// signatories, side-events, resolutions, notes (default: all but the last three kinds:
        /// statement-texts, signatories and notes are options).
        #[arg(long)]
        sections: Option<String>,
        /// Add the notes (left out unless asked for: they can name people at risk).
        #[arg(long = "with-notes")]
        with_notes: bool,
        /// Only what is mine (ics only): my statements, my side events, the consultations and
        /// the meetings I follow.
        #[arg(long)]
        mine: bool,
        /// The paper a Word export is laid out for (docx only): a4 (the default) or letter.
        #[arg(long)]
        paper: Option<String>,
        /// Mark each page of a Word export "Confidential" (docx only).
        #[arg(long)]
        confidential: bool,
        /// Add the notes, statements, situations and key issues marked confidential (left out
        /// unless asked for), each marked "Confidential" in the document.
        #[arg(long = "with-confidential")]
        with_confidential: bool,
        #[command(flatten)]
        seal: SealArgs,
    },
    /// Import a session from a JSON bundle (hrc export --format json): new rows are added,
    /// newer ones update, rows changed on both sides are reported and kept as they are here.
    Import {
        /// The bundle (- for standard input).
        file: PathBuf,
        /// Add the session as a copy beside the one here: new ids, and the first free number
        /// from its own when a session here has it.
        #[arg(long = "as-copy")]
        as_copy: bool,
        /// A sealed bundle's passphrase, read from this file (else asked on the terminal).
        #[arg(long = "seal-passphrase-file")]
        seal_passphrase_file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Back up the database into backups/ beside it and print the backup's path (N are kept, the
    /// newest of each of the latest days first; N is the backups_kept setting, 10 unless changed
    /// in the app).
    Backup {
        /// List the backups, newest first, instead of writing one.
        #[arg(long)]
        list: bool,
        #[arg(long)]
        json: bool,
    },
    /// Put a backup in place of the database. The backup is checked first: a damaged, foreign
    /// or newer file is refused and nothing changes. The database as it was is kept in backups/
    /// first, and its path printed. Close HRC Planner before restoring.
    Restore {
        /// The backup file, or `latest` for the newest backup (see `hrc backup --list`).
        backup: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Protect the database with a passphrase: encrypt it in place (SQLCipher), its backups
    /// too. The new passphrase from --passphrase-file, else asked twice. Close HRC Planner first.
    Encrypt {
        #[command(flatten)]
        recovery: crate::commands::protection::RecoveryOut,
        #[arg(long)]
        json: bool,
    },
    /// Remove the passphrase: decrypt the database in place, its backups too. Close HRC Planner
    /// first.
    Decrypt {
        #[arg(long)]
        json: bool,
    },
    /// A protected database's passphrase.
    #[command(subcommand)]
    Passphrase(crate::commands::protection::PassphraseCmd),
    /// The country reference table.
    Countries {
        #[arg(long)]
        json: bool,
    },
}

/// Selects a session by label: 38, HRC38, S-28.
#[derive(Debug, Args)]
pub struct SessionSel {
    /// The session: 38 for HRC38, S-28 for a special session.
    #[arg(long)]
    pub session: String,
}

/// The confidential mark of a note, statement, country situation or key issue: on when given,
/// off with --not-confidential, kept as stored by an edit that says neither.
#[derive(Debug, Args)]
pub struct ConfidentialArgs {
    /// Mark it confidential: left out of every export, brief and bundle unless
    /// --with-confidential is given.
    #[arg(long)]
    pub confidential: bool,
    /// Take the confidential mark off.
    #[arg(long = "not-confidential", conflicts_with = "confidential")]
    pub not_confidential: bool,
}

impl ConfidentialArgs {
    /// The mark after this command: given, taken off, or `stored`.
    pub fn applied_to(&self, stored: bool) -> bool {
        if self.confidential {
            true
        } else if self.not_confidential {
            false
        } else {
            stored
        }
    }
}

/// Sealing a bundle with a passphrase for sending to a teammate (`hrc export --format json`).
#[derive(Debug, Args)]
pub struct SealArgs {
    /// Seal the full copy with a passphrase (json only): asked twice on the terminal, or read
    /// from --seal-passphrase-file; the teammate needs it, sent another way.
    #[arg(long)]
    pub seal: bool,
    /// The passphrase to seal with, read from this file (its first line).
    #[arg(long = "seal-passphrase-file", requires = "seal")]
    pub seal_passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub sel: SessionSel,
    #[arg(long)]
    pub json: bool,
}

/// One record named by its id, to show.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The record's id.
    pub id: String,
    #[arg(long)]
    pub json: bool,
}

/// One record named by its id, to delete.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The record's id.
    pub id: String,
}

#[derive(Debug, Subcommand)]
pub enum SessionCmd {
    /// Add a session.
    Add {
        #[arg(long, allow_negative_numbers = true)]
        number: i64,
        /// Start date, YYYY-MM-DD.
        #[arg(long)]
        start: String,
        /// End date, YYYY-MM-DD.
        #[arg(long)]
        end: String,
        #[command(flatten)]
        more: SessionFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a session: only the fields given.
    Edit {
        /// 38, HRC38, S-28.
        session: String,
        /// Start date, YYYY-MM-DD.
        #[arg(long)]
        start: Option<String>,
        /// End date, YYYY-MM-DD.
        #[arg(long)]
        end: Option<String>,
        #[command(flatten)]
        more: SessionFields,
        #[arg(long)]
        json: bool,
    },
    /// List sessions, newest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show a session with everything in it.
    Show {
        /// 38, HRC38, S-28.
        session: String,
        #[arg(long)]
        json: bool,
    },
    /// Give a session another number (refused when a session has it already).
    Renumber {
        /// 38, HRC38, S-28.
        session: String,
        /// The new number.
        #[arg(long, allow_negative_numbers = true)]
        to: i64,
        #[arg(long)]
        json: bool,
    },
    /// Delete a session and everything in it, its text emptied at once. Final: the command line
    /// has no undo.
    Delete {
        /// 38, HRC38, S-28.
        session: String,
    },
    /// The speaking times a session sets per kind of meeting.
    #[command(name = "speaking-rule", subcommand)]
    SpeakingRule(crate::commands::speaking_rules::SpeakingRuleCmd),
}

/// A session's fields that may be left out.
#[derive(Debug, Args)]
pub struct SessionFields {
    /// regular (default) or special.
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub venue: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// A slot's own hours in Geneva, e.g. morning=10:00-13:00 (repeat for others; the slots not
    /// named keep theirs).
    #[arg(long = "slot", value_name = "SLOT=HH:MM-HH:MM")]
    pub slots: Vec<String>,
    /// Back to the Council's usual slot hours: morning 09:00–12:00, midday 12:00–15:00,
    /// afternoon 15:00–18:00 (before any --slot given with it).
    #[arg(long)]
    pub no_slot_hours: bool,
}

#[derive(Debug, Subcommand)]
pub enum AgendaCmd {
    /// List a session's ten agenda items with my notes on each.
    List(ListArgs),
    /// Set my notes on one agenda item.
    Edit {
        #[command(flatten)]
        sel: SessionSel,
        /// Agenda item, 1 to 10.
        #[arg(long)]
        item: u8,
        #[arg(long)]
        notes: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum IssueCmd {
    /// Add a key issue.
    Add {
        #[command(flatten)]
        sel: SessionSel,
        #[arg(long)]
        title: String,
        #[command(flatten)]
        more: IssueFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a key issue: only the fields given.
    Edit {
        /// The key issue's id.
        id: String,
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        more: IssueFields,
        #[command(flatten)]
        clear: IssueClears,
        #[arg(long)]
        json: bool,
    },
    /// List a session's key issues.
    List(ListArgs),
    /// Show one key issue.
    Show(ShowArgs),
    /// Delete a key issue. Final: the command line has no undo.
    Delete(DeleteArgs),
}

/// A key issue's fields that may be left out.
#[derive(Debug, Args)]
pub struct IssueFields {
    #[command(flatten)]
    pub mark: ConfidentialArgs,
    /// Agenda item, 1 to 10.
    #[arg(long)]
    pub item: Option<u8>,
    #[arg(long)]
    pub overview: Option<String>,
    #[arg(long)]
    pub asks: Option<String>,
    /// A source, "Title|https://…" or an address alone; repeat for more (replaces the stored ones).
    #[arg(long = "source", value_name = "TITLE|URL")]
    pub sources: Vec<String>,
    /// A UN document it follows, by symbol (A/HRC/38/44; made when new); repeat for more
    /// (replaces the stored ones).
    #[arg(long = "document", value_name = "SYMBOL")]
    pub documents: Vec<String>,
}

/// What `hrc issue edit` can empty (each refused beside the flag that sets it).
#[derive(Debug, Args)]
pub struct IssueClears {
    /// Under no agenda item.
    #[arg(long, conflicts_with = "item")]
    pub no_item: bool,
    /// No sources.
    #[arg(long, conflicts_with = "sources")]
    pub no_sources: bool,
    /// Linked to no document.
    #[arg(long, conflicts_with = "documents")]
    pub no_documents: bool,
}

#[derive(Debug, Subcommand)]
pub enum SituationCmd {
    /// Add a country situation.
    Add {
        #[command(flatten)]
        sel: SessionSel,
        /// ISO alpha-3 code (BDI) or name (Burundi).
        #[arg(long)]
        country: String,
        #[command(flatten)]
        more: SituationFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a country situation: only the fields given.
    Edit {
        /// The situation's id.
        id: String,
        /// ISO alpha-3 code (BDI) or name (Burundi).
        #[arg(long)]
        country: Option<String>,
        #[command(flatten)]
        more: SituationFields,
        #[command(flatten)]
        clear: SituationClears,
        #[arg(long)]
        json: bool,
    },
    /// List a session's country situations.
    List(ListArgs),
    /// Show one country situation.
    Show(ShowArgs),
    /// Delete a country situation. Final: the command line has no undo.
    Delete(DeleteArgs),
}

/// A country situation's fields that may be left out.
#[derive(Debug, Args)]
pub struct SituationFields {
    #[command(flatten)]
    pub mark: ConfidentialArgs,
    /// Agenda item, 1 to 10.
    #[arg(long)]
    pub item: Option<u8>,
    /// A mandate that follows it, by name ("Commission of Inquiry on Burundi"; made when new,
    /// never split at its commas); repeat for more (replaces the stored ones). What was typed as
    /// its mechanism before mandates were records is kept and shown when it has none.
    #[arg(long = "mechanism", value_name = "NAME")]
    pub mandates: Vec<String>,
    #[arg(long)]
    pub summary: Option<String>,
    #[arg(long)]
    pub asks: Option<String>,
    /// high, medium (default) or low.
    #[arg(long)]
    pub priority: Option<String>,
    /// A source, "Title|https://…" or an address alone; repeat for more (replaces the stored ones).
    #[arg(long = "source", value_name = "TITLE|URL")]
    pub sources: Vec<String>,
    /// A UN document it follows, by symbol (A/HRC/38/44; made when new); repeat for more
    /// (replaces the stored ones).
    #[arg(long = "document", value_name = "SYMBOL")]
    pub documents: Vec<String>,
}

/// What `hrc situation edit` can empty (each refused beside the flag that sets it).
#[derive(Debug, Args)]
pub struct SituationClears {
    /// Under no agenda item.
    #[arg(long, conflicts_with = "item")]
    pub no_item: bool,
    /// No sources.
    #[arg(long, conflicts_with = "sources")]
    pub no_sources: bool,
    /// Followed by no mandate.
    #[arg(long, conflicts_with = "mandates")]
    pub no_mechanisms: bool,
    /// Linked to no document.
    #[arg(long, conflicts_with = "documents")]
    pub no_documents: bool,
}

#[derive(Debug, Subcommand)]
pub enum StatementCmd {
    /// Add a statement.
    Add {
        #[command(flatten)]
        sel: SessionSel,
        #[arg(long)]
        title: String,
        #[command(flatten)]
        more: StatementFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a statement: only the fields given.
    Edit {
        /// The statement's id.
        id: String,
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        more: StatementFields,
        #[command(flatten)]
        clear: StatementClears,
        #[arg(long)]
        json: bool,
    },
    /// Add signatories from a list, one organisation a line, as pasted from an e-mail: the
    /// greeting, headings, sign-off and signature around it and list numbers are left out.
    Signatories {
        /// The statement's id.
        id: String,
        /// The list (- for standard input).
        #[arg(long = "from-file")]
        from_file: PathBuf,
        /// Only say what adding would do; save nothing.
        #[arg(long = "dry-run")]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// Take an organisation off a statement's signatories.
    #[command(name = "remove-signatory")]
    RemoveSignatory {
        /// The statement's id.
        id: String,
        /// The organisation's id (hrc statement show ID --json lists them).
        #[arg(long)]
        organisation: String,
        #[arg(long)]
        json: bool,
    },
    /// List a session's statements with their timing.
    List(ListArgs),
    /// Show one statement.
    Show(ShowArgs),
    /// Delete a statement. Final: the command line has no undo.
    Delete(DeleteArgs),
    /// Mark a statement delivered, now or at the time given.
    Deliver {
        /// The statement's id.
        id: String,
        /// When it was delivered, Geneva time ("2018-06-27 13:12"); now when omitted.
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// A statement's fields that may be left out.
#[derive(Debug, Args)]
pub struct StatementFields {
    #[command(flatten)]
    pub mark: ConfidentialArgs,
    /// oral (default), written, joint-oral, joint-written, video.
    #[arg(long)]
    pub kind: Option<String>,
    /// Agenda item, 1 to 10.
    #[arg(long)]
    pub item: Option<u8>,
    /// The meeting's id.
    #[arg(long)]
    pub meeting: Option<String>,
    #[arg(long)]
    pub speaker: Option<String>,
    #[arg(long = "limit-seconds")]
    pub limit_seconds: Option<u32>,
    #[arg(long = "limit-words")]
    pub limit_words: Option<u32>,
    /// idea, drafting (default), final, submitted, delivered, withdrawn.
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long, conflicts_with = "text_file")]
    pub text: Option<String>,
    /// Read the text from a file (- for standard input).
    #[arg(long = "text-file")]
    pub text_file: Option<PathBuf>,
    /// The UN document symbol of a written statement (A/HRC/38/NGO/96).
    #[arg(long = "document-symbol")]
    pub document_symbol: Option<String>,
    /// A key issue's id (repeat for more; on edit, the ones given replace the list).
    #[arg(long = "issue")]
    pub issues: Vec<String>,
    /// A country situation's id (repeat for more; on edit, the ones given replace the list).
    #[arg(long = "situation")]
    pub situations: Vec<String>,
    /// A UN document it answers, by symbol (A/HRC/38/44; made when new); repeat for more
    /// (replaces the stored ones). Its own symbol is --document-symbol.
    #[arg(long = "document", value_name = "SYMBOL")]
    pub documents: Vec<String>,
}

/// What `hrc statement edit` can empty (each refused beside the flag that sets it).
#[derive(Debug, Args)]
pub struct StatementClears {
    /// Under no agenda item (the meeting's, if it has one).
    #[arg(long, conflicts_with = "item")]
    pub no_item: bool,
    /// In no meeting.
    #[arg(long, conflicts_with = "meeting")]
    pub no_meeting: bool,
    /// No UN document symbol.
    #[arg(long, conflicts_with = "document_symbol")]
    pub no_document_symbol: bool,
    /// Linked to no key issue.
    #[arg(long, conflicts_with = "issues")]
    pub no_issues: bool,
    /// Linked to no country situation.
    #[arg(long, conflicts_with = "situations")]
    pub no_situations: bool,
    /// Linked to no document.
    #[arg(long, conflicts_with = "documents")]
    pub no_documents: bool,
}

#[derive(Debug, Subcommand)]
pub enum SideEventCmd {
    /// Add a side event.
    Add {
        #[command(flatten)]
        sel: SessionSel,
        #[arg(long)]
        title: String,
        /// YYYY-MM-DD.
        #[arg(long)]
        date: String,
        /// HH:MM, Geneva time.
        #[arg(long)]
        start: String,
        /// HH:MM, Geneva time.
        #[arg(long)]
        end: String,
        #[command(flatten)]
        more: SideEventFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a side event: only the fields given.
    Edit {
        /// The side event's id.
        id: String,
        #[arg(long)]
        title: Option<String>,
        /// YYYY-MM-DD.
        #[arg(long)]
        date: Option<String>,
        /// HH:MM, Geneva time.
        #[arg(long)]
        start: Option<String>,
        /// HH:MM, Geneva time.
        #[arg(long)]
        end: Option<String>,
        #[command(flatten)]
        more: SideEventFields,
        #[command(flatten)]
        clear: SideEventClears,
        #[arg(long)]
        json: bool,
    },
    /// List a session's side events, and those that clash with a statement of mine.
    List(ListArgs),
    /// Show one side event.
    Show(ShowArgs),
    /// Delete a side event. Final: the command line has no undo.
    Delete(DeleteArgs),
}

/// A side event's fields that may be left out. On edit, a list given replaces the one stored.
#[derive(Debug, Args)]
pub struct SideEventFields {
    #[arg(long)]
    pub room: Option<String>,
    /// An organiser (repeat for more).
    #[arg(long = "organiser")]
    pub organisers: Vec<String>,
    /// A co-sponsoring organisation (repeat for more).
    #[arg(long = "co-sponsor")]
    pub cosponsors: Vec<String>,
    /// A co-sponsoring State, code or name (repeat for more).
    #[arg(long = "cosponsor-state", alias = "co-sponsor-state")]
    pub states: Vec<String>,
    /// A speaker (repeat for more).
    #[arg(long = "speaker")]
    pub speakers: Vec<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// idea (default), room-requested, confirmed, held, cancelled.
    #[arg(long)]
    pub status: Option<String>,
    /// A key issue's id (repeat for more).
    #[arg(long = "issue")]
    pub issues: Vec<String>,
    /// A country situation's id (repeat for more).
    #[arg(long = "situation")]
    pub situations: Vec<String>,
    /// A source, "Title|https://…" or an address alone; repeat for more (replaces the stored ones).
    #[arg(long = "source", value_name = "TITLE|URL")]
    pub sources: Vec<String>,
}

/// What `hrc side-event edit` can empty (each refused beside the flag that sets it).
#[derive(Debug, Args)]
pub struct SideEventClears {
    /// No organisers.
    #[arg(long, conflicts_with = "organisers")]
    pub no_organisers: bool,
    /// No co-sponsoring organisations.
    #[arg(long, conflicts_with = "cosponsors")]
    pub no_co_sponsors: bool,
    /// No co-sponsoring States.
    #[arg(long, conflicts_with = "states")]
    pub no_cosponsor_states: bool,
    /// No speakers.
    #[arg(long, conflicts_with = "speakers")]
    pub no_speakers: bool,
    /// Linked to no key issue.
    #[arg(long, conflicts_with = "issues")]
    pub no_issues: bool,
    /// Linked to no country situation.
    #[arg(long, conflicts_with = "situations")]
    pub no_situations: bool,
    /// No sources.
    #[arg(long, conflicts_with = "sources")]
    pub no_sources: bool,
}

#[derive(Debug, Subcommand)]
pub enum NoteCmd {
    /// Take a note.
    Add {
        #[command(flatten)]
        sel: SessionSel,
        #[arg(long)]
        text: String,
        #[command(flatten)]
        more: NoteFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a note: only the fields given.
    Edit {
        /// The note's id.
        id: String,
        #[arg(long)]
        text: Option<String>,
        #[command(flatten)]
        more: NoteFields,
        #[command(flatten)]
        clear: NoteClears,
        #[arg(long)]
        json: bool,
    },
    /// List a session's notes, newest first.
    List(ListArgs),
    /// Show one note.
    Show(ShowArgs),
    /// Delete a note. Final: the command line has no undo.
    Delete(DeleteArgs),
}

/// A note's fields that may be left out.
#[derive(Debug, Args)]
pub struct NoteFields {
    #[command(flatten)]
    pub mark: ConfidentialArgs,
    /// When the note was taken, Geneva time ("2018-06-20 10:15", as written in a notebook);
    /// now when omitted.
    #[arg(long)]
    pub at: Option<String>,
    /// The meeting's id.
    #[arg(long)]
    pub meeting: Option<String>,
    /// Agenda item, 1 to 10 (the meeting's when omitted).
    #[arg(long)]
    pub item: Option<u8>,
    /// A country situation's id.
    #[arg(long)]
    pub situation: Option<String>,
    /// A key issue's id.
    #[arg(long)]
    pub issue: Option<String>,
    /// A statement's id.
    #[arg(long)]
    pub statement: Option<String>,
    /// A text's id (a draft or adopted resolution of the session: hrc resolution list).
    #[arg(long)]
    pub resolution: Option<String>,
    /// A source, "Title|https://…" or an address alone; repeat for more (replaces the stored ones).
    #[arg(long = "source", value_name = "TITLE|URL")]
    pub sources: Vec<String>,
}

/// What `hrc note edit` can empty (each refused beside the flag that sets it).
#[derive(Debug, Args)]
pub struct NoteClears {
    /// About no meeting.
    #[arg(long, conflicts_with = "meeting")]
    pub no_meeting: bool,
    /// Under no agenda item (the meeting's, if it has one).
    #[arg(long, conflicts_with = "item")]
    pub no_item: bool,
    /// About no country situation.
    #[arg(long, conflicts_with = "situation")]
    pub no_situation: bool,
    /// About no key issue.
    #[arg(long, conflicts_with = "issue")]
    pub no_issue: bool,
    /// About no statement.
    #[arg(long, conflicts_with = "statement")]
    pub no_statement: bool,
    /// About no text.
    #[arg(long, conflicts_with = "resolution")]
    pub no_resolution: bool,
    /// No sources.
    #[arg(long, conflicts_with = "sources")]
    pub no_sources: bool,
}
