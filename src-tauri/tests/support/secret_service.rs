//! A real Secret Service for tests: a D-Bus session bus of the test's own and GNOME Keyring's
//! secrets component on it, as on a Linux desktop (`make deps-test` installs them). Shared by the
//! shell's keychain test and the end-to-end one (tests/tests/keychain.rs, by path).
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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

/// A session bus and GNOME Keyring's secrets component on it, stopped when dropped.
pub struct SecretService {
    address: String,
    // Dropped in this order: the keyring, then its bus.
    _keyring: Running,
    _bus: Running,
}

impl SecretService {
    /// Starts both, their files under `home`, the login keyring made and unlocked with a
    /// password (it becomes the default collection, where the keyring crate keeps entries).
    pub fn start(home: &Path) -> SecretService {
        secret_service(home)
    }

    /// The bus's address, for `DBUS_SESSION_BUS_ADDRESS`.
    pub fn address(&self) -> &str {
        &self.address
    }
}

fn secret_service(home: &Path) -> SecretService {
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
    SecretService {
        address,
        _keyring: keyring,
        _bus: bus,
    }
}
