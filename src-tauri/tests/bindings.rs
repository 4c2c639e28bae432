//! The TypeScript bindings in ui/src/lib/bindings/ match the Rust types: this test regenerates
//! them into a temporary folder and fails when the committed files differ.
//! Update them with `UPDATE_BINDINGS=1 cargo test -p hrc-planner --test bindings`.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings")
}

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ts"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn bindings_are_up_to_date() {
    let fresh = tempfile::tempdir().unwrap();
    hrc_planner::bindings::export(fresh.path()).expect("export the bindings");
    let fresh = read_dir(fresh.path());
    let committed_dir = committed_dir();

    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(&committed_dir);
        std::fs::create_dir_all(&committed_dir).unwrap();
        for (name, text) in &fresh {
            std::fs::write(committed_dir.join(name), text).unwrap();
        }
        return;
    }

    let committed = read_dir(&committed_dir);
    let stale: Vec<&str> = fresh
        .iter()
        .filter(|(name, text)| committed.get(*name) != Some(text))
        .map(|(name, _)| name.as_str())
        .chain(
            committed
                .keys()
                .filter(|n| !fresh.contains_key(*n))
                .map(String::as_str),
        )
        .collect();
    assert!(
        stale.is_empty(),
        "the TypeScript bindings in ui/src/lib/bindings/ are out of date ({}).\n\
         Update them with: UPDATE_BINDINGS=1 cargo test -p hrc-planner --test bindings",
        stale.join(", ")
    );
}
