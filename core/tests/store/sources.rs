//! Sources on key issues, situations, side events, meetings and notes: kept in the order given
//! through create, update and every list; a title taken from the host when none is typed; an
//! address that is not http or https, or more than twenty, refused naming `sources` with nothing
//! changed; stored with the record's id and kind.
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::source::{Source, MAX_SOURCES};
use hrc_core::{Error, Result, Rule, Store, Uuid};

use crate::support::{dump, with_session};

fn source(title: &str, url: &str) -> Source {
    Source {
        title: title.into(),
        url: url.into(),
    }
}

fn typed() -> Vec<Source> {
    vec![
        source("Report A/HRC/38/44", "https://undocs.org/A/HRC/38/44"),
        source(
            "",
            "http://www.ohchr.org/EN/HRBodies/HRC/Pages/Session38.aspx",
        ),
        source("  ", "  "),
        Source::typed("ISHR | HRC38 | https://ishr.ch/latest/hrc38"),
    ]
}

fn stored() -> Vec<Source> {
    vec![
        source("Report A/HRC/38/44", "https://undocs.org/A/HRC/38/44"),
        source(
            "www.ohchr.org",
            "http://www.ohchr.org/EN/HRBodies/HRC/Pages/Session38.aspx",
        ),
        source("ISHR | HRC38", "https://ishr.ch/latest/hrc38"),
    ]
}

/// Each kind of record, made with `sources`, edited with `again`, and read back alone and in
/// its list: the record kind as stored, then (id, sources) after create, after update, as
/// listed and as read alone.
type Made = (Uuid, Vec<Source>);
type Kind = (
    &'static str,
    Box<dyn Fn(&mut Store, Uuid, Vec<Source>) -> Result<Made>>,
);

fn kinds() -> Vec<Kind> {
    vec![
        (
            "key-issue",
            Box::new(|s, session, sources| {
                let k = s.create_key_issue(
                    session,
                    &KeyIssueInput {
                        title: "Reprisals".into(),
                        sources,
                        ..Default::default()
                    },
                )?;
                Ok((k.id, k.sources))
            }),
        ),
        (
            "situation",
            Box::new(|s, session, sources| {
                let x = s.create_situation(
                    session,
                    &SituationInput {
                        country: "BDI".into(),
                        agenda_item: Some(4),
                        sources,
                        ..Default::default()
                    },
                )?;
                Ok((x.id, x.sources))
            }),
        ),
        (
            "side-event",
            Box::new(|s, session, sources| {
                let e = s.create_side_event(
                    session,
                    &SideEventInput {
                        title: "Launch".into(),
                        date: "2018-06-21".into(),
                        start: "13:00".into(),
                        end: "14:00".into(),
                        sources,
                        ..Default::default()
                    },
                )?;
                Ok((e.id, e.sources))
            }),
        ),
        (
            "meeting",
            Box::new(|s, session, sources| {
                let m = s.create_meeting(
                    session,
                    &MeetingInput {
                        date: "2018-06-20".into(),
                        slot: Some("morning".into()),
                        title: "7th meeting".into(),
                        sources,
                        ..Default::default()
                    },
                )?;
                Ok((m.id, m.sources))
            }),
        ),
        (
            "note",
            Box::new(|s, session, sources| {
                let n = s.create_note(
                    session,
                    &NoteInput {
                        body: "Heard".into(),
                        sources,
                        ..Default::default()
                    },
                )?;
                Ok((n.id, n.sources))
            }),
        ),
    ]
}

/// Updates record `id` of `kind` with `sources` (its other fields as stored).
fn update(s: &mut Store, kind: &str, id: Uuid, sources: Vec<Source>) -> Result<Vec<Source>> {
    use hrc_core::domain::as_input;
    Ok(match kind {
        "key-issue" => {
            let input = KeyIssueInput {
                sources,
                ..KeyIssueInput::from(&s.key_issue(id)?)
            };
            s.update_key_issue(id, &input)?.sources
        }
        "situation" => {
            let input = SituationInput {
                sources,
                ..SituationInput::from(&s.situation(id)?)
            };
            s.update_situation(id, &input)?.sources
        }
        "side-event" => {
            let input = SideEventInput {
                sources,
                ..SideEventInput::from(&s.side_event(id)?)
            };
            s.update_side_event(id, &input)?.sources
        }
        "meeting" => {
            let input = MeetingInput {
                sources,
                ..as_input::meeting(&s.meeting(id)?)
            };
            s.update_meeting(id, &input)?.sources
        }
        "note" => {
            let input = NoteInput {
                sources,
                ..NoteInput::from(&s.note(id)?)
            };
            s.update_note(id, &input)?.sources
        }
        other => unreachable!("{other}"),
    })
}

/// The sources of record `id` of `kind`: (read alone, as its session's list gives them).
fn read(s: &Store, kind: &str, session: Uuid, id: Uuid) -> (Vec<Source>, Vec<Source>) {
    fn find<T>(list: Vec<T>, id: Uuid, f: impl Fn(&T) -> (Uuid, Vec<Source>)) -> Vec<Source> {
        list.iter()
            .map(f)
            .find(|(i, _)| *i == id)
            .expect("listed")
            .1
    }
    match kind {
        "key-issue" => (
            s.key_issue(id).unwrap().sources,
            find(s.key_issues(session).unwrap(), id, |k| {
                (k.id, k.sources.clone())
            }),
        ),
        "situation" => (
            s.situation(id).unwrap().sources,
            find(s.situations(session).unwrap(), id, |k| {
                (k.id, k.sources.clone())
            }),
        ),
        "side-event" => (
            s.side_event(id).unwrap().sources,
            find(s.side_events(session).unwrap(), id, |k| {
                (k.id, k.sources.clone())
            }),
        ),
        "meeting" => (
            s.meeting(id).unwrap().sources,
            find(s.meetings(session).unwrap(), id, |k| {
                (k.id, k.sources.clone())
            }),
        ),
        "note" => (
            s.note(id).unwrap().sources,
            find(s.notes(session).unwrap(), id, |k| (k.id, k.sources.clone())),
        ),
        other => unreachable!("{other}"),
    }
}

/// The rows of the sources table for a record: (kind, position, title, url).
fn rows(s: &Store, id: Uuid) -> Vec<(String, i64, String, String)> {
    let conn = rusqlite::Connection::open(s.path().unwrap()).unwrap();
    let mut stmt = conn
        .prepare("SELECT record_kind, position, title, url FROM sources WHERE record_id = ?1 ORDER BY position")
        .unwrap();
    stmt.query_map([id.to_string()], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

#[test]
fn each_record_keeps_its_sources_in_order_through_create_update_and_lists() {
    let (mut s, _dir, session) = with_session();
    for (kind, make) in kinds() {
        // A record of the same kind without sources first: lists must not mix them up.
        let (_, none) = make(&mut s, session.id, vec![]).unwrap();
        assert!(none.is_empty(), "{kind}");
    }
    for (kind, make) in kinds() {
        // A second situation for Burundi under item 4 would be refused: another country.
        let made = if kind == "situation" {
            let x = s
                .create_situation(
                    session.id,
                    &SituationInput {
                        country: "SYR".into(),
                        sources: typed(),
                        ..Default::default()
                    },
                )
                .unwrap();
            (x.id, x.sources)
        } else {
            make(&mut s, session.id, typed()).unwrap()
        };
        let (id, sources) = made;
        assert_eq!(sources, stored(), "{kind} created");
        assert_eq!(
            read(&s, kind, session.id, id),
            (stored(), stored()),
            "{kind} read"
        );
        assert_eq!(
            rows(&s, id)
                .iter()
                .map(|r| r.0.as_str())
                .collect::<Vec<_>>(),
            [kind; 3],
            "{kind} stored with its kind"
        );

        // Reordered and one dropped by an update; the other records keep theirs.
        let reordered = vec![stored()[2].clone(), stored()[0].clone()];
        assert_eq!(
            update(&mut s, kind, id, reordered.clone()).unwrap(),
            reordered,
            "{kind} updated"
        );
        assert_eq!(
            read(&s, kind, session.id, id),
            (reordered.clone(), reordered.clone())
        );
        assert_eq!(rows(&s, id).iter().map(|r| r.1).collect::<Vec<_>>(), [0, 1]);
        // Emptied.
        assert!(update(&mut s, kind, id, vec![]).unwrap().is_empty());
        assert!(rows(&s, id).is_empty(), "{kind}: no rows left");
    }
}

#[test]
fn a_bad_address_or_too_many_is_refused_naming_sources_and_nothing_changes() {
    let (mut s, _dir, session) = with_session();
    let too_many = vec![source("", "https://ohchr.org"); MAX_SOURCES + 1];
    for (kind, make) in kinds() {
        let (id, _) = make(&mut s, session.id, vec![stored()[0].clone()]).unwrap();
        for (bad, rule) in [
            (
                vec![source("OHCHR", "www.ohchr.org")],
                Rule::NotAWebAddress {
                    value: "www.ohchr.org".into(),
                },
            ),
            (
                vec![stored()[0].clone(), source("", "javascript:alert(1)")],
                Rule::NotAWebAddress {
                    value: "javascript:alert(1)".into(),
                },
            ),
            (
                too_many.clone(),
                Rule::OutOfRange {
                    min: 0,
                    max: 20,
                    unit: hrc_core::rule::Unit::Number,
                },
            ),
        ] {
            let before = dump(&s);
            let refused = |e: Error| match e {
                Error::Validation { field, rule } => (field, *rule),
                other => panic!("{kind}: not a refusal: {other}"),
            };
            let on_update = update(&mut s, kind, id, bad.clone()).unwrap_err();
            assert_eq!(
                refused(on_update),
                ("sources".into(), rule.clone()),
                "{kind}"
            );
            let on_create = make(&mut s, session.id, bad).unwrap_err();
            assert_eq!(refused(on_create), ("sources".into(), rule), "{kind}");
            assert_eq!(dump(&s), before, "{kind}: nothing changed");
        }
    }
}

/// Exports: each record's sources under it as links — `[title](<url>)` in Markdown, an escaped
/// `<a href>` in HTML (a title cannot open a tag, an address cannot leave its attribute).
#[test]
fn exports_show_each_records_sources_as_links() {
    use hrc_core::export::{export, ExportFormat, Section};
    let (mut s, _dir, session) = with_session();
    let hostile = vec![
        source(
            "<b>Report</b> [A/HRC/38/44]",
            "https://undocs.org/A/HRC/38/44",
        ),
        source("", "https://ohchr.org/x?a=1&b=\"2\"<script>"),
    ];
    for (kind, make) in kinds() {
        make(&mut s, session.id, hostile.clone()).unwrap_or_else(|e| panic!("{kind}: {e}"));
    }
    let text =
        |format| String::from_utf8(export(&s, session.id, format, Section::ALL).unwrap()).unwrap();

    let md = text(ExportFormat::Markdown);
    assert_eq!(
        md.matches("- [\\<b\\>Report\\</b\\> \\[A/HRC/38/44\\]](<https://undocs.org/A/HRC/38/44>)")
            .count(),
        5,
        "{md}"
    );
    assert_eq!(
        md.matches("- [ohchr.org](<https://ohchr.org/x?a=1&b=%222%22%3Cscript%3E>)")
            .count(),
        5
    );
    assert!(md.contains("Sources for 7th meeting:"), "{md}");

    let html = text(ExportFormat::Html);
    assert_eq!(
        html.matches(
            "<li><a href=\"https://undocs.org/A/HRC/38/44\" rel=\"noopener noreferrer\">&lt;b&gt;Report&lt;/b&gt; [A/HRC/38/44]</a></li>"
        )
        .count(),
        5,
        "{html}"
    );
    assert_eq!(
        html.matches("<a href=\"https://ohchr.org/x?a=1&amp;b=%222%22%3Cscript%3E\" rel=\"noopener noreferrer\">ohchr.org</a>")
            .count(),
        5
    );
    assert!(!html.contains("<script"));

    let csv = text(ExportFormat::CsvSideEvents);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().next_back(),
        Some("sources")
    );
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(
        row.iter().next_back(),
        Some(
            "<b>Report</b> [A/HRC/38/44] <https://undocs.org/A/HRC/38/44>; \
             ohchr.org <https://ohchr.org/x?a=1&b=%222%22%3Cscript%3E>"
        )
    );
}

/// A deleted record keeps its sources while its undo is offered: restored, it has them again.
#[test]
fn a_restored_record_has_its_sources_again() {
    let (mut s, _dir, session) = with_session();
    for (kind, make) in kinds() {
        let (id, _) = make(&mut s, session.id, typed()).unwrap();
        let restored = match kind {
            "key-issue" => {
                s.delete_key_issue(id).unwrap();
                s.restore_key_issue(id).unwrap().sources
            }
            "situation" => {
                s.delete_situation(id).unwrap();
                s.restore_situation(id).unwrap().sources
            }
            "side-event" => {
                s.delete_side_event(id).unwrap();
                s.restore_side_event(id).unwrap().sources
            }
            "meeting" => {
                s.delete_meeting(id).unwrap();
                s.restore_meeting(id).unwrap().sources
            }
            "note" => {
                s.delete_note(id).unwrap();
                s.restore_note(id).unwrap().sources
            }
            other => unreachable!("{other}"),
        };
        assert_eq!(restored, stored(), "{kind}");
    }
}
