//! A database the app cannot open does not stop it: the window shows the core's message and what
//! to do, and the file is left as it was.
use hrc_core::Store;
use hrc_e2e::Harness;

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_is_not_a_database_is_explained_and_left_untouched() {
    let harness = Harness::start();
    let garbage = "These are my notes, not a database.\n".repeat(200);
    std::fs::write(harness.database(), &garbage).unwrap();
    let core_message = match Store::open(harness.database()) {
        Ok(_) => panic!("the core opened a text file as a database"),
        Err(e) => e.to_payload().message,
    };

    let app = harness.open_app().await;
    let page = app.text("main.problem").await;
    assert!(page.contains(&core_message), "{page}");
    assert!(page.contains("What you can do"), "{page}");
    assert_eq!(app.count("nav.sidebar").await, 0);
    app.close().await;

    assert_eq!(
        std::fs::read_to_string(harness.database()).unwrap(),
        garbage
    );
}
