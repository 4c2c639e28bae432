//! The backups the app takes by itself: one a few seconds after it starts and one each day it
//! runs, both on threads of their own at low priority, so that neither the first paint nor the
//! person's work waits for a large file to be copied. The same thread merges the words of
//! deleted and edited text out of the search indexes, before each backup and within a minute of
//! a deletion. A failure is logged (hrc_core::logs) and never stops the app.
use std::time::Duration;

use chrono::Utc;
use tauri::Manager;

use crate::state::Database;

/// How long after start the start backup waits: the window paints and the first screen loads
/// before a ten-year file (about 500 MB) is copied beside them.
pub const START_DELAY: Duration = Duration::from_secs(5);

/// How often the daily backup is checked for.
const DAILY_CHECK: Duration = Duration::from_secs(60 * 60);

/// How often the thread looks for deleted words to merge out of the search indexes.
const FORGET_CHECK: Duration = Duration::from_secs(30);

/// Starts both: the start backup after [`START_DELAY`], then the hourly check for the daily one.
pub fn start(app: tauri::AppHandle) {
    let spawned = std::thread::Builder::new()
        .name("routine-backups".into())
        .spawn(move || {
            lower_priority();
            // A schema update at start comes first: the backup is of the updated file.
            while app.state::<Database>().is_updating() {
                std::thread::sleep(Duration::from_millis(250));
            }
            std::thread::sleep(START_DELAY);
            // A large file's pages are checked here, at low priority, not by the first write.
            app.state::<Database>().check_before_first_write();
            // What a run ended by a kill left deleted or edited is forgotten before it is copied.
            app.state::<Database>().forget_deleted();
            app.state::<Database>().forget_old_words();
            app.state::<Database>().back_up_at_start(Utc::now());
            let mut since_daily_check = Duration::ZERO;
            loop {
                std::thread::sleep(FORGET_CHECK);
                // Words of a note whose undo notice closed, or of a record deleted without undo,
                // leave the search index within a minute.
                if app.state::<Database>().has_words_to_forget() {
                    app.state::<Database>().forget_old_words();
                }
                since_daily_check += FORGET_CHECK;
                if since_daily_check >= DAILY_CHECK {
                    since_daily_check = Duration::ZERO;
                    app.state::<Database>().back_up_if_due(Utc::now());
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "the routine backups could not start");
    }
}

/// Lowers this thread's CPU (and, with it, disk) priority to the nicest, so that copying a large
/// file yields to the window and the web view. On Linux the nice value is the thread's own.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    if let Err(e) = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 19) {
        tracing::warn!(error = %e, "the backup thread keeps its priority");
    }
}
