//! `--source "Title|https://…"` and `--no-sources` on key issues, situations, side events,
//! meetings and notes: kept in order with `sources: [{title, url}]` in `--json` (add, edit,
//! show, list), a missing title taken from the address's host, an edit without the flag keeping
//! them, and an address that is not http or https refused naming `sources` with nothing changed.
use std::path::Path;

use serde_json::{json as value, Value};

mod support;
use support::*;

const REPORT: &str = "Report of the Special Rapporteur|https://undocs.org/A/HRC/38/44";
const ORDER: &str = "https://www.ohchr.org/en/hr-bodies/hrc/regular-sessions/session38";

/// Each kind of record, added in HRC38 with the two sources: the noun and its add arguments.
fn kinds() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("issue", vec!["--title", "Civic space"]),
        ("situation", vec!["--country", "Eritrea", "--item", "2"]),
        (
            "side-event",
            vec![
                "--title",
                "Launch",
                "--date",
                "2018-06-21",
                "--start",
                "13:00",
                "--end",
                "14:00",
            ],
        ),
        ("meeting", vec!["--title", "Panel on civil society"]),
        ("note", vec!["--text", "Heard in the corridor"]),
    ]
}

fn both() -> Value {
    value!([
        {"title": "Report of the Special Rapporteur", "url": "https://undocs.org/A/HRC/38/44"},
        {"title": "www.ohchr.org", "url": ORDER},
    ])
}

fn add(db: &Path, noun: &str, args: &[&str]) -> Value {
    let mut all = vec![noun, "add", "--session", "38"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--source", REPORT, "--source", ORDER]);
    json(db, &all)
}

#[test]
fn each_record_keeps_its_sources_in_order_through_show_list_and_edits() {
    let (_dir, db) = demo();
    for (noun, args) in kinds() {
        let added = add(&db, noun, &args);
        assert_eq!(added["sources"], both(), "{noun} add");
        let id = added["id"].as_str().unwrap().to_string();

        assert_eq!(
            json(&db, &[noun, "show", &id])["sources"],
            both(),
            "{noun} show"
        );
        let listed = json(&db, &[noun, "list", "--session", "38"]);
        let row = listed
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id.as_str())
            .unwrap_or_else(|| panic!("the {noun} is listed"));
        assert_eq!(row["sources"], both(), "{noun} list");

        // An edit of another field keeps them; the flag replaces them; --no-sources empties.
        let kept = match noun {
            "situation" => json(&db, &[noun, "edit", &id, "--priority", "high"]),
            "note" => json(&db, &[noun, "edit", &id, "--text", "Heard twice"]),
            _ => json(&db, &[noun, "edit", &id, "--title", "Renamed"]),
        };
        assert_eq!(kept["sources"], both(), "{noun} edit of another field");
        let replaced = json(&db, &[noun, "edit", &id, "--source", ORDER]);
        assert_eq!(
            replaced["sources"],
            value!([{"title": "www.ohchr.org", "url": ORDER}]),
            "{noun} edit --source"
        );
        let emptied = json(&db, &[noun, "edit", &id, "--no-sources"]);
        assert_eq!(emptied["sources"], value!([]), "{noun} edit --no-sources");
    }
}

#[test]
fn show_prints_the_sources_under_the_record() {
    let (_dir, db) = demo();
    let id = add(&db, "issue", &["--title", "Civic space"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let shown = ok(&db, &["issue", "show", &id]);
    assert!(
        shown.ends_with(&format!(
            "Sources:\n- Report of the Special Rapporteur — https://undocs.org/A/HRC/38/44\n\
             - www.ohchr.org — {ORDER}\n"
        )),
        "{shown}"
    );
}

#[test]
fn an_address_that_is_not_http_or_https_is_refused_naming_sources_and_nothing_changes() {
    let (_dir, db) = demo();
    for (noun, args) in kinds() {
        let added = add(&db, noun, &args);
        let id = added["id"].as_str().unwrap().to_string();
        for bad in ["OHCHR|www.ohchr.org", "javascript:alert(1)"] {
            let err = refused(&db, &[noun, "edit", &id, "--source", bad]);
            assert!(
                err.starts_with("hrc: sources: ") && err.contains("is not a web address"),
                "{noun} {bad}: {err}"
            );
        }
        assert_eq!(json(&db, &[noun, "show", &id]), added, "{noun} unchanged");

        // Refused on add too: nothing is added.
        let before = json(&db, &[noun, "list", "--session", "38"]);
        let mut all = vec![noun, "add", "--session", "38"];
        all.extend_from_slice(&args);
        all.extend_from_slice(&["--source", "file:///etc/passwd"]);
        let err = refused(&db, &all);
        assert!(err.starts_with("hrc: sources: "), "{noun} add: {err}");
        assert_eq!(
            json(&db, &[noun, "list", "--session", "38"]),
            before,
            "{noun} list unchanged"
        );
    }
}

#[test]
fn no_sources_beside_source_is_refused_by_the_command_line() {
    let (_dir, db) = demo();
    let id = add(&db, "note", &["--text", "x"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    hrc(
        &db,
        &["note", "edit", &id, "--no-sources", "--source", ORDER],
    )
    .code(2);
}
