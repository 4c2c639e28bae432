//! Files and folders only their owner can read: the database (SQLite gives its `-wal` and `-shm`
//! the database file's permissions), backups and exports are created 0600 and folders 0700 on
//! Unix, so that another account on a shared laptop cannot read an advocate's notes. On Windows
//! and macOS the files take the folder's permissions (see SECURITY.md).
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Creates `dir` and any missing parents, each new one readable by its owner only.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Opens a new file for writing, readable by its owner only; an existing one is emptied.
fn create(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    restrict(path)?;
    Ok(file)
}

/// Opens `path` for reading and writing, creating it readable by its owner only when missing;
/// what it holds is kept (a lock file).
pub fn open_or_create(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Creates an empty file readable by its owner only, for SQLite to fill (a new database, the
/// target of `VACUUM INTO`): SQLite would otherwise create it readable by everyone (0644).
pub fn create_empty(path: &Path) -> io::Result<()> {
    create(path).map(drop)
}

/// Writes `bytes` to a new file readable by its owner only, and flushes it to disk.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes an existing file readable by its owner only (a database an earlier version created
/// 0644); its `-wal` and `-shm`, made anew by SQLite, follow.
pub fn restrict(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            fs::set_permissions(path, fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
