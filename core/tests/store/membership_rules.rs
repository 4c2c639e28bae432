//! The members of a session replaced by a paste at once, a State leaving and a seat filled later,
//! the seat warnings over the session's days, and no change of members that a recorded vote
//! contradicts: refused naming the State and the text, nothing changed.
use hrc_core::domain::resolution::{VoteEntry, VoteInput};
use hrc_core::domain::vote_list::VoteCounts;
use hrc_core::reference::regional_groups::RegionalGroup;
use hrc_core::Store;
use uuid::Uuid;

use crate::membership::{hrc38_members, MEMBERS_2018};
use crate::resolutions::syria;
use crate::support::{dump, with_session};
use crate::votes::LISTS;

fn days(store: &Store, session: Uuid, code: &str) -> Vec<(String, String)> {
    store
        .members(session)
        .unwrap()
        .iter()
        .filter(|m| m.country_code == code)
        .map(|m| (m.joined.to_string(), m.left.to_string()))
        .collect()
}

fn warnings(store: &Store, session: Uuid) -> Vec<String> {
    store
        .membership(session)
        .unwrap()
        .warnings
        .into_iter()
        .map(|w| w.message)
        .collect()
}

#[test]
fn a_paste_replaces_the_members_keeping_the_days_of_those_still_listed() {
    let (mut store, _dir, session) = with_session();
    hrc38_members(&mut store, session.id);
    let shown = store.membership(session.id).unwrap();
    let counts: Vec<(RegionalGroup, usize, u32)> = shown
        .groups
        .iter()
        .map(|g| (g.group, g.members.len(), g.seats))
        .collect();
    assert_eq!(
        counts,
        [
            (RegionalGroup::African, 13, 13),
            (RegionalGroup::AsiaPacific, 13, 13),
            (RegionalGroup::LatinAmericanCaribbean, 8, 8),
            (RegionalGroup::WesternEuropeanOther, 7, 7),
            (RegionalGroup::EasternEuropean, 6, 6),
        ]
    );
    assert_eq!(
        warnings(&store, session.id),
        ["Western European and other States: 6 members, usually 7 seats, from 2018-06-20 to 2018-07-06"]
    );

    // Chile left out, Iceland added under its heading: Chile goes, Iceland sits the whole
    // session, the United States keeps its last day.
    let pasted = MEMBERS_2018.replace("Chile\n", "").replace(
        "Western European and other States\n",
        "Western European and other States\nIceland\n",
    );
    let set = store.set_members(session.id, &pasted).unwrap();
    assert_eq!(
        set.groups.iter().map(|g| g.members.len()).sum::<usize>(),
        47
    );
    assert!(days(&store, session.id, "CHL").is_empty());
    assert_eq!(
        days(&store, session.id, "ISL"),
        [("2018-06-18".into(), "2018-07-06".into())]
    );
    assert_eq!(
        days(&store, session.id, "USA"),
        [("2018-06-18".into(), "2018-06-19".into())]
    );
    assert_eq!(
        warnings(&store, session.id),
        [
            "Latin American and Caribbean States: 7 members, usually 8 seats",
            "Western European and other States: 8 members, usually 7 seats, from 2018-06-18 to 2018-06-19",
        ],
        "warned, not refused"
    );

    // A misspelt State or an empty paste: refused naming the field, nothing changed.
    let before = dump(&store);
    let e = store
        .set_members(session.id, &pasted.replace("Iceland", "Icelend"))
        .unwrap_err();
    assert_eq!(e.field(), Some("members"));
    assert!(e.to_string().contains("Icelend"), "{e}");
    let e = store.set_members(session.id, "\n  \n").unwrap_err();
    assert_eq!(e.to_string(), "members: must not be empty");
    assert_eq!(dump(&store), before);
}

#[test]
fn a_state_leaves_and_a_seat_is_filled_later() {
    let (mut store, _dir, session) = with_session();
    store.set_members(session.id, MEMBERS_2018).unwrap();
    let left = store
        .leave_member(session.id, "United States", "2018-06-19")
        .unwrap();
    assert_eq!(left.left.to_string(), "2018-06-19");
    let joined = store
        .join_member(session.id, "Iceland", None, "2018-07-02")
        .unwrap();
    assert_eq!(joined.group, RegionalGroup::WesternEuropeanOther);
    assert_eq!(
        (joined.joined.to_string(), joined.left.to_string()),
        ("2018-07-02".into(), "2018-07-06".into())
    );
    assert_eq!(
        warnings(&store, session.id),
        ["Western European and other States: 6 members, usually 7 seats, from 2018-06-20 to 2018-07-01"]
    );

    let before = dump(&store);
    for (said, done) in [
        (
            "country: United States of America is not a member of the Council on 2018-07-03",
            store.leave_member(session.id, "USA", "2018-07-03"),
        ),
        (
            "on: 2018-07-09 is outside the session (2018-06-18 – 2018-07-06)",
            store.leave_member(session.id, "Chile", "2018-07-09"),
        ),
        (
            "country: Iceland is already a member of the Council on those days of the session",
            store.join_member(session.id, "Iceland", None, "2018-07-04"),
        ),
        (
            "on: \"2 July\" is not a date; write it as YYYY-MM-DD, e.g. 2018-06-18",
            store.join_member(session.id, "Iceland", None, "2 July"),
        ),
    ] {
        assert_eq!(done.unwrap_err().to_string(), said);
    }
    assert_eq!(dump(&store), before, "nothing changed");
}

#[test]
fn no_change_of_members_contradicts_a_recorded_vote() {
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
    let cuba = store
        .members(session.id)
        .unwrap()
        .into_iter()
        .find(|m| m.country_code == "CUB")
        .unwrap();
    let said = "Cuba voted on A/HRC/38/L.10 on 2018-07-06, so it must be a member of the Council \
                that day";
    let before = dump(&store);
    let e = store
        .leave_member(session.id, "Cuba", "2018-07-05")
        .unwrap_err();
    assert_eq!(e.to_string(), format!("on: {said}"));
    let e = store
        .set_members(session.id, &MEMBERS_2018.replace("Cuba\n", ""))
        .unwrap_err();
    assert_eq!(e.to_string(), format!("members: {said}"));
    let e = store.delete_member(cuba.id).unwrap_err();
    assert_eq!(e.to_string(), format!("id: {said}"));
    assert_eq!(dump(&store), before, "nothing changed");
    // A State that did not vote may leave before the vote (the count still fits).
    store
        .leave_member(session.id, "United States", "2018-06-18")
        .unwrap();

    // Counts alone: no more votes than members on the day.
    let (mut store, _dir, session) = with_session();
    store.set_members(session.id, MEMBERS_2018).unwrap();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: Some("2018-07-06".into()),
            entry: VoteEntry::Counts(VoteCounts {
                in_favour: 27,
                against: 6,
                abstaining: 14,
            }),
        })
        .unwrap();
    let before = dump(&store);
    let e = store
        .leave_member(session.id, "Chile", "2018-07-05")
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "on: 47 votes are more than the Council's 46 members on 2018-07-06"
    );
    assert_eq!(dump(&store), before);
}

/// Lines of a pasted list of members, tidy or not: States, groups, headings, a misspelt name,
/// a State of no group, bullets and blanks.
fn member_line() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        Just("Chile".to_string()),
        Just("• Cuba".to_string()),
        Just("Korea, Republic of".to_string()),
        Just("Türkiye; Asia-Pacific States".to_string()),
        Just("Germany | WEOG".to_string()),
        Just("African States (13)".to_string()),
        Just("3. Angola".to_string()),
        Just("Holy See".to_string()),
        Just("Icelend".to_string()),
        Just("Peru\tOceania".to_string()),
        Just(String::new()),
        "[a-zA-Z ,;|()\t-]{0,20}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
    /// A paste replaces the members whole, or is refused naming the field with nothing changed.
    #[test]
    fn a_paste_is_taken_whole_or_refused_with_nothing_changed(
        lines in proptest::collection::vec(member_line(), 0..8)
    ) {
        let (mut store, _dir, session) = with_session();
        store.set_members(session.id, "Chile\nPeru").unwrap();
        let before = dump(&store);
        match store.set_members(session.id, &lines.join("\n")) {
            Ok(set) => {
                let listed: usize = set.groups.iter().map(|g| g.members.len()).sum();
                proptest::prop_assert_eq!(listed, store.members(session.id).unwrap().len());
                proptest::prop_assert!(listed >= 1);
            }
            Err(e) => {
                proptest::prop_assert!(
                    matches!(e.field(), Some("members") | Some("country")),
                    "{e}"
                );
                proptest::prop_assert_eq!(dump(&store), before);
            }
        }
    }
}
