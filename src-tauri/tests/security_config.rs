//! The locked-down web view, read from the files that configure it: the content security policy
//! and security settings of tauri.conf.json, every capability file, and the shell's dependencies
//! (no plugin or library that reaches the network, the shell or the file system).
//! `tests/commands.rs` checks which of the app's own commands the main window is granted.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn json(relative: &str) -> Value {
    let p = path(relative);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn config() -> Value {
    json("tauri.conf.json")
}

/// The policy's directives: name → sources.
fn csp(policy: &str) -> BTreeMap<String, Vec<String>> {
    policy
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut words = d.split_whitespace().map(str::to_string);
            let name = words.next().unwrap().to_ascii_lowercase();
            (name, words.collect())
        })
        .collect()
}

/// Sources that may appear in the policy: the app's own pages and Tauri's IPC channel
/// (`ipc:` on Linux and macOS, `http://ipc.localhost` on Windows), `data:` images, and keywords
/// that only restrict.
fn allowed_source(directive: &str, source: &str) -> bool {
    match source {
        "'self'" | "'none'" => true,
        "ipc:" | "http://ipc.localhost" => directive == "connect-src",
        "data:" => directive == "img-src",
        _ => false,
    }
}

/// What is wrong with a policy: empty when it lets in only the app's own code.
fn policy_problems(policy: &str) -> Vec<String> {
    let directives = csp(policy);
    let get = |name: &str| directives.get(name).cloned().unwrap_or_default();
    let mut problems = Vec::new();
    if get("default-src") != ["'self'"] {
        problems.push(format!("default-src {:?}", get("default-src")));
    }
    // Scripts: the app's bundle only — no inline script, no eval, nothing remote. Tauri adds
    // hashes for its own scripts at build time.
    let scripts = directives
        .get("script-src")
        .or(directives.get("default-src"))
        .cloned()
        .unwrap_or_default();
    if scripts != ["'self'"] {
        problems.push(format!("script-src {scripts:?}"));
    }
    for name in ["object-src", "base-uri", "form-action", "frame-ancestors"] {
        if get(name) != ["'none'"] {
            problems.push(format!("{name} {:?}", get(name)));
        }
    }
    for (name, sources) in &directives {
        for source in sources {
            let lower = source.to_ascii_lowercase();
            if lower.contains("unsafe") || lower.contains('*') || !allowed_source(name, &lower) {
                problems.push(format!("{name} {source}"));
            }
        }
    }
    problems
}

#[test]
fn the_policy_lets_in_only_the_apps_own_code() {
    let config = config();
    let policy = config["app"]["security"]["csp"]
        .as_str()
        .expect("tauri.conf.json sets app.security.csp as one string");
    assert_eq!(policy_problems(policy), Vec::<String>::new(), "{policy}");
    // The same policy while developing, if one is set.
    if let Some(dev) = config["app"]["security"]["devCsp"].as_str() {
        assert_eq!(csp(dev), csp(policy), "devCsp differs from csp");
    }
}

#[test]
fn the_policy_check_catches_loose_policies() {
    let strict = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    assert!(policy_problems(strict).is_empty());
    for loose in [
        "script-src 'self' 'unsafe-inline'",
        "script-src 'self' 'unsafe-eval'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "script-src 'self' https://cdn.example.org",
        "script-src 'self' data:",
        "style-src 'self' https://fonts.googleapis.com",
        "font-src https://fonts.gstatic.com",
        "connect-src ipc: http://ipc.localhost https://telemetry.example.org",
        "img-src *",
        "frame-src https:",
    ] {
        let policy = format!("{strict}; {loose}");
        assert!(!policy_problems(&policy).is_empty(), "{policy} passed");
    }
    let no_default = strict.replace("default-src 'self'; ", "");
    assert!(!policy_problems(&no_default).is_empty());
}

#[test]
fn the_security_settings_keep_the_web_view_closed() {
    let config = config();
    let app = &config["app"];
    let security = &app["security"];
    // Injected script finds no `window.__TAURI__` to call commands with.
    assert_ne!(
        app["withGlobalTauri"],
        Value::Bool(true),
        "app.withGlobalTauri"
    );
    // Tauri keeps its CSP and injects hashes for its own scripts.
    assert_ne!(
        security["dangerousDisableAssetCspModification"],
        Value::Bool(true),
        "app.security.dangerousDisableAssetCspModification"
    );
    // No asset:// protocol, which would let the page read files from disk.
    assert_ne!(
        security["assetProtocol"]["enable"],
        Value::Bool(true),
        "app.security.assetProtocol.enable"
    );
    // Object.prototype is frozen before any page script runs: no prototype pollution.
    assert_eq!(
        security["freezePrototype"],
        Value::Bool(true),
        "app.security.freezePrototype"
    );
    // Every window shows the app's own pages, embedded from ui/dist: no remote URL, no dev server.
    assert_eq!(config["build"]["frontendDist"], "../ui/dist");
    assert!(
        config["build"].get("devUrl").is_none(),
        "build.devUrl: the app never loads pages from a server"
    );
    for window in app["windows"].as_array().unwrap() {
        let url = window["url"].as_str().unwrap_or("index.html");
        assert!(
            !url.contains(':'),
            "window {}: url {url} must be a page of the app",
            window["label"]
        );
    }
    // No plugin is configured from here (shell scopes, http allow-lists, fs scopes...).
    assert!(
        config
            .get("plugins")
            .is_none_or(|p| p.as_object().is_some_and(|o| o.is_empty())),
        "plugins: {}",
        config["plugins"]
    );
}

/// Permissions a capability may grant besides the app's own `allow-*` commands.
const PLUGIN_PERMISSIONS: &[&str] = &[
    "dialog:default",
    "window-state:default",
    "core:event:allow-listen",
    "core:event:allow-unlisten",
    "core:window:allow-destroy",
];

#[test]
fn every_capability_file_grants_only_the_apps_commands_dialogs_and_window() {
    let dir = path("capabilities");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let name = file.display().to_string();
        assert_eq!(
            file.extension().and_then(|e| e.to_str()),
            Some("json"),
            "{name}: capabilities are JSON, so that this test reads them all"
        );
        let capability: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert!(
            capability.get("remote").is_none(),
            "{name}: no remote page may call the app's commands"
        );
        assert_ne!(capability["local"], Value::Bool(false), "{name}: local");
        assert_eq!(
            capability["windows"],
            serde_json::json!(["main"]),
            "{name}: the main window only, by name"
        );
        assert!(capability.get("webviews").is_none(), "{name}: webviews");
        for permission in capability["permissions"].as_array().unwrap() {
            let id = permission.as_str().unwrap_or_else(|| {
                panic!("{name}: {permission} — a permission with its own scope widens a plugin's")
            });
            let own_command = id.starts_with("allow-") && !id.contains(':');
            assert!(
                own_command || PLUGIN_PERMISSIONS.contains(&id),
                "{name}: {id} is neither one of the app's commands nor a dialog or window permission"
            );
        }
    }
}

#[test]
fn no_plugin_reaches_the_shell_the_network_or_the_file_system() {
    let manifest = std::fs::read_to_string(path("Cargo.toml")).unwrap();
    for plugin in [
        "tauri-plugin-shell",
        "tauri-plugin-http",
        "tauri-plugin-fs",
        "tauri-plugin-sql",
        "tauri-plugin-websocket",
        "tauri-plugin-upload",
        "tauri-plugin-updater",
        "tauri-plugin-process",
        "tauri-plugin-store",
    ] {
        assert!(
            !manifest.contains(plugin),
            "src-tauri/Cargo.toml names {plugin}"
        );
    }
    // Nor does Tauri itself serve local files (protocol-asset) or open its inspector in a
    // release build (devtools).
    let workspace = std::fs::read_to_string(path("../Cargo.toml")).unwrap();
    let tauri = workspace
        .lines()
        .find(|l| l.starts_with("tauri ="))
        .expect("tauri in [workspace.dependencies]");
    for feature in ["protocol-asset", "devtools", "macos-private-api"] {
        assert!(!tauri.contains(feature), "{tauri}");
    }
    let registered = std::fs::read_to_string(path("src/lib.rs")).unwrap();
    assert!(
        !registered.contains("tauri_plugin_fs::init") && !registered.contains("tauri_plugin_shell"),
        "src/lib.rs registers a file system or shell plugin"
    );
}

/// The shell holds no HTTP or TLS client on any desktop platform: nothing in it could send the
/// person's data anywhere (the web view's own requests are what the policy above forbids).
/// Tauri pulls reqwest only on Android and iOS.
#[test]
fn no_http_client_in_the_shells_dependencies() {
    const CLIENTS: &[&str] = &[
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "surf",
        "attohttpc",
        "h2",
        "rustls",
        "native-tls",
        "openssl",
        "tungstenite",
        "tokio-tungstenite",
    ];
    for target in [
        "x86_64-unknown-linux-gnu",
        "x86_64-pc-windows-msvc",
        "aarch64-apple-darwin",
    ] {
        let out = std::process::Command::new(env!("CARGO"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "tree",
                "-p",
                "hrc-planner",
                "-e",
                "normal",
                "--prefix",
                "none",
            ])
            .args(["--offline", "--target", target])
            .output()
            .expect("cargo tree runs");
        assert!(
            out.status.success(),
            "cargo tree --offline --target {target} (`make test` fetches every platform's \
             crates first; otherwise run `cargo fetch`): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let tree = String::from_utf8(out.stdout).unwrap();
        let found: Vec<&str> = tree
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .filter(|name| CLIENTS.contains(name))
            .collect();
        assert!(
            found.is_empty(),
            "on {target}, hrc-planner depends on {found:?}"
        );
        assert!(tree.lines().count() > 100, "{target}: {tree}");
    }
}
