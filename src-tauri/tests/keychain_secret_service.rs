//! The key kept in a real Secret Service — GNOME Keyring's daemon on a D-Bus session bus of the
//! test's own, as on a Linux desktop — through the app's `Keychain::system()`: kept when asked,
//! read at the next start to unlock the database without its passphrase, forgotten when turned
//! off. The mock-based tests (keychain.rs) cover the rest of the rules; this one proves the path
//! through a real keychain.
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hrc_core::cipher::{Passphrase, Unlock};
use hrc_core::Store;
use hrc_planner::keychain::Keychain;
use hrc_planner::Database;

const PASSPHRASE: &str = "seven quiet harbours at dawn";

/// A process killed when the test ends, whatever happens.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn tool(name: &str) -> String {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .unwrap();
    assert!(
        found.status.success(),
        "{name} is missing: `make deps-test` (scripts/deps) installs it (Debian: gnome-keyring, dbus)"
    );
    String::from_utf8(found.stdout).unwrap().trim().to_string()
}

/// A session bus and GNOME Keyring's secrets component on it, their files under `home`, the
/// login keyring made and unlocked with a password (it becomes the default collection, where the
/// keyring crate keeps entries); returns the bus's address.
fn secret_service(home: &Path) -> (String, Running, Running) {
    let mut bus = Command::new(tool("dbus-daemon"))
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        // It says it cannot raise its file limit, as an unprivileged bus does.
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut address = String::new();
    BufReader::new(bus.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    let address = address.trim().to_string();
    assert!(address.starts_with("unix:"), "dbus-daemon said {address:?}");
    let bus = Running(bus);
    let runtime = home.join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let mut keyring = Command::new(tool("gnome-keyring-daemon"))
        .args(["--foreground", "--unlock", "--components=secrets"])
        .env("DBUS_SESSION_BUS_ADDRESS", &address)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The login keyring's password, on standard input as a login manager gives it.
    keyring
        .stdin
        .take()
        .unwrap()
        .write_all(b"the login password")
        .unwrap();
    let keyring = Running(keyring);
    // Ready once it owns org.freedesktop.secrets on the bus.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let owner = Command::new(tool("dbus-send"))
            .args([
                &format!("--bus={address}"),
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ])
            .output()
            .unwrap();
        if String::from_utf8_lossy(&owner.stdout).contains("boolean true") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "GNOME Keyring did not come up on the test's bus"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (address, bus, keyring)
}

fn locked(db: &Database) -> bool {
    db.startup().database_error.map(|e| e.code) == Some("locked".into())
}

#[test]
fn a_real_secret_service_keeps_the_key_and_opens_the_database_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let (address, _bus, _keyring) = secret_service(dir.path());
    // The only test in this binary: the keychain finds the session bus as the app does, by its
    // variable.
    std::env::set_var("DBUS_SESSION_BUS_ADDRESS", &address);

    let path = dir.path().join("hrc.db");
    let store = Store::create_protected(
        &path,
        &Passphrase::chosen("passphrase", PASSPHRASE.into()).unwrap(),
    )
    .unwrap();
    let recovery_key = store.key().unwrap().recovery_key().text().to_string();
    drop(store);

    let keychain = Keychain::system();
    let db = Database::start_at(path.clone());
    assert!(locked(&db));
    assert!(
        !db.unlock_with_kept_key(&keychain),
        "nothing kept by default"
    );
    let status = db.keychain_status(&keychain);
    assert!(
        !status.kept && status.unavailable.is_none(),
        "reachable, nothing kept: {status:?}"
    );

    db.unlock(&Unlock::Passphrase(
        Passphrase::typed("passphrase", PASSPHRASE.into()).unwrap(),
    ))
    .unwrap();
    assert!(db.remember_key(&keychain).unwrap().kept);
    drop(db);

    // What GNOME Keyring holds, asked afresh (another Keychain, as the next start makes).
    let next_start = Keychain::system();
    assert_eq!(
        next_start.kept(&path).unwrap().map(|k| k.to_string()),
        Some(recovery_key.clone()),
        "the recovery key, under the database's path"
    );
    // GNOME Keyring writes its login keyring encrypted with the login password.
    let on_disk = std::fs::read(dir.path().join("data/keyrings/login.keyring")).unwrap();
    let plain = recovery_key.replace('-', "");
    assert!(
        !on_disk
            .windows(16)
            .any(|w| w == &plain.as_bytes()[..16] || w == &recovery_key.as_bytes()[..16]),
        "the recovery key is not in the keyring's file as it is"
    );
    let next = Database::start_at(path.clone());
    assert!(locked(&next));
    assert!(
        next.unlock_with_kept_key(&next_start),
        "opened from the keychain, no passphrase typed"
    );
    assert!(next.store().is_ok());

    assert!(!next.forget_key(&next_start).unwrap().kept);
    assert!(Keychain::system().kept(&path).unwrap().is_none());
    let after = Database::start_at(path);
    assert!(!after.unlock_with_kept_key(&Keychain::system()));
    assert!(locked(&after), "forgotten: the unlock screen again");
}
