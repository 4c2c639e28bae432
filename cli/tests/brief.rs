//! `hrc brief --situation ID | --issue ID --format docx|html|md`: the one-page brief on the
//! HRC38 example's Burundi and reprisals, to a file or standard output; both or neither flag,
//! a bad id or format exits 2 naming the field and writes nothing.
mod support;
use support::*;

/// The id of the record of `kind` (situation, issue) whose listed line starts with `start`.
fn id_of(db: &std::path::Path, kind: &str, start: &str) -> String {
    let list = json(db, &[kind, "list", "--session", "38"]);
    let found = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            [&r["country_name"], &r["title"]]
                .iter()
                .any(|v| v.as_str().is_some_and(|s| s.starts_with(start)))
        })
        .unwrap_or_else(|| panic!("no {kind} {start} in {list}"));
    found["id"].as_str().unwrap().to_string()
}

#[test]
fn a_brief_on_a_situation_or_an_issue_in_each_format() {
    let (dir, db) = demo();
    let burundi = id_of(&db, "situation", "Burundi");
    let md = ok(&db, &["brief", "--situation", &burundi, "--format", "md"]);
    assert!(md.starts_with("# Burundi: brief for HRC38\n"), "{md}");
    assert!(
        md.contains("| Wed 27 June, midday (12:00–15:00) | General debate on item 4 | We speak: Item 4 general debate: Burundi, Eritrea and Syria |"),
        "{md}"
    );

    let reprisals = id_of(&db, "issue", "Reprisals");
    for (format, start) in [
        ("docx", &b"PK"[..]),
        ("html", &b"<!DOCTYPE html>"[..]),
        ("md", &b"# Reprisals: brief for HRC38"[..]),
    ] {
        let out = dir.path().join(format!("reprisals.{format}"));
        let said = hrc(
            &db,
            &[
                "brief",
                "--issue",
                &reprisals,
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ],
        )
        .success()
        .stdout("")
        .get_output()
        .clone();
        assert!(String::from_utf8(said.stderr)
            .unwrap()
            .starts_with("Wrote "));
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(start), "{format}");
    }
}

#[test]
fn a_brief_needs_one_subject_a_known_id_and_a_format() {
    let (dir, db) = demo();
    let burundi = id_of(&db, "situation", "Burundi");
    let reprisals = id_of(&db, "issue", "Reprisals");
    let out = dir.path().join("brief.md");
    let out = out.to_str().unwrap();
    let neither = refused(&db, &["brief", "--format", "md", "--out", out]);
    assert!(neither.contains("--situation or --issue"), "{neither}");
    let both = refused(
        &db,
        &[
            "brief",
            "--situation",
            &burundi,
            "--issue",
            &reprisals,
            "--format",
            "md",
            "--out",
            out,
        ],
    );
    assert!(both.contains("not both"), "{both}");
    let bad_id = refused(&db, &["brief", "--situation", "burundi", "--format", "md"]);
    assert!(bad_id.starts_with("hrc: situation:"), "{bad_id}");
    let wrong_kind = refused(&db, &["brief", "--issue", &burundi, "--format", "md"]);
    assert!(wrong_kind.contains("key issue"), "{wrong_kind}");
    let bad_format = refused(&db, &["brief", "--situation", &burundi, "--format", "pdf"]);
    assert!(bad_format.starts_with("hrc: format:"), "{bad_format}");
    assert!(!std::path::Path::new(out).exists(), "nothing written");
}
