//! No distinctive word of a note readable in a protected database of realistic size (issue 20,
//! item 7): the example's HRC38 and three hundred notes naming a word, edited and deleted
//! between backups, so that the file, its write-ahead log and several backups are all written —
//! searched byte by byte and by the `strings` program (where it is installed), beside a plain
//! database made the same way, where both find the word. An export without the confidential
//! notes holds none of their words either.
use std::path::{Path, PathBuf};
use std::process::Command;

use hrc_core::cipher::Passphrase;
use hrc_core::domain::note::NoteInput;
use hrc_core::export::{export_choosing, ExportFormat, PageSetup, Section};
use hrc_core::store::backups;
use hrc_core::{Store, Uuid};

/// The word every note names, and the one only the confidential notes name.
const WORD: &str = "periwinklewordz";
const SECRET: &str = "quillsecretword";

/// The example, 300 notes naming `WORD` (one in ten confidential, naming `SECRET` too), some
/// edited and one deleted, a backup after each hundred; the store is left open, its log
/// holding the last writes.
fn realistic(store: &mut Store) -> Uuid {
    let session = hrc_core::demo::load(store).unwrap().session.id;
    let mut ids = Vec::new();
    for round in 0..3 {
        for i in 0..100 {
            let n = round * 100 + i;
            let confidential = n % 10 == 0;
            let secret = if confidential { SECRET } else { "" };
            let body = format!(
                "Met the delegation about {WORD} {secret} case {n}: the defender fears reprisals \
                 after speaking under item 4. {}",
                "They asked for the list of signatories before Thursday. ".repeat(n % 7 + 1)
            );
            let note = store
                .create_note(
                    session,
                    &NoteInput {
                        body,
                        confidential,
                        ..Default::default()
                    },
                )
                .unwrap();
            ids.push(note.id);
        }
        let edited = ids[ids.len() - 50];
        let input = NoteInput {
            body: format!("Edited: {WORD} met again, case {round}"),
            ..Default::default()
        };
        store.update_note(edited, &input).unwrap();
        store
            .back_up_at(
                format!("2018-06-{:02}T08:00:00Z", 19 + round)
                    .parse()
                    .unwrap(),
            )
            .unwrap();
    }
    store.delete_note(ids[5]).unwrap();
    store.purge_deleted(Some(ids[5])).unwrap();
    session
}

/// The database file, its log and its backups.
fn files(db: &Path) -> Vec<PathBuf> {
    let mut all = vec![db.to_path_buf()];
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    if wal.is_file() {
        all.push(wal);
    }
    all.extend(backups(db).unwrap().into_iter().map(|b| b.path));
    all
}

fn holds(bytes: &[u8], word: &str) -> bool {
    bytes
        .to_ascii_lowercase()
        .windows(word.len())
        .any(|w| w == word.as_bytes())
}

/// What the `strings` program prints of the file at `path` (every run of 4 or more printable
/// characters, the whole file), or `None` when it is not installed.
fn strings(path: &Path) -> Option<String> {
    let out = Command::new("strings").arg("-a").arg(path).output().ok()?;
    assert!(out.status.success(), "strings {}", path.display());
    Some(String::from_utf8_lossy(&out.stdout).to_lowercase())
}

/// Whether `word` is found in the file at `path`: byte by byte, and by `strings` when there.
fn found(path: &Path, word: &str) -> (bool, Option<bool>) {
    let bytes = std::fs::read(path).unwrap();
    (holds(&bytes, word), strings(path).map(|s| s.contains(word)))
}

#[test]
fn strings_finds_no_word_of_the_notes_in_a_protected_database_its_log_or_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let passphrase = Passphrase::chosen("passphrase", "correct horse battery".into()).unwrap();
    let mut store = Store::create_protected(&db, &passphrase).unwrap();
    let session = realistic(&mut store);

    let written = files(&db);
    assert!(
        written.len() >= 5,
        "the file, its log and three backups: {written:?}"
    );
    assert!(
        std::fs::metadata(format!("{}-wal", db.display()))
            .unwrap()
            .len()
            > 0,
        "the log holds the last writes"
    );
    if strings(&db).is_none() {
        eprintln!("strings is not installed: the files are searched byte by byte only");
    }
    for path in &written {
        for word in [WORD, SECRET] {
            assert_eq!(
                found(path, word),
                (false, strings(path).map(|_| false)),
                "{word} in {}",
                path.display()
            );
        }
    }

    // An export without the confidential notes holds none of their words (the others', yes).
    let markdown = export_choosing(
        &store,
        session,
        ExportFormat::Markdown,
        &[Section::Notes],
        &PageSetup::default(),
        false,
    )
    .unwrap();
    let exported = dir.path().join("HRC38.md");
    std::fs::write(&exported, &markdown).unwrap();
    assert!(found(&exported, WORD).0);
    assert_eq!(
        found(&exported, SECRET),
        (false, strings(&exported).map(|_| false))
    );

    // Closed, the log folded in: the file alone, still nothing.
    drop(store);
    for path in files(&db) {
        assert!(!found(&path, WORD).0, "{WORD} in {}", path.display());
        assert_ne!(found(&path, WORD).1, Some(true), "{}", path.display());
    }
}

#[test]
fn the_same_search_finds_the_words_in_a_plain_database() {
    // The control: made the same way without a passphrase, the file, the log and each backup
    // give the word away, to the byte search and to `strings` alike.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::open(&db).unwrap();
    realistic(&mut store);
    let written = files(&db);
    assert!(written.len() >= 5, "{written:?}");
    let with_word = written
        .iter()
        .filter(|p| {
            let (bytes, tool) = found(p, WORD);
            bytes && tool != Some(false)
        })
        .count();
    // The log may hold only pages without a note: the file and every backup hold them.
    assert!(with_word >= written.len() - 1, "{with_word} of {written:?}");
    for backup in backups(&db).unwrap() {
        assert!(found(&backup.path, SECRET).0, "{}", backup.file_name);
    }
}
