//! hrc-planner: the desktop shell around hrc-core. It opens the database once, backs it up at
//! start and daily while running, registers the plugins and the commands, and holds no logic of
//! its own.
pub mod bindings;
pub mod commands;
mod error;
mod instance;
mod navigation;
mod state;

pub use error::CommandError;
pub use state::{Database, Startup};

use tauri::Manager;

/// Starts HRC Planner: one window on the database `HRC_DB` names, or the default one.
pub fn run() {
    let database = Database::open_default();
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
        .setup(|app| {
            // After the single-instance check: a second start on the same file backs up nothing.
            app.state::<Database>().back_up_at_start();
            daily_backups(app.handle().clone());
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::tauri_build_context!())
        .expect("HRC Planner could not start its window");
}

/// Checks every hour whether the daily backup is due, through the same lock as the commands; a
/// failure is reported on standard error and never stops the app.
fn daily_backups(app: tauri::AppHandle) {
    let spawned = std::thread::Builder::new()
        .name("daily-backups".into())
        .spawn(move || loop {
            std::thread::sleep(std::time::Duration::from_secs(60 * 60));
            app.state::<Database>().back_up_if_due(chrono::Utc::now());
        });
    if let Err(e) = spawned {
        eprintln!("hrc-planner: daily backups could not start: {e}");
    }
}
