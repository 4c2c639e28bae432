//! Build script: reads tauri.conf.json and the capabilities, generates an `allow-<command>`
//! permission for each of the app's commands, and embeds ui/dist (rebuilt when it changes).
//! When the UI has not been built, it embeds a page that says how to build it, so that
//! `cargo build` and `cargo test` work on a fresh checkout.
use std::path::{Path, PathBuf};

fn main() {
    const COMMANDS: &[&str] = include!("src/commands/names.in");
    if !Path::new("../ui/dist/index.html").exists() {
        embed_build_the_ui_page();
    }
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS))
        .codegen(tauri_build::CodegenContext::new());
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}

/// Points `frontendDist` at a one-page stand-in for the UI, until ui/dist exists.
fn embed_build_the_ui_page() {
    println!("cargo:rerun-if-changed=../ui/dist/index.html");
    println!("cargo:warning=ui/dist is missing: the app will only say how to build the UI (cd ui && npm ci && npm run build)");
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("ui-not-built");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>HRC Planner</title>\
         <h1>The user interface was not built</h1>\
         <p>Build it with <code>cd ui &amp;&amp; npm ci &amp;&amp; npm run build</code>, \
         then build HRC Planner again (<code>cargo build -p hrc-planner</code>).</p></html>",
    )
    .unwrap();
    let config = format!(
        "{{\"build\":{{\"frontendDist\":{:?}}}}}",
        dir.display().to_string()
    );
    std::env::set_var("TAURI_CONFIG", config);
}
