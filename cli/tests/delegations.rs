//! `hrc delegation …`: a State's record added, edited (only the flags given), shown and deleted
//! by id or by State, listed; `--json` prints the record with its id; a second record for a
//! State or an unknown State refused with exit 2 and one line naming `country`, nothing stored.
mod support;
use support::*;

#[test]
fn a_delegation_is_added_edited_shown_listed_and_deleted() {
    let (_dir, db) = demo();
    let added = json(
        &db,
        &[
            "delegation",
            "add",
            "--country",
            "Chile",
            "--contacts",
            "Human rights counsellor",
            "--notes",
            "Met on 2 July: open to co-sponsoring.",
        ],
    );
    let id = added["id"].as_str().unwrap().to_string();
    assert_eq!(added["country_code"], "CHL");
    assert_eq!(added["country_name"], "Chile");

    let edited = json(
        &db,
        &["delegation", "edit", "chile", "--notes", "Will co-sponsor."],
    );
    assert_eq!(edited["id"], id.as_str());
    assert_eq!(edited["contacts"], "Human rights counsellor");
    assert_eq!(edited["notes"], "Will co-sponsor.");

    ok(
        &db,
        &["delegation", "add", "--country", "Korea, Republic of"],
    );
    assert_eq!(
        ok(&db, &["delegation", "list"]),
        format!(
            "Chile  {id}\nRepublic of Korea  {}\n",
            json(&db, &["delegation", "show", "KOR"])["id"]
                .as_str()
                .unwrap()
        )
    );
    let shown = ok(&db, &["delegation", "show", &id]);
    assert_eq!(
        shown,
        format!("Chile  {id}\n\nContacts:\nHuman rights counsellor\n\nNotes:\nWill co-sponsor.\n")
    );
    assert!(ok(&db, &["delegation", "delete", "Chile"]).contains("delegation of Chile"));
    assert!(refused(&db, &["delegation", "show", &id]).contains("not found"));
    assert_eq!(
        json(&db, &["delegation", "list"]).as_array().unwrap().len(),
        1
    );
}

#[test]
fn bad_input_names_the_field_and_stores_nothing() {
    let (_dir, db) = demo();
    ok(&db, &["delegation", "add", "--country", "Chile"]);
    for args in [
        vec!["delegation", "add", "--country", "Atlantis"],
        vec!["delegation", "add", "--country", "CHL"],
        vec!["delegation", "edit", "Chile", "--country", "Atlantis"],
    ] {
        let said = refused(&db, &args);
        assert!(said.contains("country"), "{said}");
    }
    assert!(refused(&db, &["delegation", "show", "Peru"]).contains("not found"));
    let all = json(&db, &["delegation", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 1);
    assert_eq!(all[0]["country_code"], "CHL");
}
