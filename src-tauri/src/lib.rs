//! hrc-planner: the desktop shell around hrc-core. It opens the database once, backs it up at
//! start and daily while running, registers the plugins and the commands, and holds no logic of
//! its own.
pub mod bindings;
pub mod commands;
mod error;
mod instance;
pub mod keychain;
mod navigation;
mod routine_backups;
mod state;

pub use error::CommandError;
pub use state::{Database, KeychainStatus, Startup};

use tauri::Manager;

/// Starts HRC Planner: one window on the database `HRC_DB` names, or the default one.
pub fn run() {
    // A file whose schema needs an update is opened after the window shows (see `setup`).
    let database = Database::start_default();
    // Each command's name, duration and error code, in logs/ beside the database (`app` files).
    if let Some(path) = database.path() {
        hrc_core::logs::start(&path, "app", &["hrc_planner"]);
    }
    // At start only (a lock afterwards locks): the key the person let the keychain keep.
    let keychain = keychain::Keychain::system();
    database.unlock_with_kept_key(&keychain);
    tauri::Builder::default()
        // First: a second start on the same database only brings the open window forward.
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance::dbus_id(database.path().as_deref()))
                .callback(|app, _args, _cwd| {
                    if let Some(window) = app.get_webview_window("main") {
                        let _ = window.unminimize();
                        let _ = window.set_focus();
                    }
                })
                .build(),
        )
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(navigation::guard())
        .manage(database)
        .manage(keychain)
        .manage(commands::exports::LastExport::default())
        .manage(commands::chosen_files::ChosenFiles::default())
        .setup(|app| {
            // After the single-instance check: a second start on the same file updates and backs
            // up nothing. The update runs beside the window, which shows how far it has come.
            if app.state::<Database>().is_updating() {
                let app = app.handle().clone();
                std::thread::Builder::new()
                    .name("database-update".into())
                    .spawn(move || app.state::<Database>().finish_update())?;
            }
            routine_backups::start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(tauri::tauri_build_context!())
        .expect("HRC Planner could not start its window")
        .run(|app, event| {
            // Quitting ends every undo offer: the text of what was deleted goes with it, and the
            // words of deleted and edited text leave the search indexes.
            if let tauri::RunEvent::Exit = event {
                app.state::<Database>().forget_deleted();
                app.state::<Database>().forget_old_words();
            }
        });
}
