//! The advocate's settings: defaults, kept across a reopen, and single-key shortcuts that can be
//! turned off (WCAG 2.1.4).
use hrc_core::Store;

use crate::support::temp_store;

#[test]
fn single_key_shortcuts_are_on_until_turned_off_and_stay_off_after_a_reopen() {
    let (mut store, dir) = temp_store();
    let mut settings = store.settings().unwrap();
    assert!(settings.single_key_shortcuts, "on by default");

    settings.single_key_shortcuts = false;
    let saved = store.save_settings(&settings).unwrap();
    assert!(!saved.single_key_shortcuts);
    drop(store);

    let store = Store::open(dir.path().join("hrc.db")).unwrap();
    let reread = store.settings().unwrap();
    assert!(!reread.single_key_shortcuts);
    assert_eq!(reread, saved, "the other settings are untouched");
}

#[test]
fn a_protected_database_locks_after_ten_idle_minutes_until_told_otherwise() {
    let (mut store, dir) = temp_store();
    let mut settings = store.settings().unwrap();
    assert_eq!(settings.lock_after_minutes, 10, "ten minutes by default");

    settings.lock_after_minutes = 0;
    store.save_settings(&settings).unwrap();
    drop(store);
    let mut store = Store::open(dir.path().join("hrc.db")).unwrap();
    assert_eq!(
        store.settings().unwrap().lock_after_minutes,
        0,
        "never, kept"
    );

    let mut too_long = store.settings().unwrap();
    too_long.lock_after_minutes = 481;
    let err = store.save_settings(&too_long).unwrap_err();
    assert_eq!(err.field(), Some("lock_after_minutes"));
    assert_eq!(
        err.to_string(),
        "lock_after_minutes: must be between 0 and 480"
    );
    assert_eq!(
        store.settings().unwrap().lock_after_minutes,
        0,
        "nothing changed"
    );
}
