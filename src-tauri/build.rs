//! Build script: reads ../tauri.conf.json and the capabilities, generates an `allow-<command>`
//! permission for each of the app's commands, and embeds ui/dist (rebuilt when it changes).
fn main() {
    const COMMANDS: &[&str] = include!("src/commands/names.in");
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS))
        .codegen(tauri_build::CodegenContext::new());
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
