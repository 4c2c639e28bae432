//! Tests of hrc-core's rules against real SQLite: one binary, a module per concern.
mod backups;
mod bundle;
mod demo;
mod export;
mod migration;
mod notes;
mod plans;
mod programme;
mod search;
mod sessions;
mod signatories;
mod situations;
mod statements;
mod storage;
mod support;
mod today;
mod validation;
