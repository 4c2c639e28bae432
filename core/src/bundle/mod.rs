//! The JSON bundle: a whole session with everything linked to it, in a versioned format
//! (`docs/bundle.schema.json`) that re-imports exactly — same ids, same content — and merges:
//! importing again changes nothing, importing a newer copy updates what changed and reports
//! what conflicted instead of overwriting it.
mod confidential;
mod copy;
mod export;
mod import;
pub mod seal;
mod tables;
mod upgrade;

use crate::error::{Error, Result};
use crate::rule::Rule;

pub use import::{Conflict, ImportReport};
pub use tables::Bundle;
use tables::TABLES;

/// The `format` every bundle carries.
pub const FORMAT: &str = "hrc-planner-session";
/// The bundle version this binary writes and reads (it reads versions 1 to 3 too: see
/// `upgrade.rs`). Version 3 added the tables of schema 9 (texts, votes, members): a binary that
/// reads only version 2 refuses a version-3 bundle as newer rather than as misshapen. Version 4
/// added the confidential mark (schema 14): a binary that would drop the mark refuses it.
pub const VERSION: u32 = 4;

/// One stored row: column name → value, exactly as in the database.
pub type Row = serde_json::Map<String, serde_json::Value>;

impl Bundle {
    /// The bundle as pretty JSON (stable: rows in id order, keys sorted).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a bundle serialises") + "\n"
    }

    /// Reads a bundle, refusing anything malformed, truncated, foreign or of another version;
    /// a bundle of versions 1 to 3 is read as this version (see `upgrade.rs`).
    pub fn from_json(text: &str) -> Result<Bundle> {
        let mut value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            Error::invalid(
                "bundle",
                Rule::BundleNotJson {
                    line: e.line(),
                    column: e.column(),
                },
            )
        })?;
        let format = value.get("format").and_then(|f| f.as_str());
        if format != Some(FORMAT) {
            return Err(Error::invalid("bundle", Rule::NotABundle));
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(VERSION) => {}
            Some(1) => upgrade::from_version_1(&mut value),
            Some(2) => upgrade::from_version_2(&mut value),
            Some(3) => upgrade::from_version_3(&mut value),
            Some(v) if v > u64::from(VERSION) => {
                return Err(Error::invalid(
                    "bundle",
                    Rule::NewerBundle {
                        version: v,
                        supported: VERSION,
                    },
                ))
            }
            _ => {
                return Err(Error::invalid(
                    "bundle",
                    Rule::UnknownBundleVersion { supported: VERSION },
                ))
            }
        }
        let table = misshapen(&value);
        serde_json::from_value(value)
            .map_err(|_| Error::invalid("bundle", Rule::BundleFormat { table }))
    }
}

/// The first key of a bundle that the format does not expect: a table missing, a key it does not
/// know, or a table that is not a list of rows (objects); "" when each looks right.
fn misshapen(value: &serde_json::Value) -> String {
    let Some(keys) = value.as_object() else {
        return String::new();
    };
    let expected = |k: &str| k == "format" || k == "version" || TABLES.iter().any(|t| t.name == k);
    let unknown = keys.keys().find(|k| !expected(k));
    let wrong = TABLES.iter().map(|t| t.name).find(|name| {
        !keys
            .get(*name)
            .and_then(|rows| rows.as_array())
            .is_some_and(|rows| rows.iter().all(|r| r.is_object()))
    });
    unknown.map(String::as_str).or(wrong).unwrap_or("").into()
}

/// Reads the bundle file at `path` and imports it (see [`Store::import_bundle`]).
pub fn import_file(
    store: &mut crate::store::Store,
    path: &std::path::Path,
) -> Result<ImportReport> {
    store.import_bundle(&read_file(path)?)
}

/// Reads the bundle file at `path` and imports it as a copy of its session (see
/// [`Bundle::into_copy`]): beside the session here with its number, under the first free one.
pub fn import_file_as_copy(
    store: &mut crate::store::Store,
    path: &std::path::Path,
) -> Result<ImportReport> {
    let copy = read_file(path)?.into_copy(store)?;
    store.import_bundle(&copy)
}

/// The bundle in the file at `path`; a file that cannot be read is refused on `path`.
fn read_file(path: &std::path::Path) -> Result<Bundle> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::invalid(
            "path",
            Rule::CannotRead {
                path: path.display().to_string(),
                problem: crate::problem::FileProblem::of(&e),
            },
        )
    })?;
    Bundle::from_json(&text)
}
