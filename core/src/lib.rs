//! hrc-core: everything HRC Planner knows — the Council's domain, the rules, the
//! SQLite store, search, reference and demo data. It knows nothing of Tauri, the CLI or the UI.
pub mod bundle;
pub mod cipher;
pub mod demo;
pub mod domain;
pub mod error;
pub mod export;
pub mod failure_words;
pub mod geneva;
pub mod logs;
pub mod private_files;
pub mod problem;
pub mod programme_import;
pub mod reference;
pub mod rule;
pub mod store;
pub mod text;
pub mod validate;

pub use error::{Error, ErrorPayload, Result};
pub use rule::{Rule, RuleCode};
pub use store::Store;
pub use uuid::Uuid;
