//! The desktop app's first paint, watched from outside: `hrc-bench paint` finds the app's window
//! on the X display and reads its pixels every few milliseconds until the screen has settled.
//! It replaces an ImageMagick loop whose every screenshot cost ~100 ms of CPU, so that the
//! watcher no longer takes one of the machine's two cores from the app it measures.
pub mod frames;
pub mod keyboard;
mod x11;

pub use frames::{Frames, Watched};
pub use x11::{titled, watch, Report, Target, Unlocked};
