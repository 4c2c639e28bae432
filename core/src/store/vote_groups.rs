//! A text's recorded vote (or one of its amendments') counted by regional group, against the
//! members of its session.
use uuid::Uuid;

use crate::domain::vote_by_group::{vote_by_group, GroupVote};
use crate::error::Result;
use crate::Store;

impl Store {
    /// The vote on the text `resolution_id` (or on its amendment `amendment_id`) by regional
    /// group; none when it has no vote or only its counts were entered.
    pub fn vote_by_group(
        &self,
        resolution_id: Uuid,
        amendment_id: Option<Uuid>,
    ) -> Result<Vec<GroupVote>> {
        let text = self.resolution(resolution_id)?;
        let vote = match amendment_id {
            None => text.vote,
            Some(id) => text
                .amendments
                .into_iter()
                .find(|a| a.id == id)
                .and_then(|a| a.vote),
        };
        match vote {
            None => Ok(Vec::new()),
            Some(vote) => Ok(vote_by_group(&vote, &self.members(text.session_id)?)),
        }
    }
}
