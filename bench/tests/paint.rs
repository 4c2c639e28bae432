//! The first-paint watcher's reading of frames: a blank frame is not painted, the interface is
//! (16 colours or more), and settled is the first moment of a frame that stays for the settling
//! time — also when the screen changes again after the first paint; after a passphrase typed
//! into the unlock screen, only another screen counts.
use std::time::Duration;

use hrc_bench::paint::keyboard::typable;
use hrc_bench::paint::{Frames, Report, Unlocked, Watched};

/// A frame of `len` pixels (4 bytes each, as X hands them out), each from `colours`.
fn frame(len: usize, colours: &[[u8; 3]]) -> Vec<u8> {
    (0..len)
        .flat_map(|i| {
            let [b, g, r] = colours[(i / 7) % colours.len()];
            [b, g, r, 0xff]
        })
        .collect()
}

fn palette(n: u8) -> Vec<[u8; 3]> {
    (0..n).map(|i| [i, 255 - i, i / 2]).collect()
}

#[test]
fn a_blank_frame_is_not_painted_and_the_interface_is() {
    let blank = frame(10_000, &[[250, 250, 250]]);
    let two = frame(10_000, &palette(2));
    let fifteen = frame(10_000, &palette(15));
    let sixteen = frame(10_000, &palette(16));
    assert!(!hrc_bench::paint::frames::has_colours(&blank, 16));
    assert!(!hrc_bench::paint::frames::has_colours(&two, 16));
    assert!(!hrc_bench::paint::frames::has_colours(&fifteen, 16));
    assert!(hrc_bench::paint::frames::has_colours(&sixteen, 16));
    // The fourth byte is not colour.
    let mut noisy_alpha = blank.clone();
    for (i, px) in noisy_alpha.chunks_exact_mut(4).enumerate() {
        px[3] = i as u8;
    }
    assert!(!hrc_bench::paint::frames::has_colours(&noisy_alpha, 16));
}

#[test]
fn settled_is_when_the_last_frame_first_appeared() {
    let mut frames = Frames::new(Duration::from_millis(1000));
    let blank = frame(1_000, &[[255, 255, 255]]);
    let sidebar = frame(1_000, &palette(40));
    let screen = frame(1_000, &palette(80));
    frames.mapped(150);
    frames.mapped(400); // seen again: the first sighting counts
    assert!(!frames.observe(160, &blank));
    assert!(
        !frames.observe(2_000, &blank),
        "a blank frame never settles"
    );
    assert!(!frames.observe(2_100, &sidebar));
    assert!(!frames.observe(2_300, &screen));
    assert!(!frames.observe(3_000, &screen));
    assert!(frames.observe(3_300, &screen));
    assert_eq!(
        frames.watched(),
        Watched {
            window_ms: Some(150),
            painted_ms: Some(2_100),
            settled_ms: Some(2_300),
        }
    );
}

#[test]
fn nothing_seen_is_reported_as_nothing() {
    let frames = Frames::new(Duration::from_secs(1));
    let report = serde_json::to_string(&frames.watched()).unwrap();
    assert_eq!(
        report,
        r#"{"window_ms":null,"painted_ms":null,"settled_ms":null}"#
    );
}

#[test]
fn the_app_is_found_by_its_name_or_a_title_that_ends_with_it() {
    use hrc_bench::paint::titled;
    assert!(titled(b"HRC Planner", "HRC Planner"));
    assert!(titled(
        "Today — HRC38 — HRC Planner".as_bytes(),
        "HRC Planner"
    ));
    assert!(!titled(b"Not HRC Planner at all", "HRC Planner"));
    assert!(!titled(b"HRC Planner notes.txt - gedit", "HRC Planner"));
}

#[test]
fn after_the_passphrase_only_another_screen_counts() {
    let unlock = frame(1_000, &palette(30));
    let unlocking = frame(1_000, &palette(31));
    let blank = frame(1_000, &[[255, 255, 255]]);
    let today = frame(1_000, &palette(80));
    let mut after = Frames::replacing(Duration::from_millis(1000), unlock.clone());
    assert!(!after.observe(5_000, &unlock));
    assert!(
        !after.observe(6_500, &unlock),
        "the unlock screen as it was when Return was pressed never settles"
    );
    assert!(!after.observe(6_600, &unlocking));
    assert!(!after.observe(6_900, &blank));
    assert!(!after.observe(7_200, &today));
    assert!(!after.observe(8_000, &today));
    assert!(after.observe(8_300, &today));
    let seen = after.watched();
    assert_eq!(seen.painted_ms, Some(6_600));
    assert_eq!(seen.settled_ms, Some(7_200));
}

#[test]
fn a_start_reports_the_wait_after_the_passphrase_only_when_there_was_one() {
    let first = Watched {
        window_ms: Some(150),
        painted_ms: Some(700),
        settled_ms: Some(720),
    };
    let plain = serde_json::to_string(&Report {
        first,
        unlock: None,
    })
    .unwrap();
    assert_eq!(
        plain,
        r#"{"window_ms":150,"painted_ms":700,"settled_ms":720}"#
    );
    let protected = serde_json::to_string(&Report {
        first,
        unlock: Some(Unlocked {
            enter_ms: 2_400,
            unlocked_settled_ms: Some(610),
        }),
    })
    .unwrap();
    assert_eq!(
        protected,
        r#"{"window_ms":150,"painted_ms":700,"settled_ms":720,"enter_ms":2400,"unlocked_settled_ms":610}"#
    );
}

#[test]
fn only_what_needs_no_shift_key_is_typed() {
    assert!(typable("ten years of notes at the council"));
    assert!(typable("hrc 38 geneva"));
    assert!(!typable(""));
    assert!(!typable("Ten years"));
    assert!(!typable("notes!"));
    assert!(!typable("genève"));
}
