//! The `hrc-planner` executable: starts the desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    hrc_planner::run()
}
