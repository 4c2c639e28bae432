//! The shell's hold on a database protected by a passphrase: it starts locked (no store), a wrong
//! passphrase leaves it locked and every byte as it was, the right one or the recovery key opens
//! it, locking drops the store again; protecting a plain file, changing the passphrase (the old
//! recovery key then refused) and removing it, each leaving the store open; a failed change
//! leaves it open as it was.
use hrc_core::cipher::{protection, Passphrase, Protection, RecoveryKey, Unlock};
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;
use hrc_planner::Database;

const FIRST: &str = "seven quiet harbours at dawn";
const SECOND: &str = "lake leman under snow";

fn passphrase(text: &str) -> Passphrase {
    Passphrase::chosen("passphrase", text.into()).unwrap()
}

fn typed(text: &str) -> Unlock {
    Unlock::Passphrase(Passphrase::typed("passphrase", text.into()).unwrap())
}

fn sessions(db: &Database) -> usize {
    db.store()
        .expect("an open store")
        .list_sessions()
        .unwrap()
        .len()
}

#[test]
fn a_protected_file_starts_locked_and_opens_only_with_its_passphrase_or_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    let key = {
        let mut store = Store::create_protected(&path, &passphrase(FIRST)).unwrap();
        store
            .create_session(&SessionInput {
                number: 38,
                start_date: "2018-06-18".into(),
                end_date: "2018-07-06".into(),
                ..Default::default()
            })
            .unwrap();
        store.key().unwrap().recovery_key().text().to_string()
    };

    let db = Database::start_at(path.clone());
    let started = db.startup();
    assert_eq!(
        started.database_error.as_ref().map(|e| e.code.as_str()),
        Some("locked")
    );
    assert!(started.protected && !started.first_start);
    assert!(db.store().is_err(), "no store while locked");

    let before = std::fs::read(&path).unwrap();
    let wrong = db
        .unlock(&typed("seven quiet harbours at dusk"))
        .unwrap_err();
    assert_eq!(wrong.0.code, "wrong_passphrase");
    assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");
    assert!(db.store().is_err(), "still locked");

    assert!(
        db.unlock(&typed(FIRST)).unwrap(),
        "the first unlock of the run"
    );
    assert_eq!(sessions(&db), 1);
    assert!(db.startup().database_error.is_none());

    db.lock_now().unwrap();
    assert_eq!(
        db.startup().database_error.map(|e| e.code),
        Some("locked".into())
    );
    assert!(db.store().is_err(), "the store is dropped with its key");

    let recovery = Unlock::RecoveryKey(RecoveryKey::parse("recovery_key", &key).unwrap());
    assert!(
        !db.unlock(&recovery).unwrap(),
        "not the first unlock any more"
    );
    assert_eq!(sessions(&db), 1);
}

#[test]
fn protecting_changing_and_removing_the_passphrase_keep_the_store_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    let db = Database::open_at(path.clone());
    assert!(!db.startup().protected);
    assert_eq!(
        db.lock_now().unwrap_err().0.code,
        "conflict",
        "a plain file has nothing to lock"
    );

    let first = db.protect(&passphrase(FIRST)).unwrap();
    assert_eq!(protection(&path).unwrap(), Protection::Encrypted);
    assert!(db.startup().protected);
    assert_eq!(sessions(&db), 0, "open again");
    let old_key = first.recovery_key.expect("a recovery key");

    // A wrong current passphrase: refused, and the store is open as it was.
    let wrong = db
        .change_passphrase(&typed("not the passphrase"), &passphrase(SECOND))
        .unwrap_err();
    assert_eq!(wrong.0.code, "wrong_passphrase");
    assert_eq!(sessions(&db), 0);
    assert_eq!(db.recovery_key().unwrap(), old_key);

    let second = db
        .change_passphrase(&typed(FIRST), &passphrase(SECOND))
        .unwrap();
    let new_key = second.recovery_key.expect("a new recovery key");
    assert_ne!(new_key, old_key);
    db.lock_now().unwrap();
    let old = Unlock::RecoveryKey(RecoveryKey::parse("recovery_key", &old_key).unwrap());
    assert_eq!(db.unlock(&old).unwrap_err().0.code, "wrong_passphrase");
    db.unlock(&typed(SECOND)).unwrap();

    let removed = db.remove_protection(&typed(SECOND)).unwrap();
    assert!(removed.recovery_key.is_none());
    assert_eq!(protection(&path).unwrap(), Protection::Plain);
    assert!(!db.startup().protected);
    assert_eq!(sessions(&db), 0);
}
