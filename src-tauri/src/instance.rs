//! One window per database file: a second start on the same file focuses the first, while
//! tests (each on its own temporary file) run side by side with the person's own app.
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The D-Bus name (Linux) the single-instance plugin claims for this database file.
pub fn dbus_id(database: Option<&Path>) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    database.hash(&mut hasher);
    format!("org.hrcplanner.desktop.db{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_per_database_file() {
        let a = dbus_id(Some(Path::new("/tmp/a.db")));
        assert_eq!(a, dbus_id(Some(Path::new("/tmp/a.db"))));
        assert_ne!(a, dbus_id(Some(Path::new("/tmp/b.db"))));
        // D-Bus name elements must not start with a digit.
        assert!(a.rsplit('.').next().unwrap().starts_with("db"));
    }
}
