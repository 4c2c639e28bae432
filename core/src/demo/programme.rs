//! The example's programme of work: the meetings from the opening to the votes (illustrative).
use uuid::Uuid;

use super::s;
use crate::domain::meeting::{Meeting, MeetingInput};
use crate::error::Result;
use crate::store::Store;

/// The meetings the example's statements and notes are linked to.
pub(super) struct Programme {
    /// The interactive dialogue on freedom of expression.
    pub foe: Meeting,
    pub coi_burundi: Meeting,
    /// The general debate on item 4.
    pub gd4: Meeting,
}

/// Writes the meetings into the session `sid`.
pub(super) fn write(store: &mut Store, sid: Uuid) -> Result<Programme> {
    let meeting =
        |date: &str, start: &str, end: &str, item: u8, kind: &str, title: &str| MeetingInput {
            date: date.into(),
            start: start.into(),
            end: end.into(),
            room: Some("Room XX".into()),
            agenda_items: vec![item],
            kind: s(kind),
            title: title.into(),
            ..MeetingInput::default()
        };
    store.create_meeting(
        sid,
        &meeting(
            "2018-06-18",
            "09:00",
            "12:00",
            2,
            "other",
            "Opening: annual report of the High Commissioner",
        ),
    )?;
    let foe = store.create_meeting(
        sid,
        &meeting(
            "2018-06-19",
            "15:00",
            "18:00",
            3,
            "interactive-dialogue",
            "ID with the Special Rapporteur on freedom of expression",
        ),
    )?;
    store.create_meeting(
        sid,
        &meeting(
            "2018-06-20",
            "09:00",
            "12:00",
            3,
            "interactive-dialogue",
            "ID with the Independent Expert on sexual orientation and gender identity",
        ),
    )?;
    let coi_burundi = store.create_meeting(
        sid,
        &meeting(
            "2018-06-27",
            "09:00",
            "12:00",
            4,
            "interactive-dialogue",
            "Oral briefing of the Commission of Inquiry on Burundi",
        ),
    )?;
    let gd4 = store.create_meeting(
        sid,
        &meeting(
            "2018-06-27",
            "12:00",
            "15:00",
            4,
            "general-debate",
            "General debate on item 4",
        ),
    )?;
    store.create_meeting(
        sid,
        &meeting(
            "2018-07-02",
            "12:00",
            "15:00",
            7,
            "general-debate",
            "General debate on item 7",
        ),
    )?;
    store.create_meeting(
        sid,
        &meeting(
            "2018-07-06",
            "09:00",
            "18:00",
            10,
            "voting",
            "Action on draft proposals",
        ),
    )?;
    Ok(Programme {
        foe,
        coi_burundi,
        gd4,
    })
}
