//! The statements' full texts and signatory lists: sections of the overview chosen when asked
//! for, in every format that has sections.
use hrc_core::export::{export, ExportFormat, Section};

use crate::support::temp_store;

#[test]
fn statement_texts_and_signatory_lists_come_only_when_chosen() {
    let (mut store, _dir) = temp_store();
    let id = hrc_core::demo::load(&mut store).unwrap().session.id;
    let overview = store.overview(id).unwrap();
    let written = overview
        .statements
        .iter()
        .find(|s| !s.text.trim().is_empty())
        .expect("a statement with a text in the example");
    let signed = overview
        .statements
        .iter()
        .max_by_key(|s| s.signatories.len())
        .expect("a joint statement in the example");
    assert!(signed.signatories.len() > 3, "more than the table names");
    let last = signed.signatories.last().unwrap();
    // A phrase of the text that the statements table does not show.
    let phrase: String = written
        .text
        .split_whitespace()
        .skip(3)
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");

    for format in [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Word,
    ] {
        let read = |sections: &[Section]| -> String {
            let bytes = export(&store, id, format, sections).unwrap();
            if format == ExportFormat::Word {
                crate::export::docx_words(&bytes)
            } else {
                String::from_utf8(bytes).unwrap()
            }
        };
        let plain = read(&Section::defaults());
        assert!(!plain.contains("Statement texts"), "{format:?}");
        assert!(!plain.contains("Signatory lists"), "{format:?}");
        assert!(
            !plain.contains(&last.name),
            "{format:?}: the table names three"
        );

        let chosen = read(&[
            Section::Statements,
            Section::StatementTexts,
            Section::Signatories,
        ]);
        assert!(chosen.contains("Statement texts"), "{format:?}");
        assert!(chosen.contains(&phrase), "{format:?}: {phrase}");
        assert!(chosen.contains("Signatory lists"), "{format:?}");
        let name = if format == ExportFormat::Html {
            last.name.replace('&', "&amp;").replace('\'', "&#39;")
        } else {
            last.name.clone()
        };
        assert!(chosen.contains(&name), "{format:?}: {}", last.name);
        assert!(
            chosen.contains(&format!("({} organisations)", signed.signatories.len())),
            "{format:?}"
        );
    }
}

#[test]
fn the_options_are_not_among_the_defaults() {
    let defaults = Section::defaults();
    for s in [
        Section::StatementTexts,
        Section::Signatories,
        Section::Notes,
    ] {
        assert!(!defaults.contains(&s), "{s:?}");
        assert!(!s.chosen_by_default());
    }
    assert_eq!(
        Section::parse_list("statement-texts, signatories").unwrap(),
        [Section::StatementTexts, Section::Signatories]
    );
}
