//! `hrc meeting`: the meetings of a session's programme as the Council publishes it — slots or
//! times, numbers, items, clusters, cont'd, mandates, documents, speaking times — and moving one.
use clap::{Args, Subcommand};
use hrc_core::domain::meeting::{MeetingInput, MeetingMove};
use hrc_core::store::row_id;
use hrc_core::Store;

use super::{cleared, deleted, given, given_opt, lines, session_id, show};
use crate::args::{DeleteArgs, ListArgs, SessionSel, ShowArgs};
use crate::output::Failed;
use crate::print;

#[derive(Debug, Subcommand)]
pub enum MeetingCmd {
    /// Add a meeting to the programme: with no date it is "to be announced"; a slot or
    /// --start/--end give its time, neither leaves it "time to be confirmed".
    Add {
        #[command(flatten)]
        sel: SessionSel,
        #[arg(long)]
        title: String,
        #[command(flatten)]
        when: When,
        #[command(flatten)]
        more: MeetingFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a meeting: only the fields given. A change of date or time keeps the time it had
    /// and marks it moved.
    Edit {
        /// The meeting's id.
        id: String,
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        when: When,
        #[command(flatten)]
        more: MeetingFields,
        #[command(flatten)]
        clear: MeetingClears,
        #[arg(long)]
        json: bool,
    },
    /// Move a meeting to another day, slot or time: the time it had is kept (shown struck
    /// through in the window) and its status becomes moved; with --to-be-announced it is
    /// postponed with no date.
    Move {
        /// The meeting's id.
        id: String,
        #[command(flatten)]
        when: When,
        /// No date yet: postponed, to be announced.
        #[arg(long, conflicts_with_all = ["date", "slot", "start", "end"])]
        to_be_announced: bool,
        /// moved (the default) or postponed.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List a session's programme: by day and time, those to be announced last.
    List(ListArgs),
    /// Show one meeting.
    Show(ShowArgs),
    /// Delete a meeting. Final: the command line has no undo.
    Delete(DeleteArgs),
    /// The speaking time of observers and NGOs at a meeting: lists the statements whose limit
    /// follows ("Limit now 1:30 — 3 statements over"); --apply sets it and updates them.
    SpeakingTime(super::speaking_rules::SpeakingTimeArgs),
}

/// When a meeting is held.
#[derive(Debug, Args)]
pub struct When {
    /// YYYY-MM-DD, within the session.
    #[arg(long)]
    pub date: Option<String>,
    /// morning (09:00–12:00), midday (12:00–15:00) or afternoon (15:00–18:00).
    #[arg(long, conflicts_with_all = ["start", "end"])]
    pub slot: Option<String>,
    /// HH:MM, Geneva time.
    #[arg(long)]
    pub start: Option<String>,
    /// HH:MM, Geneva time.
    #[arg(long)]
    pub end: Option<String>,
    /// The times are an estimate (shown as estimated).
    #[arg(long)]
    pub estimated: bool,
}

/// A meeting's fields that may be left out.
#[derive(Debug, Args)]
pub struct MeetingFields {
    /// The meeting's number in the session ("7" for the 7th meeting).
    #[arg(long)]
    pub number: Option<u32>,
    /// An agenda item it covers, 1 to 10; repeat for several (replaces the stored ones).
    #[arg(long = "item")]
    pub items: Vec<u8>,
    /// interactive-dialogue, clustered-interactive-dialogue, general-debate, panel,
    /// upr-adoption, voting, high-level-segment, opening, other.
    #[arg(long)]
    pub kind: Option<String>,
    /// The room ("Room XX"); left out, it is not yet known.
    #[arg(long)]
    pub room: Option<String>,
    /// The id of the meeting this one continues ("cont'd").
    #[arg(long, value_name = "ID")]
    pub continues: Option<String>,
    /// The id of a meeting of the cluster this one joins.
    #[arg(long, value_name = "ID")]
    pub cluster: Option<String>,
    /// scheduled, moved, postponed, cancelled or held.
    #[arg(long)]
    pub status: Option<String>,
    /// A mandate presenting (linked, or made when new); repeat for several. Names are never
    /// split at commas.
    #[arg(long = "mandate", value_name = "NAME")]
    pub mandates: Vec<String>,
    /// A document taken up, by UN symbol (A/HRC/38/44/Add.1); repeat for several.
    #[arg(long = "document", value_name = "SYMBOL")]
    pub documents: Vec<String>,
    /// Speaking time of observers and NGOs the modalities state, in seconds.
    #[arg(long = "speaking-time-seconds", value_name = "SECONDS")]
    pub speaking_seconds: Option<u32>,
    /// Speaking time of members, in seconds.
    #[arg(long = "member-speaking-time-seconds", value_name = "SECONDS")]
    pub member_speaking_seconds: Option<u32>,
    /// When the list of speakers closes, Geneva time ("2018-06-19 12:00").
    #[arg(long = "list-closes", value_name = "WHEN")]
    pub list_closes_at: Option<String>,
    /// The modalities as the Order of the Day states them.
    #[arg(long)]
    pub modalities: Option<String>,
    /// A source, "Title|https://…" or an address alone; repeat for more (replaces the stored ones).
    #[arg(long = "source", value_name = "TITLE|URL")]
    pub sources: Vec<String>,
}

/// What `hrc meeting edit` can empty (each refused beside the flag that sets it).
#[derive(Debug, Args)]
pub struct MeetingClears {
    /// No date yet: to be announced (and so no time).
    #[arg(long, conflicts_with_all = ["date", "slot", "start", "end"])]
    pub no_date: bool,
    /// No time yet: time to be confirmed.
    #[arg(long, conflicts_with_all = ["slot", "start", "end"])]
    pub no_time: bool,
    #[arg(long, conflicts_with = "number")]
    pub no_number: bool,
    /// Under no agenda item.
    #[arg(long, alias = "no-item", conflicts_with = "items")]
    pub no_items: bool,
    /// The room is not yet known.
    #[arg(long, conflicts_with = "room")]
    pub no_room: bool,
    #[arg(long, conflicts_with = "continues")]
    pub no_continues: bool,
    /// Out of its cluster.
    #[arg(long, conflicts_with = "cluster")]
    pub no_cluster: bool,
    #[arg(long, conflicts_with = "mandates")]
    pub no_mandates: bool,
    #[arg(long, conflicts_with = "documents")]
    pub no_documents: bool,
    #[arg(long, conflicts_with = "sources")]
    pub no_sources: bool,
    /// The times are confirmed, no longer an estimate.
    #[arg(long, conflicts_with = "estimated")]
    pub confirmed: bool,
    /// No speaking times stated.
    #[arg(long, conflicts_with_all = ["speaking_seconds", "member_speaking_seconds"])]
    pub no_speaking_time: bool,
}

pub fn run(store: &mut Store, cmd: MeetingCmd) -> Result<(), Failed> {
    match cmd {
        MeetingCmd::Add {
            sel,
            title,
            when,
            more,
            json,
        } => {
            let id = session_id(store, &sel.session)?;
            let mut input = MeetingInput {
                title,
                ..Default::default()
            };
            timed(when, &mut input);
            apply(more, &mut input)?;
            let hours = store.session(id)?.hours();
            show(json, &store.create_meeting(id, &input)?, |m| {
                print::meeting(m, &hours)
            })
        }
        MeetingCmd::Edit {
            id,
            title,
            when,
            more,
            clear,
            json,
        } => {
            let id = row_id("meeting", &id)?;
            let mut input = MeetingInput::from(&store.meeting(id)?);
            given(title, &mut input.title);
            timed(when, &mut input);
            apply(more, &mut input)?;
            empty(clear, &mut input);
            let m = store.update_meeting(id, &input)?;
            let hours = store.session(m.session_id)?.hours();
            show(json, &m, |m| print::meeting(m, &hours))
        }
        MeetingCmd::Move {
            id,
            when,
            to_be_announced,
            status,
            json,
        } => {
            let id = row_id("meeting", &id)?;
            let mut input = MeetingInput::from(&store.meeting(id)?);
            timed(when, &mut input);
            let to = if to_be_announced {
                MeetingMove {
                    status,
                    ..MeetingMove::default()
                }
            } else {
                MeetingMove {
                    date: input.date,
                    slot: input.slot,
                    start: input.start,
                    end: input.end,
                    estimated: input.estimated,
                    status,
                }
            };
            let m = store.move_meeting(id, &to)?;
            let hours = store.session(m.session_id)?.hours();
            show(json, &m, |m| print::meeting(m, &hours))
        }
        MeetingCmd::List(a) => {
            let id = session_id(store, &a.sel.session)?;
            let hours = store.session(id)?.hours();
            show(a.json, &store.meetings(id)?, |v| {
                lines(
                    v,
                    |m| print::meeting(m, &hours),
                    "No meetings in the programme yet.",
                )
            })
        }
        MeetingCmd::Show(a) => {
            let m = store.meeting(row_id("meeting", &a.id)?)?;
            let hours = store.session(m.session_id)?.hours();
            show(a.json, &m, |m| {
                super::with_sources(print::meeting(m, &hours), &m.sources)
            })
        }
        MeetingCmd::Delete(a) => {
            let id = row_id("meeting", &a.id)?;
            store.delete_meeting(id)?;
            store.purge_deleted(Some(id))?;
            deleted("meeting")
        }
        MeetingCmd::SpeakingTime(a) => super::speaking_rules::speaking_time(store, a),
    }
}

/// The time flags over the stored time: a slot replaces typed times, typed times replace the
/// slot's hours (the slot's name is kept).
fn timed(w: When, input: &mut MeetingInput) {
    given(w.date, &mut input.date);
    if w.slot.is_some() {
        input.slot = w.slot;
        input.start.clear();
        input.end.clear();
    }
    given(w.start, &mut input.start);
    given(w.end, &mut input.end);
    if w.estimated {
        input.estimated = true;
    }
}

fn apply(f: MeetingFields, input: &mut MeetingInput) -> Result<(), Failed> {
    given_opt(f.number, &mut input.number);
    if !f.items.is_empty() {
        input.agenda_items = f.items;
    }
    given_opt(f.kind, &mut input.kind);
    given_opt(f.room, &mut input.room);
    if let Some(c) = f.continues {
        input.continues_id = Some(row_id("continues", &c)?);
    }
    if let Some(c) = f.cluster {
        input.cluster_id = Some(row_id("cluster", &c)?);
    }
    given_opt(f.status, &mut input.status);
    if !f.mandates.is_empty() {
        input.mandates = f.mandates;
    }
    if !f.documents.is_empty() {
        input.documents = f.documents;
    }
    given_opt(f.speaking_seconds, &mut input.speaking_seconds);
    given_opt(
        f.member_speaking_seconds,
        &mut input.member_speaking_seconds,
    );
    given(f.list_closes_at, &mut input.list_closes_at);
    given(f.modalities, &mut input.modalities);
    super::given_sources(f.sources, &mut input.sources);
    Ok(())
}

fn empty(c: MeetingClears, input: &mut MeetingInput) {
    cleared(c.no_date, &mut input.date);
    if c.no_date || c.no_time {
        input.slot = None;
        input.start.clear();
        input.end.clear();
    }
    cleared(c.no_number, &mut input.number);
    cleared(c.no_items, &mut input.agenda_items);
    cleared(c.no_room, &mut input.room);
    cleared(c.no_continues, &mut input.continues_id);
    cleared(c.no_cluster, &mut input.cluster_id);
    cleared(c.no_mandates, &mut input.mandates);
    cleared(c.no_documents, &mut input.documents);
    cleared(c.no_sources, &mut input.sources);
    if c.confirmed {
        input.estimated = false;
    }
    cleared(c.no_speaking_time, &mut input.speaking_seconds);
    cleared(c.no_speaking_time, &mut input.member_speaking_seconds);
}
