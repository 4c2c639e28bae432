//! The log of what the app and `hrc` did: one line per command with its name and how long it
//! took, and a failed one's error code, in a daily file in a `logs` folder beside the database
//! (0700, files 0600 like the rest; the latest [`KEPT`] files are kept). Never the text a person
//! wrote: the doors log a command by its name with none of its arguments, a failure by its code
//! (a message can quote what was typed), and only their own events reach the file.
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use tracing::Level;
use tracing_appender::rolling::{RollingFileAppender, RollingWriter, Rotation};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;

use crate::private_files;

/// How many daily files are kept for each door; older ones are deleted as a new one starts.
pub const KEPT: usize = 14;

/// The folder of the logs of the database at `database`.
pub fn dir(database: &Path) -> PathBuf {
    database
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join("logs")
}

/// A subscriber that writes the events of the crates `targets` name, at `info` and above, to
/// `logs/<door>.YYYY-MM-DD.log` beside `database`: each command's span as it closes (its name,
/// `time.busy` and `time.idle`) and the events in it (a failure's `error=<code>`). `None` when
/// the database's folder does not exist (nothing is created for a path that leads nowhere) or the
/// logs folder cannot be made: logging never stops a command.
pub fn subscriber(
    database: &Path,
    door: &'static str,
    targets: &[&str],
) -> Option<impl tracing::Subscriber + Send + Sync> {
    let folder = database.parent()?;
    if !(folder.as_os_str().is_empty() || folder.is_dir()) {
        return None;
    }
    let writer = PrivateDaily::new(dir(database), door)?;
    let targets = targets
        .iter()
        .fold(Targets::new(), |t, name| t.with_target(*name, Level::INFO));
    let format = tracing_subscriber::fmt::layer()
        .with_ansi(false)
        .with_target(false)
        .with_span_events(FmtSpan::CLOSE)
        .with_writer(writer);
    Some(tracing_subscriber::registry().with(format).with(targets))
}

/// Installs [`subscriber`] for the whole process; false when there is no log (see there).
pub fn start(database: &Path, door: &'static str, targets: &[&str]) -> bool {
    subscriber(database, door, targets)
        .is_some_and(|s| tracing::subscriber::set_global_default(s).is_ok())
}

/// tracing-appender's daily files, each created 0600 before the appender opens it: the appender
/// would create it with the process's default permissions.
struct PrivateDaily {
    appender: RollingFileAppender,
    dir: PathBuf,
    door: &'static str,
    /// The name of the file last made private.
    private: Mutex<String>,
}

impl PrivateDaily {
    fn new(dir: PathBuf, door: &'static str) -> Option<PrivateDaily> {
        private_files::create_dir_all(&dir).ok()?;
        private_files::restrict(&dir).ok()?;
        // Today's file first, so that the appender opens it rather than creating it.
        let private = Mutex::new(String::new());
        make_private(&dir, door, &private);
        Some(PrivateDaily {
            appender: RollingFileAppender::builder()
                .rotation(Rotation::DAILY)
                .filename_prefix(door)
                .filename_suffix("log")
                // It prunes as if about to make a new file, and today's is already there.
                .max_log_files(KEPT + 1)
                .build(&dir)
                .ok()?,
            dir,
            door,
            private,
        })
    }
}

/// Makes today's file (the appender's day, in UTC) exist and be its owner's alone, once a day.
fn make_private(dir: &Path, door: &str, private: &Mutex<String>) {
    let name = format!("{door}.{}.log", chrono::Utc::now().format("%Y-%m-%d"));
    let mut done = private.lock().unwrap_or_else(PoisonError::into_inner);
    if *done != name {
        let path = dir.join(&name);
        if private_files::open_or_create(&path)
            .and_then(|_| private_files::restrict(&path))
            .is_ok()
        {
            *done = name;
        }
    }
}

impl<'a> MakeWriter<'a> for PrivateDaily {
    type Writer = RollingWriter<'a>;

    fn make_writer(&'a self) -> Self::Writer {
        make_private(&self.dir, self.door, &self.private);
        self.appender.make_writer()
    }
}
