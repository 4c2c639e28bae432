//! Full-text search: prefixes, accents and case, snippets, filters, deletions.
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::search::{SearchKind, SearchQuery};
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::situation::SituationInput;

use crate::support::with_session;

fn q(text: &str) -> SearchQuery {
    SearchQuery {
        text: text.into(),
        ..Default::default()
    }
}

#[test]
fn finds_by_prefix_ignoring_case_and_accents() {
    let (mut store, _dir, session) = with_session();
    store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                overview: Some("Intimidation of defenders".into()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Lunch meeting in Genève with the Burundi coalition".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let cases = [
        ("reprisal", SearchKind::KeyIssue),
        ("REPRISALS", SearchKind::KeyIssue),
        ("intimid", SearchKind::KeyIssue),
        ("geneve", SearchKind::Note),
        ("Genève", SearchKind::Note),
        ("burundi coal", SearchKind::Note),
    ];
    for (text, kind) in cases {
        let hits = store.search(&q(text)).unwrap();
        assert_eq!(hits.len(), 1, "{text}");
        assert_eq!(hits[0].kind, kind, "{text}");
        assert_eq!(hits[0].session_label, "38");
    }
    assert!(store.search(&q("xylophone")).unwrap().is_empty());
    assert!(store.search(&q("  ")).unwrap().is_empty());
}

#[test]
fn snippets_mark_the_words_that_matched() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "The delegation of Eritrea did not engage with the Special Rapporteur."
                    .into(),
                ..Default::default()
            },
        )
        .unwrap();
    let hit = &store.search(&q("eritrea")).unwrap()[0];
    let marked: Vec<_> = hit
        .snippet
        .iter()
        .filter(|p| p.hit)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marked, ["Eritrea"]);
    assert!(
        hit.title.starts_with("The delegation of Eritrea"),
        "a note's title is its first line"
    );
}

#[test]
fn phrases_and_hostile_syntax() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "commission of inquiry on Syria".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "inquiry into the commission".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        store.search(&q("\"commission of inquiry\"")).unwrap().len(),
        1
    );
    assert_eq!(store.search(&q("commission inquiry")).unwrap().len(), 2);
    for hostile in [
        "\"",
        "NEAR(",
        "a OR",
        "*",
        "'; DROP TABLE notes; --",
        "col:umn",
        "((((",
    ] {
        assert!(store.search(&q(hostile)).is_ok(), "{hostile}");
    }
}

#[test]
fn titles_rank_above_bodies() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Reprisals came up twice; reprisals again".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Reprisals".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let hits = store.search(&q("reprisals")).unwrap();
    assert_eq!(hits[0].kind, SearchKind::KeyIssue);
}

#[test]
fn filters_by_session_and_kind() {
    let (mut store, _dir, session) = with_session();
    let other = store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Burundi in June".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_note(
            other.id,
            &NoteInput {
                body: "Burundi in September".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_situation(
            other.id,
            &SituationInput {
                country: "BDI".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(store.search(&q("burundi")).unwrap().len(), 3);
    assert_eq!(
        store
            .search(&SearchQuery {
                session: Some("39".into()),
                ..q("burundi")
            })
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                kinds: vec!["situation".into()],
                ..q("burundi")
            })
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                kinds: vec!["song".into()],
                ..q("burundi")
            })
            .unwrap_err()
            .field(),
        Some("kinds")
    );
    assert_eq!(
        store
            .search(&SearchQuery {
                limit: Some(1),
                ..q("burundi")
            })
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn edits_and_deletions_reach_the_index() {
    let (mut store, _dir, session) = with_session();
    let n = store
        .create_note(
            session.id,
            &NoteInput {
                body: "Belarus".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .update_note(
            n.id,
            &NoteInput {
                body: "Eritrea".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(store.search(&q("belarus")).unwrap().is_empty());
    assert_eq!(store.search(&q("eritrea")).unwrap().len(), 1);
    store.delete_note(n.id).unwrap();
    assert!(store.search(&q("eritrea")).unwrap().is_empty());
    store.restore_note(n.id).unwrap();
    assert_eq!(store.search(&q("eritrea")).unwrap().len(), 1);
    store.delete_session(session.id).unwrap();
    assert!(
        store.search(&q("eritrea")).unwrap().is_empty(),
        "a deleted session's rows are not found"
    );
}

/// A store in memory holding HRC38 with a key issue titled "Burundi" and `notes` notes that
/// mention Burundi, the n-th taken n minutes into the session.
fn many_burundi_notes(notes: usize) -> (hrc_core::Store, hrc_core::Uuid) {
    let mut store = hrc_core::Store::open_in_memory().unwrap();
    let session = store.create_session(&crate::support::hrc38()).unwrap();
    let issue = store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Burundi".into(),
                ..Default::default()
            },
        )
        .unwrap();
    for n in 0..notes {
        store
            .create_note(
                session.id,
                &NoteInput {
                    body: format!("Note {n} on Burundi"),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    (store, issue.id)
}

#[test]
fn titles_come_first_then_the_most_recently_written() {
    let (mut store, issue) = many_burundi_notes(12);
    let first = |store: &hrc_core::Store| -> Vec<String> {
        store
            .search(&SearchQuery {
                limit: Some(3),
                ..q("burundi")
            })
            .unwrap()
            .into_iter()
            .map(|h| h.title)
            .collect()
    };
    assert_eq!(
        first(&store),
        ["Burundi", "Note 11 on Burundi", "Note 10 on Burundi"]
    );
    // A note edited now is the most recently written.
    let note = store
        .notes(store.key_issue(issue).unwrap().session_id)
        .unwrap()
        .into_iter()
        .find(|n| n.body == "Note 2 on Burundi")
        .unwrap();
    store
        .update_note(
            note.id,
            &NoteInput {
                body: "Note 2 on Burundi, edited".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        first(&store),
        ["Burundi", "Note 2 on Burundi, edited", "Note 11 on Burundi"]
    );
    let hits = store.search(&q("burundi")).unwrap();
    assert_eq!(hits[0].id, issue);
    assert!(hits.windows(2).all(|w| w[0].rank < w[1].rank));
}

#[test]
fn pages_follow_one_another() {
    for notes in [30, 300] {
        let (store, _) = many_burundi_notes(notes);
        let query = SearchQuery {
            limit: Some(7),
            ..q("burundi")
        };
        let whole = store
            .search(&SearchQuery {
                limit: Some(21),
                ..query.clone()
            })
            .unwrap();
        let mut paged = Vec::new();
        for offset in [0, 7, 14] {
            paged.extend(store.search_page(&query, offset).unwrap());
        }
        let ids = |h: &[hrc_core::domain::search::SearchHit]| -> Vec<_> {
            h.iter().map(|h| h.id).collect()
        };
        assert_eq!(ids(&paged), ids(&whole), "{notes} notes");
        assert!(store.search_page(&query, 10_000).unwrap().is_empty());
    }
}

#[test]
fn a_lone_letter_is_a_word_not_a_prefix() {
    let (mut store, _dir, session) = with_session();
    for body in ["Item 4: a general debate", "Annex attached"] {
        store
            .create_note(
                session.id,
                &NoteInput {
                    body: body.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let hits = store.search(&q("a")).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].title.starts_with("Item 4"));
    assert_eq!(
        store.search(&q("an")).unwrap().len(),
        1,
        "a prefix from two letters"
    );
}

/// A word pasted 2,000 times is searched as the word once (it took minutes before) and finds
/// what the word finds.
#[test]
fn a_word_repeated_two_thousand_times_is_one_search() {
    let (mut store, _dir, session) = with_session();
    for i in 0..20 {
        store
            .create_note(
                session.id,
                &NoteInput {
                    body: format!("Reprisals against defenders, case {i}"),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let once = store.search(&q("reprisals")).unwrap();
    let repeated = store.search(&q(&"reprisals ".repeat(2_000))).unwrap();
    assert_eq!(once.len(), 20);
    assert_eq!(
        repeated.iter().map(|h| h.id).collect::<Vec<_>>(),
        once.iter().map(|h| h.id).collect::<Vec<_>>()
    );
}

/// What each search finds among a few records, by their titles: English words stemmed both ways
/// (schema 5's porter), prefixes, accents folded, and apostrophes found typed or dropped.
#[test]
fn stems_and_apostrophes_typed_or_dropped() {
    let (mut store, _dir, session) = with_session();
    store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: "Women's human rights defenders".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .create_situation(
            session.id,
            &SituationInput {
                country: "CIV".into(),
                ..Default::default()
            },
        )
        .unwrap();
    for body in [
        "Witness spoke of a reprisal after the dialogue",
        "Defender met the Special Rapporteur in Genève",
        "Lunch on Côte d'Ivoire with the delegation’s adviser",
    ] {
        store
            .create_note(
                session.id,
                &NoteInput {
                    body: body.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let women = "Women's human rights defenders";
    let civ = "Côte d'Ivoire";
    let reprisal = "Witness spoke of a reprisal after the dialogue";
    let defender = "Defender met the Special Rapporteur in Genève";
    let lunch = "Lunch on Côte d'Ivoire with the delegation’s adviser";
    let cases: [(&str, &[&str]); 20] = [
        ("reprisals", &[reprisal]),
        ("reprisal", &[reprisal]),
        ("repri", &[reprisal]),
        ("defenders", &[women, defender]),
        ("defender", &[women, defender]),
        ("defen", &[women, defender]),
        ("défen", &[women, defender]),
        ("geneve", &[defender]),
        ("Genève", &[defender]),
        ("cote divoire", &[civ, lunch]),
        ("divoire", &[civ, lunch]),
        ("ivoire", &[civ, lunch]),
        ("d'Ivoire", &[civ, lunch]),
        ("côte d’ivoire", &[civ, lunch]),
        ("womens", &[women]),
        ("women's", &[women]),
        ("women", &[women]),
        ("delegations", &[lunch]),
        ("\"human rights defender\"", &[women]),
        ("reprisalz", &[]),
    ];
    for (text, want) in cases {
        let mut found: Vec<String> = store
            .search(&q(text))
            .unwrap()
            .into_iter()
            .map(|h| h.title)
            .collect();
        found.sort();
        let mut want: Vec<&str> = want.to_vec();
        want.sort();
        assert_eq!(found, want, "{text}");
    }
}

/// A word found without its apostrophe shows in the snippet as it was written, and a stemmed
/// match marks the word as written.
#[test]
fn snippets_show_the_text_as_written() {
    let (mut store, _dir, session) = with_session();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: "Before lunch. Côte d'Ivoire's delegation spoke of reprisals.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let text = |hit: &hrc_core::domain::search::SearchHit| {
        hit.snippet
            .iter()
            .map(|p| p.text.as_str())
            .collect::<String>()
    };
    let hit = &store.search(&q("divoires")).unwrap()[0];
    assert!(text(hit).contains("Côte d'Ivoire's delegation"), "{hit:?}");
    let marks = |text: &str| -> Vec<String> {
        store.search(&q(text)).unwrap()[0]
            .snippet
            .iter()
            .filter(|p| p.hit)
            .map(|p| p.text.clone())
            .collect()
    };
    assert_eq!(
        marks("cote divoires"),
        ["Côte", "d'Ivoire's"],
        "marked as written"
    );
    // Typed whole, the country's name is sought as a phrase of each of its names, marked whole.
    assert_eq!(marks("cote divoire"), ["Côte d'Ivoire"]);
    let hit = &store.search(&q("reprisal")).unwrap()[0];
    let marked: Vec<_> = hit
        .snippet
        .iter()
        .filter(|p| p.hit)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marked, ["reprisals"]);
}

/// Notes with `bodies` and a key issue titled `issue` in a fresh session; then each search of
/// `cases` finds exactly the records named, by their titles (a note's is its first line).
fn check_finds(bodies: &[&str], issue: &str, country: Option<&str>, cases: &[(&str, &[&str])]) {
    let (mut store, _dir, session) = with_session();
    store
        .create_key_issue(
            session.id,
            &KeyIssueInput {
                title: issue.into(),
                ..Default::default()
            },
        )
        .unwrap();
    if let Some(country) = country {
        store
            .create_situation(
                session.id,
                &SituationInput {
                    country: country.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    for body in bodies {
        store
            .create_note(
                session.id,
                &NoteInput {
                    body: body.to_string(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    for (text, want) in cases {
        let mut found: Vec<String> = store
            .search(&q(text))
            .unwrap()
            .into_iter()
            .map(|h| h.title)
            .collect();
        found.sort();
        let mut want: Vec<&str> = want.to_vec();
        want.sort();
        assert_eq!(found, want, "{text}");
    }
}

/// Hyphens folded as apostrophes are (schema 6): a word typed joined finds it hyphenated, typed
/// apart or hyphenated finds it either way; dates and dashes are not words joined.
#[test]
fn hyphens_typed_joined_apart_or_as_written() {
    let follow = "Follow-up to the resolution on Burundi";
    let cosponsors = "The co-sponsors met at lunch";
    let written = "Cosponsorship letter sent";
    let dated = "Met on 2018-06-20 - gender-based violence";
    let issue = "Counter-terrorism and human rights";
    let cases: [(&str, &[&str]); 16] = [
        ("cosponsor", &[cosponsors, written]),
        // Stemmed, "cosponsors" is "cosponsor", a prefix of "cosponsorship".
        ("cosponsors", &[cosponsors, written]),
        ("co-sponsors", &[cosponsors, written]),
        ("co sponsors", &[cosponsors]),
        ("co-sponsorship", &[written]),
        ("followup", &[follow]),
        ("follow up", &[follow]),
        ("follow-up", &[follow]),
        ("follow‑up", &[follow]),
        ("followup burundi", &[follow]),
        ("counterterrorism", &[issue]),
        ("counter-terror", &[issue]),
        ("terrorism", &[issue]),
        ("genderbased", &[dated]),
        ("2018-06-20", &[dated]),
        ("sponsors", &[cosponsors]),
    ];
    check_finds(&[follow, cosponsors, written, dated], issue, None, &cases);
}

/// A country is found by any of its names (issue 15): its UN name, the common names people type
/// and the names it had before, whichever a note or the search uses.
#[test]
fn a_country_is_found_by_any_of_its_names() {
    let turkiye = "Türkiye: defenders detained";
    let turkey = "Turkey's delegation replied";
    let drc = "Democratic Republic of the Congo: elections delayed";
    let dr_congo = "DRC mission report";
    let eswatini = "Eswatini: students arrested";
    let swaziland = "Swaziland briefing in 2017";
    let us = "Join us for lunch";
    let usa = "United States left the Council";
    let bodies = [turkiye, turkey, drc, dr_congo, eswatini, swaziland, us, usa];
    // The situation's title is the country's name in use today.
    let cases: [(&str, &[&str]); 11] = [
        ("Turkey", &[turkiye, turkey, "Türkiye"]),
        ("turkiye", &[turkiye, turkey, "Türkiye"]),
        ("Türkiye defenders", &[turkiye]),
        ("DRC", &[drc, dr_congo]),
        ("democratic republic of the congo", &[drc, dr_congo]),
        ("Congo, the Democratic Republic of the", &[drc, dr_congo]),
        ("drc elections", &[drc]),
        ("Swaziland", &[eswatini, swaziland]),
        ("eswatini students", &[eswatini]),
        ("us", &[us]),
        ("US", &[us, usa]),
    ];
    check_finds(&bodies, "Reprisals", Some("TUR"), &cases);
}
