//! The desktop around the app, seen through xdotool on the test's own virtual display: native
//! windows such as the GTK save dialog, found by their titles, and keys typed into them.
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs xdotool and returns what it printed.
pub fn xdotool(args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .output()
        .expect("xdotool runs (apt-get install xdotool)");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Waits (up to 15 s) for a visible window whose title matches `name` and returns its id.
pub fn window(name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let found = xdotool(&["search", "--onlyvisible", "--name", name]);
        if let Some(id) = found.lines().last().filter(|l| !l.is_empty()) {
            return id.to_string();
        }
        assert!(
            Instant::now() < deadline,
            "no window named {name:?} appeared"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Waits (up to 10 s) for a window titled exactly `title` (compared whole, not as xdotool's
/// pattern, which does not take every character of a title such as an em dash).
pub fn assert_window_titled(title: &str) {
    let mut names = String::new();
    for _ in 0..50 {
        names = xdotool(&["search", "--name", "HRC Planner", "getwindowname", "%@"]);
        if names.lines().any(|name| name == title) {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("no window is titled {title:?}; the windows: {names}");
}
