//! `hrc meeting speaking-time ID --seconds S [--apply]` and `hrc session speaking-rule set | list
//! | clear`: a preview changes nothing, --apply updates the statements it listed, a session's rule
//! reaches the statements of its kind's meetings, bad seconds refused naming the field.
use std::path::Path;

mod support;
use support::*;

/// A general debate added to HRC38 with two oral statements held to its default (a long one and
/// a short one) and one with a limit of its own: the meeting's id.
fn debate_with_statements(db: &Path) -> String {
    let m = json(
        db,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-28",
            "--slot",
            "afternoon",
            "--kind",
            "general-debate",
            "--title",
            "General debate under test",
        ],
    );
    let id = m["id"].as_str().expect("an id").to_string();
    let long = vec!["word"; 200].join(" ");
    let short = vec!["word"; 50].join(" ");
    for (title, text, limit) in [
        ("Long one", long.as_str(), None),
        ("Short one", short.as_str(), None),
        ("Own limit", long.as_str(), Some("75")),
    ] {
        let mut args = vec![
            "statement",
            "add",
            "--session",
            "38",
            "--meeting",
            &id,
            "--title",
            title,
            "--text",
            text,
        ];
        if let Some(l) = limit {
            args.extend(["--limit-seconds", l]);
        }
        let s = json(db, &args);
        assert_eq!(s["limit_seconds"], limit.map_or(90, |l| l.parse().unwrap()));
    }
    id
}

/// The limits of the statements titled `titles`, in that order.
fn limits(db: &Path, titles: &[&str]) -> Vec<u64> {
    let all = json(db, &["statement", "list", "--session", "38"]);
    titles
        .iter()
        .map(|t| {
            all.as_array()
                .unwrap()
                .iter()
                .find(|s| s["title"] == *t)
                .and_then(|s| s["limit_seconds"].as_u64())
                .unwrap_or_else(|| panic!("{t} has a limit"))
        })
        .collect()
}

#[test]
fn a_meetings_speaking_time_is_previewed_then_applied() {
    let (_dir, db) = demo();
    let id = debate_with_statements(&db);
    let titles = ["Long one", "Short one", "Own limit"];

    let preview = ok(&db, &["meeting", "speaking-time", &id, "--seconds", "60"]);
    assert!(
        preview.starts_with("Limit now 1:00 (was 1:30) — 1 statement over\n"),
        "{preview}"
    );
    assert!(preview.contains("Long one  1:30 → 1:00  measured 1:20  over"));
    assert!(preview.contains("Short one  1:30 → 1:00  measured 0:20\n"));
    assert!(!preview.contains("Own limit"));
    assert!(preview.contains("Nothing changed: add --apply"));
    assert_eq!(limits(&db, &titles), [90, 90, 75]);

    let applied = json(
        &db,
        &[
            "meeting",
            "speaking-time",
            &id,
            "--seconds",
            "60",
            "--apply",
        ],
    );
    assert_eq!(applied["old_seconds"], 90);
    assert_eq!(applied["new_seconds"], 60);
    assert_eq!(applied["over"], 1);
    assert_eq!(applied["statements"].as_array().unwrap().len(), 2);
    assert_eq!(limits(&db, &titles), [60, 60, 75]);
    let shown = json(&db, &["meeting", "show", &id]);
    assert_eq!(shown["speaking_seconds"], 60);
}

#[test]
fn a_sessions_rule_is_set_listed_and_cleared() {
    let (_dir, db) = demo();
    debate_with_statements(&db);
    let set = ok(
        &db,
        &[
            "session",
            "speaking-rule",
            "set",
            "--session",
            "38",
            "--kind",
            "general-debate",
            "--seconds",
            "120",
        ],
    );
    assert!(
        set.starts_with("Limit now 2:00 (was 1:30) — none over\n"),
        "{set}"
    );
    assert!(set.contains("Updated "));
    assert_eq!(limits(&db, &["Long one", "Own limit"]), [120, 75]);
    let listed = json(
        &db,
        &["session", "speaking-rule", "list", "--session", "38"],
    );
    assert_eq!(listed[0]["meeting_kind"], "general-debate");
    assert_eq!(listed[0]["speaking_seconds"], 120);
    ok(
        &db,
        &[
            "session",
            "speaking-rule",
            "clear",
            "--session",
            "38",
            "--kind",
            "general-debate",
        ],
    );
    assert_eq!(limits(&db, &["Long one", "Own limit"]), [90, 75]);
    let none = ok(
        &db,
        &["session", "speaking-rule", "list", "--session", "38"],
    );
    assert!(none.starts_with("No speaking times set"), "{none}");
}

#[test]
fn bad_seconds_and_kinds_are_refused_naming_the_field() {
    let (_dir, db) = demo();
    let id = debate_with_statements(&db);
    for bad in ["0", "5000"] {
        for apply in [false, true] {
            let mut args = vec!["meeting", "speaking-time", &id, "--seconds", bad];
            if apply {
                args.push("--apply");
            }
            let err = refused(&db, &args);
            assert!(err.starts_with("hrc: speaking_seconds: "), "{err}");
        }
        let err = refused(
            &db,
            &[
                "session",
                "speaking-rule",
                "set",
                "--session",
                "38",
                "--kind",
                "panel",
                "--seconds",
                bad,
            ],
        );
        assert!(err.starts_with("hrc: speaking_seconds: "), "{err}");
    }
    let err = refused(
        &db,
        &[
            "session",
            "speaking-rule",
            "set",
            "--session",
            "38",
            "--kind",
            "tea-break",
            "--seconds",
            "60",
        ],
    );
    assert!(err.starts_with("hrc: meeting_kind: "), "{err}");
    assert_eq!(limits(&db, &["Long one", "Short one"]), [90, 90]);
    let shown = json(&db, &["meeting", "show", &id]);
    assert_eq!(shown["speaking_seconds"], serde_json::Value::Null);
}
