//! What the successive frames of a window say: when it first showed the interface (more than 15
//! colours; before that the frame is one or two) and when it stopped changing (the same pixels
//! for a settling time).
use std::time::Duration;

use serde::Serialize;

/// A frame with at least this many distinct colours is the interface drawn, not a blank frame.
pub const PAINTED_COLOURS: usize = 16;

/// The figures of one start, in milliseconds from the launch; `None` when it never happened.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Watched {
    pub window_ms: Option<u64>,
    pub painted_ms: Option<u64>,
    pub settled_ms: Option<u64>,
}

/// Follows the frames of one window.
#[derive(Debug)]
pub struct Frames {
    settle: Duration,
    watched: Watched,
    /// The frame on screen and when it was first seen.
    last: Option<(Vec<u8>, u64)>,
    /// A frame that is not the screen being waited for (the unlock screen, once the passphrase
    /// is typed): it never counts as painted nor settles.
    left: Option<Vec<u8>>,
}

impl Frames {
    /// Settled means: painted, and the same frame for `settle`.
    pub fn new(settle: Duration) -> Frames {
        Frames {
            settle,
            watched: Watched::default(),
            last: None,
            left: None,
        }
    }

    /// The screen that replaces `left` (the unlock screen as it was when Return was pressed):
    /// painted is the first frame with the interface that differs from it, settled as ever.
    pub fn replacing(settle: Duration, left: Vec<u8>) -> Frames {
        Frames {
            left: Some(left),
            ..Frames::new(settle)
        }
    }

    /// The window was first seen mapped at `at_ms`.
    pub fn mapped(&mut self, at_ms: u64) {
        self.watched.window_ms.get_or_insert(at_ms);
    }

    /// A frame read at `at_ms` (32-bit pixels, as X hands them out); true once settled.
    pub fn observe(&mut self, at_ms: u64, pixels: &[u8]) -> bool {
        if self.left.as_deref() == Some(pixels) {
            self.last = None;
            return false;
        }
        if self.watched.painted_ms.is_none() && has_colours(pixels, PAINTED_COLOURS) {
            self.watched.painted_ms = Some(at_ms);
        }
        if self.watched.painted_ms.is_none() {
            return false;
        }
        match &self.last {
            Some((frame, since)) if frame.as_slice() == pixels => {
                if at_ms.saturating_sub(*since) >= self.settle.as_millis() as u64 {
                    self.watched.settled_ms = Some(*since);
                    return true;
                }
            }
            _ => self.last = Some((pixels.to_vec(), at_ms)),
        }
        false
    }

    pub fn watched(&self) -> Watched {
        self.watched
    }
}

/// Whether `pixels` (4 bytes each, the fourth ignored) hold at least `wanted` distinct colours.
/// Most pixels repeat their neighbour, so only changes are looked up; it stops once it knows.
pub fn has_colours(pixels: &[u8], wanted: usize) -> bool {
    let mut seen: Vec<[u8; 3]> = Vec::with_capacity(wanted);
    let mut previous: Option<[u8; 3]> = None;
    for px in pixels.chunks_exact(4) {
        let colour = [px[0], px[1], px[2]];
        if previous == Some(colour) {
            continue;
        }
        previous = Some(colour);
        if !seen.contains(&colour) {
            seen.push(colour);
            if seen.len() >= wanted {
                return true;
            }
        }
    }
    false
}
