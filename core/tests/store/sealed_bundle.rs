//! Sealed bundles (bundle/seal.rs): sealed with a passphrase, opened and imported the same as the
//! plain bundle; the notes unreadable in the sealed bytes; a wrong passphrase, a damaged or
//! truncated file and a short passphrase refused, with nothing stored changed.
use hrc_core::bundle::seal::{self, Passphrase, MIN_PASSPHRASE_CHARS};
use hrc_core::domain::note::NoteInput;
use hrc_core::export::{export, ExportFormat, Section};
use hrc_core::{Error, Store, Uuid};

use crate::support::{dump, temp_store};

/// A word found only in the note written by [`demo_with_note`].
const DISTINCTIVE: &str = "Quillaberta";
const PASSPHRASE: &str = "correct horse battery staple";

/// The demo session with a note naming a defender at risk by a distinctive word.
fn demo_with_note() -> (Store, tempfile::TempDir, Uuid) {
    let (mut store, dir) = temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    store
        .create_note(
            id,
            &NoteInput {
                body: format!("{DISTINCTIVE} was followed after the side event; do not name."),
                ..Default::default()
            },
        )
        .unwrap();
    (store, dir, id)
}

fn passphrase(text: &str) -> Passphrase {
    Passphrase::chosen("passphrase", text.into()).unwrap()
}

fn sealed_with_notes(store: &Store, id: Uuid) -> Vec<u8> {
    seal::export_sealed(
        store,
        id,
        ExportFormat::Bundle,
        &[Section::Notes],
        &passphrase(PASSPHRASE),
        false,
    )
    .unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[test]
fn a_sealed_bundle_opens_and_imports_the_same_rows_as_the_plain_one() {
    let (a, _da, id) = demo_with_note();
    let plain = export(&a, id, ExportFormat::Bundle, &[Section::Notes]).unwrap();
    let sealed = sealed_with_notes(&a, id);
    assert!(seal::is_sealed(&sealed));
    assert!(
        !seal::is_sealed(&plain),
        "a plain bundle is not taken for sealed"
    );
    let opened = seal::open(&sealed, &passphrase(PASSPHRASE)).unwrap();
    assert_eq!(
        opened, plain,
        "opening gives back the bundle's bytes exactly"
    );

    let (mut b, _db) = temp_store();
    let report = seal::import_bytes(&mut b, &sealed, Some(&passphrase(PASSPHRASE)), false).unwrap();
    assert_eq!(report.session.id, id);
    assert!(report.added > 100, "{report:?}");
    assert_eq!(
        export(&b, id, ExportFormat::Bundle, &[Section::Notes]).unwrap(),
        plain,
        "the rows imported from the sealed bundle export as the plain bundle, byte for byte"
    );
    assert!(dump(&b).contains(DISTINCTIVE), "the note came through");
}

#[test]
fn the_sealed_bytes_hold_no_word_of_the_notes() {
    let (a, _da, id) = demo_with_note();
    let plain = export(&a, id, ExportFormat::Bundle, &[Section::Notes]).unwrap();
    assert!(
        contains(&plain, DISTINCTIVE),
        "the plain bundle has the note"
    );
    let sealed = sealed_with_notes(&a, id);
    for word in [
        DISTINCTIVE,
        "side event",
        "HRC38",
        "hrc-planner-session",
        "notes",
    ] {
        assert!(
            !contains(&sealed, word),
            "{word:?} readable in the sealed bundle"
        );
    }
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let (a, _da, id) = demo_with_note();
    let sealed = sealed_with_notes(&a, id);
    let (mut b, _db) = temp_store();
    let before = dump(&b);
    let wrong = Passphrase::typed("passphrase", "correct horse battery stapler".into()).unwrap();
    let e = seal::import_bytes(&mut b, &sealed, Some(&wrong), false).unwrap_err();
    assert!(matches!(e, Error::WrongPassphrase { .. }), "{e:?}");
    assert_eq!(e.code(), "wrong_passphrase");
    assert!(e.to_string().contains("wrong passphrase"), "{e}");
    assert!(e.is_input_error());
    assert_eq!(dump(&b), before);

    let e = seal::import_bytes(&mut b, &sealed, None, false).unwrap_err();
    assert_eq!(e.field(), Some("passphrase"), "{e}");
    assert_eq!(
        e.rule().map(|r| r.code()).as_deref(),
        Some("sealed_needs_passphrase")
    );
    assert_eq!(dump(&b), before);
}

#[test]
fn a_truncated_or_damaged_sealed_bundle_is_refused_as_unreadable_and_changes_nothing() {
    let (a, _da, id) = demo_with_note();
    let sealed = sealed_with_notes(&a, id);
    let (mut b, _db) = temp_store();
    let before = dump(&b);
    let pass = passphrase(PASSPHRASE);
    let half = &sealed[..sealed.len() / 2];
    let mut flipped = sealed.clone();
    let last = flipped.len() - 10;
    flipped[last] ^= 0x40;
    let mac_line = sealed.windows(5).position(|w| w == b"\n--- ").unwrap() + 1;
    let header_end = mac_line + sealed[mac_line..].iter().position(|&b| b == b'\n').unwrap();
    let header_only = &sealed[..=header_end];
    for (what, bytes) in [
        ("half", half),
        ("a flipped byte", &flipped[..]),
        ("one byte short", &sealed[..sealed.len() - 1]),
        ("the header alone", header_only),
    ] {
        let e = seal::import_bytes(&mut b, bytes, Some(&pass), false).unwrap_err();
        assert_eq!(e.field(), Some("bundle"), "{what}: {e}");
        assert_eq!(
            e.rule().map(|r| r.code()).as_deref(),
            Some("sealed_damaged"),
            "{what}: {e}"
        );
        assert!(e.to_string().contains("unreadable"), "{what}: {e}");
        assert_eq!(dump(&b), before, "{what}");
    }
}

#[test]
fn a_short_passphrase_is_refused_naming_the_field() {
    let short = "x".repeat(MIN_PASSPHRASE_CHARS - 1);
    let e = Passphrase::chosen("passphrase", short.clone())
        .err()
        .unwrap();
    assert_eq!(e.field(), Some("passphrase"));
    assert!(e.to_string().contains("at least 12 characters"), "{e}");
    // Characters, not bytes: twelve accented letters are enough.
    assert!(Passphrase::chosen("passphrase", "é".repeat(MIN_PASSPHRASE_CHARS)).is_ok());
    let e = Passphrase::confirmed(PASSPHRASE.into(), format!("{PASSPHRASE} ")).err();
    assert_eq!(e.unwrap().field(), Some("confirm"));
    assert!(Passphrase::confirmed(PASSPHRASE.into(), PASSPHRASE.into()).is_ok());
    // To open, the sender's passphrase is taken whatever its length, but not blank.
    assert!(Passphrase::typed("passphrase", short).is_ok());
    let e = Passphrase::typed("passphrase", String::new())
        .err()
        .unwrap();
    assert_eq!(e.field(), Some("passphrase"));
}

#[test]
fn only_the_full_copy_is_sealed() {
    let (a, _da, id) = demo_with_note();
    let e = seal::export_sealed(
        &a,
        id,
        ExportFormat::Markdown,
        &Section::defaults(),
        &passphrase(PASSPHRASE),
        false,
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("format"), "{e}");
}

#[test]
fn an_armored_sealed_bundle_opens_too() {
    let (a, _da, id) = demo_with_note();
    let plain = export(&a, id, ExportFormat::Bundle, &[]).unwrap();
    let mut recipient = age::scrypt::Recipient::new(PASSPHRASE.to_string().into());
    recipient.set_work_factor(10);
    let armored = age::encrypt_and_armor(&recipient, &plain).unwrap();
    assert!(seal::is_sealed(armored.as_bytes()));
    let opened = seal::open(armored.as_bytes(), &passphrase(PASSPHRASE)).unwrap();
    assert_eq!(opened, plain);
}

#[test]
fn a_sealed_file_is_written_whole_and_imported_from_its_path() {
    let (a, dir, id) = demo_with_note();
    let path = dir.path().join("HRC38.json.age");
    seal::export_sealed_to_file(
        &a,
        id,
        ExportFormat::Bundle,
        &[],
        &passphrase(PASSPHRASE),
        false,
        &path,
    )
    .unwrap();
    assert!(seal::is_sealed(&std::fs::read(&path).unwrap()));
    let (mut b, _db) = temp_store();
    let report = seal::import_file(&mut b, &path, Some(&passphrase(PASSPHRASE)), false).unwrap();
    assert_eq!(report.session.id, id);
    assert!(
        !dump(&b).contains(DISTINCTIVE),
        "notes left out unless asked for"
    );
}

#[test]
fn a_sealed_bundle_leaves_confidential_notes_out_unless_asked() {
    let (mut a, _da, id) = demo_with_note();
    a.create_note(
        id,
        &NoteInput {
            body: "Marrowquill names the defender; keep it here.".into(),
            confidential: true,
            ..Default::default()
        },
    )
    .unwrap();
    let opened = |include: bool| {
        let sealed = seal::export_sealed(
            &a,
            id,
            ExportFormat::Bundle,
            &[Section::Notes],
            &passphrase(PASSPHRASE),
            include,
        )
        .unwrap();
        seal::open(&sealed, &passphrase(PASSPHRASE)).unwrap()
    };
    let without = opened(false);
    assert!(contains(&without, DISTINCTIVE));
    assert!(!contains(&without, "Marrowquill"));
    assert!(contains(&opened(true), "Marrowquill"));
}
