//! A database protected by a passphrase (issue 20): created, locked, unlocked, encrypted in place
//! and decrypted back, its passphrase changed — and no distinctive word of a note in the file,
//! its log or its backups, while a wrong passphrase changes no byte of any file.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hrc_core::cipher::{protection, Passphrase, Protection, RecoveryKey, Unlock};
use hrc_core::domain::note::NoteInput;
use hrc_core::store::{backups, change_passphrase, decrypt, encrypt, restore};
use hrc_core::{Error, Store};

use crate::support::hrc38;

const WORD: &str = "marigoldwordq";

fn passphrase(text: &str) -> Passphrase {
    Passphrase::chosen("passphrase", text.into()).unwrap()
}

fn unlock(text: &str) -> Unlock {
    Unlock::Passphrase(Passphrase::typed("passphrase", text.into()).unwrap())
}

/// Every file in the database's folder and its backups folder, by path, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut all = BTreeMap::new();
    for folder in [dir.to_path_buf(), dir.join("backups")] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.path().is_file() {
                all.insert(entry.path(), std::fs::read(entry.path()).unwrap());
            }
        }
    }
    all
}

fn holds(bytes: &[u8], word: &str) -> bool {
    bytes
        .to_ascii_lowercase()
        .windows(word.len())
        .any(|w| w == word.as_bytes())
}

/// A store with a session and a note naming `WORD`.
fn with_note(store: &mut Store) {
    let session = store.create_session(&hrc38()).unwrap();
    store
        .create_note(
            session.id,
            &NoteInput {
                body: format!("{WORD} fears reprisals after speaking"),
                ..Default::default()
            },
        )
        .unwrap();
}

fn note_count(store: &Store) -> usize {
    let sessions = store.list_sessions().unwrap();
    store.notes(sessions[0].id).unwrap().len()
}

#[test]
fn a_protected_database_holds_no_plain_word_in_its_file_log_or_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::create_protected(&db, &passphrase("correct horse battery")).unwrap();
    with_note(&mut store);
    store.back_up().unwrap();
    // Written while the store is still open: the log holds the latest pages.
    for (path, bytes) in files(dir.path()) {
        assert!(!holds(&bytes, WORD), "{WORD} in {}", path.display());
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{} has a plain header",
            path.display()
        );
    }
    drop(store);
    assert_eq!(protection(&db).unwrap(), Protection::Encrypted);
    assert!(matches!(Store::open(&db), Err(Error::Locked { .. })));

    let store = Store::unlock(&db, &unlock("correct horse battery")).unwrap();
    assert_eq!(note_count(&store), 1);
    assert!(store.key().is_some());
}

#[test]
fn a_wrong_passphrase_is_said_and_changes_no_byte_of_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::create_protected(&db, &passphrase("correct horse battery")).unwrap();
    with_note(&mut store);
    store.back_up().unwrap();
    drop(store);
    let before = files(dir.path());

    let wrong = unlock("incorrect horse battery");
    assert!(matches!(
        Store::unlock(&db, &wrong),
        Err(Error::WrongPassphrase { .. })
    ));
    assert!(matches!(
        decrypt(&db, &wrong),
        Err(Error::WrongPassphrase { .. })
    ));
    assert!(matches!(
        change_passphrase(&db, &wrong, &passphrase("a new long passphrase")),
        Err(Error::WrongPassphrase { .. })
    ));
    let bad_key =
        Unlock::RecoveryKey(RecoveryKey::parse("recovery_key", &"AB".repeat(32)).unwrap());
    assert!(matches!(
        Store::unlock(&db, &bad_key),
        Err(Error::WrongPassphrase { .. })
    ));
    let after: BTreeMap<_, _> = files(dir.path())
        .into_iter()
        .filter(|(p, _)| !p.ends_with("hrc.db.lock"))
        .collect();
    let before: BTreeMap<_, _> = before
        .into_iter()
        .filter(|(p, _)| !p.ends_with("hrc.db.lock"))
        .collect();
    assert_eq!(before, after, "a wrong passphrase changed a file");
}

#[test]
fn the_recovery_key_opens_the_database_when_the_passphrase_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::create_protected(&db, &passphrase("correct horse battery")).unwrap();
    with_note(&mut store);
    let recovery = store.key().unwrap().recovery_key().text();
    drop(store);
    let key = RecoveryKey::parse("recovery_key", &recovery).unwrap();
    let store = Store::unlock(&db, &Unlock::RecoveryKey(key)).unwrap();
    assert_eq!(note_count(&store), 1);
}

#[test]
fn a_plain_database_is_encrypted_in_place_with_its_backups_and_decrypted_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::open(&db).unwrap();
    with_note(&mut store);
    store.back_up().unwrap();
    let rows = crate::support::dump(&store);
    // Open: encrypting needs the file alone.
    assert!(matches!(
        encrypt(&db, &passphrase("correct horse battery")),
        Err(Error::Conflict(_))
    ));
    drop(store);
    assert!(files(dir.path()).values().any(|b| holds(b, WORD)));

    let done = encrypt(&db, &passphrase("correct horse battery")).unwrap();
    assert_eq!(done.backups_converted, 1);
    assert!(done.backups_left.is_empty());
    for (path, bytes) in files(dir.path()) {
        assert!(!holds(&bytes, WORD), "{WORD} still in {}", path.display());
    }
    assert_eq!(protection(&db).unwrap(), Protection::Encrypted);
    let store = Store::unlock(&db, &unlock("correct horse battery")).unwrap();
    assert_eq!(note_count(&store), 1);
    // The backup opens with the same passphrase, and is restored.
    let backup = backups(&db).unwrap().remove(0);
    assert_eq!(protection(&backup.path).unwrap(), Protection::Encrypted);
    let key = store.key().cloned();
    drop(store);
    restore(&db, &backup.path, key.as_ref()).unwrap();

    let done = decrypt(&db, &unlock("correct horse battery")).unwrap();
    assert!(done.key.is_none());
    assert_eq!(protection(&db).unwrap(), Protection::Plain);
    let store = Store::open(&db).unwrap();
    assert_eq!(crate::support::dump(&store), rows);
    for backup in backups(&db).unwrap() {
        assert_eq!(protection(&backup.path).unwrap(), Protection::Plain);
    }
}

#[test]
fn a_changed_passphrase_opens_it_and_the_old_one_and_old_recovery_key_do_not() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::create_protected(&db, &passphrase("correct horse battery")).unwrap();
    with_note(&mut store);
    store.back_up().unwrap();
    let old_recovery = store.key().unwrap().recovery_key().text();
    drop(store);

    let done = change_passphrase(
        &db,
        &unlock("correct horse battery"),
        &passphrase("staple paperclip lamp"),
    )
    .unwrap();
    assert_eq!(done.backups_converted, 1);
    assert!(matches!(
        Store::unlock(&db, &unlock("correct horse battery")),
        Err(Error::WrongPassphrase { .. })
    ));
    let old_key = RecoveryKey::parse("recovery_key", &old_recovery).unwrap();
    assert!(matches!(
        Store::unlock(&db, &Unlock::RecoveryKey(old_key)),
        Err(Error::WrongPassphrase { .. })
    ));
    let store = Store::unlock(&db, &unlock("staple paperclip lamp")).unwrap();
    assert_eq!(note_count(&store), 1);
    // The backup follows: the new key opens it, so it can be restored.
    let key = store.key().cloned();
    drop(store);
    let backup = backups(&db).unwrap().remove(0);
    restore(&db, &backup.path, key.as_ref()).unwrap();
}

#[test]
fn a_short_passphrase_is_refused_naming_the_field_and_nothing_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let err = Passphrase::chosen("new_passphrase", "short".into()).unwrap_err();
    assert_eq!(err.field(), Some("new_passphrase"));
    assert!(!db.exists());
}

#[test]
fn a_plain_backup_is_not_restored_over_a_protected_database() {
    let dir = tempfile::tempdir().unwrap();
    let plain_dir = tempfile::tempdir().unwrap();
    let mut plain = Store::open(plain_dir.path().join("other.db")).unwrap();
    with_note(&mut plain);
    let plain_backup = plain.back_up().unwrap();
    drop(plain);

    let db = dir.path().join("hrc.db");
    let store = Store::create_protected(&db, &passphrase("correct horse battery")).unwrap();
    let key = store.key().cloned();
    drop(store);
    let before = std::fs::read(&db).unwrap();
    assert!(matches!(
        restore(&db, &plain_backup.path, key.as_ref()),
        Err(Error::Conflict(_))
    ));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    // Nor, without its key, a protected backup over a plain database.
    let protected_backup = backups(&db).unwrap();
    assert!(protected_backup.is_empty());
}
