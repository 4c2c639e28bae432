//! The HRC38 example: what it holds, and that loading it twice changes nothing.
use crate::support::{dump, temp_store};

#[test]
fn loads_hrc38_once() {
    let (mut store, _dir) = temp_store();
    let first = hrc_core::demo::load(&mut store).unwrap();
    assert!(first.created);
    let before = dump(&store);
    let second = hrc_core::demo::load(&mut store).unwrap();
    assert!(!second.created);
    assert_eq!(second.session.id, first.session.id);
    assert_eq!(dump(&store), before, "loading again changes nothing");

    let o = store.overview(first.session.id).unwrap();
    assert_eq!(
        (
            o.session.label.as_str(),
            o.session.start_date.to_string(),
            o.session.end_date.to_string()
        ),
        ("38", "2018-06-18".into(), "2018-07-06".into())
    );
    let countries: Vec<_> = o
        .situations
        .iter()
        .map(|s| s.country_code.as_str())
        .collect();
    for code in ["BDI", "SYR", "COD", "ERI", "BLR"] {
        assert!(countries.contains(&code), "{code}");
    }
    assert!(o
        .key_issues
        .iter()
        .any(|k| k.title == "Reprisals" && k.overview.contains("Reprisals Report")));
    assert!(o
        .key_issues
        .iter()
        .any(|k| k.title == "Sexual orientation and gender identity"));
    let letter = o
        .statements
        .iter()
        .find(|s| s.title.starts_with("Enough is Enough"))
        .unwrap();
    assert_eq!(
        letter.kind,
        hrc_core::domain::statement::StatementKind::JointWritten
    );
    assert_eq!(letter.signatories.len(), 85);
    assert!(o
        .side_events
        .iter()
        .any(|e| e.title.contains("sport and human rights")));
    assert!(o.meetings.len() >= 5);
    assert!(o.notes.len() >= 3);
    let clashes = store.clashes(first.session.id).unwrap();
    assert_eq!(
        clashes.len(),
        1,
        "the example shows a side event clashing with our general debate statement"
    );
    assert!(
        store
            .search(&hrc_core::domain::search::SearchQuery {
                text: "reprisal".into(),
                ..Default::default()
            })
            .unwrap()
            .len()
            >= 2
    );
}

/// The example is written in one transaction with a fixed session id: loading it never leaves
/// half an example, and a person's own HRC38 is never taken for it.
#[test]
fn the_example_is_all_or_nothing_and_never_a_persons_own_hrc38() {
    let (mut store, _dir) = temp_store();
    let loaded = hrc_core::demo::load(&mut store).unwrap();
    assert_eq!(loaded.session.id, hrc_core::demo::EXAMPLE_SESSION_ID);
    assert!(hrc_core::demo::is_example(&loaded.session));

    let (mut own, _own_dir) = temp_store();
    own.create_session(&crate::support::hrc38()).unwrap();
    let before = dump(&own);
    let err = hrc_core::demo::load(&mut own).unwrap_err();
    assert_eq!(err.code(), "conflict", "{err}");
    assert!(err.to_string().contains("not the example"), "{err}");
    assert_eq!(dump(&own), before, "a person's HRC38 is left as it was");
}
