//! The same figures with encryption on (issue 20): an encrypted copy of the database made by
//! `store::encrypt` with a fixed bench passphrase, every figure taken again on it, each beside
//! its figure with encryption off (the overhead); the key's derivation alone, the unlock to the
//! first screen (derivation, open, the first screen's questions), and how long encrypting and
//! decrypting the whole file take. The `sqlite3` tool cannot read an encrypted file: its floor
//! is the one taken on the plain database.
use std::path::Path;

use anyhow::{Context, Result};
use chrono::Utc;
use hrc_core::cipher::{DatabaseKey, Passphrase, Unlock};
use hrc_core::store;
use serde::Serialize;

use super::report::{Database, Figure};
use super::sample::{self, Sample};
use super::{measure_file, Options, Scratch};

/// The passphrase of the bench's encrypted copy (fixed: the figures do not depend on it).
pub const PASSPHRASE: &str = "ten years of notes, encrypted for the bench";

/// DESIGN.md's budget for the first window, held to the unlock: the person types the
/// passphrase on the unlock screen and waits for the first screen.
const FIRST_SCREEN: (f64, &str) = (
    1000.0,
    "DESIGN.md: first window painted < 1 s (from the passphrase typed)",
);

/// The figures with encryption on.
#[derive(Debug, Clone, Serialize)]
pub struct Encrypted {
    pub database: Database,
    /// Every figure of the plain run, taken on the encrypted copy, with the same key and
    /// budget; `sqlite3_ms` is the plain file's floor.
    pub figures: Vec<Figure>,
    /// Each figure's p50 and p95 off and on.
    pub overhead: Vec<Overhead>,
    /// `derive-key` (Argon2id alone) and `unlock` (derivation, open, the first screen).
    pub unlock: Vec<Figure>,
    /// Encrypting the plain file in place and decrypting it back: a person's one-time wait.
    pub conversions: Vec<Conversion>,
}

/// One figure off and on.
#[derive(Debug, Clone, Serialize)]
pub struct Overhead {
    pub key: String,
    pub what: String,
    pub p50_off_ms: f64,
    pub p50_on_ms: f64,
    pub p95_off_ms: f64,
    pub p95_on_ms: f64,
    /// The CPU time's p50 off and on: the work itself, which a busy machine does not blur.
    pub cpu_p50_off_ms: f64,
    pub cpu_p50_on_ms: f64,
    /// p50 on − p50 off.
    pub ms: f64,
    /// The same as a share of p50 off.
    pub percent: f64,
}

/// A whole-file conversion, timed once.
#[derive(Debug, Clone, Serialize)]
pub struct Conversion {
    pub key: &'static str,
    pub what: &'static str,
    pub ms: f64,
    pub cpu_ms: f64,
    pub bytes: u64,
}

/// Makes the encrypted copy beside `o.db` (timing the encryption), takes every figure on it,
/// the unlock figures, then decrypts it back (timed) and removes it.
pub fn measure(o: &Options, plain: &[Figure]) -> Result<Encrypted> {
    let copy = Scratch::copy(&o.db, "bench-encrypted.db")?;
    let passphrase = Passphrase::typed("passphrase", PASSPHRASE.into())?;
    let bytes = std::fs::metadata(&copy.0)?.len();
    eprintln!(
        "encrypting a copy of {} ({} MB) for the figures with encryption on",
        o.db.display(),
        bytes / 1_000_000
    );
    let (converted, wall, cpu) = sample::time(|| store::encrypt(&copy.0, &passphrase));
    let key = converted?.key.context("the encrypted copy's key")?;
    let mut conversions = vec![Conversion {
        key: "encrypt",
        what: "encrypt the plain file in place (store::encrypt, Argon2id included)",
        ms: wall,
        cpu_ms: cpu,
        bytes,
    }];

    let (database, mut figures) = measure_file(o, &copy.0, Some(&key), &None)?;
    for f in &mut figures {
        let floor = plain
            .iter()
            .find(|p| p.key == f.key)
            .and_then(|p| p.sqlite3_ms);
        *f = f.clone().floor(floor);
    }
    let overhead = figures
        .iter()
        .filter_map(|on| {
            let off = plain.iter().find(|p| p.key == on.key)?;
            Some(Overhead {
                key: on.key.clone(),
                what: on.what.clone(),
                p50_off_ms: off.p50_ms,
                p50_on_ms: on.p50_ms,
                p95_off_ms: off.p95_ms,
                p95_on_ms: on.p95_ms,
                cpu_p50_off_ms: off.cpu_p50_ms,
                cpu_p50_on_ms: on.cpu_p50_ms,
                ms: on.p50_ms - off.p50_ms,
                percent: if off.p50_ms > 0.0 {
                    (on.p50_ms - off.p50_ms) / off.p50_ms * 100.0
                } else {
                    f64::NAN
                },
            })
        })
        .collect();
    let unlock = unlock(&copy.0, &passphrase, (o.runs.max(1) / 2).clamp(1, 5))?;

    let unlocking = Unlock::Passphrase(passphrase);
    let (decrypted, wall, cpu) = sample::time(|| store::decrypt(&copy.0, &unlocking));
    decrypted?;
    conversions.push(Conversion {
        key: "decrypt",
        what: "decrypt it back in place (store::decrypt, Argon2id included)",
        ms: wall,
        cpu_ms: cpu,
        bytes: std::fs::metadata(&copy.0)?.len(),
    });
    Ok(Encrypted {
        database,
        figures,
        overhead,
        unlock,
        conversions,
    })
}

/// The key's derivation alone, and the whole unlock to the first screen: derivation, open, and
/// what the window asks first (`startup`'s open, `get_settings`, `session_summaries`, `today`).
fn unlock(db: &Path, passphrase: &Passphrase, runs: usize) -> Result<Vec<Figure>> {
    let typed = Unlock::Passphrase(passphrase.clone());
    let derive = Sample::of(runs, || {
        DatabaseKey::for_file(db, &typed)?;
        Ok(())
    })?;
    let first = Sample::of(runs, || {
        let store = store::Store::unlock(db, &typed)?;
        store.settings()?;
        let now = Utc::now();
        store.session_summaries(now.date_naive())?;
        store.today(now, None)?;
        Ok(())
    })?;
    Ok(vec![
        Figure::new(
            "derive-key",
            "the key from the passphrase (Argon2id, 64 MiB, 3 passes: DatabaseKey::derive)",
            &derive,
            Some(FIRST_SCREEN),
        ),
        Figure::new(
            "unlock",
            "unlock to the first screen (derive, open, settings, sessions list, today)",
            &first,
            Some(FIRST_SCREEN),
        ),
    ])
}
