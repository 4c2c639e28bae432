//! The example's programme of work as HRC38's Orders of the Day publish it: the opening, the
//! clustered dialogues of 19 and 20 June, the dialogue with the Independent Expert on sexual
//! orientation and gender identity, meetings under items 3, 4 and 7, and action on texts from
//! 5 to 6 July. A meeting whose day the example chose says so in its modalities.
use uuid::Uuid;

use super::references::{
    COI_BURUNDI, EXECUTIONS, EXPRESSION, MIGRANTS, SOGI, VIOLENCE_AGAINST_WOMEN,
};
use super::{ishr_overview, list, source};
use crate::domain::meeting::{Meeting, MeetingInput};
use crate::error::Result;
use crate::store::Store;

/// Where the plenary sits ("Plenary meetings – Room XX", every Order of the Day of HRC38).
const PLENARY: &str = "Room XX";

/// The modalities of the clustered interactive dialogues, as the Order of the Day of 20 June
/// 2018 states them.
const CLUSTER_MODALITIES: &str = "Speaking time: 2 minutes for States Members of the Council, \
    2 minutes for all observers. The lists of speakers close about 15 minutes after the \
    beginning of each interactive dialogue; NGOs inscribe online and confirm at the list of \
    speakers' desk in Room XX.";

/// Said of a meeting whose day and slot the example chose (no Order of the Day behind it).
const ILLUSTRATIVE_DAY: &str =
    "Illustrative: the example's day and slot, not taken from an Order of the Day.";

/// The report symbols the Order of the Day of 20 June 2018 lists for each mandate holder.
const EXECUTIONS_DOCUMENTS: &[&str] = &[
    "A/HRC/38/44",
    "A/HRC/38/44/Add.1",
    "A/HRC/38/44/Add.2",
    "A/HRC/38/44/Add.3",
    "A/HRC/38/44/Add.4",
    "A/HRC/38/44/Add.5",
    "A/HRC/38/NGO/96",
    "A/HRC/38/NGO/101",
    "A/HRC/38/NGO/116",
];
const EXPRESSION_DOCUMENTS: &[&str] = &[
    "A/HRC/38/35",
    "A/HRC/38/35/Add.1",
    "A/HRC/38/35/Add.2",
    "A/HRC/38/35/Add.3",
    "A/HRC/38/35/Add.4",
];
const VIOLENCE_AGAINST_WOMEN_DOCUMENTS: &[&str] = &[
    "A/HRC/38/47",
    "A/HRC/38/47/Add.1",
    "A/HRC/38/47/Add.2",
    "A/HRC/38/NGO/12",
    "A/HRC/38/NGO/71",
    "A/HRC/38/NGO/107",
];

/// The UN Office at Geneva's press release on the close of the session (6 July 2018): the
/// opening on 18 June, the High Commissioner's last update, the 20 resolutions adopted.
fn closing_press_release() -> crate::domain::source::Source {
    source(
        "UN Geneva: Human Rights Council concludes thirty-eighth session after adopting 20 resolutions",
        "https://ungeneva.org/en/news-media/press-release/2018/07/human-rights-council-concludes-thirty-eighth-session-after",
    )
}

/// The meetings the example's statements and notes are linked to.
pub(super) struct Programme {
    /// The clustered dialogue with the Special Rapporteur on freedom of expression, begun on
    /// 19 June.
    pub foe: Meeting,
    /// The same dialogue continued at the 7th meeting, 20 June.
    pub foe_continued: Meeting,
    pub coi_burundi: Meeting,
    /// The general debate on item 4.
    pub gd4: Meeting,
}

/// A plenary meeting under `items`, of `kind`, titled `title`, on `date` (empty: to be
/// announced), the rest to be filled in.
fn plenary(date: &str, items: &[u8], kind: &str, title: &str) -> MeetingInput {
    MeetingInput {
        date: date.into(),
        agenda_items: items.to_vec(),
        kind: Some(kind.into()),
        title: title.into(),
        room: Some(PLENARY.into()),
        ..MeetingInput::default()
    }
}

/// A dialogue of a cluster under item 3 with the mandate holder `mandate`, its reports
/// `documents`, and the speaking time of the Order of the Day.
fn clustered(date: &str, mandate: &str, title: &str, documents: &[&str]) -> MeetingInput {
    MeetingInput {
        mandates: list(&[mandate]),
        documents: list(documents),
        speaking_seconds: Some(120),
        member_speaking_seconds: Some(120),
        modalities: CLUSTER_MODALITIES.into(),
        ..plenary(date, &[3], "clustered-interactive-dialogue", title)
    }
}

/// Writes the meetings into the session `sid`.
pub(super) fn write(store: &mut Store, sid: Uuid) -> Result<Programme> {
    // 18 June, 9:00: the session opens and the High Commissioner gives his update (the UN Office
    // at Geneva's press releases); the first meeting of a session covers items 1 and 2.
    store.create_meeting(
        sid,
        &MeetingInput {
            slot: Some("morning".into()),
            number: Some(1),
            sources: vec![closing_press_release()],
            ..plenary(
                "2018-06-18",
                &[1, 2],
                "opening",
                "Opening of the session; annual report of the High Commissioner",
            )
        },
    )?;
    // ISHR's overview of the session announced this dialogue for Monday 18 June, 9:00–12:00;
    // its hour is left to the Order of the Day.
    store.create_meeting(
        sid,
        &MeetingInput {
            mandates: list(&[SOGI]),
            sources: vec![ishr_overview()],
            documents: list(&["A/HRC/38/43"]),
            modalities: "Announced by ISHR for Monday 18 June, 9:00–12:00; the time is to be \
                confirmed by the Order of the Day."
                .into(),
            ..plenary(
                "2018-06-18",
                &[3],
                "interactive-dialogue",
                "ID with the Independent Expert on sexual orientation and gender identity",
            )
        },
    )?;
    // 19 June: the cluster with the Special Rapporteurs on executions and on expression begins
    // (the Order of the Day of 20 June continues it); its slot that day is not given here.
    let executions = store.create_meeting(
        sid,
        &clustered(
            "2018-06-19",
            EXECUTIONS,
            "ID with the Special Rapporteur on extrajudicial, summary or arbitrary executions",
            EXECUTIONS_DOCUMENTS,
        ),
    )?;
    let foe = store.create_meeting(
        sid,
        &MeetingInput {
            cluster_id: Some(executions.id),
            ..clustered(
                "2018-06-19",
                EXPRESSION,
                "ID with the Special Rapporteur on freedom of opinion and expression",
                EXPRESSION_DOCUMENTS,
            )
        },
    )?;
    // 20 June, morning, 7th meeting, item 3: the cluster continued (each dialogue continuing its
    // record of 19 June, the two taken together again), then the cluster with the Special
    // Rapporteurs on violence against women and on the human rights of migrants.
    let seventh = |input: MeetingInput| MeetingInput {
        slot: Some("morning".into()),
        number: Some(7),
        ..input
    };
    let executions_continued = store.create_meeting(
        sid,
        &seventh(MeetingInput {
            continues_id: Some(executions.id),
            ..clustered(
                "2018-06-20",
                EXECUTIONS,
                &executions.title,
                EXECUTIONS_DOCUMENTS,
            )
        }),
    )?;
    let foe_continued = store.create_meeting(
        sid,
        &seventh(MeetingInput {
            continues_id: Some(foe.id),
            cluster_id: Some(executions_continued.id),
            ..clustered("2018-06-20", EXPRESSION, &foe.title, EXPRESSION_DOCUMENTS)
        }),
    )?;
    let women = store.create_meeting(
        sid,
        &seventh(clustered(
            "2018-06-20",
            VIOLENCE_AGAINST_WOMEN,
            "ID with the Special Rapporteur on violence against women",
            VIOLENCE_AGAINST_WOMEN_DOCUMENTS,
        )),
    )?;
    store.create_meeting(
        sid,
        &seventh(MeetingInput {
            cluster_id: Some(women.id),
            ..clustered(
                "2018-06-20",
                MIGRANTS,
                "ID with the Special Rapporteur on the human rights of migrants",
                &["A/HRC/38/41"],
            )
        }),
    )?;
    // The annual full-day discussion on women's rights: its day is not in the example's sources.
    store.create_meeting(
        sid,
        &MeetingInput {
            room: None,
            ..plenary(
                "",
                &[3],
                "panel",
                "Annual full-day discussion on the human rights of women",
            )
        },
    )?;
    let illustrative = |slot: &str, input: MeetingInput| MeetingInput {
        slot: Some(slot.into()),
        modalities: ILLUSTRATIVE_DAY.into(),
        ..input
    };
    let coi_burundi = store.create_meeting(
        sid,
        &illustrative(
            "morning",
            MeetingInput {
                mandates: list(&[COI_BURUNDI]),
                ..plenary(
                    "2018-06-27",
                    &[4],
                    "interactive-dialogue",
                    "Oral briefing of the Commission of Inquiry on Burundi",
                )
            },
        ),
    )?;
    let gd4 = store.create_meeting(
        sid,
        &illustrative(
            "midday",
            plenary(
                "2018-06-27",
                &[4],
                "general-debate",
                "General debate on item 4",
            ),
        ),
    )?;
    store.create_meeting(
        sid,
        &illustrative(
            "midday",
            plenary(
                "2018-07-02",
                &[7],
                "general-debate",
                "General debate on item 7",
            ),
        ),
    )?;
    // Action on texts under items 3, 4, 5, 9 and 10, from the afternoon of 5 July through the
    // last day of the session.
    let action = "Action on draft proposals";
    let votes = store.create_meeting(
        sid,
        &MeetingInput {
            slot: Some("afternoon".into()),
            ..plenary("2018-07-05", &[3, 4, 5, 9, 10], "voting", action)
        },
    )?;
    store.create_meeting(
        sid,
        &MeetingInput {
            continues_id: Some(votes.id),
            sources: vec![closing_press_release()],
            ..plenary("2018-07-06", &[3, 4, 5, 9, 10], "voting", action)
        },
    )?;
    Ok(Programme {
        foe,
        foe_continued,
        coi_burundi,
        gd4,
    })
}
