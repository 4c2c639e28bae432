//! The key kept in a real Secret Service — GNOME Keyring's daemon on a D-Bus session bus of the
//! test's own, as on a Linux desktop — through the app's `Keychain::system()`: kept when asked,
//! read at the next start to unlock the database without its passphrase, forgotten when turned
//! off. The mock-based tests (keychain.rs) cover the rest of the rules; this one proves the path
//! through a real keychain.
#[path = "support/secret_service.rs"]
mod secret_service;

use hrc_core::cipher::{Passphrase, Unlock};
use hrc_core::Store;
use hrc_planner::keychain::Keychain;
use hrc_planner::Database;

const PASSPHRASE: &str = "seven quiet harbours at dawn";

fn locked(db: &Database) -> bool {
    db.startup().database_error.map(|e| e.code) == Some("locked".into())
}

#[test]
fn a_real_secret_service_keeps_the_key_and_opens_the_database_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let service = secret_service::SecretService::start(dir.path());
    // The only test in this binary: the keychain finds the session bus as the app does, by its
    // variable.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", service.address());

    let path = dir.path().join("hrc.db");
    let store = Store::create_protected(
        &path,
        &Passphrase::chosen("passphrase", PASSPHRASE.into()).unwrap(),
    )
    .unwrap();
    let recovery_key = store.key().unwrap().recovery_key().text().to_string();
    drop(store);

    let keychain = Keychain::system();
    let db = Database::start_at(path.clone());
    assert!(locked(&db));
    assert!(
        !db.unlock_with_kept_key(&keychain),
        "nothing kept by default"
    );
    let status = db.keychain_status(&keychain);
    assert!(
        !status.kept && status.unavailable.is_none(),
        "reachable, nothing kept: {status:?}"
    );

    db.unlock(&Unlock::Passphrase(
        Passphrase::typed("passphrase", PASSPHRASE.into()).unwrap(),
    ))
    .unwrap();
    assert!(db.remember_key(&keychain).unwrap().kept);
    drop(db);

    // What GNOME Keyring holds, asked afresh (another Keychain, as the next start makes).
    let next_start = Keychain::system();
    assert_eq!(
        next_start.kept(&path).unwrap().map(|k| k.to_string()),
        Some(recovery_key.clone()),
        "the recovery key, under the database's path"
    );
    // GNOME Keyring writes its login keyring encrypted with the login password.
    let on_disk = std::fs::read(dir.path().join("data/keyrings/login.keyring")).unwrap();
    let plain = recovery_key.replace('-', "");
    assert!(
        !on_disk
            .windows(16)
            .any(|w| w == &plain.as_bytes()[..16] || w == &recovery_key.as_bytes()[..16]),
        "the recovery key is not in the keyring's file as it is"
    );
    let next = Database::start_at(path.clone());
    assert!(locked(&next));
    assert!(
        next.unlock_with_kept_key(&next_start),
        "opened from the keychain, no passphrase typed"
    );
    assert!(next.store().is_ok());

    assert!(!next.forget_key(&next_start).unwrap().kept);
    assert!(Keychain::system().kept(&path).unwrap().is_none());
    let after = Database::start_at(path);
    assert!(!after.unlock_with_kept_key(&Keychain::system()));
    assert!(locked(&after), "forgotten: the unlock screen again");
}
