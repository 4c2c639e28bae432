//! The X side of the watch: finds the mapped top-level window with the app's title (there is no
//! window manager under Xvfb, so top-level windows are the root's children) and reads its pixels.
use std::path::PathBuf;
use std::thread::sleep;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, ImageFormat, MapState, Window};

use super::frames::{Frames, Watched};

/// Between two reads of the window: short enough to see the first frame within a few
/// milliseconds, long enough to leave the CPU to the app.
const POLL: Duration = Duration::from_millis(5);

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
}

/// Watches the window until it has settled (or the app exits, or the time is up).
pub fn watch(target: &Target) -> Result<Watched> {
    let (conn, screen) = x11rb::connect(None).context("cannot reach the X display ($DISPLAY)")?;
    let root = conn.setup().roots[screen].root;
    let mut frames = Frames::new(target.settle);
    let mut window: Option<Window> = None;
    let alive = || match target.pid {
        Some(pid) => PathBuf::from(format!("/proc/{pid}")).exists(),
        None => true,
    };
    while elapsed_ms(target.since_ns) < target.timeout.as_millis() as u64 && alive() {
        let Some(w) = window.or_else(|| find(&conn, root, &target.title).ok().flatten()) else {
            sleep(POLL);
            continue;
        };
        if window.is_none() {
            window = Some(w);
            frames.mapped(elapsed_ms(target.since_ns));
        }
        let at = elapsed_ms(target.since_ns);
        // The window may go away (the app closing): then there is nothing more to see.
        let Ok(pixels) = read(&conn, w) else { break };
        if frames.observe(at, &pixels) {
            break;
        }
        sleep(POLL);
    }
    Ok(frames.watched())
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
        let name = conn
            .get_property(false, w, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 1024)?
            .reply()?;
        if titled(&name.value, title) {
            return Ok(Some(w));
        }
    }
    Ok(None)
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
