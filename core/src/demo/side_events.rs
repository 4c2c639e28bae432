//! The example's side events: the public dialogue on sport and human rights, and the launch of
//! "Strengthening the Council from the ground up" (their days, rooms and the launch itself
//! illustrative, as their descriptions say).
use uuid::Uuid;

use super::{list, s};
use crate::domain::side_event::SideEventInput;
use crate::error::Result;
use crate::store::Store;

/// Writes the side events into the session `sid`.
pub(super) fn write(store: &mut Store, sid: Uuid) -> Result<()> {
    store.create_side_event(sid, &SideEventInput {
        title: "Public dialogue: sport and human rights".into(),
        date: "2018-06-25".into(),
        start: "13:00".into(),
        end: "14:30".into(),
        room: s("Room XXIII"),
        organisers: list(&["Sport and Rights Alliance", "World Players Association"]),
        cosponsor_organisations: list(&["UNI Global Union"]),
        speakers: list(&[
            "Zeid Ra'ad Al Hussein, UN High Commissioner for Human Rights",
            "Thomas Bach, President of the International Olympic Committee",
            "Gigi Alford, Sport and Rights Alliance",
        ]),
        description: s("Human rights are universal, and sport is no exception. The High Commissioner hosts a public dialogue with the IOC president on sport's potential positive impacts and how to hold the sector accountable when it fails to live by its ideals. (Its day, time, room and organisers, and the speakers beside the High Commissioner and the IOC president, are the example's: illustrative.)"),
        status: s("confirmed"),
        ..Default::default()
    })?;
    store.create_side_event(sid, &SideEventInput {
        title: "Strengthening the Human Rights Council from the ground up".into(),
        date: "2018-06-27".into(),
        start: "13:30".into(),
        end: "15:00".into(),
        room: s("Room XXIV"),
        organisers: list(&["International Service for Human Rights (ISHR)"]),
        cosponsor_organisations: list(&["Human Rights Watch (HRW)", "Amnesty International", "Conectas Direitos Humanos", "DefendDefenders"]),
        cosponsor_states: list(&["Mexico", "Switzerland"]),
        speakers: list(&["Salma El Hosseiny, ISHR", "John Fisher, Human Rights Watch", "Hassan Shire, DefendDefenders"]),
        description: s("Launch of the report “Strengthening the UN Human Rights Council from the Ground Up”, with defenders from every region. (An illustrative side event: the report's panel was held in New York on 24 May 2018; this launch in Geneva, its co-sponsors and its room are the example's.)"),
        status: s("room-requested"),
        ..Default::default()
    })?;
    Ok(())
}
