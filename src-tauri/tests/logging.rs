//! Every command is logged the one way: by its name and duration, and a failure by its code —
//! never its arguments, what it returns, or an error's message (which can quote what was typed).
use std::path::Path;

use hrc_core::domain::note::{Note, NoteInput};
use hrc_core::{Store, Uuid};
use hrc_planner::CommandError;

/// The attribute on every command that returns a `Result`; one that cannot fail has
/// `#[tracing::instrument(skip_all)]`.
const LOGGED: &str = r#"#[tracing::instrument(skip_all, err(level = "warn"))]"#;
const LOGGED_INFALLIBLE: &str = "#[tracing::instrument(skip_all)]";

#[test]
fn every_command_is_logged_by_name_only() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
    let mut commands = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with("#[tauri::command") {
                continue;
            }
            commands += 1;
            let signature: String = lines[i + 2..]
                .iter()
                .take_while(|l| !l.ends_with('{'))
                .chain(lines[i + 2..].iter().find(|l| l.ends_with('{')))
                .copied()
                .collect();
            let returns = signature.rsplit("->").next().unwrap_or_default();
            let wanted = if returns.contains("Result<") {
                LOGGED
            } else {
                LOGGED_INFALLIBLE
            };
            assert_eq!(
                lines[i + 1],
                wanted,
                "{}:{}: put this under #[tauri::command]",
                path.display(),
                i + 2
            );
        }
    }
    assert!(commands >= 50, "only {commands} commands found");
}

// The attribute exactly as the commands carry it, on a command's body.
#[tracing::instrument(skip_all, err(level = "warn"))]
fn create_note(
    store: &mut Store,
    session_id: Uuid,
    input: NoteInput,
) -> Result<Note, CommandError> {
    store.create_note(session_id, &input).map_err(Into::into)
}

#[test]
fn a_command_logs_its_name_duration_and_error_code_never_the_text_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hrc.db");
    let mut store = Store::open(&db).unwrap();
    let session = hrc_core::demo::load(&mut store).unwrap().session;
    let note = |body: &str| NoteInput {
        body: body.into(),
        ..Default::default()
    };
    let subscriber = hrc_core::logs::subscriber(&db, "app", &["logging"]).expect("a log");
    tracing::subscriber::with_default(subscriber, || {
        create_note(&mut store, session.id, note("Zanzibarite in the room")).unwrap();
        // A meeting that does not exist: the core's message quotes the id typed.
        let refused = NoteInput {
            meeting_id: Some("Quetzalcoatlus".into()),
            ..note("Zanzibarite again")
        };
        let failed = create_note(&mut store, session.id, refused).unwrap_err();
        assert!(failed.0.message.contains("Quetzalcoatlus"), "{failed:?}");
    });
    let files: Vec<_> = std::fs::read_dir(hrc_core::logs::dir(&db))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let log = std::fs::read_to_string(&files[0]).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 3, "{log}");
    assert!(
        lines[0].contains("INFO create_note: close time.busy="),
        "{log}"
    );
    let code = lines[1]
        .split("WARN create_note: error=")
        .nth(1)
        .unwrap_or_default();
    assert!(
        !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
        "the failure is logged by its code alone: {log}"
    );
    assert!(
        lines[2].contains("INFO create_note: close time.busy="),
        "{log}"
    );
    for typed in ["Zanzibarite", "Quetzalcoatlus", "room"] {
        assert!(!log.contains(typed), "{typed} in the log: {log}");
    }
}
