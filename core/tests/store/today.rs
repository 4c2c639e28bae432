//! The today view and quick capture: now and next from the programme, Geneva days across clock
//! changes, a rolling programme, between sessions; and deliver mode's delivered time.
use chrono::{DateTime, Utc};
use hrc_core::demo;
use hrc_core::domain::meeting::MeetingInput;
use hrc_core::domain::session::SessionInput;
use hrc_core::domain::statement::StatementStatus;
use hrc_core::domain::today::{MeetingState, Today};
use hrc_core::Store;

use crate::support::{dump, temp_store};

fn at(t: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(t).unwrap().with_timezone(&Utc)
}

fn hrc38() -> (Store, tempfile::TempDir) {
    let (mut store, dir) = temp_store();
    demo::load(&mut store).unwrap();
    (store, dir)
}

fn titles(today: &Today) -> Vec<&str> {
    today
        .meetings
        .iter()
        .map(|m| m.meeting.title.as_str())
        .collect()
}

#[test]
fn on_the_day_of_the_item_4_general_debate() {
    let (store, _dir) = hrc38();
    // 12:30 in Geneva (summer time, UTC+2).
    let today = store.today(at("2018-06-27T12:30:00+02:00"), None).unwrap();
    assert_eq!(today.date.to_string(), "2018-06-27");
    assert_eq!(today.session.as_ref().unwrap().label, "38");
    assert!(today.in_session);
    // "Day 10 of 19": the core counts the session's days.
    let timing = today.session_timing.unwrap();
    assert_eq!((timing.day_number, timing.total_days), (Some(10), 19));
    assert_eq!(
        titles(&today),
        [
            "Oral briefing of the Commission of Inquiry on Burundi",
            "General debate on item 4"
        ]
    );
    let states: Vec<_> = today.meetings.iter().map(|m| m.state).collect();
    assert_eq!(states, [MeetingState::Ended, MeetingState::Running]);
    assert_eq!(today.current.len(), 1);
    assert_eq!(today.current[0].meeting.title, "General debate on item 4");
    assert_eq!(today.current[0].ends_in_minutes, Some(150));
    let next = today.next.as_ref().unwrap();
    assert_eq!(next.meeting.title, "General debate on item 7");
    assert_eq!(next.meeting.date.unwrap().to_string(), "2018-07-02");
    assert_eq!(next.state, MeetingState::Upcoming);
    assert_eq!(
        today
            .statements
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        ["Item 4 general debate: Burundi, Eritrea and Syria"]
    );
    assert_eq!(today.side_events.len(), 1);
    assert_eq!(
        today.side_events[0].title,
        "Strengthening the Human Rights Council from the ground up"
    );
    assert_eq!(today.notes.len(), 1);
    assert!(today.notes[0].body.starts_with("Burundi delegation"));
}

#[test]
fn before_the_first_meeting_the_next_one_is_counted_down() {
    let (store, _dir) = hrc38();
    let today = store.today(at("2018-06-27T08:40:00+02:00"), None).unwrap();
    assert!(today.current.is_empty());
    let next = today.next.unwrap();
    assert_eq!(
        next.meeting.title,
        "Oral briefing of the Commission of Inquiry on Burundi"
    );
    assert_eq!(next.starts_in_minutes, Some(20));
    // A day of the session with no meeting: in session, nothing today, the next still known.
    let quiet = store.today(at("2018-06-21T10:00:00+02:00"), None).unwrap();
    assert!(quiet.in_session && quiet.meetings.is_empty() && quiet.statements.is_empty());
    assert_eq!(
        quiet.next.unwrap().meeting.date.unwrap().to_string(),
        "2018-06-27"
    );
}

#[test]
fn a_meeting_rolled_over_to_the_next_day_leaves_today() {
    let (mut store, _dir) = hrc38();
    let now = at("2018-06-27T12:30:00+02:00");
    let gd4 = store.today(now, None).unwrap().current[0].meeting.clone();
    // The Council did not reach the general debate: it moves to the next morning.
    store
        .update_meeting(
            gd4.id,
            &MeetingInput {
                date: "2018-06-28".into(),
                start: "09:00".into(),
                end: "12:00".into(),
                room: gd4.room.clone(),
                agenda_items: gd4.agenda_items.clone(),
                kind: Some("general-debate".into()),
                title: gd4.title.clone(),
                ..MeetingInput::default()
            },
        )
        .unwrap();
    let today = store.today(now, None).unwrap();
    assert_eq!(
        titles(&today),
        ["Oral briefing of the Commission of Inquiry on Burundi"]
    );
    assert!(today.current.is_empty());
    assert!(
        today.statements.is_empty(),
        "the statement moved with its meeting"
    );
    let next = today.next.unwrap();
    assert_eq!(next.meeting.title, "General debate on item 4");
    assert_eq!(next.starts_in_minutes, Some(20 * 60 + 30));
    let tomorrow = store.today(at("2018-06-28T09:05:00+02:00"), None).unwrap();
    assert_eq!(
        tomorrow.current[0].meeting.title,
        "General debate on item 4"
    );
    assert_eq!(tomorrow.statements.len(), 1);
}

#[test]
fn between_sessions_there_is_no_session_and_the_next_one_is_named() {
    let (mut store, _dir) = hrc38();
    let after = store.today(at("2018-08-01T10:00:00+02:00"), None).unwrap();
    assert!(after.session.is_none() && !after.in_session && after.meetings.is_empty());
    assert!(after.next_session.is_none());
    store
        .create_session(&SessionInput {
            number: 39,
            start_date: "2018-09-10".into(),
            end_date: "2018-09-28".into(),
            ..Default::default()
        })
        .unwrap();
    let after = store.today(at("2018-08-01T10:00:00+02:00"), None).unwrap();
    assert_eq!(after.next_session.unwrap().label, "39");
    // Starts in 40 days; no day of a session runs.
    assert_eq!(after.next_session_timing.unwrap().days_to_start, 40);
    assert!(after.session_timing.is_none());
    // Asking for a session by id outside its dates shows it, not in session.
    let hrc38 = store.find_session("38").unwrap();
    let asked = store
        .today(at("2018-08-01T10:00:00+02:00"), Some(hrc38.id))
        .unwrap();
    assert_eq!(asked.session.unwrap().label, "38");
    assert!(!asked.in_session);
    assert!(asked.next.is_none(), "HRC38's programme is over");
    // An empty database: nothing at all, and no error.
    let (empty, _d) = temp_store();
    let nothing = empty.today(at("2018-06-27T12:00:00Z"), None).unwrap();
    assert!(nothing.session.is_none() && nothing.next_session.is_none());
}

#[test]
fn days_are_geneva_days_across_the_clock_changes() {
    let (mut store, _dir) = temp_store();
    // A special session across the end of summer time (28 October 2018, 03:00 → 02:00).
    let s = store
        .create_session(&SessionInput {
            number: 40,
            kind: Some("special".into()),
            start_date: "2018-10-26".into(),
            end_date: "2018-10-30".into(),
            ..Default::default()
        })
        .unwrap();
    let meeting = |date: &str, start: &str, end: &str, title: &str| MeetingInput {
        date: date.into(),
        start: start.into(),
        end: end.into(),
        title: title.into(),
        ..Default::default()
    };
    for (date, start, end, title) in [
        ("2018-10-27", "23:00", "23:45", "Late Saturday"),
        ("2018-10-28", "00:15", "01:00", "Just after midnight"),
        ("2018-10-28", "10:00", "12:00", "Sunday morning"),
        ("2018-10-28", "23:30", "23:59", "Sunday, last hour"),
        ("2018-10-29", "00:30", "01:00", "Monday, early"),
    ] {
        store
            .create_meeting(s.id, &meeting(date, start, end, title))
            .unwrap();
    }
    // 09:30 in Geneva on the 25-hour day is 08:30 UTC (winter time, UTC+1).
    let today = store.today(at("2018-10-28T08:30:00Z"), None).unwrap();
    assert_eq!(today.date.to_string(), "2018-10-28");
    assert_eq!(
        titles(&today),
        ["Just after midnight", "Sunday morning", "Sunday, last hour"]
    );
    assert_eq!(today.next.unwrap().starts_in_minutes, Some(30));
    // 23:40 Geneva (22:40 UTC) is still the 28th; 00:10 on the 29th (23:10 UTC) is not.
    assert_eq!(
        store
            .today(at("2018-10-28T22:40:00Z"), None)
            .unwrap()
            .current[0]
            .meeting
            .title,
        "Sunday, last hour"
    );
    assert_eq!(
        store
            .today(at("2018-10-28T23:10:00Z"), None)
            .unwrap()
            .date
            .to_string(),
        "2018-10-29"
    );

    // The start of summer time (31 March 2019, 02:00 → 03:00): a 23-hour day.
    let s = store
        .create_session(&SessionInput {
            number: 41,
            kind: Some("special".into()),
            start_date: "2019-03-30".into(),
            end_date: "2019-04-01".into(),
            ..Default::default()
        })
        .unwrap();
    store
        .create_meeting(
            s.id,
            &meeting("2019-03-31", "00:30", "01:30", "Before the change"),
        )
        .unwrap();
    store
        .create_meeting(s.id, &meeting("2019-03-31", "09:00", "12:00", "Morning"))
        .unwrap();
    store
        .create_meeting(
            s.id,
            &meeting("2019-04-01", "00:00", "01:00", "Monday midnight"),
        )
        .unwrap();
    let today = store.today(at("2019-03-31T07:00:00Z"), None).unwrap(); // 09:00 Geneva, UTC+2
    assert_eq!(titles(&today), ["Before the change", "Morning"]);
    assert_eq!(today.current[0].meeting.title, "Morning");
}

#[test]
fn capture_links_the_running_meeting_and_its_item() {
    let (mut store, _dir) = hrc38();
    let now = at("2018-06-27T13:05:00+02:00");
    let note = store.capture_note(now, None).unwrap();
    let gd4 = store.today(now, None).unwrap().current[0].meeting.clone();
    assert_eq!(note.meeting_id, Some(gd4.id));
    assert_eq!(note.agenda_item, Some(4));
    assert_eq!(note.taken_at, now);
    assert_eq!(note.body, "");
    assert!(store
        .today(now, None)
        .unwrap()
        .notes
        .iter()
        .any(|n| n.id == note.id));
    // Between meetings: a note in the session, linked to nothing yet.
    let between = store
        .capture_note(at("2018-06-27T16:00:00+02:00"), None)
        .unwrap();
    assert_eq!((between.meeting_id, between.agenda_item), (None, None));
}

#[test]
fn capture_between_sessions_names_the_session_and_stores_nothing() {
    let (mut store, _dir) = hrc38();
    let before = dump(&store);
    let err = store
        .capture_note(at("2018-08-01T10:00:00+02:00"), None)
        .unwrap_err();
    assert_eq!(err.field(), Some("session"));
    assert!(
        err.to_string()
            .contains("no session is running on 2018-08-01"),
        "{err}"
    );
    assert_eq!(dump(&store), before);
    // With the session named, the note is taken there.
    let hrc38 = store.find_session("38").unwrap();
    let note = store
        .capture_note(at("2018-08-01T10:00:00+02:00"), Some(hrc38.id))
        .unwrap();
    assert_eq!(note.session_id, hrc38.id);
}

#[test]
fn delivering_records_the_time_and_leaving_delivered_clears_it() {
    let (mut store, _dir) = hrc38();
    let now = at("2018-06-27T13:05:00+02:00");
    let id = store.today(now, None).unwrap().statements[0].id;
    let delivered = store
        .deliver_statement(id, at("2018-06-27T13:12:40+02:00"))
        .unwrap();
    assert_eq!(delivered.status, StatementStatus::Delivered);
    assert_eq!(delivered.delivered_at, Some(at("2018-06-27T11:12:40Z")));
    assert_eq!(
        store.statement(id).unwrap().delivered_at,
        delivered.delivered_at
    );
    // Back to final (a mistake): the time goes; delivered again from the board: a new time.
    let back = store.set_statement_status(id, "final").unwrap();
    assert_eq!(back.delivered_at, None);
    let again = store.set_statement_status(id, "delivered").unwrap();
    assert!(again.delivered_at.is_some());
    let kept = store.set_statement_status(id, "delivered").unwrap();
    assert_eq!(
        kept.delivered_at, again.delivered_at,
        "re-setting the status keeps the time"
    );
    let before = dump(&store);
    assert!(store
        .deliver_statement(hrc_core::Uuid::now_v7(), now)
        .is_err());
    assert_eq!(dump(&store), before);
}
