//! A bundle made into a copy of its session (`hrc import FILE --as-copy`): every row of the
//! session gets a new id, and every column naming one (a meeting's `continues_id` and `cluster_id`,
//! a link's `record_id` …) follows — the organisations, documents and mandates, shared between
//! sessions, keep theirs — and the
//! session keeps its number unless one here has it, when it takes the first free number above,
//! so that importing it adds a second session beside the one it would clash with.
use std::collections::HashMap;

use serde_json::Value;

use super::tables::{rows_mut, shared, TABLES};
use super::Bundle;
use crate::domain::session::{self, SessionKind};
use crate::error::Result;
use crate::store::Store;

impl Bundle {
    /// This bundle as a copy of its session, ready for [`Store::import_bundle`] into `store`.
    pub fn into_copy(mut self, store: &Store) -> Result<Bundle> {
        let mut new_ids: HashMap<String, String> = HashMap::new();
        for table in TABLES.iter().filter(|t| shared(t.name).is_none()) {
            for row in rows_mut(&mut self, table.name) {
                if let Some(Value::String(id)) = row.get("id") {
                    new_ids.insert(id.clone(), uuid::Uuid::now_v7().to_string());
                }
            }
        }
        for table in TABLES {
            for row in rows_mut(&mut self, table.name) {
                for value in row.values_mut() {
                    if let Some(new) = value.as_str().and_then(|v| new_ids.get(v)) {
                        *value = Value::String(new.clone());
                    }
                }
            }
        }
        if let Some(s) = self.sessions.first_mut() {
            let kind = s.get("kind").and_then(Value::as_str).unwrap_or_default();
            let kind = SessionKind::parse("bundle", kind)?;
            let number = s.get("number").and_then(Value::as_u64).unwrap_or(1);
            let number = u32::try_from(number).unwrap_or(u32::MAX);
            let free = free_number(store, kind, number)?;
            s.insert("number".into(), free.into());
            // A title left as the standard one follows the number, as an edit's does.
            if s.get("title").and_then(Value::as_str) == Some(&session::default_title(kind, number))
            {
                s.insert("title".into(), session::default_title(kind, free).into());
            }
        }
        Ok(self)
    }
}

/// The first number from `number` up that no session of `kind` here has: the number a copy of a
/// session numbered `number` comes in under.
pub(super) fn free_number(store: &Store, kind: SessionKind, number: u32) -> Result<u32> {
    let taken: Vec<u32> = store
        .list_sessions()?
        .iter()
        .filter(|t| t.kind == kind)
        .map(|t| t.number)
        .collect();
    Ok((number..u32::MAX)
        .find(|n| !taken.contains(n))
        .unwrap_or(number))
}
