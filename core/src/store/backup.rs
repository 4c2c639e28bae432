//! Backups of the database file: consistent copies taken while it is open (`VACUUM INTO`), kept
//! in a `backups/` folder beside it, N kept (one a day first); and restoring one, which checks the backup
//! before anything moves and keeps a copy of the current file first.
use std::collections::HashSet;
use std::fs::{self, File};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::connection::{self, Found};
use super::Store;
use crate::cipher::{protection, DatabaseKey, Protection};
use crate::error::{Error, Result};
use crate::{geneva, private_files};

/// The UTC time in a backup's file name: fixed width, so names sort as times do, and no colons.
const STAMP: &str = "%Y-%m-%dT%H%M%S%.3fZ";
const BEFORE_RESTORE: &str = "before-restore-";
const SET_ASIDE: &str = "set-aside-";

/// Why a backup was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum BackupKind {
    /// At start, daily, or when asked.
    Routine,
    /// The database as it was just before a backup was restored over it.
    BeforeRestore,
}

/// One backup file in the `backups/` folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Backup {
    pub path: PathBuf,
    pub file_name: String,
    /// When it was taken (read from its name).
    pub taken_at: DateTime<Utc>,
    pub size_bytes: u64,
    pub kind: BackupKind,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Restored {
    /// The database file, which now holds the backup's data.
    pub database: PathBuf,
    /// The backup it came from.
    pub restored_from: PathBuf,
    /// Where the database as it was before is kept; `None` when there was no file to keep.
    pub kept_copy: Option<PathBuf>,
}

/// How long after the newest backup the next one is due.
pub fn backup_interval() -> TimeDelta {
    TimeDelta::hours(24)
}

/// The folder that holds the backups of the database at `db_path`.
pub fn backup_dir(db_path: &Path) -> PathBuf {
    folder(db_path).join("backups")
}

/// The backups of the database at `db_path`, newest first (none when the folder does not exist).
pub fn backups(db_path: &Path) -> Result<Vec<Backup>> {
    let entries = match fs::read_dir(backup_dir(db_path)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let stem = stem(db_path);
    let mut list = Vec::new();
    for entry in entries {
        let entry = entry?;
        let Some(file_name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        let Some((kind, taken_at)) = parse_name(&stem, &file_name) else {
            continue;
        };
        let meta = entry.metadata()?;
        if !meta.is_file() {
            continue;
        }
        list.push(Backup {
            path: entry.path(),
            file_name,
            taken_at,
            size_bytes: meta.len(),
            kind,
        });
    }
    list.sort_by(|a, b| (b.taken_at, &b.file_name).cmp(&(a.taken_at, &a.file_name)));
    Ok(list)
}

/// The newest routine backup of the database at `db_path`, which `hrc restore latest` means.
pub fn latest_backup(db_path: &Path) -> Result<Backup> {
    backups(db_path)?
        .into_iter()
        .find(|b| b.kind == BackupKind::Routine)
        .ok_or_else(|| Error::NotFound {
            entity: "backup",
            key: format!("latest (none in {})", backup_dir(db_path).display()),
        })
}

impl Store {
    /// Writes a backup of the open database now, then deletes the oldest beyond the number the
    /// settings keep. The copy is consistent even while the app is writing. The search indexes
    /// are merged first, so that the copy holds no word of deleted or edited text.
    pub fn back_up(&mut self) -> Result<Backup> {
        self.back_up_at(Utc::now())
    }

    /// Writes a backup named for `at` (see [`Store::back_up`]).
    pub fn back_up_at(&mut self, at: DateTime<Utc>) -> Result<Backup> {
        self.forget_old_words()?;
        let db_path = self.path().ok_or_else(|| {
            Error::Io(std::io::Error::other(
                "an in-memory database has no file to back up",
            ))
        })?;
        write_backup(
            &self.conn,
            db_path,
            self.settings()?.backups_kept as usize,
            at,
        )
    }
}

/// Whether the routine backup of the database at `db_path` is due at `now`: the newest is a day
/// old or more, or there is none.
pub fn backup_due(db_path: &Path, now: DateTime<Utc>) -> Result<bool> {
    let newest = backups(db_path)?
        .into_iter()
        .find(|b| b.kind == BackupKind::Routine);
    Ok(match newest {
        None => true,
        // A backup stamped more than a day ahead means the clock was wrong then: start again.
        Some(b) => now - b.taken_at >= backup_interval() || b.taken_at - now > backup_interval(),
    })
}

/// Backs up the database at `db_path` through a read-only connection of its own, so the app's
/// store stays free for the person while a large file is copied; keeps the newest `kept`. A
/// protected file is read with its `key`, and its backup is protected by the same key.
pub fn back_up_file(
    db_path: &Path,
    key: Option<&DatabaseKey>,
    kept: usize,
    at: DateTime<Utc>,
) -> Result<Backup> {
    let conn = super::connection::read_only(db_path, key)?;
    write_backup(&conn, db_path, kept, at)
}

/// The daily backup of the database at `db_path`, when one is due at `now` ([`backup_due`]),
/// written by [`back_up_file`]: what the app's backup thread runs each hour.
pub fn back_up_file_if_due(
    db_path: &Path,
    key: Option<&DatabaseKey>,
    kept: usize,
    now: DateTime<Utc>,
) -> Result<Option<Backup>> {
    if backup_due(db_path, now)? {
        back_up_file(db_path, key, kept, now).map(Some)
    } else {
        Ok(None)
    }
}

/// Writes a backup of `conn`'s database (the file at `db_path`) named for `at`, then prunes.
fn write_backup(
    conn: &Connection,
    db_path: &Path,
    kept: usize,
    at: DateTime<Utc>,
) -> Result<Backup> {
    // A damaged file is not copied over the backups that may be the way back from it.
    super::soundness::check(conn, db_path, "integrity_check")?;
    let dir = backup_dir(db_path);
    private_files::create_dir_all(&dir)?;
    let (path, taken_at) = free_name(db_path, BackupKind::Routine, at);
    let file_name = file_name_of(&path);
    let partial = dir.join(partial_name(&file_name));
    // Made empty and private first: SQLite would create the copy readable by everyone.
    private_files::create_empty(&partial)?;
    let target = partial.to_str().ok_or_else(|| {
        Error::Io(std::io::Error::other(format!(
            "{} is not a UTF-8 path",
            partial.display()
        )))
    })?;
    // VACUUM INTO reads one snapshot of the database, so it is consistent; it does not flush
    // the copy to disk, so it is written under a temporary name, synced, then renamed.
    let written = conn
        .execute("VACUUM INTO ?1", [target])
        .map_err(Error::from)
        .and_then(|_| Ok(File::open(&partial)?.sync_all()?))
        .and_then(|_| Ok(fs::rename(&partial, &path)?));
    if let Err(e) = written {
        let _ = remove_partial(&partial);
        return Err(e);
    }
    sync_dir(&dir)?;
    let backup = Backup {
        size_bytes: fs::metadata(&path)?.len(),
        path,
        file_name,
        taken_at,
        kind: BackupKind::Routine,
    };
    prune(db_path, kept)?;
    Ok(backup)
}

/// Deletes the backups beyond `kept` of each kind (see [`routine_kept`]; copies kept before a
/// restore: the newest), and copies left half-written.
fn prune(db_path: &Path, kept: usize) -> Result<()> {
    let all = backups(db_path)?;
    let routine: Vec<&Backup> = all
        .iter()
        .filter(|b| b.kind == BackupKind::Routine)
        .collect();
    let keep = routine_kept(&routine, kept.max(1));
    for old in routine.iter().filter(|b| !keep.contains(b.path.as_path())) {
        remove_with_sidecars(&old.path)?;
    }
    let before_restore = all.iter().filter(|b| b.kind == BackupKind::BeforeRestore);
    for old in before_restore.skip(kept.max(1)) {
        remove_with_sidecars(&old.path)?;
    }
    clear_interrupted(db_path)
}

/// The temporary name of a copy being written by this process: the process id tells a copy
/// still being written from one whose writer was killed.
fn partial_name(file_name: &str) -> String {
    format!(".{file_name}.{}.partial", std::process::id())
}

/// Removes a half-written copy with the journal and log SQLite may have left beside it.
fn remove_partial(partial: &Path) -> Result<()> {
    remove_with_sidecars(partial)?;
    remove_if_there(&sidecar(partial, "-journal"))
}

/// Removes what interrupted backups and restores left in the backups folder — copies of the
/// whole database, notes and all, that are never listed: those of a process that no longer
/// runs, and those of an unknown writer (an older version's name) not touched for an hour.
/// Called before each backup and when the database is opened.
pub fn clear_interrupted(db_path: &Path) -> Result<()> {
    let dir = backup_dir(db_path);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Some(writer) = interrupted_writer(&name) else {
            continue;
        };
        let gone = match writer {
            Some(pid) => pid != std::process::id() && !process_runs(pid),
            None => entry.metadata()?.modified().is_ok_and(|m| m < hour_ago),
        };
        if gone {
            remove_if_there(&entry.path())?;
        }
    }
    Ok(())
}

/// For a temporary file of a backup or restore (`.NAME.PID.partial`, `.NAME.partial`,
/// `.NAME.restoring-…`, each maybe with `-journal`, `-wal` or `-shm`): `Some(its writer's
/// process id, when the name says it)`; `None` for any other file.
fn interrupted_writer(name: &str) -> Option<Option<u32>> {
    let base = name
        .strip_suffix("-journal")
        .or_else(|| name.strip_suffix("-wal"))
        .or_else(|| name.strip_suffix("-shm"))
        .unwrap_or(name);
    if !base.starts_with('.') {
        return None;
    }
    if let Some(rest) = base.strip_suffix(".partial") {
        let pid = rest.rsplit_once('.').and_then(|(_, p)| p.parse().ok());
        return Some(pid);
    }
    base.contains(".restoring-").then_some(None)
}

/// Whether a process with this id runs (on Linux; elsewhere it is taken to run, and its files
/// go when they are an hour old).
pub(super) fn process_runs(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// Which routine backups (newest first) to keep: the newest of each of the `kept` most recent
/// days (Geneva dates), then, while there is room, the newest of the rest. Starting the app ten
/// times in a day thus keeps the days before instead of ten copies of the same day.
fn routine_kept<'a>(routine: &[&'a Backup], kept: usize) -> HashSet<&'a Path> {
    let mut days = HashSet::new();
    let mut keep: HashSet<&Path> = routine
        .iter()
        .filter(|b| days.insert(geneva::from_utc(b.taken_at).0))
        .take(kept)
        .map(|b| b.path.as_path())
        .collect();
    for b in routine {
        if keep.len() >= kept {
            break;
        }
        keep.insert(b.path.as_path());
    }
    keep
}

/// Puts the backup at `backup` in place of the database at `db_path`, which must not be open.
///
/// The backup is copied and checked first (an SQLite file, HRC Planner's schema, not newer than
/// this version, `integrity_check` clean): a damaged, foreign or newer one is refused and nothing
/// changes. Then the current file (with its write-ahead log) is copied to
/// `backups/<name>-before-restore-<time>.db`, and the checked copy is renamed over the database.
///
/// A protected database (`key`) takes back only a backup protected by the same key; a plain one,
/// only a plain backup: a restore never changes whether the file is protected.
pub fn restore(db_path: &Path, backup: &Path, key: Option<&DatabaseKey>) -> Result<Restored> {
    // Alone with the file: a program that has it open would go on writing to the old one.
    private_files::create_dir_all(&folder(db_path))?;
    let _alone = super::file_lock::whole_file(db_path, "restore the backup")?;
    if !backup.is_file() {
        return Err(Error::NotFound {
            entity: "backup",
            key: backup.display().to_string(),
        });
    }
    if same_file(db_path, backup) {
        return Err(Error::invalid("backup", crate::Rule::BackupIsDatabase));
    }
    let backup_key = match (protection(backup)?, key) {
        (Protection::Encrypted, Some(key)) if key.salt_matches(backup)? => Some(key),
        (Protection::Encrypted, Some(_)) => {
            return Err(Error::WrongPassphrase {
                what: format!(
                    "{} (a backup made under another passphrase)",
                    backup.display()
                ),
            })
        }
        (Protection::Encrypted, None) => {
            return Err(Error::Locked {
                path: backup.display().to_string(),
            })
        }
        (Protection::Plain, Some(_)) => {
            return Err(Error::Conflict(format!(
                "{} is not protected by a passphrase: restoring it would leave your database \
                 unprotected; decrypt the database first if that is what you want",
                backup.display()
            )))
        }
        _ => None,
    };
    let dir = folder(db_path);
    private_files::create_dir_all(&dir)?;
    let now = Utc::now();
    let temp = dir.join(format!(
        ".{}.restoring-{}",
        file_name_of(db_path),
        now.format(STAMP)
    ));
    let prepared = copy_with_log(backup, &temp).and_then(|_| settle(&temp, backup, backup_key));
    if let Err(e) = prepared {
        remove_with_sidecars(&temp)?;
        return Err(e);
    }
    let kept_copy = if db_path.exists() {
        match keep_current(db_path, now) {
            Ok(kept) => Some(kept),
            Err(e) => {
                remove_with_sidecars(&temp)?;
                return Err(e);
            }
        }
    } else {
        None
    };
    // The old log must go before the new file arrives: SQLite would replay it into the new one.
    remove_if_there(&sidecar(db_path, "-wal"))?;
    remove_if_there(&sidecar(db_path, "-shm"))?;
    fs::rename(&temp, db_path)?;
    sync_dir(&dir)?;
    Ok(Restored {
        database: db_path.to_path_buf(),
        restored_from: backup.to_path_buf(),
        kept_copy,
    })
}

/// Moves the database at `db_path` (with its log) aside, to `<name>-set-aside-<time>.db` in the
/// same folder, so that a new one can be started there; it never overwrites a file.
pub fn set_aside(db_path: &Path) -> Result<PathBuf> {
    if !db_path.is_file() {
        return Err(Error::NotFound {
            entity: "database file",
            key: db_path.display().to_string(),
        });
    }
    let _alone = super::file_lock::whole_file(db_path, "set the file aside")?;
    let dir = folder(db_path);
    let stem = stem(db_path);
    let mut at = Utc::now();
    let target = loop {
        let candidate = dir.join(format!("{stem}-{SET_ASIDE}{}.db", at.format(STAMP)));
        if !taken(&candidate) {
            break candidate;
        }
        at += TimeDelta::milliseconds(1);
    };
    // The log first: a log left beside a new database would be replayed into it.
    for suffix in ["-wal", "-shm"] {
        let from = sidecar(db_path, suffix);
        if from.exists() {
            fs::rename(&from, sidecar(&target, suffix))?;
        }
    }
    fs::rename(db_path, &target)?;
    sync_dir(&dir)?;
    Ok(target)
}

/// Checks the copy at `temp` of `backup` and folds its log into it, leaving one file.
fn settle(temp: &Path, backup: &Path, key: Option<&DatabaseKey>) -> Result<()> {
    let refuse = |reason: String| Error::NotADatabase {
        path: backup.display().to_string(),
        reason,
    };
    let conn = connection::restoring(temp, key).map_err(|e| refuse(e.to_string()))?;
    // Not newer, and HRC Planner's: the errors name the backup, not its copy.
    if !matches!(
        connection::recognise(&conn, backup, key.is_some())?,
        Found::Ours { .. }
    ) {
        return Err(refuse("it is not an HRC Planner database".into()));
    }
    let problems: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| refuse(format!("it is damaged ({e})")))?;
    if problems != ["ok"] {
        return Err(refuse(format!(
            "it is damaged ({})",
            problems.first().map(String::as_str).unwrap_or("no answer")
        )));
    }
    conn.pragma_update(None, "journal_mode", "DELETE")
        .map_err(|e| refuse(e.to_string()))?;
    conn.close().map_err(|(_, e)| Error::from(e))?;
    File::open(temp)?.sync_all()?;
    Ok(())
}

/// Copies the database at `db_path` and its log into the backups folder, before a restore.
fn keep_current(db_path: &Path, at: DateTime<Utc>) -> Result<PathBuf> {
    let dir = backup_dir(db_path);
    private_files::create_dir_all(&dir)?;
    let (kept, _) = free_name(db_path, BackupKind::BeforeRestore, at);
    let partial = dir.join(partial_name(&file_name_of(&kept)));
    let copied = copy_with_log(db_path, &partial).and_then(|_| {
        let log = sidecar(&partial, "-wal");
        if log.exists() {
            fs::rename(&log, sidecar(&kept, "-wal"))?;
        }
        fs::rename(&partial, &kept)?;
        Ok(())
    });
    if let Err(e) = copied {
        remove_partial(&partial)?;
        return Err(e);
    }
    sync_dir(&dir)?;
    Ok(kept)
}

/// Copies a database file and its write-ahead log (when there is one), synced to disk.
fn copy_with_log(from: &Path, to: &Path) -> Result<()> {
    let log = sidecar(from, "-wal");
    if log.exists() {
        fs::copy(&log, sidecar(to, "-wal"))?;
        private_files::restrict(&sidecar(to, "-wal"))?;
        File::open(sidecar(to, "-wal"))?.sync_all()?;
    }
    fs::copy(from, to)?;
    private_files::restrict(to)?;
    File::open(to)?.sync_all()?;
    Ok(())
}

/// A backup path of `kind` for `at` that no file has yet, and the time it is named for.
fn free_name(db_path: &Path, kind: BackupKind, mut at: DateTime<Utc>) -> (PathBuf, DateTime<Utc>) {
    let dir = backup_dir(db_path);
    let stem = stem(db_path);
    let prefix = match kind {
        BackupKind::Routine => "",
        BackupKind::BeforeRestore => BEFORE_RESTORE,
    };
    // Names carry milliseconds; two backups in one millisecond take the next free one.
    at = DateTime::from_timestamp_millis(at.timestamp_millis()).unwrap_or(at);
    loop {
        let path = dir.join(format!("{stem}-{prefix}{}.db", at.format(STAMP)));
        if !taken(&path) {
            return (path, at);
        }
        at += TimeDelta::milliseconds(1);
    }
}

/// Reads `<stem>-[before-restore-]<time>.db`.
fn parse_name(stem: &str, file_name: &str) -> Option<(BackupKind, DateTime<Utc>)> {
    let rest = file_name.strip_prefix(stem)?.strip_prefix('-')?;
    let rest = rest.strip_suffix(".db")?;
    let (kind, stamp) = match rest.strip_prefix(BEFORE_RESTORE) {
        Some(stamp) => (BackupKind::BeforeRestore, stamp),
        None => (BackupKind::Routine, rest),
    };
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    Some((kind, at.and_utc()))
}

pub(super) fn folder(db_path: &Path) -> PathBuf {
    match db_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn stem(db_path: &Path) -> String {
    db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "hrc-planner".into())
}

fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `file.db` → `file.db-wal` (SQLite's names for the log and its index).
pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether a file (or a log left of one) already has this name.
fn taken(path: &Path) -> bool {
    path.exists() || sidecar(path, "-wal").exists()
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

pub(super) fn remove_if_there(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

fn remove_with_sidecars(path: &Path) -> Result<()> {
    remove_if_there(path)?;
    remove_if_there(&sidecar(path, "-wal"))?;
    remove_if_there(&sidecar(path, "-shm"))
}

/// Makes a rename in `dir` durable (on Unix, where a folder can be synced).
pub(super) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_as_times_and_read_back() {
        let at = "2018-06-27T10:30:00.250Z".parse::<DateTime<Utc>>().unwrap();
        let name = format!("hrc-planner-{}.db", at.format(STAMP));
        assert_eq!(name, "hrc-planner-2018-06-27T103000.250Z.db");
        assert_eq!(
            parse_name("hrc-planner", &name),
            Some((BackupKind::Routine, at))
        );
        assert_eq!(
            parse_name(
                "hrc-planner",
                "hrc-planner-before-restore-2018-06-27T103000.250Z.db"
            ),
            Some((BackupKind::BeforeRestore, at))
        );
        for other in [
            "hrc-planner-2018-06-27T103000.250Z.db-wal",
            ".hrc-planner-2018-06-27T103000.250Z.db.partial",
            "other-2018-06-27T103000.250Z.db",
            "hrc-planner-yesterday.db",
        ] {
            assert_eq!(parse_name("hrc-planner", other), None, "{other}");
        }
    }
}
