//! The commands the UI calls, one file per noun. Each command is ONE call into hrc-core; its
//! error is the core's `{code, message, field}` ([`crate::CommandError`]).
//!
//! To add a command: write it in the noun's file, add it to `handler()` below and to `names.in`,
//! grant `allow-<name>` in capabilities/main.json, and add its function to ui/src/lib/api.ts.
//! Under `#[tauri::command]`, `#[tracing::instrument(skip_all, err(level = "warn"))]` logs it by
//! its name, duration and error code, never its arguments (tests/logging.rs checks every one).
pub mod agenda;
pub mod amendments;
pub mod backups;
pub mod brief;
pub mod chosen_files;
pub mod consultations;
pub mod delegations;
pub mod documents;
pub mod exports;
pub mod key_issues;
pub mod lobby;
pub mod mandates;
pub mod meetings;
pub mod membership;
pub mod notes;
pub mod organisations;
pub mod programme;
pub mod protection;
pub mod resolutions;
pub mod sealed;
pub mod search;
pub mod sessions;
pub mod settings;
pub mod side_events;
pub mod situations;
pub mod speaking_rules;
pub mod startup;
pub mod statements;
pub mod today;
pub mod undo;
pub mod window;

/// The name of every command (the list build.rs generates permissions from).
pub const NAMES: &[&str] = include!("names.in");

/// The invoke handler with every command.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        startup::startup,
        sessions::session_summaries,
        sessions::create_session,
        sessions::update_session,
        sessions::delete_session,
        sessions::session_overview,
        sessions::load_example_session,
        agenda::list_agenda_items,
        agenda::set_agenda_notes,
        meetings::list_meetings,
        meetings::get_meeting,
        meetings::create_meeting,
        meetings::update_meeting,
        meetings::move_meeting,
        meetings::delete_meeting,
        programme::preview_programme,
        programme::import_programme,
        programme::programme_marks,
        programme::programme_rules,
        programme::add_programme_rule,
        programme::delete_programme_rule,
        consultations::session_consultations,
        consultations::consultation_clashes,
        consultations::list_consultations,
        consultations::create_consultation,
        consultations::update_consultation,
        consultations::delete_consultation,
        consultations::restore_consultation,
        lobby::lobby,
        lobby::export_lobby,
        brief::export_brief,
        speaking_rules::preview_speaking_time,
        speaking_rules::set_speaking_time,
        speaking_rules::speaking_rules,
        speaking_rules::set_speaking_rule,
        speaking_rules::clear_speaking_rule,
        key_issues::list_key_issues,
        key_issues::create_key_issue,
        key_issues::update_key_issue,
        key_issues::delete_key_issue,
        situations::list_situations,
        situations::create_situation,
        situations::update_situation,
        situations::delete_situation,
        situations::find_countries,
        statements::list_statements,
        statements::statement_copies,
        statements::keep_statement_copy,
        statements::forget_statement_copy,
        statements::create_statement,
        statements::update_statement,
        statements::delete_statement,
        statements::set_statement_status,
        statements::deliver_statement,
        statements::measure_draft,
        statements::preview_signatories,
        statements::add_signatories,
        statements::remove_signatory,
        side_events::list_side_events,
        side_events::create_side_event,
        side_events::update_side_event,
        side_events::delete_side_event,
        side_events::list_clashes,
        side_events::preview_side_event_clashes,
        notes::list_notes,
        notes::notes_on_text,
        notes::create_note,
        notes::update_note,
        notes::delete_note,
        notes::restore_note,
        notes::forget_deleted_note,
        undo::restore_session,
        undo::restore_meeting,
        undo::restore_key_issue,
        undo::restore_situation,
        undo::restore_statement,
        undo::restore_side_event,
        undo::forget_deleted,
        organisations::list_organisations,
        organisations::create_organisation,
        organisations::update_organisation,
        organisations::delete_organisation,
        organisations::restore_organisation,
        organisations::forget_deleted_organisation,
        organisations::merge_organisations,
        documents::list_documents,
        documents::document_summaries,
        documents::get_document,
        documents::create_document,
        documents::update_document,
        documents::delete_document,
        documents::restore_document,
        mandates::list_mandates,
        mandates::mandate_summaries,
        mandates::get_mandate,
        mandates::create_mandate,
        mandates::update_mandate,
        mandates::delete_mandate,
        mandates::restore_mandate,
        delegations::list_delegations,
        delegations::create_delegation,
        delegations::update_delegation,
        delegations::delete_delegation,
        delegations::restore_delegation,
        resolutions::list_resolutions,
        resolutions::get_resolution,
        resolutions::create_resolution,
        resolutions::update_resolution,
        resolutions::delete_resolution,
        resolutions::restore_resolution,
        resolutions::add_cosponsors,
        resolutions::record_vote,
        resolutions::vote_by_group,
        amendments::create_amendment,
        amendments::update_amendment,
        amendments::delete_amendment,
        membership::list_members,
        membership::add_members,
        membership::seat_warnings,
        membership::seat_warning_spans,
        membership::leave_member,
        membership::join_member,
        membership::delete_member,
        today::today,
        today::geneva_today,
        today::capture_note,
        search::search,
        exports::export_preview,
        exports::export_choice,
        exports::remember_export_choice,
        exports::export_session,
        exports::open_export,
        exports::show_export_in_folder,
        exports::import_bundle,
        sealed::check_seal_passphrase,
        sealed::export_sealed_session,
        protection::create_protected_database,
        protection::create_plain_database,
        protection::unlock_database,
        protection::lock_database,
        protection::protect_database,
        protection::change_database_passphrase,
        protection::remove_database_protection,
        protection::save_recovery_key,
        protection::keychain_status,
        protection::remember_database_key,
        chosen_files::choose_export_file,
        chosen_files::choose_bundle_file,
        window::set_window_title,
        settings::get_settings,
        settings::save_settings,
        settings::words_that_fit,
        // backups
        backups::list_backups,
        backups::back_up_now,
        backups::restore_backup,
        backups::open_database,
        backups::start_new_database,
    ]
}
