//! The key kept in the system keychain, on keyring's mock credentials (never a real keychain):
//! kept when asked and read at the next start to unlock, forgotten when turned off, when it no
//! longer opens the file and when the protection is removed, replaced when the passphrase
//! changes; a keychain that cannot be reached is said and leaves the database locked.
use std::any::Any;
use std::path::Path;

use hrc_core::cipher::{Passphrase, Unlock};
use hrc_core::Store;
use hrc_planner::keychain::Keychain;
use hrc_planner::{Database, KeychainStatus};
use keyring::credential::{Credential, CredentialBuilderApi};

const FIRST: &str = "seven quiet harbours at dawn";
const SECOND: &str = "lake leman under snow";

fn passphrase(text: &str) -> Passphrase {
    Passphrase::chosen("passphrase", text.into()).unwrap()
}

fn typed(text: &str) -> Unlock {
    Unlock::Passphrase(Passphrase::typed("passphrase", text.into()).unwrap())
}

fn mock() -> Keychain {
    Keychain::with_builder(keyring::mock::default_credential_builder())
}

/// A protected database at `path`; returns its recovery key.
fn protected(path: &Path, text: &str) -> String {
    let store = Store::create_protected(path, &passphrase(text)).unwrap();
    store.key().unwrap().recovery_key().text().to_string()
}

fn kept(keychain: &Keychain, path: &Path) -> Option<String> {
    keychain.kept(path).unwrap().map(|k| k.to_string())
}

fn locked(db: &Database) -> bool {
    db.startup().database_error.map(|e| e.code) == Some("locked".into())
}

const KEPT: KeychainStatus = KeychainStatus {
    kept: true,
    unavailable: None,
};
const NOT_KEPT: KeychainStatus = KeychainStatus {
    kept: false,
    unavailable: None,
};

#[test]
fn the_key_is_kept_only_when_asked_and_opens_the_database_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    let key = protected(&path, FIRST);
    let keychain = mock();

    let db = Database::start_at(path.clone());
    assert!(
        !db.unlock_with_kept_key(&keychain),
        "nothing kept by default"
    );
    assert!(locked(&db));
    assert_eq!(db.keychain_status(&keychain), NOT_KEPT);
    assert_eq!(
        db.remember_key(&keychain).unwrap_err().0.code,
        "locked",
        "a locked database's key is not there to keep"
    );

    db.unlock(&typed(FIRST)).unwrap();
    assert_eq!(db.remember_key(&keychain).unwrap(), KEPT);
    assert_eq!(kept(&keychain, &path), Some(key), "the recovery key itself");

    let next = Database::start_at(path.clone());
    assert!(locked(&next));
    assert!(next.unlock_with_kept_key(&keychain));
    assert!(next.store().is_ok() && !locked(&next));

    next.lock_now().unwrap();
    assert!(locked(&next), "a lock locks, whatever the keychain keeps");

    assert_eq!(next.forget_key(&keychain).unwrap(), NOT_KEPT);
    assert_eq!(kept(&keychain, &path), None, "turned off: forgotten");
    let after = Database::start_at(path.clone());
    assert!(!after.unlock_with_kept_key(&keychain));
    assert!(locked(&after));
}

#[test]
fn a_kept_key_that_no_longer_opens_the_file_is_forgotten_and_the_database_stays_locked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    protected(&path, FIRST);
    let another = protected(&dir.path().join("other.db"), SECOND);
    let keychain = mock();
    keychain.keep(&path, &another).unwrap();

    let before = std::fs::read(&path).unwrap();
    let db = Database::start_at(path.clone());
    assert!(!db.unlock_with_kept_key(&keychain));
    assert!(locked(&db));
    assert_eq!(kept(&keychain, &path), None, "the wrong key is forgotten");
    assert_eq!(std::fs::read(&path).unwrap(), before, "not a byte changed");

    keychain.keep(&path, "not a recovery key").unwrap();
    assert!(!db.unlock_with_kept_key(&keychain));
    assert_eq!(kept(&keychain, &path), None, "unreadable: forgotten too");
    db.unlock(&typed(FIRST)).unwrap();
}

#[test]
fn changing_the_passphrase_keeps_the_new_key_and_removing_protection_forgets_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    protected(&path, FIRST);
    let keychain = mock();
    let db = Database::start_at(path.clone());
    db.unlock(&typed(FIRST)).unwrap();

    // Not kept: a change keeps nothing.
    let change = db
        .change_passphrase_kept(&typed(FIRST), &passphrase(SECOND), &keychain)
        .unwrap();
    assert!(change.recovery_key.is_some());
    assert_eq!(kept(&keychain, &path), None);

    db.remember_key(&keychain).unwrap();
    let change = db
        .change_passphrase_kept(&typed(SECOND), &passphrase(FIRST), &keychain)
        .unwrap();
    assert_eq!(kept(&keychain, &path), change.recovery_key, "the new key");
    let next = Database::start_at(path.clone());
    assert!(next.unlock_with_kept_key(&keychain), "it opens the file");
    drop(next);

    // A wrong old passphrase changes nothing, in the keychain either.
    db.change_passphrase_kept(&typed("not the passphrase"), &passphrase(SECOND), &keychain)
        .unwrap_err();
    assert_eq!(kept(&keychain, &path), change.recovery_key);

    db.remove_protection_kept(&typed(FIRST), &keychain).unwrap();
    assert_eq!(kept(&keychain, &path), None, "plain again: forgotten");
    assert_eq!(db.keychain_status(&keychain), NOT_KEPT);
}

/// A keychain that cannot be reached, as on a machine with no Secret Service running.
#[derive(Debug)]
struct NoSecretService;

impl CredentialBuilderApi for NoSecretService {
    fn build(&self, _: Option<&str>, _: &str, _: &str) -> keyring::Result<Box<Credential>> {
        Err(keyring::Error::NoStorageAccess(
            "no Secret Service is running".into(),
        ))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[test]
fn a_keychain_that_cannot_be_reached_is_said_and_the_database_stays_locked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hrc.db");
    protected(&path, FIRST);
    let keychain = Keychain::with_builder(Box::new(NoSecretService));

    let db = Database::start_at(path.clone());
    assert!(!db.unlock_with_kept_key(&keychain));
    assert!(locked(&db), "the unlock screen, as before");
    let status = db.keychain_status(&keychain);
    assert!(!status.kept);
    let why = status.unavailable.expect("the reason");
    assert!(
        why.contains("cannot be reached") && why.contains("no Secret Service is running"),
        "{why}"
    );

    db.unlock(&typed(FIRST)).unwrap();
    let refused = db.remember_key(&keychain).unwrap_err();
    assert_eq!(refused.0.code, "keychain");
    assert!(refused.0.message.ends_with("nothing was kept"));
    // Changing the passphrase still works; only the keychain is out of reach.
    db.change_passphrase_kept(&typed(FIRST), &passphrase(SECOND), &keychain)
        .unwrap();
    db.remove_protection_kept(&typed(SECOND), &keychain)
        .unwrap();
}
