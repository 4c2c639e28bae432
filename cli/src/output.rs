//! Where `hrc` writes: all of its output through one writer, and how a run that failed ends
//! (one line on standard error and an exit status, never a panic).
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::{escape, json};

/// Why a run ended without success.
#[derive(Debug)]
pub enum Failed {
    /// The core refused the input (status 2) or failed (status 1).
    Core(hrc_core::Error),
    /// Standard output could not be written.
    Output(io::Error),
    /// The command line could not be read: the line to show (status 2).
    Usage(String),
}

impl From<hrc_core::Error> for Failed {
    fn from(e: hrc_core::Error) -> Self {
        Failed::Core(e)
    }
}

impl Failed {
    /// What the log says of the failure: the core's code (`validation`, `not_found`, …), never
    /// its message, which can quote what was typed.
    pub fn code(&self) -> &'static str {
        match self {
            Failed::Core(e) => e.code(),
            Failed::Output(_) => "output",
            Failed::Usage(_) => "usage",
        }
    }

    /// Says why in one line on standard error and gives the exit status.
    pub fn report(self) -> ExitCode {
        match self {
            Failed::Core(e) => {
                tell(&format!("hrc: {}", escape::one_line(&e.to_string())));
                ExitCode::from(if e.is_input_error() { 2 } else { 1 })
            }
            // The reader went away (`hrc countries | head -1`): it had what it wanted. Unix
            // tools end there without a word (SIGPIPE kills them); hrc ends as quietly, and with
            // status 0 as ripgrep and fd do, so that `set -o pipefail` scripts do not fail for
            // a reader that stopped early. Anything the command changed was stored before it
            // printed.
            Failed::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Failed::Output(e) => {
                tell(&format!("hrc: cannot write the output: {}", reason(&e)));
                ExitCode::from(1)
            }
            Failed::Usage(line) => {
                tell(&line);
                ExitCode::from(2)
            }
        }
    }
}

/// An I/O error as a sentence, without Rust's "(os error 28)".
fn reason(e: &io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => text
            .strip_suffix(&format!(" (os error {code})"))
            .unwrap_or(&text)
            .to_string(),
        None => text,
    }
}

/// Shows `text` to a person: every character a terminal would act on is escaped
/// ([`escape::block`]), whether or not standard output is a terminal.
pub fn human(text: &str) -> Result<(), Failed> {
    line(&escape::block(text))
}

/// Prints `value` as JSON ([`json::to_string`]).
pub fn json<T: Serialize>(value: &T) -> Result<(), Failed> {
    line(&json::to_string(value))
}

fn line(text: &str) -> Result<(), Failed> {
    bytes(format!("{text}\n").as_bytes())
}

/// Writes `bytes` to standard output as they are (an exported file). Every write of `hrc`'s
/// output comes here: `println!` would panic on a closed pipe or a full disk.
pub fn bytes(bytes: &[u8]) -> Result<(), Failed> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(Failed::Output)
}

/// Writes a file made by `hrc` (an export, a brief, a target list) to `out`, saying so, or else to
/// standard output. `binary` says what the file is when it is not text ("a Word document"): that
/// is refused on a terminal, where it would show as garbled bytes.
pub fn file(bytes: &[u8], out: Option<&Path>, binary: Option<&str>) -> Result<(), Failed> {
    match out {
        Some(path) => {
            hrc_core::export::write_whole(bytes, path)?;
            tell(&format!(
                "Wrote {}",
                escape::one_line(&path.to_string_lossy())
            ));
            Ok(())
        }
        None => {
            not_to_terminal(binary)?;
            self::bytes(bytes)
        }
    }
}

/// Refuses a file that is not text (`binary`: what it is) when standard output is a terminal —
/// before the work, where the work asks something first (a sealed bundle's passphrase).
pub fn not_to_terminal(binary: Option<&str>) -> Result<(), Failed> {
    match binary {
        Some(what) if io::stdout().is_terminal() => Err(Failed::Usage(format!(
            "hrc: error: --out: {what} is not text and would show as garbled bytes here; give --out FILE, or redirect the output to a file"
        ))),
        _ => Ok(()),
    }
}

/// Writes a line to standard error: a note on what was done, or why a run failed.
pub fn tell(text: &str) {
    // If standard error cannot be written either, there is nowhere left to say so.
    let _ = writeln!(io::stderr().lock(), "{text}");
}
