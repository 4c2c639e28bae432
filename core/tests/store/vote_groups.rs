//! A recorded vote by regional group: each State under its group as a member of the session, the
//! members sitting that day who voted in no list, and nothing for a vote of counts alone.
use hrc_core::domain::resolution::{VoteEntry, VoteInput};
use hrc_core::domain::vote_list::VoteCounts;
use hrc_core::reference::regional_groups::RegionalGroup;

use crate::membership::hrc38_members;
use crate::resolutions::syria;
use crate::support::with_session;

/// An ILLUSTRATIVE vote of 45 of HRC38's members on 6 July 2018 (Ukraine in no list).
const LISTS: &str = "In favour (25): Afghanistan, Australia, Belgium, Brazil, Chile, \
Côte d'Ivoire, Croatia, Ecuador, Georgia, Germany, Hungary, Japan, Kenya, Mexico, Panama, Peru, \
Qatar, Republic of Korea, Rwanda, Saudi Arabia, Slovakia, Slovenia, Spain, Switzerland, \
United Kingdom of Great Britain and Northern Ireland
Against (6): Burundi, China, Cuba, Egypt, Pakistan, Venezuela (Bolivarian Republic of)
Abstaining (14): Angola, Democratic Republic of the Congo, Ethiopia, Iraq, Kyrgyzstan, Mongolia, \
Nepal, Nigeria, Philippines, Senegal, South Africa, Togo, Tunisia, United Arab Emirates";

#[test]
fn a_recorded_vote_is_counted_by_regional_group() {
    let (mut store, _dir, session) = with_session();
    hrc38_members(&mut store, session.id);
    let text = store.create_resolution(&syria(session.id)).unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: Some("2018-07-06".into()),
            entry: VoteEntry::Lists {
                text: LISTS.into(),
                counts: None,
            },
        })
        .unwrap();
    let groups = store.vote_by_group(text.id, None).unwrap();
    let seen: Vec<(RegionalGroup, [u32; 3], usize, Vec<String>)> = groups
        .iter()
        .map(|g| {
            (
                g.group.unwrap(),
                [g.counts.in_favour, g.counts.against, g.counts.abstaining],
                g.states.len(),
                g.not_voting.clone(),
            )
        })
        .collect();
    use RegionalGroup as G;
    assert_eq!(
        seen,
        vec![
            (G::African, [3, 2, 8], 13, vec![]),
            (G::AsiaPacific, [5, 2, 6], 13, vec![]),
            (G::LatinAmericanCaribbean, [6, 2, 0], 8, vec![]),
            // The United States left on 19 June: six members of the group sit on 6 July.
            (G::WesternEuropeanOther, [6, 0, 0], 6, vec![]),
            (
                G::EasternEuropean,
                [5, 0, 0],
                5,
                vec!["Ukraine".to_string()]
            ),
        ]
    );
}

#[test]
fn a_vote_of_counts_alone_has_no_groups() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: None,
            entry: VoteEntry::Counts(VoteCounts {
                in_favour: 26,
                against: 6,
                abstaining: 14,
            }),
        })
        .unwrap();
    assert!(store.vote_by_group(text.id, None).unwrap().is_empty());
}
