//! Hostile input: fuzzing of the bundle importer and of the sealed bundle's opener, the signatory-list reader, the pasted vote and member lists and the Markdown renderer, and a catalogue of bad inputs across the store's writes.
mod bad_inputs;
mod fuzz_bundle;
mod fuzz_markdown;
mod fuzz_programme;
mod fuzz_sealed;
mod fuzz_signatories;
mod fuzz_vote_lists;
// The store tests' fixtures, shared rather than copied (not every helper is used here).
#[allow(dead_code)]
#[path = "../store/support.rs"]
mod support;
