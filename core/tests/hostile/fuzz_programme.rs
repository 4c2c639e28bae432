//! Fuzzing the programme import through the store (`preview_programme`, `import_programme`):
//! any bytes — calendar, CSV, Order of the Day or Word shaped, cut and shuffled — are read or
//! refused naming the file, never a panic; a refusal stores nothing; whatever is imported twice
//! changes nothing the second time.
use hrc_core::domain::session::SessionInput;
use hrc_core::Store;
use proptest::prelude::*;

/// Lines from each format the import reads, to cut and shuffle.
const LINES: &[&str] = &[
    "BEGIN:VCALENDAR",
    "X-WR-TIMEZONE:UTC",
    "BEGIN:VEVENT",
    "UID:sched-1@hrc38",
    "DTSTART:20180620T130000Z",
    "DTEND:20180620T143000Z",
    "SUMMARY:Side event: Defenders\\, at risk",
    "CATEGORIES:Side Event,Plenary",
    "LOCATION:Room XX",
    " folded continuation",
    "END:VEVENT",
    "END:VCALENDAR",
    "date,start,end,slot,number,items,kind,title,room,mandates,documents,uid",
    "2018-06-19,15:00,18:00,afternoon,5,3,panel,Panel,Room XX,,A/HRC/38/44 and Add.1–2,u1",
    ",,,,,10,voting,Action on draft proposals,,,,",
    "Tuesday, 19 June 2018",
    "Wednesday, 20 June 2018",
    "MORNING",
    "AFTERNOON",
    "9.00 – 12.00 7th meeting",
    "3 p.m.",
    "Item 3 (cont’d) Promotion and protection of all human rights",
    "Clustered interactive dialogue with:",
    "Interactive dialogue with the Independent Expert on Burundi",
    "- Special Rapporteur on the human rights of migrants",
    "A/HRC/38/41 and Add.1–40",
    "[Speaking time is 2 minutes for all speakers.]",
    "[Modalities: See above.",
    "* The information contained in this document was compiled",
    "A/HRC/38/OD/2",
    "General debate (cont'd)",
];

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300),
        proptest::collection::vec((0..LINES.len(), 0usize..60), 0..30).prop_map(|picks| {
            picks
                .into_iter()
                .map(|(i, cut)| {
                    let l = LINES[i];
                    let end = l.char_indices().nth(cut).map_or(l.len(), |(at, _)| at);
                    format!("{}\r\n", &l[..end])
                })
                .collect::<String>()
                .into_bytes()
        }),
        // A zip's magic with anything after it: a Word document that is not one.
        proptest::collection::vec(any::<u8>(), 0..200).prop_map(|tail| [
            b"PK\x03\x04".to_vec(),
            tail
        ]
        .concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_file_is_imported_or_refused_and_a_second_import_changes_nothing(file in bytes()) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("fuzz.db")).unwrap();
        let session = store
            .create_session(&SessionInput {
                number: 38,
                start_date: "2018-06-18".into(),
                end_date: "2018-07-06".into(),
                ..Default::default()
            })
            .unwrap();
        let empty = store.meetings(session.id).unwrap().len() + store.side_events(session.id).unwrap().len();
        match store.import_programme(session.id, "fuzz", &file) {
            Ok(_) => {
                let again = store.import_programme(session.id, "fuzz", &file).unwrap();
                prop_assert!(again.is_empty(), "{again:#?}");
            }
            Err(e) => {
                prop_assert_eq!(e.field(), Some("file"), "{}", e);
                let now = store.meetings(session.id).unwrap().len() + store.side_events(session.id).unwrap().len();
                prop_assert_eq!(now, empty);
            }
        }
    }
}
