//! The end-to-end harness: starts `tauri-driver` (which drives WebKitWebDriver) on free ports with
//! a fresh database, opens the built app (target/debug/hrc-planner) in WebDriver sessions (or
//! kills it with SIGKILL, as a crash would), and stops tauri-driver with SIGTERM so that it takes
//! WebKitWebDriver down with it.
//!
//! Run under a display: `xvfb-run -a cargo test -p hrc-e2e`.
mod app;
mod axe;
mod contrast;
pub mod desktop;

pub use app::App;
pub use axe::Violation;

use std::fs::File;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::ClientBuilder;
use hyper_util::client::legacy::connect::HttpConnector;
use tempfile::TempDir;

/// tauri-driver on a fresh database; each `open_app` starts the app again on that database.
pub struct Harness {
    driver: Child,
    port: u16,
    native_port: u16,
    dir: TempDir,
    app: PathBuf,
}

impl Harness {
    /// Starts tauri-driver with `HRC_DB` on a new file, and the app's own folders (window state,
    /// web view data) in the same temporary folder, so that nothing of the person's is touched.
    pub fn start() -> Harness {
        Harness::start_with(&[])
    }

    /// As [`Harness::start`], with more variables for every start of the app (e.g. `HRC_CLOCK`).
    pub fn start_with(env: &[(&str, &str)]) -> Harness {
        let app = app_binary();
        let dir = tempfile::tempdir().expect("a temporary folder");
        let (port, native_port) = (free_port(), free_port());
        let log = File::create(dir.path().join("tauri-driver.log")).expect("a log file");
        let driver = Command::new(tauri_driver())
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env("HRC_DB", dir.path().join("hrc-planner.db"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            // A US locale, as many laptops have: the app's date fields must still be day first.
            .env("LC_ALL", "en_US.UTF-8")
            .env("LANG", "en_US.UTF-8")
            .envs(env.iter().copied())
            .stdout(log.try_clone().expect("a log file"))
            .stderr(log)
            .stdin(Stdio::null())
            .spawn()
            .expect("tauri-driver starts (install it with `cargo install tauri-driver --locked`)");
        let harness = Harness {
            driver,
            port,
            native_port,
            dir,
            app,
        };
        harness.wait_until_listening();
        harness
    }

    /// The database file the app runs on.
    pub fn database(&self) -> PathBuf {
        self.dir.path().join("hrc-planner.db")
    }

    /// Starts the app in a new WebDriver session and waits for its first screen.
    pub async fn open_app(&self) -> App {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": self.app }),
        );
        // After a kill, WebKitWebDriver may take a moment to let go of the dead session.
        let deadline = Instant::now() + Duration::from_secs(10);
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{}", self.port))
                .await
            {
                Ok(client) => break client,
                Err(e)
                    if Instant::now() < deadline && e.to_string().contains("active sessions") =>
                {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("a WebDriver session with the app: {e}\n{}", self.log()),
            }
        };
        App::ready(client).await
    }

    /// The process id of the app running on this harness's database: the built binary whose
    /// `HRC_DB` is our file (WebKitWebDriver starts it, so tauri-driver does not know it).
    pub fn app_pid(&self) -> Option<u32> {
        let binary = std::fs::canonicalize(&self.app).ok()?;
        let wanted = format!("HRC_DB={}", self.database().display());
        std::fs::read_dir("/proc")
            .ok()?
            .flatten()
            .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
            .find(|pid| {
                let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok();
                let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
                exe.as_deref() == Some(binary.as_path())
                    && environ.split(|b| *b == 0).any(|v| v == wanted.as_bytes())
            })
    }

    /// Kills the app with SIGKILL, as a crash or a dead battery would stop it (no chance to save),
    /// waits until it is gone, and ends its dead WebDriver session (WebKitWebDriver allows one at
    /// a time), so that the app can be opened again.
    pub async fn kill_app(&self, app: App) {
        let pid = self.app_pid().expect("the app is running on this database");
        let status = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -KILL {pid}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.app_pid() == Some(pid) {
            assert!(Instant::now() < deadline, "the app {pid} is still running");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // The window is gone with the process: ending the session may report that, which is fine.
        let _ = app.client.close().await;
    }

    /// Waits for tauri-driver and for the WebKitWebDriver it started behind it.
    fn wait_until_listening(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        for port in [self.port, self.native_port] {
            while TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(
                    Instant::now() < deadline,
                    "nothing listens on port {port}\n{}",
                    self.log()
                );
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("tauri-driver.log")).unwrap_or_default()
    }
}

impl Drop for Harness {
    /// SIGTERM, not SIGKILL: tauri-driver then stops WebKitWebDriver (a hard kill orphans it).
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.driver.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.driver.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if std::thread::panicking() {
            eprintln!("--- tauri-driver log ---\n{}", self.log());
        }
    }
}

/// The built app: `HRC_PLANNER_BIN` or target/debug/hrc-planner.
fn app_binary() -> PathBuf {
    let path = std::env::var_os("HRC_PLANNER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/debug/hrc-planner"));
    assert!(
        path.exists(),
        "{} is missing: build it first with `(cd ui && npm ci && npm run build) && cargo build -p hrc-planner`",
        path.display()
    );
    path
}

/// `TAURI_DRIVER`, else tauri-driver on the PATH or in ~/.cargo/bin.
fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let in_cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .map(|c| c.join("bin/tauri-driver"));
    match in_cargo_home {
        Some(p) if p.exists() => p,
        _ => PathBuf::from("tauri-driver"),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}
