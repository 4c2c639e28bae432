//! Versioned schema migrations, applied in one transaction; released ones are never edited.
use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};
use crate::reference::countries::COUNTRIES;

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = 4;

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up_with_hook(
            include_str!("migrations/0001_initial.sql"),
            |tx: &rusqlite::Transaction| {
                let mut insert =
                    tx.prepare("INSERT INTO countries (code, name) VALUES (?1, ?2)")?;
                for (code, name) in COUNTRIES {
                    insert.execute((code, name))?;
                }
                Ok(())
            },
        ),
        M::up(include_str!("migrations/0002_statement_delivery.sql")),
        M::up(include_str!("migrations/0003_ten_years.sql")),
        M::up(include_str!("migrations/0004_forget_deleted_text.sql")),
    ])
}

/// Refuses a database that a newer HRC Planner wrote.
pub fn refuse_newer(found: i64) -> Result<()> {
    if found > SCHEMA_VERSION {
        return Err(Error::NewerDatabase {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the schema up to date, all steps in one transaction.
pub fn apply(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    refuse_newer(found)?;
    migrations()
        .to_latest(conn)
        .map_err(|e| Error::Migration(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
        assert_eq!(SCHEMA_VERSION as usize, 4);
    }
}
