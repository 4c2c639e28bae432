//! Open and Show in folder reach only the file the shell itself exported last: the web view names
//! a file, and the shell refuses any other (or one whose extension is not the format's).
use std::path::Path;

use hrc_core::export::ExportFormat;
use hrc_planner::commands::exports::LastExport;

#[test]
fn nothing_can_be_opened_before_an_export() {
    let exported = LastExport::default();
    let err = exported
        .check(Path::new("/tmp/HRC38 overview.docx"))
        .unwrap_err();
    assert_eq!(err.0.code, "validation");
    assert_eq!(err.0.field.as_deref(), Some("path"));
}

#[test]
fn only_the_file_just_exported_is_opened() {
    let exported = LastExport::default();
    let saved = Path::new("/home/advocate/HRC38 overview.docx");
    exported.remember(saved, ExportFormat::Word);
    assert_eq!(exported.check(saved).unwrap(), saved);

    for other in [
        "/home/advocate/.bashrc",
        "/home/advocate/HRC38 overview.docx/../../../etc/passwd",
        "/home/advocate/hrc38 overview.docx",
        "/usr/bin/xterm",
        "",
    ] {
        let err = exported.check(Path::new(other)).unwrap_err();
        assert_eq!(err.0.field.as_deref(), Some("path"), "{other}");
    }

    // A later export replaces it: the earlier file can no longer be opened from the window.
    let calendar = Path::new("/home/advocate/HRC38 calendar.ics");
    exported.remember(calendar, ExportFormat::Calendar);
    assert!(exported.check(saved).is_err());
    assert_eq!(exported.check(calendar).unwrap(), calendar);
}

#[test]
fn a_file_named_for_another_kind_is_not_opened() {
    // Saved as Markdown under a name the system would run or read as something else.
    let exported = LastExport::default();
    for name in ["/tmp/launcher.desktop", "/tmp/run.sh", "/tmp/no-extension"] {
        exported.remember(Path::new(name), ExportFormat::Markdown);
        assert!(exported.check(Path::new(name)).is_err(), "{name}");
    }
    exported.remember(Path::new("/tmp/Notes.MD"), ExportFormat::Markdown);
    assert!(exported.check(Path::new("/tmp/Notes.MD")).is_ok());
}
