//! `hrc membership set|show|leave|join` and `hrc resolution vote`: the members replaced from a
//! pasted file and shown by group with the seat warnings, a State leaving and a seat filled
//! later, a vote recorded on a text by its lists, counts or without a vote; a change of members
//! that a recorded vote contradicts refused with exit 2 and one line, nothing stored.
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

/// An ILLUSTRATIVE recorded vote of those members after 19 June 2018 (not any text's record).
const VOTE: &str = "In favour: Afghanistan, Australia, Belgium, Brazil, Chile, Cote d'Ivoire,
Croatia, Ecuador, Georgia, Germany, Hungary, Japan, Kenya, Mexico, Panama, Peru, Qatar,
Korea, Republic of, Rwanda, Saudi Arabia, Slovakia, Slovenia, Spain, Switzerland, Ukraine and
United Kingdom of Great Britain and Northern Ireland.
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
fn members_set_shown_by_group_a_state_leaves_and_a_seat_is_filled() {
    let (dir, db) = demo();
    let members = write(dir.path(), "members.txt", MEMBERS);
    let set = json(
        &db,
        &[
            "membership",
            "set",
            "--session",
            "38",
            "--from-file",
            &members,
        ],
    );
    let groups = set["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 5);
    assert_eq!(groups[0]["group"], "african");
    assert_eq!(groups[0]["seats"], 13);
    assert_eq!(groups[0]["members"].as_array().unwrap().len(), 13);
    assert_eq!(set["warnings"], serde_json::json!([]));

    let left = json(
        &db,
        &[
            "membership",
            "leave",
            "--session",
            "38",
            "--country",
            "USA",
            "--on",
            "2018-06-19",
        ],
    );
    assert_eq!(left["left"], "2018-06-19");
    let joined = json(
        &db,
        &[
            "membership",
            "join",
            "--session",
            "38",
            "--country",
            "Iceland",
            "--on",
            "2018-07-02",
        ],
    );
    assert_eq!(
        (&joined["joined"], &joined["left"], &joined["group"]),
        (
            &"2018-07-02".into(),
            &"2018-07-06".into(),
            &"western-european-other".into()
        )
    );
    let shown = ok(&db, &["membership", "show", "--session", "38"]);
    assert!(
        shown.starts_with("African States (13 of 13 seats)\n  Angola  2018-06-18 – 2018-07-06"),
        "{shown}"
    );
    assert!(
        shown.contains("Western European and other States (8 of 7 seats)"),
        "{shown}"
    );
    assert!(
        shown.trim_end().ends_with(
            "Note: Western European and other States: 6 members, usually 7 seats, from 2018-06-20 to 2018-07-01"
        ),
        "{shown}"
    );
    let json_shown = json(&db, &["membership", "show", "--session", "38"]);
    assert_eq!(json_shown["warnings"][0]["from"], "2018-06-20");
    assert_eq!(json_shown["warnings"][0]["to"], "2018-07-01");

    // A misspelt State in the paste: exit 2, one line naming it, nothing changed.
    let bad = write(dir.path(), "bad.txt", &MEMBERS.replace("Nepal", "Nepall"));
    let said = refused(
        &db,
        &["membership", "set", "--session", "38", "--from-file", &bad],
    );
    assert!(
        said.starts_with("hrc: members: \"Nepall\" is not a known country"),
        "{said}"
    );
    assert_eq!(
        json(&db, &["membership", "show", "--session", "38"]),
        json_shown
    );
    let said = refused(
        &db,
        &[
            "membership",
            "leave",
            "--session",
            "38",
            "--country",
            "Chile",
            "--on",
            "2018-07-07",
        ],
    );
    assert_eq!(
        said,
        "hrc: on: 2018-07-07 is outside the session (2018-06-18 – 2018-07-06)"
    );
}

#[test]
fn a_vote_on_a_text_and_the_members_it_holds_to() {
    let (dir, db) = demo();
    let members = write(dir.path(), "members.txt", MEMBERS);
    ok(
        &db,
        &[
            "membership",
            "set",
            "--session",
            "38",
            "--from-file",
            &members,
        ],
    );
    ok(
        &db,
        &[
            "membership",
            "leave",
            "--session",
            "38",
            "--country",
            "USA",
            "--on",
            "2018-06-19",
        ],
    );
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
    let counted = json(
        &db,
        &[
            "resolution",
            "vote",
            &text,
            "--yes",
            "26",
            "--no",
            "6",
            "--abstain",
            "14",
            "--on",
            "2018-07-06",
        ],
    );
    assert_eq!(counted["outcome"], "adopted");
    assert_eq!(counted["counts"]["against"], 6);
    let pasted = write(dir.path(), "vote.txt", VOTE);
    let said = ok(&db, &["resolution", "vote", &text, "--from-file", &pasted]);
    assert!(
        said.starts_with("Adopted by a recorded vote of 26 to 6, with 14 abstentions, on 2018-07-06\nIn favour: Afghanistan"),
        "{said}"
    );
    // Cuba voted on 6 July: it cannot have left on the 5th, nor leave the list.
    let said = refused(
        &db,
        &[
            "membership",
            "leave",
            "--session",
            "38",
            "--country",
            "Cuba",
            "--on",
            "2018-07-05",
        ],
    );
    assert_eq!(
        said,
        "hrc: on: Cuba voted on A/HRC/38/L.10 on 2018-07-06, so it must be a member of the Council that day"
    );
    let without_cuba = write(dir.path(), "less.txt", &MEMBERS.replace("Cuba\n", ""));
    let said = refused(
        &db,
        &[
            "membership",
            "set",
            "--session",
            "38",
            "--from-file",
            &without_cuba,
        ],
    );
    assert!(said.starts_with("hrc: members: Cuba voted on"), "{said}");
    assert_eq!(
        json(&db, &["membership", "show", "--session", "38"])["groups"][2]["members"]
            .as_array()
            .unwrap()
            .len(),
        8,
        "Cuba still a member"
    );

    let without = json(&db, &["resolution", "vote", &text, "--without-vote"]);
    assert_eq!(without["outcome"], "adopted-without-vote");
    // hrc vote record is the same door.
    let again = json(
        &db,
        &[
            "vote",
            "record",
            "--resolution",
            &text,
            "--yes",
            "20",
            "--no",
            "20",
            "--abstain",
            "6",
        ],
    );
    assert_eq!(again["outcome"], "rejected");
    let said = refused(&db, &["resolution", "vote", &text]);
    assert!(said.contains("--from-file"), "{said}");
}
