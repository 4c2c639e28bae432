//! A catalogue of bad inputs across the store's writes (sessions, meetings, notes, statements, side
//! events, situations, key issues, agenda notes, organisations), on create and on update: each is refused with
//! an error that names the field and changes nothing, or is stored and returned exactly.
use hrc_core::domain::key_issue::KeyIssueInput;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::note::NoteInput;
use hrc_core::domain::organisation::OrganisationInput;
use hrc_core::domain::search::SearchQuery;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::side_event::SideEventInput;
use hrc_core::domain::situation::SituationInput;
use hrc_core::domain::statement::StatementInput;
use hrc_core::{Result, Store, Uuid};
use proptest::prelude::*;

use crate::support::{dump, hrc38, with_session};

/// Fails with the rows that differ, when `after` is not `before`.
fn assert_unchanged(before: &str, after: &str, what: &str) {
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert!(
        before == after,
        "{what} changed the database: {changed:?} (rows before {}, after {})",
        before.lines().count(),
        after.lines().count()
    );
}

/// Texts that have broken programs before.
const TEXTS: &[(&str, &str)] = &[
    ("empty", ""),
    ("blank", " \t\n\u{a0} "),
    (
        "control characters",
        "a\u{0}b\u{1}c\u{2}\u{7}\u{8}\u{b}\u{c}\u{1b}[31mred\u{1b}[0m\u{7f}\u{85}",
    ),
    ("NUL alone", "\u{0}"),
    ("line endings", "one\r\ntwo\rthree\n\u{2028}four\u{2029}"),
    (
        "right-to-left",
        "مجلس حقوق الإنسان — \u{202E}fdp.exe\u{202C} עברית",
    ),
    ("emoji", "✊🏽 👩‍⚖️ 🇨🇭 🏳️‍🌈 \u{FE0F}"),
    (
        "combining and wide",
        "e\u{301} Å ｆｕｌｌ 𝕳𝕽𝕮 \u{FEFF}bom \u{200B}zwsp",
    ),
    ("SQL metacharacters", "'; DROP TABLE notes; --"),
    ("more SQL", "\" OR 1=1; -- %_\\ ' || (SELECT 1) /*"),
    ("FTS syntax", "\"NEAR(a b)\" AND OR NOT * ^ : ( ) {col}: -x"),
    (
        "markup",
        "<script>alert(1)</script>[x](javascript:alert(1))",
    ),
    ("spaced", "  leading and trailing  "),
    ("long line", "x"),
];

/// How a field keeps what is typed.
#[derive(Clone, Copy, Debug)]
enum Rule {
    /// Byte for byte, blank included.
    Exact,
    /// Trimmed; a blank one is refused, naming the field.
    Required,
    /// Trimmed; a blank one takes the default (or stays empty).
    Trimmed,
}

/// The text to type for `name`: "long line" is 100,000 characters.
fn sample(name: &str, text: &str) -> String {
    if name == "long line" {
        "x".repeat(100_000)
    } else {
        text.to_string()
    }
}

/// A session with one row of each kind, for the updates to edit.
struct Ctx {
    session: Uuid,
    meeting: Uuid,
    issue: Uuid,
    situation: Uuid,
    statement: Uuid,
    side_event: Uuid,
    note: Uuid,
    /// A session through the night Geneva's clocks spring forward (25 March 2018).
    march: Uuid,
}

fn ctx() -> (Store, tempfile::TempDir, Ctx) {
    let (mut store, dir, session) = with_session();
    let meeting = store
        .create_meeting(session.id, &meeting_input("T"))
        .unwrap()
        .id;
    let issue = store
        .create_key_issue(session.id, &issue_input("T"))
        .unwrap()
        .id;
    let situation = store
        .create_situation(session.id, &situation_input())
        .unwrap()
        .id;
    let statement = store
        .create_statement(session.id, &statement_input("T"))
        .unwrap()
        .id;
    let side_event = store
        .create_side_event(session.id, &side_event_input("T"))
        .unwrap()
        .id;
    let note = store
        .create_note(session.id, &NoteInput::default())
        .unwrap()
        .id;
    let march = SessionInput {
        number: 37,
        start_date: "2018-02-26".into(),
        end_date: "2018-03-30".into(),
        ..Default::default()
    };
    let march = store.create_session(&march).unwrap().id;
    let ctx = Ctx {
        session: session.id,
        meeting,
        issue,
        situation,
        statement,
        side_event,
        note,
        march,
    };
    (store, dir, ctx)
}

fn meeting_input(title: &str) -> MeetingInput {
    MeetingInput {
        date: "2018-06-27".into(),
        start: "15:00".into(),
        end: "18:00".into(),
        title: title.into(),
        ..Default::default()
    }
}

fn issue_input(title: &str) -> KeyIssueInput {
    KeyIssueInput {
        title: title.into(),
        ..Default::default()
    }
}

fn situation_input() -> SituationInput {
    SituationInput {
        country: "BDI".into(),
        ..Default::default()
    }
}

fn statement_input(title: &str) -> StatementInput {
    StatementInput {
        title: title.into(),
        ..Default::default()
    }
}

fn side_event_input(title: &str) -> SideEventInput {
    SideEventInput {
        title: title.into(),
        date: "2018-06-27".into(),
        start: "13:00".into(),
        end: "14:00".into(),
        ..Default::default()
    }
}

/// Writes `text` into one field (creating a row, or updating the context's row) and returns the
/// field as the write returned it and as read back afterwards.
type Write = fn(&mut Store, &Ctx, &str) -> Result<(String, String)>;

/// Every free-text field of every write: (what, field, rule, write).
fn fields() -> Vec<(&'static str, &'static str, Rule, Write)> {
    vec![
        ("create_session", "title", Rule::Trimmed, |s, _, t| {
            let input = SessionInput {
                number: 77,
                title: Some(t.into()),
                ..hrc38()
            };
            let v = s.create_session(&input)?;
            let back = s.session(v.id)?.title;
            s.delete_session(v.id)?;
            Ok((v.title, back))
        }),
        ("update_session", "venue", Rule::Trimmed, |s, c, t| {
            let v = s.update_session(
                c.session,
                &SessionInput {
                    venue: Some(t.into()),
                    ..hrc38()
                },
            )?;
            Ok((v.venue, s.session(c.session)?.venue))
        }),
        ("update_session", "notes", Rule::Exact, |s, c, t| {
            let v = s.update_session(
                c.session,
                &SessionInput {
                    notes: Some(t.into()),
                    ..hrc38()
                },
            )?;
            Ok((v.notes, s.session(c.session)?.notes))
        }),
        ("create_meeting", "title", Rule::Required, |s, c, t| {
            let v = s.create_meeting(c.session, &meeting_input(t))?;
            Ok((v.title, s.meeting(v.id)?.title))
        }),
        ("update_meeting", "room", Rule::Trimmed, |s, c, t| {
            let v = s.update_meeting(
                c.meeting,
                &MeetingInput {
                    room: Some(t.into()),
                    ..meeting_input("T")
                },
            )?;
            Ok((
                v.room.unwrap_or_default(),
                s.meeting(c.meeting)?.room.unwrap_or_default(),
            ))
        }),
        ("create_key_issue", "title", Rule::Required, |s, c, t| {
            let v = s.create_key_issue(c.session, &issue_input(t))?;
            Ok((v.title, s.key_issue(v.id)?.title))
        }),
        ("update_key_issue", "overview", Rule::Exact, |s, c, t| {
            let v = s.update_key_issue(
                c.issue,
                &KeyIssueInput {
                    overview: Some(t.into()),
                    ..issue_input("T")
                },
            )?;
            Ok((v.overview, s.key_issue(c.issue)?.overview))
        }),
        ("update_key_issue", "asks", Rule::Exact, |s, c, t| {
            let v = s.update_key_issue(
                c.issue,
                &KeyIssueInput {
                    asks: Some(t.into()),
                    ..issue_input("T")
                },
            )?;
            Ok((v.asks, s.key_issue(c.issue)?.asks))
        }),
        ("create_situation", "summary", Rule::Exact, |s, c, t| {
            let v = s.create_situation(
                c.session,
                &SituationInput {
                    // Not the context's Burundi: a country is followed once under an item.
                    country: "Eritrea".into(),
                    summary: Some(t.into()),
                    ..situation_input()
                },
            )?;
            let stored = (v.summary, s.situation(v.id)?.summary);
            // The next case adds it again.
            s.delete_situation(v.id)?;
            Ok(stored)
        }),
        ("update_situation", "asks", Rule::Exact, |s, c, t| {
            let v = s.update_situation(
                c.situation,
                &SituationInput {
                    asks: Some(t.into()),
                    ..situation_input()
                },
            )?;
            Ok((v.asks, s.situation(c.situation)?.asks))
        }),
        ("update_situation", "mechanism", Rule::Trimmed, |s, c, t| {
            let v = s.update_situation(
                c.situation,
                &SituationInput {
                    mechanism: Some(t.into()),
                    ..situation_input()
                },
            )?;
            Ok((v.mechanism, s.situation(c.situation)?.mechanism))
        }),
        ("create_statement", "title", Rule::Required, |s, c, t| {
            let v = s.create_statement(c.session, &statement_input(t))?;
            Ok((v.title, s.statement(v.id)?.title))
        }),
        ("create_statement", "text", Rule::Exact, |s, c, t| {
            let v = s.create_statement(
                c.session,
                &StatementInput {
                    text: Some(t.into()),
                    ..statement_input("T")
                },
            )?;
            Ok((v.text, s.statement(v.id)?.text))
        }),
        ("update_statement", "text", Rule::Exact, |s, c, t| {
            let v = s.update_statement(
                c.statement,
                &StatementInput {
                    text: Some(t.into()),
                    ..statement_input("T")
                },
            )?;
            Ok((v.text, s.statement(c.statement)?.text))
        }),
        ("update_statement", "title", Rule::Required, |s, c, t| {
            let v = s.update_statement(c.statement, &statement_input(t))?;
            Ok((v.title, s.statement(c.statement)?.title))
        }),
        ("update_statement", "speaker", Rule::Trimmed, |s, c, t| {
            let v = s.update_statement(
                c.statement,
                &StatementInput {
                    speaker: Some(t.into()),
                    ..statement_input("T")
                },
            )?;
            Ok((v.speaker, s.statement(c.statement)?.speaker))
        }),
        (
            "update_statement",
            "document_symbol",
            Rule::Trimmed,
            |s, c, t| {
                let v = s.update_statement(
                    c.statement,
                    &StatementInput {
                        document_symbol: Some(t.into()),
                        ..statement_input("T")
                    },
                )?;
                Ok((v.document_symbol, s.statement(c.statement)?.document_symbol))
            },
        ),
        ("create_side_event", "title", Rule::Required, |s, c, t| {
            let v = s.create_side_event(c.session, &side_event_input(t))?;
            Ok((v.title, s.side_event(v.id)?.title))
        }),
        (
            "update_side_event",
            "description",
            Rule::Exact,
            |s, c, t| {
                let v = s.update_side_event(
                    c.side_event,
                    &SideEventInput {
                        description: Some(t.into()),
                        ..side_event_input("T")
                    },
                )?;
                Ok((v.description, s.side_event(c.side_event)?.description))
            },
        ),
        ("update_side_event", "room", Rule::Trimmed, |s, c, t| {
            let v = s.update_side_event(
                c.side_event,
                &SideEventInput {
                    room: Some(t.into()),
                    ..side_event_input("T")
                },
            )?;
            Ok((v.room, s.side_event(c.side_event)?.room))
        }),
        ("update_side_event", "speakers", Rule::Trimmed, |s, c, t| {
            let v = s.update_side_event(
                c.side_event,
                &SideEventInput {
                    speakers: vec![t.into()],
                    ..side_event_input("T")
                },
            )?;
            let back = s.side_event(c.side_event)?.speakers;
            Ok((v.speakers.concat(), back.concat()))
        }),
        ("create_note", "body", Rule::Exact, |s, c, t| {
            let v = s.create_note(
                c.session,
                &NoteInput {
                    body: t.into(),
                    ..Default::default()
                },
            )?;
            Ok((v.body, s.note(v.id)?.body))
        }),
        ("update_note", "body", Rule::Exact, |s, c, t| {
            let v = s.update_note(
                c.note,
                &NoteInput {
                    body: t.into(),
                    ..Default::default()
                },
            )?;
            Ok((v.body, s.note(c.note)?.body))
        }),
        // Each added organisation is deleted again: two texts may fold to one name.
        ("create_organisation", "name", Rule::Required, |s, _, t| {
            let v = s.create_organisation(&OrganisationInput {
                name: t.into(),
                ..Default::default()
            })?;
            let back = s.organisation(v.id)?.organisation.name;
            s.delete_organisation(v.id)?;
            Ok((v.name, back))
        }),
        (
            "update_organisation",
            "acronym",
            Rule::Trimmed,
            |s, _, t| {
                let id = s.find_or_create_organisation("Hostile Input Watch")?.id;
                let v = s.update_organisation(
                    id,
                    &OrganisationInput {
                        name: "Hostile Input Watch".into(),
                        acronym: Some(t.into()),
                        ..Default::default()
                    },
                )?;
                Ok((v.acronym, s.organisation(id)?.organisation.acronym))
            },
        ),
        ("set_agenda_notes", "notes", Rule::Exact, |s, c, t| {
            let v = s.set_agenda_notes(c.session, 4, t)?;
            let back = s
                .agenda_items(c.session)?
                .into_iter()
                .find(|i| i.number == 4)
                .unwrap();
            Ok((v.notes, back.notes))
        }),
    ]
}

#[test]
fn texts_are_stored_exactly_or_refused_by_field() {
    let (mut store, _dir, c) = ctx();
    for (what, field, rule, write) in fields() {
        for (name, text) in TEXTS {
            let text = sample(name, text);
            let case = format!("{what} with a {name} {field}");
            let before = dump(&store);
            let trimmed = text.trim();
            match (rule, write(&mut store, &c, &text)) {
                (Rule::Required, Err(e)) if trimmed.is_empty() => {
                    assert_eq!(e.field(), Some(field), "{case}: {e}");
                    assert_unchanged(&before, &dump(&store), &case);
                }
                (_, Err(e)) => panic!("{case} was refused: {e}"),
                (Rule::Required, Ok(_)) if trimmed.is_empty() => panic!("{case} was stored"),
                (Rule::Exact, Ok((returned, back))) => {
                    assert_eq!(returned, text, "{case}: as returned");
                    assert_eq!(back, text, "{case}: as read back");
                }
                (_, Ok((returned, back))) => {
                    if !trimmed.is_empty() {
                        assert_eq!(returned, trimmed, "{case}: as returned");
                    }
                    assert_eq!(back, returned, "{case}: as read back");
                }
            }
        }
    }
    // All of it is found again, whatever it holds.
    for (_, text) in TEXTS {
        store
            .search(&SearchQuery {
                text: text.to_string(),
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("searching for {text:?}: {e}"));
    }
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
}

#[test]
fn a_ten_megabyte_note_and_statement_are_stored_exactly() {
    let (mut store, _dir, session) = with_session();
    // Ten megabytes of words in several scripts, with line breaks.
    let mut body = String::with_capacity(10 * 1024 * 1024 + 64);
    let words = [
        "Genève ",
        "réunion ",
        "حقوق ",
        "人权 ",
        "✊🏽 ",
        "item\n",
        "'; -- ",
    ];
    let mut i = 0;
    while body.len() < 10 * 1024 * 1024 {
        body.push_str(words[i % words.len()]);
        i += 1;
    }
    body.push_str("needle");
    let note = store
        .create_note(
            session.id,
            &NoteInput {
                body: body.clone(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(note.body == body);
    assert!(store.note(note.id).unwrap().body == body);
    let statement = store
        .create_statement(
            session.id,
            &StatementInput {
                text: Some(body.clone()),
                ..statement_input("Long")
            },
        )
        .unwrap();
    assert!(store.statement(statement.id).unwrap().text == body);
    assert!(statement.timing.over_limit);
    // Found, by a word that is everywhere in them (a million times each): the search answers
    // (it took minutes for one megabyte when FTS5 cut a snippet from every match) and shows
    // the title or the beginning of each text.
    for word in ["needle", "réunion"] {
        let hits = store
            .search(&SearchQuery {
                text: word.into(),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(hits.len(), 2, "both found by {word}");
        for hit in hits {
            let shown: String = hit.snippet.iter().map(|p| p.text.as_str()).collect();
            assert!(
                shown == "Long" || body.starts_with(&shown),
                "the title or the beginning: {shown:?}"
            );
        }
    }
}

/// Dates that do not exist or are not written YYYY-MM-DD.
const BAD_DATES: &[&str] = &[
    "2018-02-30",
    "2018-02-29",
    "2018-13-01",
    "2018-00-10",
    "2018-06-00",
    "2018-06-32",
    "18/06/2018",
    "06/18/2018",
    "18.06.2018",
    "2018-06-18T10:00",
    "",
    "   ",
    "0000-00-00",
    "0000-06-18",
    "0018-06-18",
    "1900-06-18",
    "2101-06-18",
    "9999-12-31",
    "2018-06-18\u{0}",
    "２０１８-０６-１８",
    "2018-06-18'; DROP TABLE sessions; --",
    "tomorrow",
];

/// Times that do not exist on a 24-hour clock or are not written HH:MM.
const BAD_TIMES: &[&str] = &[
    "25:00",
    "24:00",
    "24:01",
    "23:60",
    "12:5x",
    "9:00am",
    "9am",
    "-1:00",
    "noon",
    "",
    "12",
    "12:00:00:00",
    "１２:００",
    "12h30",
    "12:00\u{0}",
    "99:99",
];

/// Instants that are neither RFC 3339 nor Geneva wall time, or do not exist.
const BAD_INSTANTS: &[&str] = &[
    "2018-06-18T25:00:00Z",
    "2018-02-30T10:00:00Z",
    "2018-06-18 25:00",
    "2018-03-25 02:30",
    "2018-06-18T10:00:00+25:00",
    "2018-06-18",
    "yesterday",
    "\u{0}",
    "'; DROP TABLE notes; --",
];

/// A write that should be refused, naming `field`.
type Attempt = Box<dyn Fn(&mut Store, &Ctx) -> Result<()>>;

fn date_and_time_attempts() -> Vec<(String, &'static str, Attempt)> {
    let mut out: Vec<(String, &'static str, Attempt)> = Vec::new();
    for &d in BAD_DATES {
        out.push((
            format!("create_session start {d:?}"),
            "start_date",
            Box::new(move |s, _| {
                s.create_session(&SessionInput {
                    number: 77,
                    start_date: d.into(),
                    ..hrc38()
                })
                .map(drop)
            }),
        ));
        out.push((
            format!("update_session end {d:?}"),
            "end_date",
            Box::new(move |s, c| {
                s.update_session(
                    c.session,
                    &SessionInput {
                        end_date: d.into(),
                        ..hrc38()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("create_meeting date {d:?}"),
            "date",
            Box::new(move |s, c| {
                s.create_meeting(
                    c.session,
                    &MeetingInput {
                        date: d.into(),
                        ..meeting_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_meeting date {d:?}"),
            "date",
            Box::new(move |s, c| {
                s.update_meeting(
                    c.meeting,
                    &MeetingInput {
                        date: d.into(),
                        ..meeting_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("create_side_event date {d:?}"),
            "date",
            Box::new(move |s, c| {
                s.create_side_event(
                    c.session,
                    &SideEventInput {
                        date: d.into(),
                        ..side_event_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_side_event date {d:?}"),
            "date",
            Box::new(move |s, c| {
                s.update_side_event(
                    c.side_event,
                    &SideEventInput {
                        date: d.into(),
                        ..side_event_input("T")
                    },
                )
                .map(drop)
            }),
        ));
    }
    for &t in BAD_TIMES {
        out.push((
            format!("create_meeting start {t:?}"),
            "start",
            Box::new(move |s, c| {
                s.create_meeting(
                    c.session,
                    &MeetingInput {
                        start: t.into(),
                        ..meeting_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_meeting end {t:?}"),
            "end",
            Box::new(move |s, c| {
                s.update_meeting(
                    c.meeting,
                    &MeetingInput {
                        end: t.into(),
                        ..meeting_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("create_side_event end {t:?}"),
            "end",
            Box::new(move |s, c| {
                s.create_side_event(
                    c.session,
                    &SideEventInput {
                        end: t.into(),
                        ..side_event_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_side_event start {t:?}"),
            "start",
            Box::new(move |s, c| {
                s.update_side_event(
                    c.side_event,
                    &SideEventInput {
                        start: t.into(),
                        ..side_event_input("T")
                    },
                )
                .map(drop)
            }),
        ));
    }
    for &i in BAD_INSTANTS {
        out.push((
            format!("create_note taken_at {i:?}"),
            "taken_at",
            Box::new(move |s, c| {
                s.create_note(
                    c.session,
                    &NoteInput {
                        body: "b".into(),
                        taken_at: Some(i.into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_note taken_at {i:?}"),
            "taken_at",
            Box::new(move |s, c| {
                s.update_note(
                    c.note,
                    &NoteInput {
                        body: "b".into(),
                        taken_at: Some(i.into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ));
    }
    out
}

fn other_attempts() -> Vec<(String, &'static str, Attempt)> {
    let mut out: Vec<(String, &'static str, Attempt)> = Vec::new();
    for n in [0, -1, i64::MIN, i64::from(u32::MAX) + 1, i64::MAX] {
        out.push((
            format!("create_session number {n}"),
            "number",
            Box::new(move |s, _| {
                s.create_session(&SessionInput {
                    number: n,
                    ..hrc38()
                })
                .map(drop)
            }),
        ));
        out.push((
            format!("update_session number {n}"),
            "number",
            Box::new(move |s, c| {
                s.update_session(
                    c.session,
                    &SessionInput {
                        number: n,
                        ..hrc38()
                    },
                )
                .map(drop)
            }),
        ));
    }
    for item in [0u8, 11, 255] {
        let some = Some(item);
        out.push((
            format!("update_meeting item {item}"),
            "agenda_items",
            Box::new(move |s, c| {
                s.update_meeting(
                    c.meeting,
                    &MeetingInput {
                        agenda_items: some.into_iter().collect(),
                        ..meeting_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_key_issue item {item}"),
            "agenda_item",
            Box::new(move |s, c| {
                s.update_key_issue(
                    c.issue,
                    &KeyIssueInput {
                        agenda_item: some,
                        ..issue_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_situation item {item}"),
            "agenda_item",
            Box::new(move |s, c| {
                s.update_situation(
                    c.situation,
                    &SituationInput {
                        agenda_item: some,
                        ..situation_input()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_statement item {item}"),
            "agenda_item",
            Box::new(move |s, c| {
                s.update_statement(
                    c.statement,
                    &StatementInput {
                        agenda_item: some,
                        ..statement_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_note item {item}"),
            "agenda_item",
            Box::new(move |s, c| {
                s.update_note(
                    c.note,
                    &NoteInput {
                        agenda_item: some,
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("set_agenda_notes item {item}"),
            "agenda_item",
            Box::new(move |s, c| s.set_agenda_notes(c.session, item, "x").map(drop)),
        ));
    }
    for bad in [
        "extraordinary",
        "oral\u{0}",
        "'; DROP TABLE statements; --",
        "🙂",
    ] {
        out.push((
            format!("update_session kind {bad:?}"),
            "kind",
            Box::new(move |s, c| {
                s.update_session(
                    c.session,
                    &SessionInput {
                        kind: Some(bad.into()),
                        ..hrc38()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_meeting kind {bad:?}"),
            "kind",
            Box::new(move |s, c| {
                s.update_meeting(
                    c.meeting,
                    &MeetingInput {
                        kind: Some(bad.into()),
                        ..meeting_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_statement kind {bad:?}"),
            "kind",
            Box::new(move |s, c| {
                s.update_statement(
                    c.statement,
                    &StatementInput {
                        kind: Some(bad.into()),
                        ..statement_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_statement status {bad:?}"),
            "status",
            Box::new(move |s, c| {
                s.update_statement(
                    c.statement,
                    &StatementInput {
                        status: Some(bad.into()),
                        ..statement_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("set_statement_status {bad:?}"),
            "status",
            Box::new(move |s, c| s.set_statement_status(c.statement, bad).map(drop)),
        ));
        out.push((
            format!("update_side_event status {bad:?}"),
            "status",
            Box::new(move |s, c| {
                s.update_side_event(
                    c.side_event,
                    &SideEventInput {
                        status: Some(bad.into()),
                        ..side_event_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_situation priority {bad:?}"),
            "priority",
            Box::new(move |s, c| {
                s.update_situation(
                    c.situation,
                    &SituationInput {
                        priority: Some(bad.into()),
                        ..situation_input()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_situation country {bad:?}"),
            "country",
            Box::new(move |s, c| {
                s.update_situation(
                    c.situation,
                    &SituationInput {
                        country: bad.into(),
                        ..situation_input()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_side_event cosponsor state {bad:?}"),
            "cosponsor_states",
            Box::new(move |s, c| {
                s.update_side_event(
                    c.side_event,
                    &SideEventInput {
                        cosponsor_states: vec![bad.into()],
                        ..side_event_input("T")
                    },
                )
                .map(drop)
            }),
        ));
    }
    for bad in [
        "not-a-uuid",
        "00000000-0000-0000-0000-000000000000",
        "'; DROP TABLE meetings; --",
    ] {
        out.push((
            format!("update_note meeting {bad:?}"),
            "meeting_id",
            Box::new(move |s, c| {
                s.update_note(
                    c.note,
                    &NoteInput {
                        meeting_id: Some(bad.into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_note key issue {bad:?}"),
            "key_issue_id",
            Box::new(move |s, c| {
                s.update_note(
                    c.note,
                    &NoteInput {
                        key_issue_id: Some(bad.into()),
                        ..Default::default()
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_statement meeting {bad:?}"),
            "meeting_id",
            Box::new(move |s, c| {
                s.update_statement(
                    c.statement,
                    &StatementInput {
                        meeting_id: Some(bad.into()),
                        ..statement_input("T")
                    },
                )
                .map(drop)
            }),
        ));
        out.push((
            format!("update_side_event situation {bad:?}"),
            "situation_ids",
            Box::new(move |s, c| {
                s.update_side_event(
                    c.side_event,
                    &SideEventInput {
                        situation_ids: vec![bad.into()],
                        ..side_event_input("T")
                    },
                )
                .map(drop)
            }),
        ));
    }
    out.push((
        "update_statement limit 0 s".into(),
        "limit_seconds",
        Box::new(|s, c| {
            s.update_statement(
                c.statement,
                &StatementInput {
                    limit_seconds: Some(0),
                    ..statement_input("T")
                },
            )
            .map(drop)
        }),
    ));
    out.push((
        "update_statement limit 0 words".into(),
        "limit_words",
        Box::new(|s, c| {
            s.update_statement(
                c.statement,
                &StatementInput {
                    kind: Some("written".into()),
                    limit_words: Some(0),
                    ..statement_input("T")
                },
            )
            .map(drop)
        }),
    ));
    out.push((
        "update_side_event blank organiser".into(),
        "organisers",
        Box::new(|s, c| {
            s.update_side_event(
                c.side_event,
                &SideEventInput {
                    organisers: vec!["•".into()],
                    ..side_event_input("T")
                },
            )
            .map(drop)
        }),
    ));
    out.push((
        "a time that the clock skips (spring forward in Geneva)".into(),
        "start",
        Box::new(|s, c| {
            s.create_meeting(
                c.march,
                &MeetingInput {
                    date: "2018-03-25".into(),
                    start: "02:30".into(),
                    end: "03:30".into(),
                    ..meeting_input("T")
                },
            )
            .map(drop)
        }),
    ));
    out
}

#[test]
fn bad_dates_times_numbers_choices_and_ids_name_their_field_and_change_nothing() {
    let (mut store, _dir, c) = ctx();
    let attempts = date_and_time_attempts().into_iter().chain(other_attempts());
    let mut count = 0;
    for (what, field, attempt) in attempts {
        let before = dump(&store);
        let err = attempt(&mut store, &c).expect_err(&what);
        assert_eq!(err.field(), Some(field), "{what}: {err}");
        assert!(
            !err.to_string().contains("storage") && err.is_input_error(),
            "{what}: a clear message, not a machine's: {err}"
        );
        assert_unchanged(&before, &dump(&store), &what);
        count += 1;
    }
    assert!(count > 250, "{count}");
}

#[test]
fn edge_values_that_are_valid_are_stored_exactly() {
    let (mut store, _dir, c) = ctx();
    let big = store
        .update_statement(
            c.statement,
            &StatementInput {
                limit_seconds: Some(u32::MAX),
                text: Some("word ".repeat(1000)),
                ..statement_input("T")
            },
        )
        .unwrap();
    assert_eq!(
        store.statement(c.statement).unwrap().limit_seconds,
        Some(u32::MAX)
    );
    assert!(!big.timing.over_limit);
    let written = store
        .update_statement(
            c.statement,
            &StatementInput {
                kind: Some("written".into()),
                limit_words: Some(u32::MAX),
                ..statement_input("T")
            },
        )
        .unwrap();
    assert_eq!(written.limit_words, Some(u32::MAX));
    let far = store
        .create_session(&SessionInput {
            number: i64::from(u32::MAX),
            start_date: "2100-12-30".into(),
            end_date: "2100-12-31".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(store.session(far.id).unwrap().number, u32::MAX);
    assert_eq!(
        store.find_session(&u32::MAX.to_string()).unwrap().id,
        far.id
    );
    let note = store
        .update_note(
            c.note,
            &NoteInput {
                taken_at: Some("2018-06-18T23:59:59.999+14:00".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(note.taken_at.to_rfc3339(), "2018-06-18T09:59:59.999+00:00");
    let padded = store
        .update_meeting(
            c.meeting,
            &MeetingInput {
                date: " 2018-06-27 ".into(),
                start: " 9:00 ".into(),
                end: "12:00".into(),
                ..meeting_input("T")
            },
        )
        .unwrap();
    assert_eq!(padded.start.unwrap().to_string(), "09:00:00");
    // A leap second is not a time a person types: refused or read as the minute it ends.
    match store.update_meeting(
        c.meeting,
        &MeetingInput {
            start: "12:00:60".into(),
            end: "13:00".into(),
            ..meeting_input("T")
        },
    ) {
        Err(e) => assert_eq!(e.field(), Some("start"), "{e}"),
        Ok(m) => assert_eq!(store.meeting(m.id).unwrap(), m),
    }
    assert_eq!(store.pragma("integrity_check").unwrap(), "ok");
}

#[test]
fn edits_of_rows_that_do_not_exist_are_not_found_and_change_nothing() {
    let (mut store, _dir, _c) = ctx();
    let nobody = Uuid::nil();
    let before = dump(&store);
    let attempts: Vec<(&str, Result<()>)> = vec![
        ("session", store.update_session(nobody, &hrc38()).map(drop)),
        (
            "meeting",
            store.update_meeting(nobody, &meeting_input("T")).map(drop),
        ),
        (
            "key issue",
            store.update_key_issue(nobody, &issue_input("T")).map(drop),
        ),
        (
            "situation",
            store.update_situation(nobody, &situation_input()).map(drop),
        ),
        (
            "statement",
            store
                .update_statement(nobody, &statement_input("T"))
                .map(drop),
        ),
        (
            "side event",
            store
                .update_side_event(nobody, &side_event_input("T"))
                .map(drop),
        ),
        (
            "note",
            store.update_note(nobody, &NoteInput::default()).map(drop),
        ),
        (
            "note of no session",
            store.create_note(nobody, &NoteInput::default()).map(drop),
        ),
        (
            "signatories",
            store.add_signatories(nobody, "ISHR").map(drop),
        ),
    ];
    for (what, outcome) in attempts {
        let e = outcome.expect_err(what);
        assert_eq!(e.code(), "not_found", "{what}: {e}");
    }
    assert_unchanged(&before, &dump(&store), "a failed edit");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever is typed into the search box, search answers (perhaps with nothing).
    #[test]
    fn any_search_text_is_answered(text in prop_oneof![
        any::<String>(),
        "[\"*^:(){}+\\-'’ a-zA-Z0-9]{0,40}",
        "(NEAR|AND|OR|NOT|\\*|\"|\\^|:| ){0,12}",
    ]) {
        let store = searched_store();
        store.search(&SearchQuery { text: text.clone(), ..Default::default() }).unwrap();
        store.search(&SearchQuery { text, session: Some("38".into()), kinds: vec!["note".into()], limit: Some(3) }).unwrap();
    }
}

/// A store in memory with a note to find, shared by the search cases.
fn searched_store() -> std::sync::MutexGuard<'static, Store> {
    use std::sync::{Mutex, OnceLock};
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    let store = STORE.get_or_init(|| {
        let mut store = Store::open_in_memory().unwrap();
        let session = store.create_session(&hrc38()).unwrap();
        store
            .create_note(
                session.id,
                &NoteInput {
                    body: "Reprisals 'quoted' \"NEAR\" AND (x)".into(),
                    ..Default::default()
                },
            )
            .unwrap();
        Mutex::new(store)
    });
    store.lock().unwrap_or_else(|e| e.into_inner())
}

/// A note keeps the links it was saved with; when what it links to is deleted, the note is
/// still saved as the editor sends it back (autosave), and the dead link goes.
#[test]
fn a_note_linked_to_something_deleted_is_still_saved() {
    let (mut store, _dir, c) = ctx();
    let linked = NoteInput {
        body: "x".into(),
        situation_id: Some(c.situation.to_string()),
        key_issue_id: Some(c.issue.to_string()),
        statement_id: Some(c.statement.to_string()),
        ..Default::default()
    };
    store.update_note(c.note, &linked).unwrap();
    store.delete_key_issue(c.issue).unwrap();
    store.delete_situation(c.situation).unwrap();
    store.delete_statement(c.statement).unwrap();
    let note = store.note(c.note).unwrap();
    let again = NoteInput {
        body: "x, typed on".into(),
        situation_id: note.situation_id.map(|u| u.to_string()),
        key_issue_id: note.key_issue_id.map(|u| u.to_string()),
        statement_id: note.statement_id.map(|u| u.to_string()),
        ..Default::default()
    };
    let saved = store.update_note(c.note, &again).unwrap();
    assert_eq!(saved.body, "x, typed on");
    assert_eq!(
        (saved.situation_id, saved.key_issue_id, saved.statement_id),
        (None, None, None)
    );
    // A link to a row that never was is still refused.
    let err = store
        .update_note(
            c.note,
            &NoteInput {
                key_issue_id: Some(Uuid::nil().to_string()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("key_issue_id"));
}
