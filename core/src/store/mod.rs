//! The SQLite store: one file, WAL, `synchronous=FULL`, foreign keys on, versioned
//! migrations. All SQL of HRC Planner lives in this folder.
mod agenda;
mod amendments;
mod backup;
mod brief;
mod clashes;
mod connection;
mod consultation_clashes;
mod consultations;
mod delegations;
mod documents;
mod export_choice;
mod file_lock;
mod key_issues;
mod links;
mod live_ids;
mod lobby;
mod mandates;
mod meetings;
mod membership;
mod migrations;
mod mine;
mod note_tally;
mod notes;
mod organisations;
mod overview;
mod programme;
mod programme_rules;
mod protect;
mod purge;
mod recheck;
mod resolutions;
mod row;
mod search;
mod session_texts;
mod sessions;
mod settings;
mod side_events;
mod signatories;
mod situations;
mod soundness;
mod sources;
mod speaking_rules;
mod statement_copies;
mod statements;
mod today;
mod undo;
mod vote_groups;
mod votes;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, Transaction};

use crate::cipher::{protection, DatabaseKey, Passphrase, Protection, Unlock};
use crate::error::{Error, Result};

pub use backup::{
    back_up_file, back_up_file_if_due, backup_dir, backup_due, backup_interval, backups,
    latest_backup, restore, set_aside, Backup, BackupKind, Restored,
};
pub use migrations::{MigrationProgress, SCHEMA_VERSION};
pub use protect::{change_passphrase, decrypt, encrypt, Converted};
pub(crate) use purge::purged_value;
pub(crate) use recheck::recheck;
pub use row::parse_id as row_id;
pub use soundness::{check_file, CHECKED_AT_OPEN_BYTES};
pub(crate) use statements::count_missing_words;

/// An open HRC Planner database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Says to other programs that this one has the file open (see `file_lock`).
    _open: Option<file_lock::FileLock>,
    /// Whether the file's pages were checked (`soundness`): a large file is checked before its
    /// first write rather than when opened.
    checked: bool,
    /// Whether a purge left deleted words in the search indexes' pages (see `purge`).
    words_to_forget: bool,
    /// The key of a protected file (wiped when the store is dropped, as SQLCipher wipes its
    /// copy when the connection closes).
    key: Option<DatabaseKey>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema
    /// up to date. A file that is not an SQLite database, or that a newer
    /// version of HRC Planner wrote, is refused and left untouched.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Self::open_reporting(path, |_| {})
    }

    /// Opens like [`Store::open`], telling `progress` how far an update of the schema has come:
    /// "0 of N done" before the first step, then each step as it ends (on this thread).
    pub fn open_reporting(
        path: impl AsRef<Path>,
        progress: impl Fn(MigrationProgress) + Send + Sync + 'static,
    ) -> Result<Store> {
        Self::open_keyed(path, None, progress)
    }

    /// Opens the protected database at `path` with what unlocks it (the passphrase, through
    /// Argon2id with the file's salt, or the recovery key). A wrong one is
    /// [`Error::WrongPassphrase`], and nothing is written. A plain file opens as it is.
    pub fn unlock(path: impl AsRef<Path>, unlock: &Unlock) -> Result<Store> {
        let path = path.as_ref();
        let key = match protection(path)? {
            Protection::Encrypted => Some(DatabaseKey::for_file(path, unlock)?),
            _ => None,
        };
        Self::open_keyed(path, key, |_| {})
    }

    /// Creates a new database at `path` protected by `passphrase` (a fresh salt and key). A
    /// file already there is refused: encrypting one is [`crate::store::encrypt`]'s work.
    pub fn create_protected(path: impl AsRef<Path>, passphrase: &Passphrase) -> Result<Store> {
        let path = path.as_ref();
        if protection(path)? != Protection::New {
            return Err(Error::Conflict(format!(
                "{} already exists; choose a new file, or encrypt this one",
                path.display()
            )));
        }
        Self::open_keyed(path, Some(DatabaseKey::fresh(passphrase)?), |_| {})
    }

    /// Opens the database at `path`, with `key` when it is protected (or to be created so), as
    /// [`Store::open_reporting`] says.
    pub fn open_keyed(
        path: impl AsRef<Path>,
        key: Option<DatabaseKey>,
        progress: impl Fn(MigrationProgress) + Send + Sync + 'static,
    ) -> Result<Store> {
        let path = path.as_ref();
        // A key is for a protected file (or a new one); a plain file opens plainly.
        let key = key.filter(|_| protection(path).ok() != Some(Protection::Plain));
        // A folder that does not exist is a typing slip (`--db ~/Dcuments/hrc.db`), not a place
        // to create: the person is told, and nothing is made.
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !parent.is_dir() {
                return Err(Error::invalid(
                    "database",
                    crate::Rule::FolderMissing {
                        folder: parent.display().to_string(),
                    },
                ));
            }
        }
        // Look before writing anything (a new file has nothing to check).
        let checked = connection::probe(path, key.as_ref())?.is_none_or(|probe| probe.checked);
        // A new database is created readable by its owner only (its -wal and -shm follow);
        // one an earlier version made readable by all is restricted, where the person may.
        if std::fs::metadata(path).is_err() {
            crate::private_files::create_empty(path)?;
        } else {
            let _ = crate::private_files::restrict(path);
        }
        let held = file_lock::open(path)?;
        let conn = connection::writer(path, key.as_ref())?;
        // Copies a killed backup left behind hold every note: they go now (best effort: the
        // database opens whatever the backups folder holds).
        let _ = backup::clear_interrupted(path);
        let _ = protect::clear_interrupted(path);
        let mut store = Self::start(conn, Some(path.to_path_buf()), Some(Arc::new(progress)))?;
        store._open = Some(held);
        store.checked = checked;
        store.key = key;
        Ok(store)
    }

    /// How many steps of a schema update opening the file at `path` would run: 0 for a new file
    /// or one up to date. It only looks (read-only, with `key` for a protected file), and
    /// refuses what [`Store::open`] refuses.
    pub fn updates_due(path: impl AsRef<Path>, key: Option<&DatabaseKey>) -> Result<u32> {
        Ok(match connection::probe(path.as_ref(), key)? {
            Some(connection::Probe {
                found: connection::Found::Ours { version },
                ..
            }) if version > 0 => migrations::due(version),
            // No file, or one with no schema yet: writing the first one takes no time.
            _ => 0,
        })
    }

    /// A private in-memory database, for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        Self::start(connection::in_memory()?, None, None)
    }

    /// The store on `conn` (set up by `connection`), its schema brought up to date.
    fn start(
        mut conn: Connection,
        path: Option<PathBuf>,
        progress: Option<migrations::Progress>,
    ) -> Result<Store> {
        migrations::apply(&mut conn, progress, connection::PATIENCE)?;
        Ok(Store {
            conn,
            path,
            _open: None,
            checked: true,
            words_to_forget: false,
            key: None,
        })
    }

    /// The key of a protected file (`None` for a plain one), for the connections of its own that
    /// a backup or a check opens beside the store.
    pub fn key(&self) -> Option<&DatabaseKey> {
        self.key.as_ref()
    }

    /// The file this store is kept in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Reads a pragma, for checks and diagnostics.
    pub fn pragma(&self, name: &str) -> Result<String> {
        Ok(self.conn.query_row(&format!("PRAGMA {name}"), [], |r| {
            r.get::<_, rusqlite::types::Value>(0).map(|v| match v {
                rusqlite::types::Value::Integer(i) => i.to_string(),
                rusqlite::types::Value::Text(t) => t,
                other => format!("{other:?}"),
            })
        })?)
    }

    /// The connection, for the core's own modules that read rows generically (bundles).
    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Notes that the file's pages were found sound by [`check_file`] (run beside the store, on
    /// a connection of its own), so that the first write does not check them again.
    pub fn note_checked(&mut self) {
        self.checked = true;
    }

    /// Checks a large file's pages before its first write (a small one was checked when
    /// opened): a damaged file is refused, never written to.
    pub(crate) fn check_before_writing(&mut self) -> Result<()> {
        if !self.checked {
            if let Some(path) = self.path.clone() {
                soundness::check(&self.conn, &path, "quick_check")?;
            }
            self.checked = true;
        }
        Ok(())
    }

    /// Runs `f` in one transaction: all of it is stored, or none. The transaction takes the
    /// write lock as it begins (immediate), so that another writer — the app, `hrc`, a backup —
    /// makes it wait within the busy timeout; a deferred one that read first would be refused at
    /// once with "database is locked" when it came to write.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.check_before_writing()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// The default database file: `HRC_DB` when set, else `hrc-planner.db` in the
/// platform's data directory (`~/.local/share/hrc-planner` on Linux), which is created (0700)
/// when missing — the one folder HRC Planner makes on its own.
pub fn default_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("HRC_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let dirs =
        directories::ProjectDirs::from("org", "HRC Planner", "hrc-planner").ok_or_else(|| {
            Error::Io(std::io::Error::other(
                "no home directory to keep the database in",
            ))
        })?;
    crate::private_files::create_dir_all(dirs.data_dir())?;
    Ok(dirs.data_dir().join("hrc-planner.db"))
}
