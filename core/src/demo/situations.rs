//! The example's country situations: Burundi, Syria, DR Congo, Eritrea, Belarus, Palestine.
use uuid::Uuid;

use super::references::COI_BURUNDI;
use super::{ishr_overview, s, source};
use crate::domain::situation::{CountrySituation, SituationInput};
use crate::error::Result;
use crate::store::Store;

/// The situations the example's statements are linked to.
pub(super) struct Situations {
    pub burundi: CountrySituation,
    pub syria: CountrySituation,
    pub palestine: CountrySituation,
}

/// Writes the country situations into the session `sid`.
pub(super) fn write(store: &mut Store, sid: Uuid) -> Result<Situations> {
    let situation =
        |country: &str, item: u8, mechanism: &str, summary: &str, priority: &str| SituationInput {
            country: country.into(),
            agenda_item: Some(item),
            mechanism: s(mechanism),
            summary: s(summary),
            asks: None,
            priority: s(priority),
            // The overview of the session names Burundi, Syria, DR Congo, Eritrea and Belarus.
            sources: vec![ishr_overview()],
            mandates: None,
            documents: None,
            confidential: false,
        };
    let burundi = store.create_situation(
        sid,
        &SituationInput {
            mandates: Some(vec![COI_BURUNDI.into()]),
            ..situation(
                "BDI",
                4,
                "Commission of inquiry",
                "Oral briefing of the Commission of Inquiry on Burundi.",
                "high",
            )
        },
    )?;
    let syria = store.create_situation(
        sid,
        &situation(
            "Syria",
            4,
            "Commission of inquiry",
            "Interactive dialogue with the Commission of Inquiry on the Syrian Arab Republic.",
            "high",
        ),
    )?;
    store.create_situation(
        sid,
        &situation(
            "DR Congo",
            10,
            "Team of international experts",
            "Interactive dialogue on the situation in the Kasai regions.",
            "medium",
        ),
    )?;
    store.create_situation(
        sid,
        &situation(
            "Eritrea",
            4,
            "Special rapporteur",
            "Interactive dialogue with the Special Rapporteur on Eritrea.",
            "high",
        ),
    )?;
    store.create_situation(
        sid,
        &situation(
            "Belarus",
            4,
            "Special rapporteur",
            "Interactive dialogue with the Special Rapporteur on Belarus.",
            "medium",
        ),
    )?;
    let palestine = store.create_situation(sid, &SituationInput {
        sources: vec![source(
            "UN Geneva: Human Rights Council concludes special session on the deteriorating human rights situation in the occupied Palestinian territory (18 May 2018)",
            "https://ungeneva.org/es/news-media/meeting-summary/2018/05/human-rights-council-concludes-special-session-deteriorating",
        )],
        asks: s("Support the work of the Commission of Inquiry; encourage the International Criminal Court to open a full investigation; lift the closure and blockade of Gaza."),
        ..situation("State of Palestine", 7, "Commission of inquiry (resolution S-28/1, 18 May 2018)", "Violence against protesters in Gaza since 30 March 2018. The special session of 18 May 2018 set up the commission of inquiry the joint letter called for; it gives an oral update at HRC39 and its report at HRC40.", "high")
    })?;
    Ok(Situations {
        burundi,
        syria,
        palestine,
    })
}
