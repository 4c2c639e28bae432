//! Fuzzing the reading of pasted signatory lists (`parse_line`, `parse_list`) and
//! `Store::preview_signatories` / `Store::add_signatories`: no panic, every organisation once,
//! near-duplicates merged, the preview what adding does — also when the paste carries invisible
//! characters, odd line endings or no names at all.
use std::collections::HashSet;

use hrc_core::domain::organisation::{parse_line, parse_list};
use hrc_core::domain::statement::StatementInput;
use hrc_core::text::fold;
use proptest::prelude::*;

use crate::support::{dump, with_session};

/// Characters a paste from an e-mail or a word processor carries without showing them.
const INVISIBLE: &[char] = &[
    '\u{FEFF}', // byte-order mark, at the start of files saved on Windows
    '\u{200B}', // zero-width space
    '\u{200C}', // zero-width non-joiner
    '\u{200D}', // zero-width joiner
    '\u{200E}', // left-to-right mark
    '\u{200F}', // right-to-left mark
    '\u{2060}', // word joiner
    '\u{00AD}', // soft hyphen
    '\u{202A}', // left-to-right embedding
    '\u{202C}', // pop directional formatting
    '\u{2066}', // left-to-right isolate
    '\u{2069}', // pop directional isolate
];

/// Names as they arrive in e-mails: bullets, acronyms, apostrophes, accents, case, spacing.
fn name() -> impl Strategy<Value = String> {
    let base = prop::sample::select(vec![
        "International Service for Human Rights (ISHR)",
        "L’Association Marocaine des Droits Humains",
        "l'association marocaine des droits humains.",
        "Asian Forum for Human Rights and Development (FORUM-ASIA)",
        "Women in Black (Vienna)",
        "Solidarité Socialiste",
        "SOLIDARITE SOCIALISTE",
        "مركز القاهرة لدراسات حقوق الإنسان",
        "ISHR",
        "(ISHR)",
        "• ActionAid International",
        "- Broederlijk Delen",
        "* Pax Christi International",
        "🙂 Emoji Rights",
        "'; DROP TABLE organisations; --",
        "Name (A&B.)",
        "Name ()",
        "Name (x",
        ")(",
        "...",
        "•",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        4 => base,
        1 => "[A-Za-z'’ .()•*-]{0,30}",
        1 => "\\PC{0,30}",
        1 => any::<String>(),
    ]
}

/// A pasted list: names with invisible characters and stray spacing, any line endings.
fn pasted() -> impl Strategy<Value = String> {
    let invisible = prop::sample::select(INVISIBLE.to_vec());
    let line = (
        name(),
        prop::option::of(invisible),
        prop::sample::select(vec!["", " ", "\t", "\u{a0}", "  "]),
    )
        .prop_map(|(name, invisible, pad)| match invisible {
            Some(c) => format!("{c}{pad}{name}{pad}"),
            None => format!("{pad}{name}{pad}"),
        });
    let ending = prop::sample::select(vec!["\n", "\r\n", "\n\n", "\r\n\r\n", "\n \n"]);
    prop::collection::vec((line, ending), 0..12)
        .prop_map(|lines| lines.into_iter().map(|(l, e)| format!("{l}{e}")).collect())
}

/// Whether `c` is one a person cannot see in a name.
fn invisible(c: char) -> bool {
    INVISIBLE.contains(&c) || c.is_whitespace() || c.is_control()
}

#[test]
fn invisible_characters_do_not_make_another_organisation() {
    let plain = parse_line("ActionAid International").unwrap();
    for c in INVISIBLE {
        let marked = format!("{c}ActionAid International");
        let got = parse_line(&marked)
            .unwrap_or_else(|| panic!("{marked:?} names ActionAid International"));
        assert_eq!(got.key, plain.key, "{marked:?} is ActionAid International");
        assert_eq!(
            got.name, plain.name,
            "{marked:?}: the name is kept without the invisible character"
        );
        assert!(
            parse_line(&format!("{c}{c} \u{a0}")).is_none(),
            "a line of nothing but {c:?} names no organisation"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_line_reads_as_a_name_or_as_nothing(line in any::<String>()) {
        if let Some(read) = parse_line(&line) {
            prop_assert!(!read.name.is_empty() && !read.key.is_empty());
            prop_assert!(!read.name.chars().any(|c| c == '\n' || c == '\r'), "{:?}", read);
            prop_assert_eq!(read.name.trim(), read.name.as_str());
            prop_assert!(!read.name.chars().next().is_some_and(invisible), "{:?}", read);
            prop_assert!(!read.name.chars().last().is_some_and(invisible), "{:?}", read);
            prop_assert!(read.name.chars().any(|c| !invisible(c)), "{:?}", read);
            if let Some(acronym) = &read.acronym {
                let n = acronym.chars().count();
                prop_assert!((2..=15).contains(&n), "{:?}", read);
                prop_assert!(acronym.chars().all(|c| c.is_alphanumeric() || "-&.".contains(c)), "{:?}", read);
            }
        }
    }

    /// Each organisation of a list is one of its lines read alone, in order (lines of the e-mail
    /// around the list — greeting, sign-off, signature — are left out).
    #[test]
    fn a_list_reads_line_by_line(text in pasted()) {
        let list = parse_list(&text);
        prop_assert!(list.len() <= text.lines().count());
        let mut each = text.lines().filter_map(parse_line);
        for read in &list {
            prop_assert!(each.any(|l| &l == read), "{:?} is not a line of {:?}", read, text);
        }
    }

    #[test]
    fn invisible_characters_fold_away(name in name(), c in prop::sample::select(INVISIBLE.to_vec()), at in any::<prop::sample::Index>()) {
        let chars: Vec<char> = name.chars().collect();
        let i = at.index(chars.len() + 1);
        let marked: String = chars[..i].iter().chain([c].iter()).chain(chars[i..].iter()).collect();
        prop_assert_eq!(fold(&marked), fold(&name), "{:?} and {:?}", marked, name);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

    /// Pasting into a statement: each line counted once (new, reused or duplicate), nobody signs
    /// twice, no two organisations share a folded name, and pasting again adds nobody.
    #[test]
    fn pasting_signatories_never_duplicates(first in pasted(), second in pasted()) {
        let (mut store, _dir, session) = with_session();
        let statement = store
            .create_statement(session.id, &StatementInput { title: "Joint letter".into(), ..Default::default() })
            .unwrap();
        for text in [&first, &second] {
            let before = store.statement(statement.id).unwrap().signatories.len() as u32;
            let unchanged = dump(&store);
            let preview = store.preview_signatories(statement.id, text).unwrap();
            prop_assert_eq!(dump(&store), unchanged, "a preview saves nothing");
            let report = store.add_signatories(statement.id, text).unwrap();
            prop_assert_eq!(
                (preview.created, preview.reused, preview.duplicates, preview.skipped, &preview.lines),
                (report.created, report.reused, report.duplicates, report.skipped, &report.lines),
                "adding does what the preview said"
            );
            prop_assert_eq!(preview.signatories_after as usize, report.signatories.len());
            let lines = parse_list(text).len() as u32;
            prop_assert_eq!(report.created + report.reused + report.duplicates, lines, "{:?}", report);
            prop_assert_eq!(report.signatories.len() as u32, before + report.created + report.reused);
            let ids: HashSet<_> = report.signatories.iter().map(|o| o.id).collect();
            prop_assert_eq!(ids.len(), report.signatories.len(), "someone signs twice");
            let organisations = store.organisations().unwrap();
            let keys: HashSet<_> = organisations.iter().map(|o| fold(&o.name)).collect();
            prop_assert_eq!(keys.len(), organisations.len(), "two organisations share a name: {:?}", organisations);
            prop_assert_eq!(store.statement(statement.id).unwrap().signatories, report.signatories);
        }
        let before = dump(&store);
        let again = store.add_signatories(statement.id, &first).unwrap();
        prop_assert_eq!((again.created, again.reused), (0, 0), "{:?}", again);
        // Only the statement's updated_at moved.
        let after = dump(&store);
        let changed: Vec<_> = before.lines().zip(after.lines()).filter(|(a, b)| a != b).collect();
        prop_assert!(changed.len() <= 1, "{:?}", changed);
    }
}
