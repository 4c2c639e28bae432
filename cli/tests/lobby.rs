//! `hrc lobby ID`: the member States of a text's session likely yes, swing and likely no by
//! their votes on a related text of an earlier session, as words, JSON and the one-page target
//! list written as CSV, HTML, Markdown and Word; a bad format or id exits 2 naming the field.
use std::path::Path;

mod support;
use support::*;

/// The Council's members in 2018 (a test fixture; OHCHR's membership page lists them by group).
const MEMBERS: &str = "Angola\nBurundi\nCôte d'Ivoire\nDemocratic Republic of the Congo\nEgypt
Ethiopia\nKenya\nNigeria\nRwanda\nSenegal\nSouth Africa\nTogo\nTunisia\nAfghanistan\nChina\nIraq
Japan\nKyrgyzstan\nMongolia\nNepal\nPakistan\nPhilippines\nQatar\nRepublic of Korea\nSaudi Arabia
United Arab Emirates\nBrazil\nChile\nCuba\nEcuador\nMexico\nPanama\nPeru
Venezuela (Bolivarian Republic of)\nAustralia\nBelgium\nGermany\nSpain\nSwitzerland
United Kingdom of Great Britain and Northern Ireland\nUnited States of America\nCroatia\nGeorgia
Hungary\nSlovakia\nSlovenia\nUkraine\n";

/// An ILLUSTRATIVE recorded vote of 46 of them (not the record of any text).
const VOTE: &str = "In favour: Afghanistan, Australia, Belgium, Brazil, Chile, Cote d'Ivoire,
Croatia, Ecuador, Georgia, Germany, Hungary, Japan, Kenya, Mexico, Panama, Peru, Qatar,
Korea, Republic of, Rwanda, Saudi Arabia, Slovakia, Slovenia, Spain, Switzerland, Ukraine and
United Kingdom of Great Britain and Northern Ireland.
Against: Burundi; China; Cuba; Egypt; Pakistan; Venezuela (Bolivarian Republic of).
Abstaining: Angola, Democratic Republic of the Congo, Ethiopia, Iraq, Kyrgyzstan, Mongolia,
Nepal, Nigeria, Philippines, Senegal, South Africa, Togo, Tunisia, United Arab Emirates.
";

const TITLE: &str = "The human rights situation in the Syrian Arab Republic";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn id(v: serde_json::Value) -> String {
    v["id"].as_str().unwrap().to_string()
}

#[test]
fn whom_to_lobby_in_words_json_and_each_format() {
    let (dir, db) = demo();
    let members = write(dir.path(), "members.txt", MEMBERS);
    let vote = write(dir.path(), "vote.txt", VOTE);
    ok(
        &db,
        &[
            "session",
            "add",
            "--number",
            "37",
            "--start",
            "2018-02-26",
            "--end",
            "2018-03-23",
        ],
    );
    for session in ["37", "38"] {
        ok(
            &db,
            &[
                "membership",
                "set",
                "--session",
                session,
                "--from-file",
                &members,
            ],
        );
    }
    let earlier = id(json(
        &db,
        &[
            "resolution",
            "add",
            "--session",
            "37",
            "--title",
            TITLE,
            "--adopted-symbol",
            "A/HRC/RES/37/29",
        ],
    ));
    ok(
        &db,
        &[
            "resolution",
            "vote",
            &earlier,
            "--from-file",
            &vote,
            "--on",
            "2018-03-23",
        ],
    );
    let text = id(json(
        &db,
        &[
            "resolution",
            "add",
            "--session",
            "38",
            "--title",
            TITLE,
            "--draft-symbol",
            "A/HRC/38/L.10",
            "--sponsor",
            "United Kingdom",
            "--cosponsor",
            "Chile",
        ],
    ));

    let list = json(&db, &["lobby", &text]);
    assert_eq!(list["related"][0]["symbol"], "A/HRC/RES/37/29");
    assert_eq!(
        list["related"][0]["relations"],
        serde_json::json!(["same-title"])
    );
    let names = |lean: &str| -> Vec<String> {
        list[lean]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["country_code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names("likely_yes").len(),
        26,
        "the 25 others in favour, and Chile"
    );
    assert_eq!(names("likely_yes")[0], "GBR", "the main sponsor first");
    assert_eq!(
        names("likely_no"),
        ["BDI", "EGY", "CHN", "PAK", "CUB", "VEN"],
        "by group, then name"
    );
    assert_eq!(
        names("swing").len(),
        15,
        "14 abstaining, the United States absent"
    );
    let usa = list["swing"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["country_code"] == "USA")
        .unwrap();
    assert_eq!(usa["reason"], "absent 1 of 1 related votes");

    let words = ok(&db, &["lobby", &text]);
    assert!(words.starts_with("Whom to lobby on A/HRC/38/L.10 (HRC38)\n\nLikely yes (26)\n  United Kingdom of Great Britain and Northern Ireland  main sponsor of this text"), "{words}");
    assert!(
        words.contains("\nLikely no (6)\n  Burundi  against in 1 of 1 related votes"),
        "{words}"
    );
    assert!(words.contains("A/HRC/RES/37/29 (HRC37) — The human rights situation in the Syrian Arab Republic (same title)"), "{words}");

    let csv_path = dir.path().join("targets.csv");
    let out = csv_path.to_str().unwrap();
    hrc(&db, &["lobby", &text, "--format", "csv", "--out", out])
        .success()
        .stdout("")
        .stderr(format!("Wrote {out}\n"));
    let csv = std::fs::read_to_string(&csv_path).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("Lean,State,Code,Group,Why,Presenting,In favour,Against,Abstaining,Absent,Delegation contacts,Delegation notes")
    );
    assert_eq!(
        lines.next(),
        Some("Likely yes,United Kingdom of Great Britain and Northern Ireland,GBR,Western European and other States,main sponsor of this text,Main sponsor,1,0,0,0,,")
    );
    assert_eq!(csv.lines().count(), 48, "a header and 47 States");

    let html = ok(&db, &["lobby", &text, "--format", "html"]);
    assert!(html.contains("<h2>Likely no (6)</h2>"), "{html}");
    assert!(html.contains("<td>Cuba</td>"), "{html}");
    let md = ok(&db, &["lobby", &text, "--format", "md"]);
    assert!(
        md.starts_with("# Whom to lobby: A/HRC/38/L.10: The human rights situation"),
        "{md}"
    );
    assert!(md.contains("## How the lists are made"), "{md}");
    let docx = dir.path().join("targets.docx");
    hrc(
        &db,
        &[
            "lobby",
            &text,
            "--format",
            "docx",
            "--out",
            docx.to_str().unwrap(),
        ],
    )
    .success();
    assert_eq!(
        &std::fs::read(&docx).unwrap()[..2],
        b"PK",
        "a Word file (a zip)"
    );

    let said = refused(&db, &["lobby", &text, "--format", "pdf"]);
    assert!(
        said.starts_with("hrc: format: \"pdf\" is not one of"),
        "{said}"
    );
    let said = refused(&db, &["lobby", "not-an-id"]);
    assert!(said.starts_with("hrc: id:"), "{said}");
}
