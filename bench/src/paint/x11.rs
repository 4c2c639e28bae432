//! The X side of the watch: finds the mapped top-level window with the app's title (there is no
//! window manager under Xvfb, so top-level windows are the root's children) and reads its pixels;
//! with a protected database, types the passphrase into the settled unlock screen and watches on.
use std::path::PathBuf;
use std::thread::sleep;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use serde::Serialize;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, ImageFormat, MapState, Window};

use super::frames::{Frames, Watched};
use super::keyboard;

/// Between two reads of the window: short enough to see the first frame within a few
/// milliseconds, long enough to leave the CPU to the app.
const POLL: Duration = Duration::from_millis(5);

/// Between the passphrase typed and Return: its dots drawn in the field.
const TYPED_SHOWN: Duration = Duration::from_millis(300);

/// What to watch.
#[derive(Debug, Clone)]
pub struct Target {
    /// The window's title: exactly, or as the end of a title that says where the app is
    /// ("Today — HRC38 — HRC Planner" for "HRC Planner").
    pub title: String,
    /// The launch, in nanoseconds since the Unix epoch (`date +%s%N` just before starting it).
    pub since_ns: u128,
    /// The app's process: the watch ends if it exits.
    pub pid: Option<u32>,
    /// Painted and unchanged this long is settled.
    pub settle: Duration,
    /// The watch gives up after this long from the launch.
    pub timeout: Duration,
    /// A protected database's passphrase: typed into the unlock screen once it has settled,
    /// then Return; the watch goes on until the first screen after it has settled.
    pub passphrase: Option<String>,
}

/// What one start showed: the first screen (the unlock screen for a protected database) and,
/// with a passphrase, the wait after it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Report {
    #[serde(flatten)]
    pub first: Watched,
    #[serde(flatten)]
    pub unlock: Option<Unlocked>,
}

/// The wait from pressing Return on the passphrase to the app's first screen.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Unlocked {
    /// When Return was pressed, in ms from the launch.
    pub enter_ms: u64,
    /// From Return to the first moment of the first screen that then stays (complete with its
    /// data); `None` when the app did not open (the window still has the bare title of the
    /// unlock screen, as after a wrong passphrase).
    pub unlocked_settled_ms: Option<u64>,
}

/// Watches the window until it has settled (or the app exits, or the time is up); with a
/// passphrase, types it into that screen and watches until the next one has settled.
pub fn watch(target: &Target) -> Result<Report> {
    let (conn, screen) = x11rb::connect(None).context("cannot reach the X display ($DISPLAY)")?;
    let root = conn.setup().roots[screen].root;
    let mut frames = Frames::new(target.settle);
    let mut window: Option<Window> = None;
    let settled = follow(&conn, root, target, &mut frames, &mut window)?;
    let unlock = match (&target.passphrase, window) {
        (Some(passphrase), Some(w)) if settled => {
            keyboard::type_text(&conn, root, w, passphrase)?;
            sleep(TYPED_SHOWN);
            let typed = read(&conn, w)?;
            keyboard::press_return(&conn, root)?;
            let enter_ms = elapsed_ms(target.since_ns);
            let mut after = Frames::replacing(target.settle, typed);
            follow(&conn, root, target, &mut after, &mut window)?;
            // Opened, the app names its window after the screen shown ("Today — HRC38 — …").
            let opened = title(&conn, w)? != target.title.as_bytes();
            Some(Unlocked {
                enter_ms,
                unlocked_settled_ms: after
                    .watched()
                    .settled_ms
                    .filter(|_| opened)
                    .map(|ms| ms.saturating_sub(enter_ms)),
            })
        }
        _ => None,
    };
    Ok(Report {
        first: frames.watched(),
        unlock,
    })
}

/// Reads the window's frames into `frames` until they have settled (true), or the app exits, or
/// the time is up; finds the window first if `window` is not known yet.
fn follow(
    conn: &impl Connection,
    root: Window,
    target: &Target,
    frames: &mut Frames,
    window: &mut Option<Window>,
) -> Result<bool> {
    let alive = || match target.pid {
        Some(pid) => PathBuf::from(format!("/proc/{pid}")).exists(),
        None => true,
    };
    while elapsed_ms(target.since_ns) < target.timeout.as_millis() as u64 && alive() {
        let Some(w) = window.or_else(|| find(conn, root, &target.title).ok().flatten()) else {
            sleep(POLL);
            continue;
        };
        if window.is_none() {
            *window = Some(w);
            frames.mapped(elapsed_ms(target.since_ns));
        }
        let at = elapsed_ms(target.since_ns);
        // The window may go away (the app closing): then there is nothing more to see.
        let Ok(pixels) = read(conn, w) else { break };
        if frames.observe(at, &pixels) {
            return Ok(true);
        }
        sleep(POLL);
    }
    Ok(false)
}

fn elapsed_ms(since_ns: u128) -> u64 {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    (now.saturating_sub(since_ns) / 1_000_000) as u64
}

/// The root's viewable child titled `title`.
fn find(conn: &impl Connection, root: Window, title: &str) -> Result<Option<Window>> {
    for w in conn.query_tree(root)?.reply()?.children {
        if conn.get_window_attributes(w)?.reply()?.map_state != MapState::VIEWABLE {
            continue;
        }
        if titled(&self::title(conn, w)?, title) {
            return Ok(Some(w));
        }
    }
    Ok(None)
}

/// The window's title (WM_NAME), as bytes.
fn title(conn: &impl Connection, w: Window) -> Result<Vec<u8>> {
    Ok(conn
        .get_property(false, w, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 1024)?
        .reply()?
        .value)
}

/// The window's pixels, 4 bytes each.
fn read(conn: &impl Connection, w: Window) -> Result<Vec<u8>> {
    let geometry = conn.get_geometry(w)?.reply()?;
    let image = conn
        .get_image(
            ImageFormat::Z_PIXMAP,
            w,
            0,
            0,
            geometry.width,
            geometry.height,
            !0,
        )?
        .reply()?;
    Ok(image.data)
}

/// Whether a window named `name` is the app titled `title`: the app names its window after the
/// screen shown, ending with its own name.
pub fn titled(name: &[u8], title: &str) -> bool {
    name == title.as_bytes() || name.ends_with(format!(" — {title}").as_bytes())
}
