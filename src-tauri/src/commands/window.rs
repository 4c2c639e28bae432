//! The window's own title, kept to the page's ("Statements — HRC38 — HRC Planner"): window
//! managers, task switchers and screen readers read the window's title, not the page's.
use hrc_core::ErrorPayload;

use crate::error::CommandError;

/// The longest title kept: a title is a place, not a text.
const TITLE_CHARS: usize = 200;

/// The title a page asked for, as the window shows it: no control characters, not too long.
pub fn window_title(asked: &str) -> String {
    let title: String = asked
        .chars()
        .filter(|c| !c.is_control())
        .take(TITLE_CHARS)
        .collect();
    match title.trim() {
        "" => "HRC Planner".to_string(),
        t => t.to_string(),
    }
}

#[tauri::command]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn set_window_title(window: tauri::WebviewWindow, title: String) -> Result<(), CommandError> {
    window.set_title(&window_title(&title)).map_err(|e| {
        ErrorPayload {
            code: "window".into(),
            message: format!("the window's title could not be set: {e}"),
            ..Default::default()
        }
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_plain_and_short() {
        assert_eq!(
            window_title("Statements — HRC38 — HRC Planner"),
            "Statements — HRC38 — HRC Planner"
        );
        assert_eq!(window_title("A\u{1b}[2J\nB"), "A[2JB");
        assert_eq!(window_title("   "), "HRC Planner");
        assert_eq!(window_title(&"x".repeat(1000)).chars().count(), TITLE_CHARS);
    }
}
