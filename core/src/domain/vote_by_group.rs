//! A recorded vote counted by regional group, as the window charts it: each State's vote under
//! its group as a member of the session (else the UN's group for it), and the members sitting on
//! the day of the vote who are in no list (absent, or present and not voting).
use serde::Serialize;

use crate::domain::membership::Member;
use crate::domain::resolution::Vote;
use crate::domain::vote_list::{StateVote, VoteCast, VoteCounts};
use crate::reference::regional_groups::{group_of, RegionalGroup};

/// One regional group's part in a recorded vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct GroupVote {
    /// None for a State in no group (none sits on the Council; kept so that no vote is lost).
    pub group: Option<RegionalGroup>,
    pub counts: VoteCounts,
    /// Its States' votes, in the order of the lists.
    pub states: Vec<StateVote>,
    /// Its members sitting on the day of the vote who are in no list, by name.
    pub not_voting: Vec<String>,
}

/// The vote's lists by regional group, in the groups' order, leaving out a group with neither a
/// vote nor a member; none when only the counts were entered (or adopted without a vote).
pub fn vote_by_group(vote: &Vote, members: &[Member]) -> Vec<GroupVote> {
    if vote.states.is_empty() {
        return Vec::new();
    }
    let sitting: Vec<&Member> = members
        .iter()
        .filter(|m| m.joined <= vote.date && vote.date <= m.left)
        .collect();
    let group_of_state = |code: &str| {
        sitting
            .iter()
            .find(|m| m.country_code == code)
            .map(|m| m.group)
            .or_else(|| group_of(code))
    };
    let groups = RegionalGroup::ALL.iter().map(|g| Some(*g)).chain([None]);
    groups
        .map(|group| {
            let states: Vec<StateVote> = vote
                .states
                .iter()
                .filter(|s| group_of_state(&s.country_code) == group)
                .cloned()
                .collect();
            let mut counts = VoteCounts::default();
            for s in &states {
                match s.cast {
                    VoteCast::InFavour => counts.in_favour += 1,
                    VoteCast::Against => counts.against += 1,
                    VoteCast::Abstaining => counts.abstaining += 1,
                }
            }
            let not_voting = sitting
                .iter()
                .filter(|m| Some(m.group) == group)
                .filter(|m| !vote.states.iter().any(|s| s.country_code == m.country_code))
                .map(|m| m.country_name.clone())
                .collect();
            GroupVote {
                group,
                counts,
                states,
                not_voting,
            }
        })
        .filter(|g| !g.states.is_empty() || !g.not_voting.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use uuid::Uuid;

    use super::*;
    use crate::domain::resolution::VoteOutcome;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, 7, d).unwrap()
    }

    fn state(code: &str, name: &str, cast: VoteCast) -> StateVote {
        StateVote {
            country_code: code.into(),
            country_name: name.into(),
            cast,
        }
    }

    fn member(code: &str, name: &str, group: RegionalGroup, left: u32) -> Member {
        Member {
            id: Uuid::nil(),
            session_id: Uuid::nil(),
            country_code: code.into(),
            country_name: name.into(),
            group,
            joined: day(1),
            left: day(left),
        }
    }

    fn vote(states: Vec<StateVote>) -> Vote {
        Vote {
            id: Uuid::nil(),
            resolution_id: Uuid::nil(),
            amendment_id: None,
            date: day(6),
            outcome: VoteOutcome::Adopted,
            counts: None,
            states,
        }
    }

    #[test]
    fn counts_each_group_in_order_with_the_members_not_voting() {
        use RegionalGroup as G;
        let v = vote(vec![
            state("GBR", "United Kingdom", VoteCast::InFavour),
            state("AGO", "Angola", VoteCast::Abstaining),
            state("CHN", "China", VoteCast::Against),
            state("DEU", "Germany", VoteCast::InFavour),
        ]);
        let members = [
            member("GBR", "United Kingdom", G::WesternEuropeanOther, 13),
            member("DEU", "Germany", G::WesternEuropeanOther, 13),
            member("AUS", "Australia", G::WesternEuropeanOther, 13),
            member("AGO", "Angola", G::African, 13),
            // The United States left before the vote: not counted as not voting.
            member(
                "USA",
                "United States of America",
                G::WesternEuropeanOther,
                3,
            ),
        ];
        let groups = vote_by_group(&v, &members);
        /// A group's line as the test reads it: group, the three counts, who did not vote.
        type Line = (Option<G>, u32, u32, u32, Vec<String>);
        let seen: Vec<Line> = groups
            .iter()
            .map(|g| {
                (
                    g.group,
                    g.counts.in_favour,
                    g.counts.against,
                    g.counts.abstaining,
                    g.not_voting.clone(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                (Some(G::African), 0, 0, 1, vec![]),
                // China is no member entered: its group is the UN's.
                (Some(G::AsiaPacific), 0, 1, 0, vec![]),
                (
                    Some(G::WesternEuropeanOther),
                    2,
                    0,
                    0,
                    vec!["Australia".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn a_members_own_group_is_taken_before_the_uns() {
        // A State seated by another group than the reference data's (Cyprus sits with Asia-Pacific).
        let v = vote(vec![state("CYP", "Cyprus", VoteCast::InFavour)]);
        let members = [member("CYP", "Cyprus", RegionalGroup::EasternEuropean, 13)];
        let groups = vote_by_group(&v, &members);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].group, Some(RegionalGroup::EasternEuropean));
    }

    #[test]
    fn no_lists_no_groups() {
        assert!(vote_by_group(&vote(vec![]), &[]).is_empty());
    }
}
