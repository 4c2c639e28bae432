//! End-to-end tests of the hrc command line: each runs the binary on a fresh temporary database.
use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// The signatory list of the issue: a near-duplicate (typographic apostrophe), a blank line, an acronym.
const SIGNATORIES: &str = "L’Association Marocaine des Droits Humains\n\nL'Association Marocaine des Droits Humains\nInternational Service for Human Rights (ISHR)\n";

/// A fresh temporary directory that holds one test's database.
fn tmp() -> TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

/// The database every test passes with `--db`.
fn db(dir: &TempDir) -> PathBuf {
    dir.path().join("t.db")
}

/// Where `HRC_DB` points: inside the temporary directory, and never written to, since `--db` wins.
fn env_db(dir: &TempDir) -> PathBuf {
    dir.path().join("env.db")
}

/// `hrc --db <dir>/t.db`, with `HRC_DB` also pointing inside `dir`.
fn hrc(dir: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("hrc").expect("the hrc binary is built");
    cmd.arg("--db").arg(db(dir)).env("HRC_DB", env_db(dir));
    cmd
}

/// Runs `hrc args`, expects success and an empty stderr, and returns stdout.
fn ok(dir: &TempDir, args: &[&str]) -> String {
    let out = hrc(dir)
        .args(args)
        .assert()
        .success()
        .stderr("")
        .get_output()
        .clone();
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// Runs `hrc args` (which should include `--json`), expects success and returns the parsed JSON.
fn json(dir: &TempDir, args: &[&str]) -> Value {
    let stdout = ok(dir, args);
    serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("hrc {args:?} printed invalid JSON ({e}):\n{stdout}"))
}

/// Runs `hrc args`, expects exit `code` with nothing on stdout, and returns stderr.
fn fails(dir: &TempDir, args: &[&str], code: i32) -> String {
    let out = hrc(dir)
        .args(args)
        .assert()
        .code(code)
        .stdout("")
        .get_output()
        .clone();
    String::from_utf8(out.stderr).expect("stderr is UTF-8")
}

/// `n` words of plausible statement text.
fn words(n: usize) -> String {
    const VOCABULARY: [&str; 8] = [
        "Mr",
        "President,",
        "defenders",
        "face",
        "reprisals",
        "for",
        "their",
        "work.",
    ];
    (0..n)
        .map(|i| VOCABULARY[i % VOCABULARY.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Adds HRC38 (18 June – 6 July 2018).
fn add_session_38(dir: &TempDir) -> Value {
    json(
        dir,
        &[
            "session",
            "add",
            "--number",
            "38",
            "--start",
            "2018-06-18",
            "--end",
            "2018-07-06",
            "--json",
        ],
    )
}

/// The id of a JSON object, as text.
fn id(v: &Value) -> String {
    v["id"].as_str().expect("an id").to_string()
}

/// What `session show 38 --json` and `session list --json` print, byte for byte.
fn snapshot(dir: &TempDir) -> (Vec<u8>, Vec<u8>) {
    let run = |args: &[&str]| {
        hrc(dir)
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    (
        run(&["session", "show", "38", "--json"]),
        run(&["session", "list", "--json"]),
    )
}

/// The file `HRC_DB` names was never created: the tests stayed on `--db`.
fn assert_env_db_untouched(dir: &TempDir) {
    assert!(
        !env_db(dir).exists(),
        "HRC_DB's file was created though --db was given"
    );
}

/// The stderr of a failed run: exactly one line, returned without its newline.
fn one_line(stderr: &str) -> &str {
    let line = stderr
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("stderr does not end with a newline: {stderr:?}"));
    assert!(
        !line.contains('\n'),
        "more than one line on stderr: {stderr:?}"
    );
    line
}

#[test]
fn init_creates_the_database_and_prints_its_path() {
    let dir = tmp();
    let path = db(&dir);
    for _ in 0..2 {
        hrc(&dir)
            .arg("init")
            .assert()
            .success()
            .stderr("")
            .stdout(predicate::str::contains(path.display().to_string()));
    }
    assert!(path.is_file(), "init did not create {}", path.display());
    assert_env_db_untouched(&dir);
}

#[test]
fn demo_loads_hrc38_once() {
    let dir = tmp();
    hrc(&dir)
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Loaded").and(predicate::str::contains("HRC38")));
    let first = snapshot(&dir);
    hrc(&dir)
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains("Already there"));
    assert_eq!(snapshot(&dir), first, "the second demo changed HRC38");

    let sessions = json(&dir, &["session", "list", "--json"]);
    let sessions = sessions.as_array().expect("a list of sessions");
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    assert_eq!(sessions[0]["label"], "38");
    assert_env_db_untouched(&dir);
}

#[test]
fn a_new_session_has_the_ten_standing_agenda_items() {
    let dir = tmp();
    let session = add_session_38(&dir);
    assert_eq!(session["label"], "38");
    assert_eq!(session["start_date"], "2018-06-18");
    assert_eq!(session["end_date"], "2018-07-06");

    let overview = json(&dir, &["session", "show", "38", "--json"]);
    let items = overview["agenda_items"].as_array().expect("agenda items");
    assert_eq!(items.len(), 10);
    let numbers: Vec<u64> = items
        .iter()
        .map(|i| i["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<u64>>());
    let item4 = items.iter().find(|i| i["number"] == 4).expect("item 4");
    assert_eq!(
        item4["title"],
        "Human rights situations that require the Council's attention"
    );
    // The label is read in its other spellings too.
    for label in ["HRC38", "hrc 38"] {
        let other = json(&dir, &["session", "show", label, "--json"]);
        assert_eq!(other, overview, "session show {label}");
    }
}

#[test]
fn situations_take_a_code_a_name_or_an_alias() {
    let cases = [
        ("BDI", "BDI", "Burundi"),
        ("Burundi", "BDI", "Burundi"),
        ("bdi", "BDI", "Burundi"),
        ("eritrea", "ERI", "Eritrea"),
        ("Syria", "SYR", "Syrian Arab Republic"),
        ("DR Congo", "COD", "Democratic Republic of the Congo"),
        ("cote d’ivoire", "CIV", "Côte d'Ivoire"),
    ];
    for (country, code, name) in cases {
        let dir = tmp();
        add_session_38(&dir);
        let s = json(
            &dir,
            &[
                "situation",
                "add",
                "--session",
                "38",
                "--country",
                country,
                "--json",
            ],
        );
        assert_eq!(
            (s["country_code"].as_str(), s["country_name"].as_str()),
            (Some(code), Some(name)),
            "--country {country}"
        );
    }
}

#[test]
fn a_session_from_start_to_finish() {
    let dir = tmp();
    add_session_38(&dir);

    let meeting = json(
        &dir,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-27",
            "--start",
            "15:00",
            "--end",
            "18:00",
            "--item",
            "4",
            "--kind",
            "general-debate",
            "--title",
            "General debate on item 4",
            "--json",
        ],
    );
    assert_eq!(meeting["kind"], "general-debate");
    assert_eq!(meeting["agenda_items"], serde_json::json!([4]));
    assert_eq!(meeting["date"], "2018-06-27");
    let meeting_id = id(&meeting);

    let issue = json(
        &dir,
        &[
            "issue",
            "add",
            "--session",
            "38",
            "--title",
            "Reprisals",
            "--item",
            "5",
            "--overview",
            "Intimidation and reprisals against those who cooperate with the UN.",
            "--json",
        ],
    );
    assert_eq!(issue["title"], "Reprisals");

    for (country, code) in [("BDI", "BDI"), ("Eritrea", "ERI")] {
        let s = json(
            &dir,
            &[
                "situation",
                "add",
                "--session",
                "38",
                "--country",
                country,
                "--item",
                "4",
                "--priority",
                "high",
                "--json",
            ],
        );
        assert_eq!(s["country_code"], code, "--country {country}");
    }

    // 226 words at 150 a minute take 91 s: over a 90 s general-debate slot; 225 fit exactly.
    let long = words(226);
    let fits = words(225);
    let over = json(
        &dir,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            "GD4 — too long",
            "--meeting",
            &meeting_id,
            "--text",
            &long,
            "--limit-seconds",
            "90",
            "--json",
        ],
    );
    assert_eq!(over["agenda_item"], 4, "the item comes from the meeting");
    json(
        &dir,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            "GD4 — fits",
            "--meeting",
            &meeting_id,
            "--text",
            &fits,
            "--json",
        ],
    );

    let statements = json(&dir, &["statement", "list", "--session", "38", "--json"]);
    let statements = statements.as_array().expect("a list of statements");
    assert_eq!(statements.len(), 2);
    let timing = |title: &str| {
        let s = statements
            .iter()
            .find(|s| s["title"] == title)
            .unwrap_or_else(|| panic!("no statement {title:?}"));
        let t = &s["timing"];
        (
            t["word_count"].as_u64(),
            t["estimated_seconds"].as_u64(),
            t["limit_seconds"].as_u64(),
            t["over_limit"].as_bool(),
        )
    };
    assert_eq!(
        timing("GD4 — too long"),
        (Some(226), Some(91), Some(90), Some(true))
    );
    // No --limit-seconds: a general debate's default of 90 s applies.
    assert_eq!(
        timing("GD4 — fits"),
        (Some(225), Some(90), Some(90), Some(false))
    );

    let side_event = json(
        &dir,
        &[
            "side-event",
            "add",
            "--session",
            "38",
            "--title",
            "Civic space in Burundi",
            "--date",
            "2018-06-20",
            "--start",
            "13:00",
            "--end",
            "14:00",
            "--room",
            "XXIII",
            "--organiser",
            "International Service for Human Rights (ISHR)",
            "--cosponsor-state",
            "Belgium",
            "--speaker",
            "A defender",
            "--json",
        ],
    );
    assert_eq!(side_event["organisers"][0]["acronym"], "ISHR");
    assert_eq!(side_event["cosponsor_states"][0]["code"], "BEL");

    let note = json(
        &dir,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--meeting",
            &meeting_id,
            "--text",
            "Reprisals against defenders who travelled to Genève were raised twice.",
            "--json",
        ],
    );
    assert_eq!(note["agenda_item"], 4, "the item comes from the meeting");
    let note_id = id(&note);

    // "reprisal" finds "Reprisals" (case and prefix); "geneve" finds "Genève" (accents).
    for query in ["reprisal", "REPRISALS", "geneve", "Genève"] {
        let hits = json(&dir, &["search", query, "--json"]);
        let hits = hits.as_array().expect("a list of hits");
        assert!(
            hits.iter()
                .any(|h| h["kind"] == "note" && h["id"] == note_id.as_str()),
            "search {query} did not find the note: {hits:?}"
        );
    }
    let human = ok(&dir, &["search", "geneve"]);
    assert!(human.contains("Genève"), "{human}");
    let hits = json(
        &dir,
        &["search", "reprisal", "--kind", "key-issue", "--json"],
    );
    let kinds: Vec<&Value> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| &h["kind"])
        .collect();
    assert_eq!(kinds, [&Value::from("key-issue")]);

    let overview = json(&dir, &["session", "show", "38", "--json"]);
    let count = |key: &str| overview[key].as_array().map(Vec::len);
    assert_eq!(
        [
            "meetings",
            "key_issues",
            "situations",
            "statements",
            "side_events",
            "notes"
        ]
        .map(count),
        [Some(1), Some(1), Some(2), Some(2), Some(1), Some(1)]
    );
    assert_env_db_untouched(&dir);
}

#[test]
fn signatories_are_read_from_a_file_or_stdin_without_duplicates() {
    for source in ["file", "stdin"] {
        let dir = tmp();
        add_session_38(&dir);
        let statement = json(
            &dir,
            &[
                "statement",
                "add",
                "--session",
                "38",
                "--title",
                "Joint statement on Gaza",
                "--kind",
                "joint-oral",
                "--json",
            ],
        );
        let statement_id = id(&statement);
        let list = dir.path().join("signatories.txt");
        std::fs::write(&list, SIGNATORIES).unwrap();
        let from = if source == "file" {
            list.to_str().unwrap()
        } else {
            "-"
        };
        let mut cmd = hrc(&dir);
        cmd.args([
            "statement",
            "signatories",
            &statement_id,
            "--from-file",
            from,
            "--json",
        ]);
        if source == "stdin" {
            cmd.write_stdin(SIGNATORIES);
        }
        let out = cmd
            .assert()
            .success()
            .stderr("")
            .get_output()
            .stdout
            .clone();
        let report: Value = serde_json::from_slice(&out).expect("the report is JSON");
        assert_eq!(
            (&report["created"], &report["reused"], &report["duplicates"]),
            (&Value::from(2), &Value::from(0), &Value::from(1)),
            "from {source}: {report}"
        );
        let signatories = report["signatories"].as_array().expect("signatories");
        assert_eq!(signatories.len(), 2, "from {source}: {report}");
        assert_eq!(
            signatories[0]["name"],
            "L’Association Marocaine des Droits Humains"
        );
        let ishr = signatories
            .iter()
            .find(|o| o["name"] == "International Service for Human Rights")
            .unwrap_or_else(|| panic!("no ISHR in {report}"));
        assert_eq!(ishr["acronym"], "ISHR");

        // The statement keeps them; pasting the same list again adds nobody.
        let shown = json(&dir, &["statement", "show", &statement_id, "--json"]);
        assert_eq!(shown["signatories"], report["signatories"]);
        let again = json(
            &dir,
            &[
                "statement",
                "signatories",
                &statement_id,
                "--from-file",
                list.to_str().unwrap(),
                "--json",
            ],
        );
        assert_eq!(
            (&again["created"], &again["reused"], &again["duplicates"]),
            (&Value::from(0), &Value::from(0), &Value::from(3)),
            "{again}"
        );
        assert_eq!(again["signatories"], report["signatories"]);
    }
}

/// A signatory list as it arrives in an e-mail (core/tests/fixtures/README.md).
const EMAIL: &str = include_str!("../../core/tests/fixtures/signatories-email.txt");

#[test]
fn signatories_pasted_from_an_email_are_previewed_then_added_without_the_email_around_them() {
    let dir = tmp();
    add_session_38(&dir);
    let add = |title: &str| {
        id(&json(
            &dir,
            &[
                "statement",
                "add",
                "--session",
                "38",
                "--title",
                title,
                "--json",
            ],
        ))
    };
    let (other, statement) = (add("Earlier letter"), add("Joint letter on Gaza"));
    let list = dir.path().join("email.txt");
    std::fs::write(&list, EMAIL).unwrap();
    let list = list.to_str().unwrap();
    let paste = |id: &str, text: &str| {
        hrc(&dir)
            .args(["statement", "signatories", id, "--from-file", "-", "--json"])
            .write_stdin(text.to_string())
            .assert()
            .success();
    };
    paste(&other, "Al-Haq");
    paste(&statement, "International Service for Human Rights (ISHR)");

    // --dry-run: the report, and nothing saved.
    let before = snapshot(&dir);
    let args = ["statement", "signatories", &statement, "--from-file", list];
    let preview = ok(&dir, &[&args[..], &["--dry-run"]].concat());
    assert_eq!(snapshot(&dir), before, "--dry-run saves nothing");
    let want = "\
To add (6):
  Al-Haq — known from other statements
  CIVICUS: World Alliance for Citizen Participation — new organisation
  L’Association Marocaine des Droits Humains (AMDH) — new organisation
  Cairo Institute for Human Rights Studies (CIHRS) — new organisation
  Best Practices Network — new organisation
  Thanks for Life Foundation — new organisation
Already signing (1):
  International Service for Human Rights (ISHR)
Merged as near-duplicates (2):
  L'Association Marocaine des Droits Humains → L’Association Marocaine des Droits Humains (AMDH)
  al-haq → Al-Haq
Skipped, not an organisation (7):
  Dear colleagues, the following organisations have signed on so far: — greeting
  Please send any further sign-ons by Friday noon Geneva time. — a sentence of the e-mail
  Best, — sign-off
  Maria Lopez — the sender's signature
  Advocacy Officer — the sender's signature
  International Service for Human Rights (ISHR) — the sender's signature
  +41 22 919 71 00 | m.lopez@ishr.ch — the sender's signature
";
    assert_eq!(
        preview,
        format!("{want}Nothing saved (--dry-run). Adding would make 7 signatories (5 new organisations, 1 existing, 3 duplicates skipped, 7 lines not organisations).\n")
    );
    let preview = json(&dir, &[&args[..], &["--dry-run", "--json"]].concat());
    assert_eq!(preview["signatories_after"], 7, "{preview}");

    // Adding prints the same lines, and does what the preview said.
    let added = ok(&dir, &args);
    assert_eq!(
        added,
        format!("{want}7 signatories now (5 new organisations, 1 existing, 3 duplicates skipped, 7 lines not organisations)\n")
    );
    let shown = json(&dir, &["statement", "show", &statement, "--json"]);
    let names: Vec<_> = shown["signatories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "International Service for Human Rights",
            "Al-Haq",
            "CIVICUS: World Alliance for Citizen Participation",
            "L’Association Marocaine des Droits Humains",
            "Cairo Institute for Human Rights Studies",
            "Best Practices Network",
            "Thanks for Life Foundation",
        ]
    );
    let again = json(&dir, &[&args[..], &["--json"]].concat());
    assert_eq!(
        (
            &again["created"],
            &again["reused"],
            &again["duplicates"],
            &again["skipped"]
        ),
        (
            &Value::from(0),
            &Value::from(0),
            &Value::from(9),
            &Value::from(7)
        ),
        "{again}"
    );
    let outcomes: Vec<_> = again["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["outcome"].as_str().unwrap())
        .filter(|o| *o != "skipped")
        .collect();
    assert_eq!(
        outcomes, ["already-signing"; 9],
        "pasting again: everyone signs already"
    );
}

#[test]
fn bad_input_names_the_field_and_changes_nothing() {
    let dir = tmp();
    add_session_38(&dir);
    json(
        &dir,
        &[
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            "2018-06-18",
            "--start",
            "10:00",
            "--end",
            "13:00",
            "--title",
            "Opening",
            "--json",
        ],
    );
    let meeting_titled = |date, start, end, title| {
        vec![
            "meeting",
            "add",
            "--session",
            "38",
            "--date",
            date,
            "--start",
            start,
            "--end",
            end,
            "--title",
            title,
        ]
    };
    let meeting = |date, start, end| meeting_titled(date, start, end, "A meeting");
    let with = |mut args: Vec<&'static str>, extra: &[&'static str]| {
        args.extend_from_slice(extra);
        args
    };
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        (
            "session ends before it starts",
            vec![
                "session",
                "add",
                "--number",
                "39",
                "--start",
                "2018-09-10",
                "--end",
                "2018-09-01",
            ],
            "end_date",
        ),
        (
            "session number 0",
            vec![
                "session",
                "add",
                "--number",
                "0",
                "--start",
                "2018-09-10",
                "--end",
                "2018-09-28",
            ],
            "number",
        ),
        (
            "duplicate session 38",
            vec![
                "session",
                "add",
                "--number",
                "38",
                "--start",
                "2018-06-18",
                "--end",
                "2018-07-06",
            ],
            "number",
        ),
        (
            "meeting after the session",
            meeting("2018-07-07", "10:00", "11:00"),
            "date",
        ),
        (
            "meeting before the session",
            meeting("2018-06-17", "10:00", "11:00"),
            "date",
        ),
        (
            "meeting ends before it starts",
            meeting("2018-06-19", "12:00", "11:00"),
            "end",
        ),
        (
            "meeting ends when it starts",
            meeting("2018-06-19", "12:00", "12:00"),
            "end",
        ),
        (
            "time 25:00",
            meeting("2018-06-19", "25:00", "26:00"),
            "start",
        ),
        (
            "date 2018-02-30",
            meeting("2018-02-30", "10:00", "11:00"),
            "date",
        ),
        (
            "agenda item 11",
            with(meeting("2018-06-19", "10:00", "11:00"), &["--item", "11"]),
            "agenda_items",
        ),
        (
            "blank meeting title",
            meeting_titled("2018-06-19", "10:00", "11:00", "  "),
            "title",
        ),
        (
            "blank key issue title",
            vec!["issue", "add", "--session", "38", "--title", "  "],
            "title",
        ),
        (
            "blank statement title",
            vec!["statement", "add", "--session", "38", "--title", "  "],
            "title",
        ),
        (
            "unknown country",
            vec!["situation", "add", "--session", "38", "--country", "XXX"],
            "country",
        ),
        (
            "note on agenda item 11",
            vec![
                "note",
                "add",
                "--session",
                "38",
                "--text",
                "x",
                "--item",
                "11",
            ],
            "agenda_item",
        ),
        (
            "statement limit of 0 s",
            vec![
                "statement",
                "add",
                "--session",
                "38",
                "--title",
                "x",
                "--limit-seconds",
                "0",
            ],
            "limit_seconds",
        ),
        (
            "side event after the session",
            vec![
                "side-event",
                "add",
                "--session",
                "38",
                "--title",
                "x",
                "--date",
                "2018-07-07",
                "--start",
                "13:00",
                "--end",
                "14:00",
            ],
            "date",
        ),
        (
            "side event co-sponsored by no country",
            vec![
                "side-event",
                "add",
                "--session",
                "38",
                "--title",
                "x",
                "--date",
                "2018-06-20",
                "--start",
                "13:00",
                "--end",
                "14:00",
                "--cosponsor-state",
                "Atlantis",
            ],
            "cosponsor_states",
        ),
    ];
    for (what, args, field) in cases {
        let before = snapshot(&dir);
        let stderr = fails(&dir, &args, 2);
        let line = one_line(&stderr);
        assert!(
            line.starts_with(&format!("hrc: {field}: ")),
            "{what}: expected field {field}, got {line:?}"
        );
        assert!(
            snapshot(&dir) == before,
            "{what}: the refused input changed the stored data"
        );
    }
    // The snapshot does see a change: the same commands with good values are stored.
    for args in [
        meeting("2018-06-19", "10:00", "11:00"),
        vec![
            "session",
            "add",
            "--number",
            "39",
            "--start",
            "2018-09-10",
            "--end",
            "2018-09-28",
        ],
    ] {
        let before = snapshot(&dir);
        ok(&dir, &args);
        assert!(snapshot(&dir) != before, "hrc {args:?} changed nothing");
    }
    assert_env_db_untouched(&dir);
}

#[test]
fn an_unknown_session_is_not_found() {
    let dir = tmp();
    add_session_38(&dir);
    let cases: [&[&str]; 9] = [
        &["session", "show", "99"],
        &["meeting", "list", "--session", "99"],
        &["issue", "add", "--session", "99", "--title", "x"],
        &["situation", "list", "--session", "99", "--json"],
        &["statement", "list", "--session", "99"],
        &["side-event", "list", "--session", "99"],
        &["note", "add", "--session", "99", "--text", "x"],
        &["note", "list", "--session", "99"],
        &["search", "reprisal", "--session", "99"],
    ];
    for args in cases {
        let before = snapshot(&dir);
        let stderr = fails(&dir, args, 2);
        assert!(
            one_line(&stderr).contains("session not found"),
            "hrc {args:?}: {stderr}"
        );
        assert!(snapshot(&dir) == before, "hrc {args:?} changed the data");
    }
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let dir = tmp();
    let text: Vec<u8> = "These are my notes from the session, not a database.\n"
        .bytes()
        .cycle()
        .take(4096)
        .collect();
    std::fs::write(db(&dir), &text).unwrap();
    let cases: [&[&str]; 4] = [
        &["init"],
        &["demo"],
        &["session", "list", "--json"],
        &[
            "session",
            "add",
            "--number",
            "38",
            "--start",
            "2018-06-18",
            "--end",
            "2018-07-06",
        ],
    ];
    for args in cases {
        let stderr = fails(&dir, args, 1);
        assert!(
            one_line(&stderr).contains("not a readable HRC Planner database"),
            "hrc {args:?}: {stderr}"
        );
        assert!(
            std::fs::read(db(&dir)).unwrap() == text,
            "hrc {args:?} changed the file"
        );
    }
    assert_env_db_untouched(&dir);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tmp();
    ok(&dir, &["init"]);
    let mut bytes = std::fs::read(db(&dir)).unwrap();
    assert!(
        bytes.starts_with(b"SQLite format 3\0"),
        "not an SQLite file"
    );
    // The header's user_version (4 bytes, big-endian, at offset 60) holds the schema version.
    let schema = u32::from_be_bytes(bytes[60..64].try_into().unwrap());
    assert!(
        (1..999).contains(&schema),
        "schema {schema} is not in the file's header (was the WAL left unmerged?)"
    );
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(db(&dir), &bytes).unwrap();

    let cases: [&[&str]; 4] = [
        &["init"],
        &["demo"],
        &["session", "list", "--json"],
        &["countries", "--json"],
    ];
    for args in cases {
        let stderr = fails(&dir, args, 1);
        let line = one_line(&stderr);
        assert!(
            line.contains("newer version") && line.contains("999"),
            "hrc {args:?}: {stderr}"
        );
        assert!(
            std::fs::read(db(&dir)).unwrap() == bytes,
            "hrc {args:?} changed the file"
        );
    }
    assert_env_db_untouched(&dir);
}

#[test]
fn every_list_prints_json() {
    let dir = tmp();
    ok(&dir, &["demo"]);
    let cases: [&[&str]; 9] = [
        &["session", "list", "--json"],
        &["meeting", "list", "--session", "38", "--json"],
        &["issue", "list", "--session", "38", "--json"],
        &["situation", "list", "--session", "38", "--json"],
        &["statement", "list", "--session", "HRC38", "--json"],
        &["side-event", "list", "--session", "38", "--json"],
        &["note", "list", "--session", "38", "--json"],
        &["search", "reprisal", "--json"],
        &[
            "search",
            "burundi",
            "--session",
            "38",
            "--limit",
            "2",
            "--json",
        ],
    ];
    for args in cases {
        let v = json(&dir, args);
        let list = v
            .as_array()
            .unwrap_or_else(|| panic!("hrc {args:?} did not print a list"));
        assert!(!list.is_empty(), "hrc {args:?} printed an empty list");
        assert!(
            list.iter().all(|x| x["id"].is_string()),
            "hrc {args:?}: an entry without an id"
        );
    }
    let hits = json(&dir, &["search", "burundi", "--limit", "2", "--json"]);
    assert!(hits.as_array().unwrap().len() <= 2, "--limit 2: {hits}");

    let countries = json(&dir, &["countries", "--json"]);
    let countries = countries.as_array().expect("a list of countries");
    assert_eq!(countries.len(), 195);
    let bdi = countries
        .iter()
        .find(|c| c["code"] == "BDI")
        .expect("Burundi");
    assert_eq!(bdi["name"], "Burundi");
    assert!(countries
        .iter()
        .all(|c| c["code"].as_str().is_some_and(|c| c.len() == 3)));
}

#[test]
fn empty_lists_print_an_empty_json_list() {
    let dir = tmp();
    add_session_38(&dir);
    let cases: [&[&str]; 7] = [
        &["meeting", "list", "--session", "38", "--json"],
        &["issue", "list", "--session", "38", "--json"],
        &["situation", "list", "--session", "38", "--json"],
        &["statement", "list", "--session", "38", "--json"],
        &["side-event", "list", "--session", "38", "--json"],
        &["note", "list", "--session", "38", "--json"],
        &["search", "reprisal", "--json"],
    ];
    for args in cases {
        assert_eq!(json(&dir, args), Value::Array(vec![]), "hrc {args:?}");
    }
}

#[test]
fn unreadable_standard_input_is_bad_input() {
    let dir = tmp();
    add_session_38(&dir);
    let st = json(
        &dir,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            "Joint",
            "--json",
        ],
    );
    let before = snapshot(&dir);
    let out = hrc(&dir)
        .args(["statement", "signatories", &id(&st), "--from-file", "-"])
        .write_stdin(vec![0xff, 0xfe])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(one_line(&stderr).starts_with("hrc: file: "), "{stderr}");
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn export_writes_each_format_and_a_bundle_re_imports() {
    let dir = tmp();
    ok(&dir, &["demo"]);
    for (format, starts) in [
        ("md", &b"# HRC38"[..]),
        ("html", b"<!DOCTYPE html>"),
        ("docx", b"PK"),
        ("ics", b"BEGIN:VCALENDAR"),
        ("json", b"{"),
        ("csv-statements", b"id,title"),
        ("csv-side-events", b"id,title"),
        ("csv-resolutions", b"id,draft_symbol"),
    ] {
        let out = dir.path().join(format!("hrc38.{format}"));
        hrc(&dir)
            .args(["export", "--session", "38", "--format", format, "--out"])
            .arg(&out)
            .assert()
            .success();
        assert!(std::fs::read(&out).unwrap().starts_with(starts), "{format}");
    }
    let md = ok(&dir, &["export", "--session", "38", "--format", "md"]);
    assert!(!md.contains("## Notes"), "notes stay out unless asked for");
    assert!(ok(
        &dir,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "md",
            "--with-notes"
        ]
    )
    .contains("## Notes"));
    let err = fails(&dir, &["export", "--session", "38", "--format", "pdf"], 2);
    assert!(one_line(&err).starts_with("hrc: format: "), "{err}");
    let err = fails(
        &dir,
        &[
            "export",
            "--session",
            "38",
            "--format",
            "md",
            "--sections",
            "gossip",
        ],
        2,
    );
    assert!(one_line(&err).starts_with("hrc: sections: "), "{err}");
    // The full copy carries notes only with --with-notes, and has no sections to choose.
    let note = "A note on the Burundi delegation";
    ok(&dir, &["note", "add", "--session", "38", "--text", note]);
    let json_export = ["export", "--session", "38", "--format", "json"];
    assert!(!ok(&dir, &json_export).contains(note));
    assert!(ok(&dir, &[&json_export[..], &["--with-notes"]].concat()).contains(note));
    let err = fails(
        &dir,
        &[&json_export[..], &["--sections", "key-issues"]].concat(),
        2,
    );
    assert!(one_line(&err).starts_with("hrc: sections: "), "{err}");

    let other = tmp();
    let bundle = dir.path().join("hrc38.json");
    let report = json(&other, &["import", bundle.to_str().unwrap(), "--json"]);
    assert_eq!(report["session"]["label"], "38");
    assert_eq!(report["conflicts"].as_array().unwrap().len(), 0);
    let again = json(&other, &["import", bundle.to_str().unwrap(), "--json"]);
    assert_eq!(
        (again["added"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );
    let copy = ok(&other, &["export", "--session", "38", "--format", "json"]);
    assert_eq!(
        copy.as_bytes(),
        std::fs::read(&bundle).unwrap(),
        "the copy exports exactly as the original"
    );

    let truncated = dir.path().join("truncated.json");
    let text = std::fs::read_to_string(&bundle).unwrap();
    std::fs::write(&truncated, &text[..text.len() / 3]).unwrap();
    let before = snapshot(&other);
    let err = fails(&other, &["import", truncated.to_str().unwrap()], 2);
    assert!(one_line(&err).starts_with("hrc: bundle: "), "{err}");
    assert_eq!(snapshot(&other), before);
}

/// The backups `hrc backup --list --json` shows, newest first.
fn listed_backups(dir: &TempDir) -> Vec<Value> {
    json(dir, &["backup", "--list", "--json"])
        .as_array()
        .expect("a list")
        .clone()
}

/// The labels of the sessions in the database.
fn session_labels(dir: &TempDir) -> Vec<String> {
    let mut labels: Vec<String> = json(dir, &["session", "list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap().to_string())
        .collect();
    labels.sort();
    labels
}

#[test]
fn backup_writes_a_copy_beside_the_database_and_lists_it() {
    let dir = tmp();
    assert_eq!(
        ok(&dir, &["backup", "--list"]).trim(),
        "No backups yet: make one with `hrc backup`."
    );
    assert_eq!(listed_backups(&dir), Vec::<Value>::new());
    add_session_38(&dir);

    let path = PathBuf::from(ok(&dir, &["backup"]).trim());
    assert_eq!(path.parent(), Some(dir.path().join("backups").as_path()));
    assert!(path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("t-"));
    assert!(std::fs::metadata(&path).unwrap().len() > 0);

    let list = listed_backups(&dir);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["path"], path.display().to_string());
    assert_eq!(list[0]["kind"], "routine");
    let human = ok(&dir, &["backup", "--list"]);
    assert!(
        human.contains(" UTC ") && human.contains(&path.display().to_string()),
        "{human}"
    );
    let second = json(&dir, &["backup", "--json"]);
    assert_ne!(second["path"], list[0]["path"]);
    assert_eq!(
        listed_backups(&dir)[0]["path"],
        second["path"],
        "newest first"
    );
    assert_env_db_untouched(&dir);
}

#[test]
fn restore_latest_brings_the_data_back_and_says_where_the_current_file_is_kept() {
    let dir = tmp();
    add_session_38(&dir);
    ok(&dir, &["backup"]);
    ok(
        &dir,
        &[
            "session",
            "add",
            "--number",
            "39",
            "--start",
            "2018-09-10",
            "--end",
            "2018-09-28",
        ],
    );
    assert_eq!(session_labels(&dir), ["38", "39"]);

    let said = ok(&dir, &["restore", "latest"]);
    assert_eq!(session_labels(&dir), ["38"]);
    let kept = listed_backups(&dir)
        .into_iter()
        .find(|b| b["kind"] == "before-restore")
        .expect("the current file was kept");
    let kept = kept["path"].as_str().unwrap();
    assert!(
        said.contains(&format!("The database as it was is kept at {kept}")),
        "{said}"
    );
    assert!(
        said.starts_with(&format!("Restored {}", db(&dir).display())),
        "{said}"
    );

    // The kept copy undoes the restore.
    let undone = json(&dir, &["restore", kept, "--json"]);
    assert_eq!(undone["restored_from"], kept);
    assert!(undone["kept_copy"].is_string());
    assert_eq!(session_labels(&dir), ["38", "39"]);
    assert_env_db_untouched(&dir);
}

#[test]
fn restore_puts_back_a_database_that_cannot_be_opened_and_keeps_it() {
    let dir = tmp();
    add_session_38(&dir);
    ok(&dir, &["backup"]);
    let junk = b"the laptop died while this was being written".repeat(50);
    std::fs::write(db(&dir), &junk).unwrap();
    fails(&dir, &["session", "list"], 1);

    let restored = json(&dir, &["restore", "latest", "--json"]);
    assert_eq!(session_labels(&dir), ["38"]);
    let kept = restored["kept_copy"].as_str().unwrap();
    assert_eq!(
        std::fs::read(kept).unwrap(),
        junk,
        "the damaged file is kept as it was"
    );
}

#[test]
fn a_missing_damaged_foreign_or_newer_backup_is_refused_and_nothing_changes() {
    let dir = tmp();
    add_session_38(&dir);
    let backup = PathBuf::from(ok(&dir, &["backup"]).trim());

    let empty = tmp();
    let line = fails(&empty, &["restore", "latest"], 2);
    assert!(one_line(&line).contains("backup not found"), "{line}");
    assert!(!db(&empty).exists(), "nothing created");

    let missing = dir.path().join("nowhere.db");
    let line = fails(&dir, &["restore", missing.to_str().unwrap()], 2);
    assert!(one_line(&line).contains("nowhere.db"), "{line}");

    let letter = dir.path().join("letter.db");
    std::fs::write(
        &letter,
        "Dear colleagues, please find attached… ".repeat(200),
    )
    .unwrap();
    let empty_file = dir.path().join("empty.db");
    std::fs::write(&empty_file, b"").unwrap();
    let newer = dir.path().join("newer.db");
    let mut bytes = std::fs::read(&backup).unwrap();
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&newer, &bytes).unwrap();
    let damaged = dir.path().join("damaged.db");
    let bytes = std::fs::read(&backup).unwrap();
    std::fs::write(&damaged, &bytes[..bytes.len() / 2]).unwrap();

    let before = snapshot(&dir);
    let db_bytes = std::fs::read(db(&dir)).unwrap();
    for (file, says) in [
        (&letter, "not a readable HRC Planner database"),
        (&empty_file, "not an HRC Planner database"),
        (&newer, "newer version"),
        (&damaged, "not a readable HRC Planner database"),
    ] {
        let line = fails(&dir, &["restore", file.to_str().unwrap()], 1);
        assert!(one_line(&line).contains(says), "{}: {line}", file.display());
        assert_eq!(
            std::fs::read(db(&dir)).unwrap(),
            db_bytes,
            "{}",
            file.display()
        );
        assert_eq!(listed_backups(&dir).len(), 1, "no copy kept for nothing");
    }
    assert_eq!(snapshot(&dir), before);
    assert_env_db_untouched(&dir);
}

#[test]
fn today_shows_the_room_at_a_set_clock_and_deliver_records_the_time() {
    let dir = tmp();
    ok(&dir, &["demo"]);
    let text = ok(&dir, &["today", "--at", "2018-06-27 12:30"]);
    assert!(
        text.starts_with("Wednesday 27 June 2018, 12:30 (Geneva)\nHRC38\nNow:\n"),
        "{text}"
    );
    assert!(
        text.contains("[General debate on item 4]") && text.contains("(now, ends in 2 h 30 min)"),
        "{text}"
    );
    assert!(
        text.contains("Item 4 general debate: Burundi, Eritrea and Syria"),
        "{text}"
    );
    assert!(
        text.contains("Strengthening the Human Rights Council from the ground up"),
        "{text}"
    );

    let today = json(&dir, &["today", "--at", "2018-06-27 12:30", "--json"]);
    assert_eq!(
        today["current"][0]["meeting"]["title"],
        "General debate on item 4"
    );
    assert_eq!(today["current"][0]["state"], "running");
    let statement = id(&today["statements"][0]);
    let delivered = json(
        &dir,
        &[
            "statement",
            "deliver",
            &statement,
            "--at",
            "2018-06-27 13:12",
            "--json",
        ],
    );
    assert_eq!(delivered["status"], "delivered");
    assert_eq!(delivered["delivered_at"], "2018-06-27T11:12:00Z");

    let between = ok(&dir, &["today", "--at", "2018-08-01 10:00"]);
    assert_eq!(
        between,
        "Wednesday 1 August 2018, 10:00 (Geneva)\nNo session is running today.\n"
    );

    let before = snapshot(&dir);
    let err = fails(
        &dir,
        &[
            "statement",
            "deliver",
            &statement,
            "--at",
            "2018-02-30 13:12",
        ],
        2,
    );
    assert!(
        one_line(&err).starts_with("hrc: at: \"2018-02-30 13:12\" is not a date and time"),
        "{err}"
    );
    fails(&dir, &["today", "--at", "25:00"], 2);
    assert_eq!(snapshot(&dir), before, "refused input changed nothing");
}

/// `hrc args` as a plain process, so that a test can choose where its output goes.
fn hrc_process(dir: &TempDir, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_hrc"));
    cmd.arg("--db")
        .arg(db(dir))
        .env("HRC_DB", env_db(dir))
        .args(args);
    cmd
}

/// Whether `text` holds a character a terminal would act on, line ends aside.
fn drives_a_terminal(text: &str) -> bool {
    text.contains(|c: char| {
        c != '\n'
            && (c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    })
}

#[test]
fn version_and_help_print_normally() {
    let dir = tmp();
    for flag in ["--version", "-V"] {
        assert_eq!(
            ok(&dir, &[flag]),
            format!("hrc {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
    assert_eq!(env!("CARGO_PKG_VERSION"), "0.1.0", "the workspace version");
    let help = ok(&dir, &["session", "add", "--help"]);
    assert!(
        help.starts_with("Add a session\n\nUsage: hrc session add"),
        "{help}"
    );
    assert!(!db(&dir).exists(), "--help and --version open no database");
}

#[test]
fn argument_errors_are_one_line_with_status_2() {
    let dir = tmp();
    for (args, line) in [
        (
            &["session", "add", "--foo"][..],
            "hrc: error: unexpected argument '--foo' found (see 'hrc session add --help')",
        ),
        (
            &["session", "add", "--titel", "x"],
            "hrc: error: unexpected argument '--titel' found (tip: a similar argument exists: '--title'; see 'hrc session add --help')",
        ),
        (
            &["session", "add"],
            "hrc: error: the following required arguments were not provided: --number <NUMBER>, --start <START>, --end <END> (see 'hrc session add --help')",
        ),
        (
            &["session", "add", "--number", "x", "--start", "2018-06-18", "--end", "2018-07-06"],
            "hrc: error: invalid value 'x' for '--number <NUMBER>': invalid digit found in string (see 'hrc session add --help')",
        ),
        (
            &["statement", "show", "x", "--bogus"],
            "hrc: error: unexpected argument '--bogus' found (tip: to pass '--bogus' as a value, use '-- --bogus'; see 'hrc statement show --help')",
        ),
        (
            &["bogus"],
            "hrc: error: unrecognized subcommand 'bogus' (see 'hrc --help')",
        ),
        (
            &["session"],
            "hrc: error: 'hrc session' needs a command: add, edit, list, show, renumber, delete, speaking-rule (see 'hrc session --help')",
        ),
        (
            &["--db", "session", "statement", "list"],
            "hrc: error: the following required arguments were not provided: --session <SESSION> (see 'hrc statement list --help')",
        ),
    ] {
        let err = fails(&dir, args, 2);
        assert_eq!(one_line(&err), line, "hrc {args:?}");
    }
    let err = fails(&dir, &[], 2);
    assert!(
        one_line(&err).starts_with("hrc: error: 'hrc' needs a command: init, demo, session,"),
        "{err}"
    );
    assert!(
        !db(&dir).exists(),
        "a refused command line opens no database"
    );
}

#[test]
fn a_reader_that_stops_early_ends_it_quietly() {
    use std::io::BufRead;
    let dir = tmp();
    ok(&dir, &["demo"]);
    // A statement longer than a pipe holds (64 KiB on Linux), so that hrc is still writing
    // when the reader goes.
    let long = dir.path().join("long.txt");
    std::fs::write(&long, words(40_000)).unwrap();
    let st = json(
        &dir,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            "Long",
            "--text-file",
            long.to_str().unwrap(),
            "--json",
        ],
    );
    let statement = id(&st);
    for args in [
        &["countries"][..],
        &["session", "show", "38"],
        &["statement", "show", &statement],
        &["statement", "show", &statement, "--json"],
        &["export", "--session", "38", "--format", "json"],
    ] {
        let mut child = hrc_process(&dir, args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("hrc starts");
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty(), "hrc {args:?} printed a first line");
        // The reader is dropped here, as `head -1` exits.
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "hrc {args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "hrc {args:?}: {stderr}");
        assert_eq!(stderr, "", "hrc {args:?} ends without a word");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_gets_one_line_and_status_1() {
    let dir = tmp();
    ok(&dir, &["demo"]);
    for args in [
        &["countries"][..],
        &["session", "show", "38"],
        &["session", "show", "38", "--json"],
        &["export", "--session", "38", "--format", "md"],
        &["--version"],
    ] {
        let full = std::fs::File::create("/dev/full").expect("/dev/full opens");
        let out = hrc_process(&dir, args)
            .stdout(full)
            .output()
            .expect("hrc runs");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(1), "hrc {args:?}: {stderr}");
        assert_eq!(
            one_line(&stderr),
            "hrc: cannot write the output: No space left on device",
            "hrc {args:?}"
        );
    }
}

#[test]
fn control_characters_in_stored_text_are_shown_escaped_and_json_stays_exact() {
    let dir = tmp();
    add_session_38(&dir);
    let title = "Clear\x1b[2J bell\x07 back\rover \u{202E}reversed\u{202C} two\nlines \u{9b}c1";
    let text = "First paragraph\x1b[31m red\r\nSecond paragraph\u{202E}\nThird";
    let shown_title =
        r"Clear\u{1b}[2J bell\u{7} back\rover \u{202e}reversed\u{202c} two\nlines \u{9b}c1";
    let added = json(
        &dir,
        &[
            "statement",
            "add",
            "--session",
            "38",
            "--title",
            title,
            "--text",
            text,
            "--json",
        ],
    );
    let statement = id(&added);
    json(
        &dir,
        &[
            "note",
            "add",
            "--session",
            "38",
            "--text",
            "Bell\x07 \u{202E}note",
            "--json",
        ],
    );

    let list = ok(&dir, &["statement", "list", "--session", "38"]);
    let show = ok(&dir, &["statement", "show", &statement]);
    let overview = ok(&dir, &["session", "show", "38"]);
    let notes = ok(&dir, &["note", "list", "--session", "38"]);
    for printed in [&list, &show, &overview, &notes] {
        assert!(!drives_a_terminal(printed), "{printed:?}");
    }
    for printed in [&list, &show, &overview] {
        assert!(
            printed.contains(&format!("    {shown_title}\n")),
            "{printed}"
        );
    }
    // The text is a block: its lines stay lines, a Windows line end counting as one.
    assert!(
        show.ends_with("\n\nFirst paragraph\\u{1b}[31m red\nSecond paragraph\\u{202e}\nThird\n"),
        "{show}"
    );
    assert!(notes.contains(r"Bell\u{7} \u{202e}note"), "{notes}");

    // --json reads back exact, and is as safe on a terminal.
    for (args, pointer) in [
        (&["statement", "show", &statement, "--json"][..], ""),
        (&["statement", "list", "--session", "38", "--json"], "/0"),
        (&["session", "show", "38", "--json"], "/statements/0"),
    ] {
        let printed = ok(&dir, args);
        assert!(!drives_a_terminal(&printed), "{printed:?}");
        let value: Value = serde_json::from_str(&printed).unwrap();
        let st = value.pointer(pointer).expect("the statement");
        assert_eq!(st["title"], title, "hrc {args:?}");
        assert_eq!(st["text"], text, "hrc {args:?}");
    }
}

/// `--db` in a folder that does not exist is refused, naming the folder, and creates nothing.
#[test]
fn a_database_in_a_missing_folder_is_an_error_naming_it() {
    let dir = tmp();
    let missing = dir.path().join("Dcuments");
    let out = Command::cargo_bin("hrc")
        .unwrap()
        .arg("--db")
        .arg(missing.join("hrc.db"))
        .arg("init")
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("hrc: database: the folder"), "{err}");
    assert!(
        err.contains("Dcuments") && err.lines().count() == 1,
        "{err}"
    );
    assert!(!missing.exists());
}

/// `hrc restore` is refused while another program has the database open: its next write would
/// go to the old file and be lost.
#[test]
fn restore_is_refused_while_the_database_is_open_elsewhere() {
    let dir = tmp();
    ok(&dir, &["demo"]);
    ok(&dir, &["backup"]);
    let app = hrc_core::Store::open(db(&dir)).unwrap();
    let err = fails(&dir, &["restore", "latest"], 2);
    assert!(err.contains("close it first"), "{err}");
    drop(app);
    ok(&dir, &["restore", "latest"]);
}
