//! Typing into the app's window as a person at the keyboard would, through the X server's XTEST
//! extension: a protected database's passphrase on the unlock screen, then Return.
use std::thread::sleep;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    ConnectionExt as _, InputFocus, Keycode, Keysym, Window, KEY_PRESS_EVENT, KEY_RELEASE_EVENT,
};
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::CURRENT_TIME;

/// X's keysym for Return.
const RETURN: Keysym = 0xff0d;

/// Between two keys, as a quick typist: the app sees each key on its own.
const BETWEEN_KEYS: Duration = Duration::from_millis(15);

/// Whether `text` can be typed without Shift on the X server's keyboard: lowercase letters,
/// digits and spaces (their keysyms are their ASCII codes, on the first level of a key).
pub fn typable(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' ')
}

/// Gives `window` the keyboard and types `text` (Return not pressed).
pub fn type_text(conn: &impl Connection, root: Window, window: Window, text: &str) -> Result<()> {
    if !typable(text) {
        bail!("the passphrase to type may hold only lowercase letters, digits and spaces");
    }
    // No window manager under Xvfb: the window is given the focus as one would.
    conn.set_input_focus(InputFocus::PARENT, window, CURRENT_TIME)?
        .check()?;
    press(conn, root, text.chars().map(Keysym::from))
}

/// Presses Return in the window that has the keyboard.
pub fn press_return(conn: &impl Connection, root: Window) -> Result<()> {
    press(conn, root, [RETURN])
}

/// Presses and releases the key of each keysym in turn.
fn press(
    conn: &impl Connection,
    root: Window,
    keysyms: impl IntoIterator<Item = Keysym>,
) -> Result<()> {
    let setup = conn.setup();
    let first = setup.min_keycode;
    let map = conn
        .get_keyboard_mapping(first, setup.max_keycode - first + 1)?
        .reply()?;
    let per_key = usize::from(map.keysyms_per_keycode).max(1);
    let keycode = |keysym: Keysym| -> Result<Keycode> {
        let index = map
            .keysyms
            .chunks(per_key)
            .position(|on_key| on_key.first() == Some(&keysym))
            .with_context(|| format!("no key of the X server's keyboard gives {keysym:#x}"))?;
        Ok(first + u8::try_from(index)?)
    };
    for keysym in keysyms {
        let key = keycode(keysym)?;
        for event in [KEY_PRESS_EVENT, KEY_RELEASE_EVENT] {
            conn.xtest_fake_input(event, key, CURRENT_TIME, root, 0, 0, 0)?
                .check()?;
        }
        sleep(BETWEEN_KEYS);
    }
    Ok(())
}
