//! The members of the Council in a session: pasted one State a line with their groups, a State
//! leaving during the session, the seats per group as warnings, a State twice refused with
//! nothing changed.
use hrc_core::domain::membership::MemberInput;
use hrc_core::reference::regional_groups::RegionalGroup;
use hrc_core::Store;

use crate::support::{dump, with_session};

/// The Council's members in 2018 as OHCHR's membership page lists them by group
/// (https://www.ohchr.org/en/hr-bodies/hrc/membership); a test fixture, not shipped data.
pub const MEMBERS_2018: &str = "African States
Angola
Burundi
Côte d'Ivoire
Democratic Republic of the Congo
Egypt
Ethiopia
Kenya
Nigeria
Rwanda
Senegal
South Africa
Togo
Tunisia
Asia-Pacific States
Afghanistan
China
Iraq
Japan
Kyrgyzstan
Mongolia
Nepal
Pakistan
Philippines
Qatar
Republic of Korea
Saudi Arabia
United Arab Emirates
Latin American and Caribbean States
Brazil
Chile
Cuba
Ecuador
Mexico
Panama
Peru
Venezuela (Bolivarian Republic of)
Western European and other States
Australia
Belgium
Germany
Spain
Switzerland
United Kingdom of Great Britain and Northern Ireland
United States of America
Eastern European States
Croatia
Georgia
Hungary
Slovakia
Slovenia
Ukraine
";

/// HRC38's members pasted, with the United States leaving on 19 June 2018 (its withdrawal).
pub fn hrc38_members(store: &mut Store, session: uuid::Uuid) {
    let members = store.add_members_pasted(session, MEMBERS_2018).unwrap();
    let usa = members.iter().find(|m| m.country_code == "USA").unwrap();
    store
        .update_member(
            usa.id,
            &MemberInput {
                country: "USA".into(),
                left: Some("2018-06-19".into()),
                ..MemberInput::default()
            },
        )
        .unwrap();
}

#[test]
fn members_are_pasted_by_group_and_a_state_leaves() {
    let (mut store, _dir, session) = with_session();
    hrc38_members(&mut store, session.id);
    let members = store.members(session.id).unwrap();
    assert_eq!(members.len(), 47);
    let usa = members.iter().find(|m| m.country_code == "USA").unwrap();
    assert_eq!(usa.group, RegionalGroup::WesternEuropeanOther);
    assert_eq!(
        (usa.joined.to_string(), usa.left.to_string()),
        ("2018-06-18".into(), "2018-06-19".into())
    );
    assert!(store.seat_warnings(session.id, None).unwrap().is_empty());
    let day = chrono::NaiveDate::from_ymd_opt(2018, 7, 6);
    let warnings = store.seat_warnings(session.id, day).unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(
        warnings[0].message(),
        "Western European and other States: 6 members, usually 7 seats"
    );
}

#[test]
fn the_group_is_the_uns_unless_the_line_gives_it() {
    let (mut store, _dir, session) = with_session();
    let added = store
        .add_members_pasted(session.id, "Chile\nTürkiye\tAsia-Pacific States\n")
        .unwrap();
    let groups: Vec<_> = added
        .iter()
        .map(|m| (m.country_name.as_str(), m.group))
        .collect();
    assert_eq!(
        groups,
        [
            ("Chile", RegionalGroup::LatinAmericanCaribbean),
            ("Turkey", RegionalGroup::AsiaPacific)
        ],
        "named as in 2018, the group as the line gives it"
    );
}

#[test]
fn a_state_twice_or_unknown_or_outside_the_session_changes_nothing() {
    let (mut store, _dir, session) = with_session();
    store.add_members_pasted(session.id, "Chile\nPeru").unwrap();
    let before = dump(&store);
    let cases: [(&str, MemberInput); 4] = [
        (
            "country: Chile is already a member of the Council on those days of the session",
            MemberInput {
                country: "CHL".into(),
                joined: Some("2018-07-01".into()),
                ..MemberInput::default()
            },
        ),
        (
            "country: \"Atlantis\" is not a known country; use an ISO 3166-1 alpha-3 code such as \
             BDI, or a name such as Burundi",
            MemberInput {
                country: "Atlantis".into(),
                ..MemberInput::default()
            },
        ),
        (
            "left: 2018-07-09 is outside the session (2018-06-18 – 2018-07-06)",
            MemberInput {
                country: "Iceland".into(),
                left: Some("2018-07-09".into()),
                ..MemberInput::default()
            },
        ),
        (
            "country: \"Holy See (no regional group)\" is not one of: African States, \
             Asia-Pacific States, Latin American and Caribbean States, Western European and other \
             States, Eastern European States",
            MemberInput {
                country: "Holy See".into(),
                ..MemberInput::default()
            },
        ),
    ];
    for (said, input) in cases {
        let e = store.add_member(session.id, &input).unwrap_err();
        assert_eq!(e.to_string(), said);
    }
    let e = store
        .add_members_pasted(session.id, "Iceland\nChile")
        .unwrap_err();
    assert_eq!(e.field(), Some("country"));
    assert_eq!(dump(&store), before, "nothing stored, not even Iceland");
    // A vacant seat filled by a later election: a member from its first day.
    store
        .add_member(
            session.id,
            &MemberInput {
                country: "Iceland".into(),
                joined: Some("2018-07-02".into()),
                ..MemberInput::default()
            },
        )
        .unwrap();
}
