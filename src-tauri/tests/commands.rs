//! Every command is wired the whole way: registered in `handler()`, granted in the main window's
//! capability (and nothing else of the app is, but for hearing and doing its own close), and
//! callable from ui/src/lib/api.ts.
use std::path::Path;

use hrc_planner::commands::NAMES;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_command_is_registered() {
    let handler = read("src/commands/mod.rs");
    let missing: Vec<_> = NAMES
        .iter()
        .filter(|n| !handler.contains(&format!("::{n},")))
        .collect();
    assert!(
        missing.is_empty(),
        "add these to handler() in src/commands/mod.rs: {missing:?}"
    );
}

#[test]
fn the_main_window_may_call_every_command_and_nothing_more() {
    let capability: serde_json::Value =
        serde_json::from_str(&read("capabilities/main.json")).unwrap();
    let granted: Vec<&str> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("permissions are plain identifiers"))
        .collect();
    let wanted: Vec<String> = NAMES
        .iter()
        .map(|n| format!("allow-{}", n.replace('_', "-")))
        .collect();
    let missing: Vec<_> = wanted
        .iter()
        .filter(|w| !granted.contains(&w.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "grant these in capabilities/main.json: {missing:?}"
    );
    let others: Vec<_> = granted
        .iter()
        .filter(|g| !wanted.iter().any(|w| w == *g))
        .collect();
    assert_eq!(
        others,
        [
            &"dialog:default",
            &"window-state:default",
            // Closing waits for notes being typed: the web view hears the close request, saves,
            // then closes the window itself (ui/src/lib/window-close.ts).
            &"core:event:allow-listen",
            &"core:event:allow-unlisten",
            &"core:window:allow-destroy",
        ],
        "the main window gets the app's commands, dialogs, the window state and its own close: no shell, fs or sql"
    );
}

#[test]
fn every_command_has_a_function_in_the_ui() {
    let api = read("../ui/src/lib/api.ts");
    let missing: Vec<_> = NAMES
        .iter()
        .filter(|n| !api.contains(&format!("(\"{n}\"")))
        .collect();
    assert!(
        missing.is_empty(),
        "add a function for these to ui/src/lib/api.ts: {missing:?}"
    );
}
