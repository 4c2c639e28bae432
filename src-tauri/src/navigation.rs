//! The window never leaves the app: a link to the web (in a rendered note, say) does not replace
//! HRC Planner with a remote page in its own window.
use tauri::plugin::TauriPlugin;
use tauri::{Runtime, Url};

/// Refuses every navigation away from the app's own pages.
pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|_webview, url| is_app_page(url))
        .build()
}

/// The app's own pages: `tauri://localhost` (Linux, macOS) or `http(s)://tauri.localhost` (Windows).
fn is_app_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        "about" => url.path() == "blank",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages() {
        let cases = [
            ("tauri://localhost/", true),
            ("tauri://localhost/index.html#notes", true),
            ("http://tauri.localhost/", true),
            ("about:blank", true),
            ("https://ishr.ch/news/hrc38", false),
            ("http://localhost:5173/", false),
            ("mailto:info@ishr.ch", false),
            ("file:///etc/passwd", false),
            ("javascript:alert(1)", false),
        ];
        for (url, allowed) in cases {
            assert_eq!(is_app_page(&url.parse().unwrap()), allowed, "{url}");
        }
    }
}
