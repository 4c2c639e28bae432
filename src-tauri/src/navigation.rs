//! The window never leaves the app: a link to the web (in a rendered note, say) does not replace
//! HRC Planner with a remote page in its own window. An http, https or mailto link opens outside
//! the app, in the person's browser or mail program; any other link does nothing.
use tauri::plugin::TauriPlugin;
use tauri::{Manager, Runtime, Url};
use tauri_plugin_opener::OpenerExt;

/// Refuses every navigation away from the app's own pages, and hands web and mail links to the system.
pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|webview, url| {
            if is_app_page(url) {
                return true;
            }
            if opens_outside(url) {
                // The web view cannot ask for this itself (it has no opener permission).
                let _ = webview
                    .app_handle()
                    .opener()
                    .open_url(url.as_str(), None::<&str>);
            }
            false
        })
        .build()
}

/// Links a person may follow out of the app.
fn opens_outside(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https" | "mailto")
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

    #[test]
    fn only_web_and_mail_links_open_outside() {
        let cases = [
            ("https://ishr.ch/news/hrc38", true),
            ("http://example.org", true),
            ("mailto:info@ishr.ch", true),
            ("file:///etc/passwd", false),
            ("javascript:alert(1)", false),
            ("data:text/html,hi", false),
            ("smb://server/share", false),
        ];
        for (url, outside) in cases {
            assert_eq!(opens_outside(&url.parse().unwrap()), outside, "{url}");
        }
    }
}
