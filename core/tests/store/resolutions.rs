//! Resolutions added, edited, shown, listed, deleted and restored: symbols read as the UN writes
//! them, sponsors and co-sponsors with their days, revisions, what a text does to a mandate and
//! its links; bad input refused naming the field with nothing changed.
use hrc_core::domain::resolution::{
    MandateEffect, MandateLinkInput, ResolutionInput, ResolutionStatus, RevisionInput, SponsorRole,
};
use hrc_core::domain::situation::SituationInput;
use uuid::Uuid;

use crate::support::{dump, with_session};

/// Resolution 38/16 as an advocate enters it before action (its draft and adopted symbols as
/// the Council numbered them; the sponsors are illustrative).
pub fn syria(session: Uuid) -> ResolutionInput {
    ResolutionInput {
        session_id: session,
        agenda_item: Some(4),
        title: "The human rights situation in the Syrian Arab Republic".into(),
        draft_symbol: Some("a/hrc/38/l.10".into()),
        sponsors: vec!["United Kingdom".into(), "France".into()],
        cosponsors: vec!["Chile@2018-07-02".into(), "Korea, Republic of".into()],
        ..ResolutionInput::default()
    }
}

#[test]
fn a_text_is_added_edited_shown_listed_deleted_and_restored() {
    let (mut store, _dir, session) = with_session();
    let situation = store
        .create_situation(
            session.id,
            &SituationInput {
                country: "Syria".into(),
                agenda_item: Some(4),
                ..SituationInput::default()
            },
        )
        .unwrap();
    let mut input = syria(session.id);
    input.situation_ids = vec![situation.id];
    input.mandates = vec![MandateLinkInput {
        name: "Independent International Commission of Inquiry on the Syrian Arab Republic".into(),
        effect: Some("renews".into()),
    }];
    input.revisions = vec![
        RevisionInput {
            symbol: Some("A/HRC/38/L.10/Rev.1".into()),
            ..RevisionInput::default()
        },
        RevisionInput {
            oral: true,
            date: Some("2018-07-06".into()),
            ..RevisionInput::default()
        },
    ];
    let added = store.create_resolution(&input).unwrap();
    assert_eq!(added.draft_symbol.as_deref(), Some("A/HRC/38/L.10"));
    assert_eq!(added.status, ResolutionStatus::Draft);
    let sponsors: Vec<_> = added
        .sponsors
        .iter()
        .map(|s| {
            (
                s.country_code.as_str(),
                s.role,
                s.joined_on.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        sponsors,
        [
            ("GBR", SponsorRole::Main, None),
            ("FRA", SponsorRole::Main, None),
            ("CHL", SponsorRole::Co, Some("2018-07-02".into())),
            ("KOR", SponsorRole::Co, None),
        ]
    );
    assert_eq!(added.revisions.len(), 2);
    assert!(added.revisions[1].oral);
    assert_eq!(added.mandates[0].effect, Some(MandateEffect::Renews));
    assert_eq!(added.situation_ids, [situation.id]);

    let mut edit = added.to_input();
    edit.adopted_symbol = Some("A/HRC/RES/38/16".into());
    edit.status = Some("tabled".into());
    let edited = store.update_resolution(added.id, &edit).unwrap();
    assert_eq!(edited.adopted_symbol.as_deref(), Some("A/HRC/RES/38/16"));
    assert_eq!(edited.status, ResolutionStatus::Tabled);
    assert_eq!(edited.sponsors, added.sponsors, "kept through an edit");
    assert_eq!(edited.mandates, added.mandates);
    assert_eq!(store.resolution(added.id).unwrap(), edited);

    let other = store
        .create_resolution(&ResolutionInput {
            session_id: session.id,
            agenda_item: Some(4),
            title: "Situation of human rights in Belarus".into(),
            draft_symbol: Some("A/HRC/38/L.9".into()),
            ..ResolutionInput::default()
        })
        .unwrap();
    let listed: Vec<_> = store
        .resolutions(session.id)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(listed, [other.id, added.id], "L.9 before L.10");

    store.delete_resolution(added.id).unwrap();
    assert!(store.resolution(added.id).is_err());
    assert_eq!(store.resolutions(session.id).unwrap().len(), 1);
    let back = store.restore_resolution(added.id).unwrap();
    assert_eq!(back.sponsors, edited.sponsors);

    // Once its undo is no longer offered, what I wrote on it is forgotten; the tombstone stays.
    let mut mine = back.to_input();
    mine.position = "Support; push for a stronger paragraph on detention".into();
    mine.asks = "Co-sponsor".into();
    store.update_resolution(added.id, &mine).unwrap();
    store.delete_resolution(added.id).unwrap();
    store.purge_deleted(Some(added.id)).unwrap();
    let dumped = dump(&store);
    for written in [
        "The human rights situation",
        "stronger paragraph",
        "Co-sponsor",
    ] {
        assert!(!dumped.contains(written), "{written} is forgotten");
    }
    assert!(
        dumped.contains(&added.id.to_string()),
        "the tombstone stays"
    );
}

/// A change that makes an input wrong.
type Spoil = Box<dyn Fn(&mut ResolutionInput)>;

#[test]
fn bad_input_is_refused_naming_the_field_and_nothing_changes() {
    let (mut store, _dir, session) = with_session();
    store.create_resolution(&syria(session.id)).unwrap();
    let before = dump(&store);
    let bad: Vec<(&str, Spoil)> = vec![
        ("title", Box::new(|i| i.title = "  ".into())),
        ("item", Box::new(|i| i.agenda_item = Some(11))),
        (
            "draft_symbol",
            Box::new(|i| i.draft_symbol = Some("L.10".into())),
        ),
        (
            "adopted_symbol",
            Box::new(|i| i.adopted_symbol = Some("A/HRC/38".into())),
        ),
        ("status", Box::new(|i| i.status = Some("passed".into()))),
        ("kind", Box::new(|i| i.kind = Some("treaty".into()))),
        ("sponsors", Box::new(|i| i.sponsors.push("Atlantis".into()))),
        (
            "cosponsors",
            Box::new(|i| i.cosponsors.push("Peru@2018-13-01".into())),
        ),
        (
            "cosponsors",
            Box::new(|i| i.cosponsors.push("France".into())),
        ),
        (
            "action_date",
            Box::new(|i| i.action_date = Some("6 July".into())),
        ),
        (
            "mandate_effect",
            Box::new(|i| {
                i.mandates = vec![MandateLinkInput {
                    name: "Special Rapporteur on Belarus".into(),
                    effect: Some("extends".into()),
                }]
            }),
        ),
        (
            "situation_ids",
            Box::new(|i| i.situation_ids = vec![Uuid::nil()]),
        ),
    ];
    for (field, spoil) in bad {
        let mut input = syria(session.id);
        spoil(&mut input);
        let e = store.create_resolution(&input).unwrap_err();
        assert_eq!(e.field(), Some(field), "{e}");
        assert_eq!(dump(&store), before, "{field}: nothing stored");
    }
}

#[test]
fn co_sponsors_pasted_join_on_their_day() {
    let (mut store, _dir, session) = with_session();
    let text = store.create_resolution(&syria(session.id)).unwrap();
    let grown = store
        .add_cosponsors(
            text.id,
            "The following States joined as co-sponsors: Albania, Andorra, Chile,\n\
             Korea, Republic of, Palestine, State of, Holy See and Uruguay.",
            Some("2018-07-05"),
        )
        .unwrap();
    let sponsors: Vec<_> = grown
        .sponsors
        .iter()
        .map(|s| (s.country_code.as_str(), s.joined_on.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        sponsors,
        [
            ("GBR", None),
            ("FRA", None),
            ("CHL", Some("2018-07-02".into())),
            ("KOR", None),
            ("ALB", Some("2018-07-05".into())),
            ("AND", Some("2018-07-05".into())),
            ("PSE", Some("2018-07-05".into())),
            ("VAT", Some("2018-07-05".into())),
            ("URY", Some("2018-07-05".into())),
        ],
        "those already presenting it stay as they were; observers too"
    );
    let before = dump(&store);
    for (text_pasted, on, field) in [
        ("Albania, Atlantis", None, "cosponsors"),
        ("Peru", Some("5 July"), "on"),
        ("", None, "cosponsors"),
    ] {
        let e = store.add_cosponsors(text.id, text_pasted, on).unwrap_err();
        assert_eq!(e.field(), Some(field), "{e}");
    }
    assert_eq!(dump(&store), before, "nothing stored");
}
