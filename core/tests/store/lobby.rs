//! Whom to lobby on a text: its related texts of earlier sessions (the same title lineage, or a
//! link to a situation of the same country), each member State's recorded votes of 47 on them
//! and its co-sponsorship, my notes on its delegation, sorted likely yes, swing and likely no by
//! the core's rule; unrelated and later texts left out. The target list as Word carries the
//! overview's letterhead.
use hrc_core::domain::lobby::{Lean, LobbyList, Relation, StatePart};
use hrc_core::domain::resolution::{ResolutionInput, VoteEntry, VoteInput};
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::export::lobby::{export, LobbyFormat};
use hrc_core::{Store, Uuid};

use crate::export_written::docx_part;
use crate::membership::{hrc38_members, MEMBERS_2018};
use crate::support::{hrc38, temp_store};
use crate::votes::LISTS;

fn session(store: &mut Store, number: i64, start: &str, end: &str) -> Uuid {
    store
        .create_session(&SessionInput {
            number,
            start_date: start.into(),
            end_date: end.into(),
            ..SessionInput::default()
        })
        .unwrap()
        .id
}

fn syria_situation(store: &mut Store, session: Uuid) -> Uuid {
    store
        .create_situation(
            session,
            &SituationInput {
                country: "Syrian Arab Republic".into(),
                agenda_item: Some(4),
                ..SituationInput::default()
            },
        )
        .unwrap()
        .id
}

/// A text with its adopted symbol, linking `situations`, voted on `day` by the pasted `lists`.
fn voted(
    store: &mut Store,
    session: Uuid,
    title: &str,
    symbol: &str,
    situations: Vec<Uuid>,
    day: &str,
    lists: &str,
) -> Uuid {
    let text = store
        .create_resolution(&ResolutionInput {
            session_id: session,
            title: title.into(),
            adopted_symbol: Some(symbol.into()),
            situation_ids: situations,
            ..ResolutionInput::default()
        })
        .unwrap();
    store
        .record_vote(&VoteInput {
            resolution_id: text.id,
            amendment_id: None,
            date: Some(day.into()),
            entry: VoteEntry::Lists {
                text: lists.into(),
                counts: None,
            },
        })
        .unwrap();
    text.id
}

/// HRC36 to HRC39 with texts on Syria and one on Belarus, ILLUSTRATIVE recorded votes of 47 (not
/// the Council's record), HRC37's and HRC38's members, and my notes on Cuba's delegation.
/// Returns the store and HRC38's text on Syria.
pub(crate) fn four_sessions() -> (Store, tempfile::TempDir, Uuid, [Uuid; 3]) {
    let (mut store, dir) = temp_store();
    let hrc36 = session(&mut store, 36, "2017-09-11", "2017-09-29");
    let hrc37 = session(&mut store, 37, "2018-02-26", "2018-03-23");
    let hrc38 = store.create_session(&hrc38()).unwrap().id;
    let hrc39 = session(&mut store, 39, "2018-09-10", "2018-09-28");
    store.set_members(hrc37, MEMBERS_2018).unwrap();
    hrc38_members(&mut store, hrc38);
    store
        .join_member(hrc38, "Iceland", None, "2018-07-02")
        .unwrap();

    // HRC36 has no members entered: its lists count as they are, the United States in favour.
    let with_usa = LISTS.replace(
        "In favour (26): Afghanistan",
        "In favour (27): United States of America, Afghanistan",
    );
    let title = "The human rights situation in the Syrian Arab Republic";
    let res36 = voted(
        &mut store,
        hrc36,
        title,
        "A/HRC/RES/36/20",
        vec![],
        "2017-09-29",
        &with_usa,
    );
    let situation37 = syria_situation(&mut store, hrc37);
    let ghouta = voted(
        &mut store,
        hrc37,
        "The deteriorating situation of human rights in Eastern Ghouta, in the Syrian Arab Republic",
        "A/HRC/RES/37/1",
        vec![situation37],
        "2018-03-05",
        LISTS,
    );
    // Unrelated: Germany against here must not count.
    let germany_against = LISTS
        .replace("In favour (26)", "In favour (25)")
        .replace("Georgia, Germany, Hungary", "Georgia, Hungary")
        .replace("Against (6): Burundi", "Against (7): Germany, Burundi");
    let belarus = voted(
        &mut store,
        hrc37,
        "Situation of human rights in Belarus",
        "A/HRC/RES/37/2",
        vec![],
        "2018-03-23",
        &germany_against,
    );
    // Later: not a related text of an earlier session.
    voted(
        &mut store,
        hrc39,
        title,
        "A/HRC/RES/39/15",
        vec![],
        "2018-09-28",
        LISTS,
    );

    let situation38 = syria_situation(&mut store, hrc38);
    let text = store
        .create_resolution(&ResolutionInput {
            session_id: hrc38,
            title: title.into(),
            draft_symbol: Some("A/HRC/38/L.10".into()),
            sponsors: vec!["United Kingdom".into(), "France".into()],
            cosponsors: vec!["Chile@2018-07-02".into()],
            situation_ids: vec![situation38],
            ..ResolutionInput::default()
        })
        .unwrap();
    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    conn.execute(
        "INSERT INTO delegations (id, country_code, contacts, notes, created_at, updated_at)
         VALUES (?1, 'CUB', 'First Secretary, human rights', 'Met 19 June: firmly against.',
                 '2018-06-19T10:00:00.000Z', '2018-06-19T10:00:00.000Z')",
        [Uuid::now_v7().to_string()],
    )
    .unwrap();
    (store, dir, text.id, [res36, ghouta, belarus])
}

fn find<'a>(list: &'a LobbyList, code: &str) -> (&'a hrc_core::domain::lobby::LobbyTarget, Lean) {
    list.by_lean()
        .into_iter()
        .find_map(|(lean, targets)| {
            targets
                .iter()
                .find(|t| t.country_code == code)
                .map(|t| (t, lean))
        })
        .unwrap_or_else(|| panic!("{code} is not listed"))
}

#[test]
fn the_member_states_are_sorted_by_their_record_on_the_related_texts() {
    let (store, _dir, text, [res36, ghouta, belarus]) = four_sessions();
    let list = store.lobby(text).unwrap();
    assert_eq!(list.session, "HRC38");
    assert_eq!(list.symbol.as_deref(), Some("A/HRC/38/L.10"));
    assert!(list
        .rule
        .starts_with("Likely yes: a sponsor or co-sponsor of this text"));
    let related: Vec<(Uuid, &str, Vec<Relation>)> = list
        .related
        .iter()
        .map(|r| (r.id, r.session.as_str(), r.relations.clone()))
        .collect();
    assert_eq!(
        related,
        [
            (ghouta, "HRC37", vec![Relation::SameSituation]),
            (res36, "HRC36", vec![Relation::SameTitle]),
        ],
        "newest first; Belarus and HRC39 left out"
    );
    assert!(!list.related.iter().any(|r| r.id == belarus));
    assert!(list.related.iter().all(|r| r.lists));

    // 47 members, the United States leaving on 19 June and Iceland filling a seat on 2 July.
    let all = list.likely_yes.len() + list.swing.len() + list.likely_no.len();
    assert_eq!(all, 48);
    assert!(list.members_entered);

    let uk = &list.likely_yes[0];
    assert_eq!(
        (uk.country_code.as_str(), uk.reason.as_str()),
        ("GBR", "main sponsor of this text")
    );
    let (chile, lean) = find(&list, "CHL");
    assert_eq!(
        (lean, chile.reason.as_str()),
        (Lean::LikelyYes, "co-sponsor of this text")
    );
    let (germany, lean) = find(&list, "DEU");
    assert_eq!(
        (lean, germany.reason.as_str()),
        (Lean::LikelyYes, "in favour in 2 of 2 related votes")
    );
    let (cuba, lean) = find(&list, "CUB");
    assert_eq!(
        (lean, cuba.reason.as_str()),
        (Lean::LikelyNo, "against in 2 of 2 related votes")
    );
    assert_eq!(cuba.delegation_notes, "Met 19 June: firmly against.");
    assert_eq!(cuba.delegation_contacts, "First Secretary, human rights");
    let (angola, lean) = find(&list, "AGO");
    assert_eq!(
        (lean, angola.reason.as_str()),
        (Lean::Swing, "abstaining 2 of 2 related votes")
    );
    let (usa, lean) = find(&list, "USA");
    assert_eq!(
        (lean, usa.reason.as_str()),
        (Lean::Swing, "in favour 1, absent 1 of 2 related votes"),
        "a member of HRC37 named in no list was absent"
    );
    assert_eq!(usa.count(StatePart::Absent), 1);
    assert_eq!(
        usa.votes[0].resolution_id, ghouta,
        "in the order of the related texts"
    );
    let (iceland, lean) = find(&list, "ISL");
    assert_eq!((lean, iceland.reason.as_str()), (Lean::Swing, "no record"));
    assert!(iceland.votes.is_empty());
    assert!(list.likely_no.iter().all(|t| t.sponsor.is_none()));
}

#[test]
fn without_members_there_is_nobody_to_sort_and_a_text_without_lineage_has_no_relatives() {
    let (mut store, _dir, _text, _) = four_sessions();
    let hrc39 = store.find_session("39").unwrap().id;
    let later = store
        .create_resolution(&ResolutionInput {
            session_id: hrc39,
            title: "Promotion and protection of human rights in the context of peaceful protests"
                .into(),
            ..ResolutionInput::default()
        })
        .unwrap();
    let list = store.lobby(later.id).unwrap();
    assert!(!list.members_entered);
    assert!(list.related.is_empty());
    assert!(list.likely_yes.is_empty() && list.swing.is_empty() && list.likely_no.is_empty());
    let e = store.lobby(Uuid::now_v7()).unwrap_err();
    assert_eq!(e.code(), "not_found");
}

#[test]
fn the_word_target_list_has_the_overviews_header_and_footer() {
    let (mut store, _dir, text, _) = four_sessions();
    let mut settings = store.settings().unwrap();
    settings.my_organisation = "International Service for Human Rights".into();
    store.save_settings(&settings).unwrap();
    let word = export(&store, text, LobbyFormat::Word).unwrap();
    let header = docx_part(&word, "word/header1.xml");
    assert!(
        header.contains(
            "International Service for Human Rights · Whom to lobby: A/HRC/38/L.10 — HRC38"
        ),
        "{header}"
    );
    let footer = docx_part(&word, "word/footer1.xml");
    for part in ["PAGE", "NUMPAGES", "Page ", " of ", "Exported "] {
        assert!(footer.contains(part), "{part} in {footer}");
    }
    // Without an organisation the header names the list and its session alone.
    settings.my_organisation = String::new();
    store.save_settings(&settings).unwrap();
    let word = export(&store, text, LobbyFormat::Word).unwrap();
    let header = docx_part(&word, "word/header1.xml");
    assert!(
        header.contains(">Whom to lobby: A/HRC/38/L.10 — HRC38<"),
        "{header}"
    );
    let e = export(&store, Uuid::now_v7(), LobbyFormat::Word).unwrap_err();
    assert_eq!(e.code(), "not_found");
}
