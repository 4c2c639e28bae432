//! `hrc resolution …`, `hrc member …` and `hrc vote record`: the `--json` shape (the record with
//! its `id`), only the flags given changed on edit, members pasted from a file, a vote pasted from
//! a file checked against them; bad input refused with exit 2 and one line naming the field or
//! the State, nothing stored.
use std::path::Path;

mod support;
use support::*;

/// HRC38's members in 2018, by group, as OHCHR's membership page lists them (a test fixture).
const MEMBERS: &str = "African States
Angola\nBurundi\nCôte d'Ivoire\nDemocratic Republic of the Congo\nEgypt\nEthiopia\nKenya
Nigeria\nRwanda\nSenegal\nSouth Africa\nTogo\nTunisia
Asia-Pacific States
Afghanistan\nChina\nIraq\nJapan\nKyrgyzstan\nMongolia\nNepal\nPakistan\nPhilippines\nQatar
Republic of Korea\nSaudi Arabia\nUnited Arab Emirates
Latin American and Caribbean States
Brazil\nChile\nCuba\nEcuador\nMexico\nPanama\nPeru\nVenezuela (Bolivarian Republic of)
Western European and other States
Australia\nBelgium\nGermany\nSpain\nSwitzerland
United Kingdom of Great Britain and Northern Ireland\nUnited States of America
Eastern European States
Croatia\nGeorgia\nHungary\nSlovakia\nSlovenia\nUkraine
";

/// An ILLUSTRATIVE recorded vote of those members after 19 June 2018, pasted untidily (not the
/// record of any resolution).
const VOTE: &str = "The result of the vote was as follows:
In favour:
Afghanistan, Australia, Belgium, Brazil, Chile, Cote d'Ivoire, Croatia, Ecuador, Georgia,
Germany, Hungary, Japan, Kenya, Mexico, Panama, Peru, Qatar, Korea, Republic of, Rwanda,
Saudi Arabia, Slovakia, Slovenia, Spain, Switzerland, Ukraine and United Kingdom of Great
Britain and Northern Ireland.
Against: Burundi; China; Cuba; Egypt; Pakistan; Venezuela (Bolivarian Republic of).
Abstaining: Angola, Democratic Republic of the Congo, Ethiopia, Iraq, Kyrgyzstan, Mongolia,
Nepal, Nigeria, Philippines, Senegal, South Africa, Togo, Tunisia, United Arab Emirates.
";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn a_text_is_added_edited_shown_listed_co_sponsored_and_deleted() {
    let (dir, db) = demo();
    let added = json(
        &db,
        &[
            "resolution",
            "add",
            "--session",
            "38",
            "--title",
            "The human rights situation in the Syrian Arab Republic",
            "--item",
            "4",
            "--draft-symbol",
            "a/hrc/38/l.10",
            "--sponsor",
            "United Kingdom",
            "--sponsor",
            "France",
            "--cosponsor",
            "Chile@2018-07-02",
            "--mandate",
            "Independent International Commission of Inquiry on the Syrian Arab Republic",
            "--mandate-effect",
            "renews",
        ],
    );
    let id = added["id"].as_str().expect("the record's id").to_string();
    assert_eq!(added["draft_symbol"], "A/HRC/38/L.10");
    assert_eq!(added["status"], "draft");
    assert_eq!(added["sponsors"].as_array().unwrap().len(), 3);
    assert_eq!(added["sponsors"][2]["joined_on"], "2018-07-02");
    assert_eq!(added["mandates"][0]["effect"], "renews");

    let edited = json(
        &db,
        &[
            "resolution",
            "edit",
            &id,
            "--adopted-symbol",
            "A/HRC/RES/38/16",
        ],
    );
    assert_eq!(edited["adopted_symbol"], "A/HRC/RES/38/16");
    assert_eq!(edited["sponsors"], added["sponsors"], "kept: not given");
    assert_eq!(edited["title"], added["title"]);
    assert_eq!(json(&db, &["resolution", "show", &id]), edited);
    let line = ok(&db, &["resolution", "list", "--session", "38"]);
    assert!(
        line.starts_with("A/HRC/38/L.10 → A/HRC/RES/38/16  The human rights situation"),
        "{line}"
    );
    let shown = ok(&db, &["resolution", "show", &id]);
    assert!(
        shown.contains("Co-sponsors: Chile (from 2018-07-02)"),
        "{shown}"
    );

    let pasted = dir.path().join("cosponsors.txt");
    std::fs::write(
        &pasted,
        "The following States joined as co-sponsors: Albania, Andorra and Uruguay.",
    )
    .unwrap();
    let pasted = pasted.display().to_string();
    let grown = json(
        &db,
        &[
            "resolution",
            "cosponsors",
            &id,
            "--paste-file",
            &pasted,
            "--on",
            "2018-07-05",
        ],
    );
    assert_eq!(grown["sponsors"].as_array().unwrap().len(), 6);
    assert_eq!(grown["sponsors"][5]["country_code"], "URY");
    assert_eq!(grown["sponsors"][5]["joined_on"], "2018-07-05");

    let said = ok(&db, &["resolution", "delete", &id]);
    assert_eq!(
        said.trim(),
        "Deleted The human rights situation in the Syrian Arab Republic (no undo from the command line)."
    );
    assert_eq!(
        json(&db, &["resolution", "list", "--session", "38"]),
        serde_json::json!([])
    );
    assert!(refused(&db, &["resolution", "show", &id]).contains("not found"));
}

#[test]
fn bad_input_names_the_field_and_stores_nothing() {
    let (_dir, db) = demo();
    let add = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = ["resolution", "add", "--session", "38", "--title", "T"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    for (extra, field) in [
        (&["--draft-symbol", "L.10"][..], "draft_symbol: "),
        (&["--status", "passed"][..], "status: "),
        (&["--sponsor", "Atlantis"][..], "sponsors: \"Atlantis\""),
        (&["--cosponsor", "Peru@6 July"][..], "cosponsors: "),
        (
            &["--mandate", "X", "--mandate-effect", "extends"][..],
            "mandate_effect: ",
        ),
    ] {
        let args = add(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let said = refused(&db, &args);
        assert!(said.contains(field), "{said}");
    }
    assert_eq!(
        json(&db, &["resolution", "list", "--session", "38"]),
        serde_json::json!([])
    );
}

#[test]
fn members_and_a_pasted_vote_checked_against_them() {
    let (dir, db) = demo();
    let members = write(dir.path(), "members.txt", MEMBERS);
    let all = json(
        &db,
        &["member", "add", "--session", "38", "--paste-file", &members],
    );
    assert_eq!(all["members"].as_array().unwrap().len(), 47);
    assert_eq!(all["warnings"], serde_json::json!([]));
    let usa = all["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["country_code"] == "USA")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let left = json(&db, &["member", "edit", &usa, "--left", "2018-06-19"]);
    assert_eq!(left["left"], "2018-06-19");
    let listed = ok(
        &db,
        &["member", "list", "--session", "38", "--on", "2018-07-06"],
    );
    assert!(
        listed.contains("Note: Western European and other States: 6 members, usually 7 seats"),
        "{listed}"
    );

    let text = json(
        &db,
        &["resolution", "add", "--session", "38", "--title", "A text"],
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let misspelt = write(
        dir.path(),
        "misspelt.txt",
        &VOTE.replace("Mongolia", "Mongolai"),
    );
    let said = refused(
        &db,
        &[
            "vote",
            "record",
            "--resolution",
            &text,
            "--paste-file",
            &misspelt,
        ],
    );
    assert!(
        said.contains("votes: \"Mongolai\" is not a known country"),
        "{said}"
    );
    let with_usa = write(
        dir.path(),
        "usa.txt",
        &VOTE.replace(
            "Abstaining: Angola",
            "Abstaining: United States of America, Angola",
        ),
    );
    let said = refused(
        &db,
        &[
            "vote",
            "record",
            "--resolution",
            &text,
            "--paste-file",
            &with_usa,
            "--on",
            "2018-07-05",
        ],
    );
    assert_eq!(
        said,
        "hrc: votes: United States of America is not a member of the Council on 2018-07-05"
    );
    assert_eq!(
        json(&db, &["resolution", "show", &text])["vote"],
        serde_json::Value::Null,
        "nothing stored"
    );

    let pasted = write(dir.path(), "vote.txt", VOTE);
    let vote = json(
        &db,
        &[
            "vote",
            "record",
            "--resolution",
            &text,
            "--paste-file",
            &pasted,
            "--in-favour",
            "26",
            "--against",
            "6",
            "--abstaining",
            "14",
        ],
    );
    assert_eq!(vote["outcome"], "adopted");
    assert_eq!(vote["date"], "2018-07-06", "the session's last day");
    assert_eq!(vote["states"].as_array().unwrap().len(), 46);
    let shown = ok(&db, &["resolution", "show", &text]);
    assert!(
        shown.contains("Adopted by a recorded vote of 26 to 6, with 14 abstentions, on 2018-07-06"),
        "{shown}"
    );
    assert!(shown.contains("Against: Burundi, China, Cuba"), "{shown}");

    let without = json(
        &db,
        &[
            "vote",
            "record",
            "--resolution",
            &text,
            "--without-vote",
            "--on",
            "2018-07-05",
        ],
    );
    assert_eq!(without["outcome"], "adopted-without-vote");
    assert_eq!(
        json(&db, &["resolution", "show", &text])["status"],
        "adopted-without-vote"
    );
    let said = refused(
        &db,
        &[
            "vote",
            "record",
            "--resolution",
            &text,
            "--in-favour",
            "30",
            "--against",
            "10",
            "--abstaining",
            "7",
        ],
    );
    assert!(
        said.contains("47 votes are more than the Council's 46 members"),
        "{said}"
    );
}

#[test]
fn an_amendment_is_added_voted_on_and_shown_with_its_text() {
    let (_dir, db) = demo();
    let text = json(
        &db,
        &[
            "resolution",
            "add",
            "--session",
            "38",
            "--title",
            "A text",
            "--draft",
            "A/HRC/38/L.10",
        ],
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let amendment = json(
        &db,
        &[
            "resolution",
            "amendment",
            "add",
            "--resolution",
            &text,
            "--symbol",
            "a/hrc/38/l.35",
            "--sponsor",
            "China",
            "--sponsor",
            "Cuba",
            "--summary",
            "Deletes paragraph 12",
        ],
    );
    assert_eq!(amendment["symbol"], "A/HRC/38/L.35");
    let id = amendment["id"].as_str().unwrap().to_string();
    let said = refused(
        &db,
        &[
            "resolution",
            "amendment",
            "add",
            "--resolution",
            &text,
            "--symbol",
            "L.35",
        ],
    );
    assert!(said.starts_with("hrc: symbol: "), "{said}");
    let vote = json(
        &db,
        &[
            "vote",
            "record",
            "--resolution",
            &text,
            "--amendment",
            &id,
            "--in-favour",
            "12",
            "--against",
            "24",
            "--abstaining",
            "10",
        ],
    );
    assert_eq!(vote["outcome"], "rejected");
    let shown = ok(&db, &["resolution", "show", &text]);
    assert!(
        shown.contains("Amendment A/HRC/38/L.35  Rejected  by China, Cuba"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "Rejected by a recorded vote of 12 to 24, with 10 abstentions, on 2018-07-06"
        ),
        "{shown}"
    );
    let edited = json(
        &db,
        &[
            "resolution",
            "amendment",
            "edit",
            &id,
            "--status",
            "withdrawn",
        ],
    );
    assert_eq!(edited["status"], "withdrawn");
    assert_eq!(edited["sponsors"].as_array().unwrap().len(), 2, "kept");
    ok(&db, &["resolution", "amendment", "delete", &id]);
    assert_eq!(
        json(&db, &["resolution", "show", &text])["amendments"],
        serde_json::json!([])
    );
}
