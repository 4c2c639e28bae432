//! Votes recorded on a text: pasted lists checked against the members on the day of the vote,
//! the three counts, adoption without a vote; the day of the vote given, else the text's action
//! date, else the session's last day; every refusal names what is wrong and stores nothing.
use hrc_core::domain::resolution::{
    AmendmentInput, AmendmentStatus, ResolutionStatus, VoteEntry, VoteInput, VoteOutcome,
};
use hrc_core::domain::vote_list::VoteCounts;

use crate::membership::hrc38_members;
use crate::resolutions::syria;
use crate::support::{dump, with_session};

/// An ILLUSTRATIVE vote of HRC38's members after 19 June 2018 (not the record of 38/16).
pub const LISTS: &str = "In favour (26): Afghanistan, Australia, Belgium, Brazil, Chile, \
Côte d'Ivoire, Croatia, Ecuador, Georgia, Germany, Hungary, Japan, Kenya, Mexico, Panama, Peru, \
Qatar, Republic of Korea, Rwanda, Saudi Arabia, Slovakia, Slovenia, Spain, Switzerland, Ukraine, \
United Kingdom of Great Britain and Northern Ireland
Against (6): Burundi, China, Cuba, Egypt, Pakistan, Venezuela (Bolivarian Republic of)
Abstaining (14): Angola, Democratic Republic of the Congo, Ethiopia, Iraq, Kyrgyzstan, Mongolia, \
Nepal, Nigeria, Philippines, Senegal, South Africa, Togo, Tunisia, United Arab Emirates";

fn lists(resolution: uuid::Uuid, text: &str, date: Option<&str>) -> VoteInput {
    VoteInput {
        resolution_id: resolution,
        amendment_id: None,
        date: date.map(str::to_string),
        entry: VoteEntry::Lists {
            text: text.into(),
            counts: None,
        },
    }
}

#[test]
fn a_recorded_vote_is_checked_against_the_members_of_its_day() {
    let (mut store, _dir, session) = with_session();
    hrc38_members(&mut store, session.id);
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let vote = store.record_vote(&lists(text.id, LISTS, None)).unwrap();
    assert_eq!(
        vote.date.to_string(),
        "2018-07-06",
        "the session's last day"
    );
    assert_eq!(vote.outcome, VoteOutcome::Adopted);
    assert_eq!(vote.states.len(), 46);
    let shown = store.resolution(text.id).unwrap();
    assert_eq!(shown.status, ResolutionStatus::AdoptedWithVote);
    assert_eq!(
        shown.action_date.map(|d| d.to_string()).as_deref(),
        Some("2018-07-06")
    );
    assert_eq!(shown.vote, Some(vote));

    // The United States sat until 19 June: on the 19th it may vote, on the 6th of July not.
    let with_usa = LISTS.replace(
        "Abstaining (14): Angola",
        "Abstaining (15): United States of America, Angola",
    );
    let before = dump(&store);
    let e = store
        .record_vote(&lists(text.id, &with_usa, Some("2018-07-05")))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "votes: United States of America is not a member of the Council on 2018-07-05"
    );
    assert_eq!(dump(&store), before, "nothing stored");
    let early = store
        .record_vote(&lists(text.id, &with_usa, Some("2018-06-19")))
        .unwrap();
    assert_eq!(early.counts.map(|c| c.total()), Some(47));
    assert_eq!(
        store.resolution(text.id).unwrap().vote.map(|v| v.id),
        Some(early.id),
        "a vote recorded again replaces the earlier one"
    );
}

#[test]
fn counts_adoption_without_a_vote_and_refusals() {
    let (mut store, _dir, session) = with_session();
    hrc38_members(&mut store, session.id);
    let mut input = syria(session.id);
    input.action_date = Some("2018-07-05".into());
    let text = store.create_resolution(&input).unwrap();
    let before = dump(&store);
    let counts = |in_favour, against, abstaining| VoteCounts {
        in_favour,
        against,
        abstaining,
    };
    let refused = [
        (
            VoteEntry::Counts(counts(27, 5, 15)),
            "votes: 47 votes are more than the Council's 46 members on 2018-07-05",
        ),
        (
            VoteEntry::Lists {
                text: LISTS.replace("Kyrgyzstan", "Kyrgystan"),
                counts: None,
            },
            "votes: \"Kyrgystan\" is not a known country; use an ISO 3166-1 alpha-3 code such as \
             BDI, or a name such as Burundi",
        ),
        (
            VoteEntry::Lists {
                text: LISTS.replace("Against (6): Burundi", "Against (6): Chile"),
                counts: None,
            },
            "votes: Chile is named more than once; a State votes once",
        ),
        (
            VoteEntry::Lists {
                text: LISTS.into(),
                counts: Some(counts(26, 5, 15)),
            },
            "against: Against names 6 States but counts 5",
        ),
    ];
    for (entry, said) in refused {
        let e = store
            .record_vote(&VoteInput {
                resolution_id: text.id,
                amendment_id: None,
                date: None,
                entry,
            })
            .unwrap_err();
        assert_eq!(e.to_string(), said);
        assert_eq!(dump(&store), before, "{said}: nothing stored");
    }
    let counted = store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: None,
            entry: VoteEntry::Counts(counts(5, 26, 15)),
        })
        .unwrap();
    assert_eq!(
        counted.date.to_string(),
        "2018-07-05",
        "the text's action date"
    );
    assert_eq!(counted.outcome, VoteOutcome::Rejected);
    assert_eq!(
        store.resolution(text.id).unwrap().status,
        ResolutionStatus::Rejected
    );
    let without = store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: Some("2018-07-06".into()),
            entry: VoteEntry::WithoutVote,
        })
        .unwrap();
    assert_eq!(without.outcome, VoteOutcome::AdoptedWithoutVote);
    assert_eq!(without.counts, None);
    assert_eq!(
        store.resolution(text.id).unwrap().status,
        ResolutionStatus::AdoptedWithoutVote
    );
}

#[test]
fn without_members_entered_only_the_councils_47_seats_are_checked() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let e = store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: None,
            entry: VoteEntry::Counts(VoteCounts {
                in_favour: 30,
                against: 10,
                abstaining: 8,
            }),
        })
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "votes: 48 votes are more than the Council's 47 members on 2018-07-06"
    );
    store.record_vote(&lists(text.id, LISTS, None)).unwrap();
}

#[test]
fn an_amendment_has_its_own_symbol_sponsors_and_vote() {
    let (mut store, _dir, session) = with_session();
    hrc38_members(&mut store, session.id);
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let amendment = store
        .create_amendment(&AmendmentInput {
            resolution_id: text.id,
            symbol: "a/hrc/38/l.35".into(),
            summary: "Deletes operative paragraph 12".into(),
            sponsors: vec!["China".into(), "Cuba".into()],
            status: None,
        })
        .unwrap();
    assert_eq!(amendment.symbol, "A/HRC/38/L.35");
    assert_eq!(amendment.status, AmendmentStatus::Tabled);
    let vote = store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: Some(amendment.id),
            date: Some("2018-07-06".into()),
            entry: VoteEntry::Counts(VoteCounts {
                in_favour: 12,
                against: 24,
                abstaining: 10,
            }),
        })
        .unwrap();
    assert_eq!(vote.outcome, VoteOutcome::Rejected);
    let shown = store.resolution(text.id).unwrap();
    assert_eq!(
        shown.status,
        ResolutionStatus::Draft,
        "the text's own status stays"
    );
    assert_eq!(shown.vote, None);
    assert_eq!(shown.amendments.len(), 1);
    assert_eq!(shown.amendments[0].status, AmendmentStatus::Rejected);
    assert_eq!(shown.amendments[0].vote, Some(vote));
    let sponsors: Vec<_> = shown.amendments[0]
        .sponsors
        .iter()
        .map(|s| s.country_code.as_str())
        .collect();
    assert_eq!(sponsors, ["CHN", "CUB"]);

    let before = dump(&store);
    for (date, said) in [
        (
            "2018-07-09",
            "date: 2018-07-09 is outside the session (2018-06-18 – 2018-07-06)",
        ),
        (
            "9 July",
            "date: \"9 July\" is not a date; write it as YYYY-MM-DD, e.g. 2018-06-18",
        ),
    ] {
        let e = store
            .record_vote(&VoteInput {
                resolution_id: text.id,
                amendment_id: Some(amendment.id),
                date: Some(date.into()),
                entry: VoteEntry::WithoutVote,
            })
            .unwrap_err();
        assert_eq!(e.to_string(), said);
    }
    let e = store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: Some(uuid::Uuid::nil()),
            date: None,
            entry: VoteEntry::WithoutVote,
        })
        .unwrap_err();
    assert_eq!(e.field(), Some("amendment"));
    let e = store
        .create_amendment(&AmendmentInput {
            resolution_id: text.id,
            symbol: "L.35".into(),
            ..AmendmentInput::default()
        })
        .unwrap_err();
    assert_eq!(e.field(), Some("symbol"));
    assert_eq!(dump(&store), before, "nothing stored");

    store.delete_amendment(amendment.id).unwrap();
    assert!(store.resolution(text.id).unwrap().amendments.is_empty());
}
