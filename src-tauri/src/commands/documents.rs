//! UN documents known by their symbol, shared by every session: listed (or found by a typed
//! symbol or title) for the pickers, listed with the records that take each up for the Documents
//! screen, added, edited, shown, deleted and restored.
use hrc_core::domain::document::{Document, DocumentInput, DocumentSummary};
use hrc_core::Uuid;
use tauri::State;

use crate::error::CommandError;
use crate::state::{store, Database};

/// Every document by symbol, or those whose symbol or title holds `find`.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn list_documents(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<Document>, CommandError> {
    store(&state)?
        .documents(find.as_deref())
        .map_err(Into::into)
}

/// The documents `list_documents` gives, each with the live records that take it up.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn document_summaries(
    state: State<'_, Database>,
    find: Option<String>,
) -> Result<Vec<DocumentSummary>, CommandError> {
    store(&state)?
        .document_summaries(find.as_deref())
        .map_err(Into::into)
}

/// A document with the live records that take it up.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn get_document(state: State<'_, Database>, id: Uuid) -> Result<DocumentSummary, CommandError> {
    store(&state)?.document(id).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn create_document(
    state: State<'_, Database>,
    input: DocumentInput,
) -> Result<Document, CommandError> {
    store(&state)?.create_document(&input).map_err(Into::into)
}

#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn update_document(
    state: State<'_, Database>,
    id: Uuid,
    input: DocumentInput,
) -> Result<Document, CommandError> {
    store(&state)?
        .update_document(id, &input)
        .map_err(Into::into)
}

/// Deletes a document (undone by `restore_document`); returns it with what took it up.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn delete_document(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<DocumentSummary, CommandError> {
    store(&state)?.delete_document(id).map_err(Into::into)
}

/// Brings a deleted document back with its links; refused naming `symbol` when another has it.
#[tauri::command(async)]
#[tracing::instrument(skip_all, err(level = "warn"))]
pub fn restore_document(
    state: State<'_, Database>,
    id: Uuid,
) -> Result<DocumentSummary, CommandError> {
    store(&state)?.restore_document(id).map_err(Into::into)
}
