//! `hrc document add | edit | show | list [--find] | delete` and `hrc mandate …`: the `--json`
//! shape (the record with its `id`; shown with what links it), only the flags given changed, a
//! symbol read as the UN writes it and a mandate's name never split at its commas, bad input
//! refused with exit 2 and one line naming the field with nothing changed, and a symbol searched
//! found exactly.
use std::path::Path;

use serde_json::Value;

mod support;
use support::*;

const TORTURE: &str =
    "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment";

fn symbols(db: &Path, args: &[&str]) -> Vec<String> {
    json(db, &[&["document", "list"], args].concat())
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| d["symbol"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_document_is_added_edited_shown_listed_and_deleted() {
    let (_dir, db) = demo();
    let before = symbols(&db, &[]);
    let added = json(
        &db,
        &[
            "document",
            "add",
            "--symbol",
            "a/hrc/38/50/add.1",
            "--title",
            "Mission to Ukraine",
        ],
    );
    let id = added["id"].as_str().expect("the record's id").to_string();
    assert_eq!(added["symbol"], "A/HRC/38/50/Add.1");
    assert_eq!(added["kind"], "addendum");
    assert_eq!(added["url"], "https://undocs.org/A/HRC/38/50/Add.1");

    // Only the flag given changes; show (by id or by symbol) agrees and adds what links it.
    let edited = json(&db, &["document", "edit", &id, "--kind", "report"]);
    assert_eq!(
        (&edited["id"], &edited["kind"], &edited["title"]),
        (
            &Value::from(id.as_str()),
            &Value::from("report"),
            &Value::from("Mission to Ukraine")
        )
    );
    for by in [id.as_str(), "A/HRC/38/50/ADD.1"] {
        let shown = json(&db, &["document", "show", by]);
        assert_eq!(shown["id"], id.as_str());
        assert_eq!(shown["linked"], Value::Array(vec![]));
    }
    let line = ok(&db, &["document", "show", &id]);
    assert!(
        line.starts_with("A/HRC/38/50/Add.1  Report  Mission to Ukraine  https://undocs.org/"),
        "{line}"
    );
    assert_eq!(
        symbols(&db, &["--find", "38/50/add"]),
        ["A/HRC/38/50/Add.1"]
    );

    // Bad input: exit 2, one line naming the field, nothing changed.
    for (args, words) in [
        (
            vec!["document", "add", "--symbol", "HRC/38"],
            "symbol: \"HRC/38\" is not a UN document symbol",
        ),
        (
            vec!["document", "add", "--symbol", "A/HRC/38/50/Add.1"],
            "symbol: \"A/HRC/38/50/Add.1\" already exists",
        ),
        (
            vec![
                "document",
                "add",
                "--symbol",
                "A/HRC/38/45",
                "--kind",
                "memo",
            ],
            "kind:",
        ),
        (
            vec!["document", "edit", &id, "--symbol", "A/HRC"],
            "symbol:",
        ),
    ] {
        let err = refused(&db, &args);
        assert!(err.contains(words), "{args:?}: {err}");
    }
    assert_eq!(symbols(&db, &[]).len(), before.len() + 1);
    assert_eq!(json(&db, &["document", "show", &id])["kind"], "report");
    let moved = json(&db, &["document", "edit", &id, "--symbol", "A/HRC/38/L.10"]);
    assert_eq!(
        moved["kind"], "draft-resolution",
        "a new symbol says its kind"
    );
    let moved = json(
        &db,
        &[
            "document",
            "edit",
            &id,
            "--symbol",
            "A/HRC/38/50/Add.1",
            "--kind",
            "report",
        ],
    );
    assert_eq!(moved["kind"], "report");

    // A document of the example is taken up by its meeting.
    let report = json(&db, &["document", "show", "A/HRC/38/44"]);
    let linked = report["linked"].as_array().expect("a list");
    assert!(linked.iter().any(|l| l["kind"] == "meeting"), "{report}");
    // Each meeting says its day, in JSON and in words, so that a dialogue's days are told apart.
    assert!(
        linked
            .iter()
            .any(|l| l["kind"] == "meeting" && l["date"] == "2018-06-19"),
        "{report}"
    );
    let shown = ok(&db, &["document", "show", "A/HRC/38/44"]);
    assert!(shown.contains(" (2018-06-19)  "), "{shown}");

    let said = ok(&db, &["document", "delete", "A/HRC/38/50/Add.1"]);
    assert!(said.starts_with("Deleted A/HRC/38/50/Add.1"), "{said}");
    assert_eq!(symbols(&db, &[]), before);
}

#[test]
fn a_mandate_is_added_edited_shown_listed_and_deleted() {
    let (_dir, db) = demo();
    let added = json(
        &db,
        &[
            "mandate",
            "add",
            "--name",
            TORTURE,
            "--holder",
            "Nils Melzer",
            "--resolution",
            "a/hrc/res/34/19",
            "--renewal-session",
            "44",
        ],
    );
    let id = added["id"].as_str().expect("the record's id").to_string();
    assert_eq!(added["name"], TORTURE, "never split at its commas");
    assert_eq!(added["kind"], "special-rapporteur");
    assert_eq!(added["holders"], Value::from(vec!["Nils Melzer"]));
    assert_eq!(added["resolution"], "A/HRC/RES/34/19");

    let edited = json(&db, &["mandate", "edit", &id, "--country", "Burundi"]);
    assert_eq!(edited["country_code"], "BDI");
    assert_eq!(edited["name"], TORTURE);
    assert_eq!(edited["renewal_session"], 44);
    let cleared = json(
        &db,
        &["mandate", "edit", &id, "--no-country", "--no-holders"],
    );
    assert_eq!(cleared["country_code"], Value::Null);
    assert_eq!(cleared["holders"], Value::Array(vec![]));
    let shown = json(&db, &["mandate", "show", &id]);
    assert_eq!(shown["linked"], Value::Array(vec![]));
    let found = json(&db, &["mandate", "list", "--find", "cruel, inhuman"]);
    assert!(found
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == id.as_str()));

    for (args, field) in [
        (vec!["mandate", "add", "--name", " "], "name:"),
        (vec!["mandate", "add", "--name", TORTURE], "name:"),
        (
            vec!["mandate", "edit", &id, "--country", "Atlantis"],
            "country:",
        ),
        (
            vec!["mandate", "edit", &id, "--resolution", "35/15"],
            "resolution:",
        ),
        (
            vec!["mandate", "edit", &id, "--renewal-session", "0"],
            "renewal_session:",
        ),
    ] {
        let err = refused(&db, &args);
        assert!(err.contains(field), "{args:?}: {err}");
    }
    assert_eq!(json(&db, &["mandate", "show", &id])["renewal_session"], 44);

    ok(&db, &["mandate", "delete", &id]);
    assert!(!json(&db, &["mandate", "list"])
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == id.as_str()));
}

#[test]
fn a_symbol_searched_finds_the_records_that_name_it_exactly() {
    let (_dir, db) = demo();
    let meetings = |query: &str| -> Vec<String> {
        json(&db, &["search", query, "--kinds", "meeting"])
            .as_array()
            .expect("a list")
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_string())
            .collect()
    };
    let report = json(&db, &["document", "show", "A/HRC/38/44/Add.1"]);
    let taken_up: Vec<String> = report["linked"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["kind"] == "meeting")
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!taken_up.is_empty(), "{report}");
    assert_eq!(meetings("a/hrc/38/44/add.1"), taken_up);
    assert!(meetings("A/HRC/38/44/Add.9").is_empty());
    // In words, the document comes first.
    let said = ok(&db, &["search", "A/HRC/38/44/Add.1"]);
    assert!(said.starts_with("A/HRC/38/44/Add.1  Addendum"), "{said}");
}

#[test]
fn situations_issues_and_statements_link_mandates_and_documents() {
    let (_dir, db) = demo();
    let made = json(
        &db,
        &[
            "situation",
            "add",
            "--session",
            "38",
            "--country",
            "Eritrea",
            "--item",
            "2",
            "--mechanism",
            "Special Rapporteur on the situation of human rights in Eritrea",
            "--mechanism",
            TORTURE,
            "--document",
            "a/hrc/38/50",
        ],
    );
    let id = made["id"].as_str().unwrap().to_string();
    assert_eq!(
        made["mandates"],
        serde_json::json!([
            "Special Rapporteur on the situation of human rights in Eritrea",
            TORTURE
        ])
    );
    assert_eq!(made["documents"], serde_json::json!(["A/HRC/38/50"]));
    // An edit of another field keeps them; --no-mechanisms takes the mandates off.
    let kept = json(&db, &["situation", "edit", &id, "--priority", "high"]);
    assert_eq!(kept["mandates"], made["mandates"]);
    let shown = ok(&db, &["situation", "show", &id]);
    assert!(
        shown.contains("Documents:\nA/HRC/38/50  https://undocs.org/A/HRC/38/50"),
        "{shown}"
    );
    let off = json(&db, &["situation", "edit", &id, "--no-mechanisms"]);
    assert_eq!(off["mandates"], serde_json::json!([]));
    assert_eq!(off["documents"], made["documents"]);
    let err = refused(&db, &["situation", "edit", &id, "--document", "38/50"]);
    assert!(err.contains("documents:"), "{err}");

    let issue = json(
        &db,
        &[
            "issue",
            "add",
            "--session",
            "38",
            "--title",
            "Executions",
            "--document",
            "A/HRC/38/44",
        ],
    );
    assert_eq!(issue["documents"], serde_json::json!(["A/HRC/38/44"]));
    let issue_id = issue["id"].as_str().unwrap();
    let none = json(&db, &["issue", "edit", issue_id, "--no-documents"]);
    assert_eq!(none["documents"], serde_json::json!([]));

    let statement = json(
        &db,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            "On the report",
            "--document",
            "A/HRC/38/44",
            "--document",
            "A/HRC/38/44/Add.1",
        ],
    );
    assert_eq!(
        statement["documents"],
        serde_json::json!(["A/HRC/38/44", "A/HRC/38/44/Add.1"])
    );
    let linked = json(&db, &["document", "show", "A/HRC/38/44"]);
    let kinds: Vec<&str> = linked["linked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"statement"), "{linked}");
    assert!(!kinds.contains(&"key-issue"), "taken off: {linked}");
}
