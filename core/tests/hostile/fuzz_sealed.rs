//! Fuzzing the opener of sealed bundles (bundle/seal.rs) with arbitrary bytes after age's header,
//! truncated sealed bundles and sealed bundles with a byte changed: no panic, no hang; each is
//! refused (`validation` on the field `bundle`, or the wrong passphrase) and the database
//! unchanged. The sealed bundle is made with age's own scrypt recipient at a low work factor, as
//! a teammate's tool may seal it, so that each case costs milliseconds.
use std::cell::RefCell;

use hrc_core::bundle::seal::{self, Passphrase};
use hrc_core::{Error, Store};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};

use crate::support::{dump, hrc38, temp_store};

const PASSPHRASE: &str = "a teammate's long passphrase";

/// A sealed bundle of HRC38 alone (small, so that a changed byte often lands in the header).
fn sealed_bundle() -> Vec<u8> {
    let (mut store, _dir) = temp_store();
    let id = store.create_session(&hrc38()).unwrap().id;
    let plain = store.export_bundle(id).unwrap().to_json();
    let mut recipient = age::scrypt::Recipient::new(PASSPHRASE.to_string().into());
    recipient.set_work_factor(10);
    age::encrypt(&recipient, plain.as_bytes()).unwrap()
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Runs `cases` of `strategy`, each imported into one empty database that must stay as it was.
fn refused_each<S: Strategy<Value = Vec<u8>>>(cases: u32, strategy: S) {
    let (store, _dir) = temp_store();
    let before = dump(&store);
    let store: RefCell<Store> = RefCell::new(store);
    let passphrase = Passphrase::typed("passphrase", PASSPHRASE.into()).unwrap();
    runner(cases)
        .run(&strategy, |bytes| {
            let e = seal::import_bytes(&mut store.borrow_mut(), &bytes, Some(&passphrase), false)
                .expect_err("a damaged sealed bundle");
            prop_assert!(
                matches!(e, Error::WrongPassphrase { .. }) || e.field() == Some("bundle"),
                "{}",
                e
            );
            Ok(())
        })
        .unwrap();
    assert_eq!(dump(&store.borrow()), before);
}

#[test]
fn arbitrary_bytes_after_the_age_header_are_refused() {
    refused_each(
        200,
        prop::collection::vec(any::<u8>(), 0..600).prop_map(|tail| {
            let mut bytes = b"age-encryption.org/v1\n".to_vec();
            bytes.extend(tail);
            bytes
        }),
    );
}

#[test]
fn truncated_sealed_bundles_are_refused() {
    let sealed = sealed_bundle();
    let len = sealed.len();
    refused_each(
        100,
        any::<Index>().prop_map(move |cut| sealed[..cut.index(len)].to_vec()),
    );
}

#[test]
fn sealed_bundles_with_a_byte_changed_are_refused() {
    let sealed = sealed_bundle();
    let len = sealed.len();
    refused_each(
        100,
        (any::<Index>(), 1..=255u8).prop_map(move |(at, flip)| {
            let mut damaged = sealed.clone();
            damaged[at.index(len)] ^= flip;
            damaged
        }),
    );
}

#[test]
fn the_undamaged_sealed_bundle_opens() {
    let (mut store, _dir) = temp_store();
    let passphrase = Passphrase::typed("passphrase", PASSPHRASE.into()).unwrap();
    let report =
        seal::import_bytes(&mut store, &sealed_bundle(), Some(&passphrase), false).unwrap();
    assert_eq!(report.session.number, 38);
}
