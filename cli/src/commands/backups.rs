//! `hrc backup` and `hrc restore`: listing and restoring work on the file without opening it as
//! a database, since it may be damaged; writing a backup goes through the open store.
use std::path::Path;

use hrc_core::Store;

use super::{lines, show};
use crate::output::Failed;
use crate::print;

/// `hrc backup --list`: the backups beside the database, newest first.
pub fn list(db_path: &Path, json: bool) -> Result<(), Failed> {
    let list = hrc_core::store::backups(db_path)?;
    show(json, &list, |v| {
        lines(
            v,
            print::backup,
            "No backups yet: make one with `hrc backup`.",
        )
    })
}

/// `hrc restore`: the backup named, or the newest for `latest`, put in place of the database.
/// A protected database takes back a backup protected by the same key (the passphrase is asked
/// first, and a wrong one changes nothing).
pub fn restore(
    db_path: &Path,
    backup: &Path,
    source: &crate::db_passphrase::Source,
    json: bool,
) -> Result<(), Failed> {
    let backup = if backup == Path::new("latest") {
        hrc_core::store::latest_backup(db_path)?.path
    } else {
        backup.to_path_buf()
    };
    let key = match hrc_core::cipher::protection(db_path)? {
        hrc_core::cipher::Protection::Encrypted => Some(hrc_core::cipher::DatabaseKey::for_file(
            db_path,
            &source.unlock(db_path)?,
        )?),
        _ => None,
    };
    let restored = hrc_core::store::restore(db_path, &backup, key.as_ref())?;
    show(json, &restored, print::restored)
}

/// `hrc backup`: one written now, its path printed.
pub fn write(store: &mut Store, json: bool) -> Result<(), Failed> {
    show(json, &store.back_up()?, |b| b.path.display().to_string())
}
