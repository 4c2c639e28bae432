//! Export and import reach only files the person chose in this run's dialogs: the web view
//! names a path, and the shell refuses any it did not hear chosen.
use std::path::Path;

use hrc_planner::commands::chosen_files::ChosenFiles;

#[test]
fn only_paths_chosen_in_a_dialog_are_accepted() {
    let chosen = ChosenFiles::default();
    let bundle = Path::new("/home/advocate/HRC38 bundle.json");
    let err = chosen.check(bundle).unwrap_err();
    assert_eq!(err.0.code, "validation");
    assert_eq!(err.0.field.as_deref(), Some("path"));

    chosen.remember(bundle);
    assert_eq!(chosen.check(bundle).unwrap(), bundle);
    for other in [
        "/home/advocate/.ssh/authorized_keys",
        "/home/advocate/HRC38 bundle.json/../../.bashrc",
        "/home/advocate/hrc38 bundle.json",
        "",
    ] {
        assert!(chosen.check(Path::new(other)).is_err(), "{other}");
    }
}
