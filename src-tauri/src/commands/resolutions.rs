//! Resolutions and decisions of a session, from draft to adoption: listed for the board, shown,
//! added, edited, deleted and restored; co-sponsors added from a paste; the Council's action
//! recorded (the pasted lists, the three counts, or without a vote) and shown by regional group.
use hrc_core::domain::resolution::{Resolution, ResolutionInput, Vote, VoteEntry, VoteInput};
use hrc_core::domain::vote_by_group::GroupVote;
use hrc_core::domain::vote_list::VoteCounts;
use hrc_core::Uuid;
use serde::Deserialize;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// The session's texts, by agenda item and symbol as the core lists them.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_resolutions(
    state: State<'_, Database>,
    session_id: Uuid,
) -> Result<Vec<Resolution>, CommandError> {
    store(&state)?.resolutions(session_id).map_err(Into::into)
}

/// A text with its sponsors, revisions, amendments and vote.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn get_resolution(state: State<'_, Database>, id: Uuid) -> Result<Resolution, CommandError> {
    store(&state)?.resolution(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_resolution(
    state: State<'_, Database>,
    input: ResolutionInput,
) -> Result<Resolution, CommandError> {
    store(&state)?.create_resolution(&input).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_resolution(
    state: State<'_, Database>,
    id: Uuid,
    input: ResolutionInput,
) -> Result<Resolution, CommandError> {
    store(&state)?
        .update_resolution(id, &input)
        .map_err(Into::into)
}

/// Deletes a text (undone by `restore_resolution`).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_resolution(state: State<'_, Database>, id: Uuid) -> Result<Resolution, CommandError> {
    store(&state)?.delete_resolution(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_resolution(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<Resolution, CommandError> {
    store(&state)?.restore_resolution(id).map_err(Into::into)
}

/// Adds the States of a pasted list (one a line, or the paragraph as published) as co-sponsors
/// from the day `on` (a State already presenting the text stays as it was).
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn add_cosponsors(
    state: State<'_, Database>,
    id: Uuid,
    text: String,
    on: Option<String>,
) -> Result<Resolution, CommandError> {
    store(&state)?
        .add_cosponsors(id, &text, on.as_deref())
        .map_err(Into::into)
}

/// How the window enters the Council's action on a text: the lists as pasted, the three counts,
/// or adoption without a vote.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(tag = "how", rename_all = "kebab-case")]
pub enum VoteEntryForm {
    Lists {
        text: String,
    },
    Counts {
        in_favour: u32,
        against: u32,
        abstaining: u32,
    },
    WithoutVote,
}

/// The Record vote form: the text (or one of its amendments), the day (else the text's action
/// date, else the session's last day) and the entry.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
pub struct VoteForm {
    pub resolution_id: Uuid,
    pub amendment_id: Option<Uuid>,
    pub date: Option<String>,
    pub entry: VoteEntryForm,
}

impl From<VoteForm> for VoteInput {
    fn from(f: VoteForm) -> Self {
        VoteInput {
            resolution_id: f.resolution_id,
            amendment_id: f.amendment_id,
            date: f.date,
            entry: match f.entry {
                VoteEntryForm::Lists { text } => VoteEntry::Lists { text, counts: None },
                VoteEntryForm::Counts {
                    in_favour,
                    against,
                    abstaining,
                } => VoteEntry::Counts(VoteCounts {
                    in_favour,
                    against,
                    abstaining,
                }),
                VoteEntryForm::WithoutVote => VoteEntry::WithoutVote,
            },
        }
    }
}

/// Records the Council's action, replacing an earlier one; refused naming `votes` (an unknown
/// State, one named twice, a non-member) or `date`, with nothing stored.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn record_vote(state: State<'_, Database>, form: VoteForm) -> Result<Vote, CommandError> {
    store(&state)?.record_vote(&form.into()).map_err(Into::into)
}

/// The recorded vote on a text (or an amendment) by regional group; none for counts alone.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn vote_by_group(
    state: State<'_, Database>,
    resolution_id: Uuid,
    amendment_id: Option<Uuid>,
) -> Result<Vec<GroupVote>, CommandError> {
    store(&state)?
        .vote_by_group(resolution_id, amendment_id)
        .map_err(Into::into)
}
