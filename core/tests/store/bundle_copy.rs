//! A bundle whose session is here with other ids: the clash names the number a copy would take,
//! and `import_file_as_copy` brings it in under that number, beside the one here.
use hrc_core::bundle::{import_file, import_file_as_copy};
use hrc_core::domain::session::SessionInput;

use crate::support::{dump, hrc38, temp_store};

#[test]
fn a_clashing_bundle_comes_in_as_a_copy_under_the_number_the_clash_named() {
    let (mut colleague, dir) = temp_store();
    let theirs = hrc_core::demo::load(&mut colleague).unwrap().session.id;
    let file = dir.path().join("hrc38.json");
    std::fs::write(&file, colleague.export_bundle(theirs).unwrap().to_json()).unwrap();

    let (mut mine, _d) = temp_store();
    let my38 = mine.create_session(&hrc38()).unwrap();
    mine.create_session(&SessionInput {
        number: 39,
        start_date: "2018-09-10".into(),
        end_date: "2018-09-28".into(),
        ..Default::default()
    })
    .unwrap();
    let before = dump(&mine);

    let clash = import_file(&mut mine, &file).unwrap_err();
    assert_eq!(clash.field(), Some("bundle"));
    match clash.rule() {
        Some(hrc_core::Rule::BundleSessionHere { session, copy }) => {
            assert_eq!(
                (session.as_str(), copy.as_str()),
                ("HRC38", "HRC40"),
                "39 is taken too"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(clash.to_string().contains("Import as a copy"), "{clash}");
    assert_eq!(dump(&mine), before, "a refused import changes nothing");

    let report = import_file_as_copy(&mut mine, &file).unwrap();
    assert_eq!(report.session.number, 40);
    assert_ne!(report.session.id, theirs, "the copy has ids of its own");
    assert_eq!(
        report.session.title,
        "40th regular session of the Human Rights Council"
    );
    let copy = mine.overview(report.session.id).unwrap();
    let original = colleague.overview(theirs).unwrap();
    assert_eq!(copy.key_issues.len(), original.key_issues.len());
    assert_eq!(copy.statements.len(), original.statements.len());
    assert_eq!(mine.session(my38.id).unwrap(), my38, "mine is as it was");
}
