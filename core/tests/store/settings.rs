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
