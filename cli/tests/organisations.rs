//! `hrc organisation add | edit | show | list [--find] | merge | delete`: the `--json` shape (the
//! record with its `id`, and with how much it is used when shown, listed or kept by a merge), only
//! the flags given changed, bad input refused with exit 2 and one line naming the field with
//! nothing changed, and an organisation that signs statements not deleted.
use std::path::Path;

use serde_json::Value;

mod support;
use support::*;

/// The organisation named `name` in `hrc organisation list --json`.
fn listed(db: &Path, name: &str) -> Value {
    json(db, &["organisation", "list"])
        .as_array()
        .expect("a list")
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("{name} is listed"))
        .clone()
}

#[test]
fn an_organisation_is_added_edited_shown_listed_and_deleted() {
    let (_dir, db) = demo();
    let added = json(
        &db,
        &[
            "organisation",
            "add",
            "--name",
            "Front Line Defenders",
            "--acronym",
            "FLD",
            "--ecosoc",
            "special",
        ],
    );
    let id = added["id"].as_str().expect("the record's id").to_string();
    assert_eq!(added["name"], "Front Line Defenders");
    assert_eq!(added["acronym"], "FLD");
    assert_eq!(added["ecosoc_status"], "special");

    // Only the flag given changes; show agrees with edit, and adds the counts.
    let edited = json(&db, &["organisation", "edit", &id, "--ecosoc", "general"]);
    assert_eq!(edited["id"], id.as_str());
    assert_eq!(edited["ecosoc_status"], "general");
    assert_eq!(edited["name"], "Front Line Defenders");
    assert_eq!(edited["acronym"], "FLD");
    let shown = json(&db, &["organisation", "show", &id]);
    for (key, value) in edited.as_object().unwrap() {
        assert_eq!(&shown[key], value, "show's {key}");
    }
    assert_eq!(
        (
            &shown["statements"],
            &shown["side_events_organised"],
            &shown["side_events_cosponsored"]
        ),
        (&Value::from(0), &Value::from(0), &Value::from(0))
    );
    assert!(ok(&db, &["organisation", "show", &id]).contains("Front Line Defenders (FLD)"));
    assert!(ok(&db, &["organisation", "list"]).contains("General consultative status"));

    // An empty acronym clears it.
    let cleared = json(&db, &["organisation", "edit", &id, "--acronym", ""]);
    assert_eq!(cleared["acronym"], "");

    let out = ok(&db, &["organisation", "delete", &id]);
    assert!(out.contains("no undo"), "{out}");
    let gone = refused(&db, &["organisation", "show", &id]);
    assert!(gone.contains("not found"), "{gone}");
}

#[test]
fn the_list_says_what_each_organisation_signs_and_co_sponsors() {
    let (_dir, db) = demo();
    let ishr = listed(&db, "International Service for Human Rights");
    assert_eq!(ishr["acronym"], "ISHR");
    assert!(ishr["statements"].as_u64().unwrap() >= 1, "{ishr}");
    assert!(
        ishr["side_events_organised"].as_u64().unwrap() >= 1,
        "{ishr}"
    );
    let human = ok(&db, &["organisation", "list"]);
    assert!(human.contains("signs "), "{human}");
}

#[test]
fn bad_input_exits_2_naming_the_field_and_changes_nothing() {
    let (_dir, db) = demo();
    let ishr = listed(&db, "International Service for Human Rights");
    let id = ishr["id"].as_str().unwrap().to_string();
    let before = ok(&db, &["organisation", "list", "--json"]);
    for (args, starts) in [
        (vec!["organisation", "add", "--name", "  "], "hrc: name: "),
        (
            vec![
                "organisation",
                "add",
                "--name",
                "international service for human rights.",
            ],
            "hrc: name: ",
        ),
        (
            vec![
                "organisation",
                "add",
                "--name",
                "Independent Service for Human Rights",
                "--acronym",
                "ishr",
            ],
            "hrc: acronym: ",
        ),
        (
            vec!["organisation", "add", "--name", "X", "--ecosoc", "party"],
            "hrc: ecosoc_status: ",
        ),
        (
            vec!["organisation", "edit", &id, "--name", ""],
            "hrc: name: ",
        ),
        (
            vec!["organisation", "edit", "not-an-id", "--name", "Y"],
            "hrc: organisation: ",
        ),
        // It signs a statement of the example and organises a side event: not deleted.
        (vec!["organisation", "delete", &id], "hrc: organisation: "),
    ] {
        let line = refused(&db, &args);
        assert!(line.starts_with(starts), "hrc {args:?}: {line}");
    }
    assert_eq!(
        ok(&db, &["organisation", "list", "--json"]),
        before,
        "nothing changed"
    );
    let in_use = refused(&db, &["organisation", "delete", &id]);
    assert!(in_use.contains("take it off them first"), "{in_use}");
}

#[test]
fn the_list_finds_by_name_or_acronym_whatever_the_case() {
    let (_dir, db) = demo();
    let found = json(&db, &["organisation", "list", "--find", "ishr"]);
    let names: Vec<&str> = (found.as_array().unwrap().iter())
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["International Service for Human Rights"]);
    let by_name = json(
        &db,
        &["organisation", "list", "--find", "SERVICE FOR HUMAN"],
    );
    assert_eq!(by_name, found);
    let none = ok(&db, &["organisation", "list", "--find", "Greenpeace"]);
    assert_eq!(
        none.trim_end(),
        "No organisation's name or acronym holds \"Greenpeace\"."
    );
    assert_eq!(
        json(&db, &["organisation", "list", "--find", "Greenpeace"]),
        Value::Array(vec![])
    );
}

#[test]
fn a_duplicate_is_merged_into_another_and_the_one_kept_is_printed() {
    let (_dir, db) = demo();
    let ishr = listed(&db, "International Service for Human Rights");
    let ishr_id = ishr["id"].as_str().unwrap().to_string();
    let dup = json(
        &db,
        &[
            "organisation",
            "add",
            "--name",
            "Intl Service for Human Rights",
        ],
    );
    let dup_id = dup["id"].as_str().unwrap().to_string();
    let before = ok(&db, &["organisation", "list", "--json"]);
    for (args, starts) in [
        (
            vec!["organisation", "merge", &ishr_id, "--into", &ishr_id],
            "hrc: into: ",
        ),
        (
            vec!["organisation", "merge", &dup_id, "--into", "not-an-id"],
            "hrc: into: ",
        ),
        (
            vec!["organisation", "merge", "not-an-id", "--into", &ishr_id],
            "hrc: organisation: ",
        ),
        (
            vec![
                "organisation",
                "merge",
                &dup_id,
                "--into",
                "00000000-0000-0000-0000-000000000000",
            ],
            "hrc: into: ",
        ),
    ] {
        let line = refused(&db, &args);
        assert!(line.starts_with(starts), "hrc {args:?}: {line}");
    }
    assert_eq!(
        ok(&db, &["organisation", "list", "--json"]),
        before,
        "nothing changed"
    );

    let kept = json(&db, &["organisation", "merge", &dup_id, "--into", &ishr_id]);
    assert_eq!(kept["id"], ishr_id.as_str());
    assert_eq!(kept["name"], "International Service for Human Rights");
    assert_eq!(kept["statements"], ishr["statements"]);
    let gone = refused(&db, &["organisation", "show", &dup_id]);
    assert!(gone.contains("not found"), "{gone}");
    let human = ok(&db, &["organisation", "list"]);
    assert!(!human.contains("Intl Service"), "{human}");
}
