//! The HRC38 example session (18 June – 6 July 2018), drawn from ISHR's news around
//! that session: its key issues, country situations, the reprisals report, the joint
//! letter on the Gaza protests, the public dialogue on sport and human rights.
//! The programme's meetings and the notes are illustrative.
use crate::bundle::Bundle;
use crate::domain::key_issue::KeyIssueInput;
use crate::domain::meeting::MeetingInput;
use crate::domain::note::NoteInput;
use crate::domain::session::{Session, SessionInput};
use crate::domain::side_event::SideEventInput;
use crate::domain::situation::SituationInput;
use crate::domain::statement::StatementInput;
use crate::error::{Error, Result};
use crate::store::Store;
use uuid::Uuid;

/// The joint letter's signatories, as pasted from the e-mail (with its near-duplicates).
pub const SIGNATORIES: &str = include_str!("hrc38-signatories.txt");
const GAZA_LETTER: &str = include_str!("hrc38-gaza-letter.md");
const REPRISALS: &str = include_str!("hrc38-reprisals.md");

/// What loading the example did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DemoOutcome {
    pub session: Session,
    /// False when HRC38 was already there and nothing was changed.
    pub created: bool,
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn list(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// The example session's id, the same in every database, so that the example is told from a
/// person's own HRC38.
pub const EXAMPLE_SESSION_ID: Uuid = Uuid::from_u128(0x0164_1a7b_6c00_7000_8000_0000_0000_0038);
/// The example session's own notes (an example loaded before it had a fixed id is known by them).
const EXAMPLE_NOTES: &str =
    "Three weeks. Priorities: reprisals, SOGI mandate, civic space, Burundi and Eritrea.";
/// The organisation the example is written for, set when none is.
const EXAMPLE_ORGANISATION: &str = "International Service for Human Rights (ISHR)";

/// Whether `session` is the example (not a person's own HRC38).
pub fn is_example(session: &Session) -> bool {
    session.id == EXAMPLE_SESSION_ID || session.notes == EXAMPLE_NOTES
}

/// Creates HRC38 with its example content, all of it or nothing (it is written into a scratch
/// database, then imported in one transaction), or leaves the example untouched when it is
/// already here. A person's own HRC38 is never touched: loading is refused.
pub fn load(store: &mut Store) -> Result<DemoOutcome> {
    match store.find_session("38") {
        Ok(session) if is_example(&session) => {
            return Ok(DemoOutcome {
                session,
                created: false,
            })
        }
        Ok(_) => {
            return Err(Error::Conflict(
                "a session 38 is already here and it is not the example, which is HRC38 too; \
                 load the example into another database (hrc --db FILE demo)"
                    .into(),
            ))
        }
        Err(Error::NotFound { .. }) => {}
        Err(e) => return Err(e),
    }
    let mut scratch = Store::open_in_memory()?;
    let written = write_example(&mut scratch)?;
    let bundle = scratch
        .export_bundle(written)?
        .to_json()
        .replace(&written.to_string(), &EXAMPLE_SESSION_ID.to_string());
    let report = store.import_bundle(&Bundle::from_json(&bundle)?)?;
    if store.settings()?.my_organisation.is_empty() {
        let mut settings = store.settings()?;
        settings.my_organisation = EXAMPLE_ORGANISATION.into();
        store.save_settings(&settings)?;
    }
    Ok(DemoOutcome {
        session: report.session,
        created: true,
    })
}

/// Writes the example into `store` (a scratch one) and returns its session's id.
fn write_example(store: &mut Store) -> Result<Uuid> {
    let session = store.create_session(&SessionInput {
        number: 38,
        start_date: "2018-06-18".into(),
        end_date: "2018-07-06".into(),
        notes: s(EXAMPLE_NOTES),
        ..Default::default()
    })?;
    let sid = session.id;
    store.set_agenda_notes(sid, 4, "Burundi, Syria, Eritrea and Belarus. General debate: one joint NGO slot at most, coordinate early.")?;
    store.set_agenda_notes(
        sid,
        7,
        "Follow the joint letter on the Gaza protests; push for a commission of inquiry.",
    )?;

    let issue = |title: &str, item: u8, overview: &str, asks: &str| KeyIssueInput {
        title: title.into(),
        agenda_item: Some(item),
        overview: s(overview),
        asks: s(asks),
    };
    let reprisals = store.create_key_issue(sid, &issue(
        "Reprisals",
        5,
        REPRISALS,
        "- States: use the interactive dialogue on the Secretary-General's reprisals report to share good practice and hold States accountable.\n- The President and Bureau: set out the steps the Council takes on credible risks of reprisals.\n- Treaty bodies: adopt and implement the San José guidelines.",
    ))?;
    let sogi = store.create_key_issue(sid, &issue(
        "Sexual orientation and gender identity",
        3,
        "The Independent Expert on sexual orientation and gender identity presents his first report to the Council.",
        "Support the mandate; reject attempts to defund or undermine it.",
    ))?;
    store.create_key_issue(sid, &issue(
        "Freedom of association, assembly and expression",
        3,
        "A new report by the UN expert on freedom of expression addresses censorship in the twenty-first century and makes pointed recommendations. What does this look like with respect to China?",
        "Raise online censorship and the targeting of defenders in China in the interactive dialogue.",
    ))?;
    store.create_key_issue(sid, &issue("Women's rights", 3, "Annual full-day discussion on the human rights of women; women human rights defenders.", ""))?;
    store.create_key_issue(sid, &issue(
        "Strengthening the Council from the ground up",
        1,
        "The report “Strengthening the UN Human Rights Council from the Ground Up” outlines the recommendations of defenders from every region: efficiency must not be separated from effectiveness, and the Council's impact on the ground comes first.",
        "Ground any efficiency discussion in the experience of national and regional actors, rights-holders and defenders.",
    ))?;

    let situation =
        |country: &str, item: u8, mechanism: &str, summary: &str, priority: &str| SituationInput {
            country: country.into(),
            agenda_item: Some(item),
            mechanism: s(mechanism),
            summary: s(summary),
            asks: None,
            priority: s(priority),
        };
    let burundi = store.create_situation(
        sid,
        &situation(
            "BDI",
            4,
            "Commission of inquiry",
            "Oral briefing of the Commission of Inquiry on Burundi.",
            "high",
        ),
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
        asks: s("Establish a commission of inquiry into the violence against protesters; lift the closure and blockade of Gaza."),
        ..situation("State of Palestine", 7, "Commission of inquiry (requested)", "Violence against protesters in Gaza since 30 March 2018.", "high")
    })?;

    let meeting =
        |date: &str, start: &str, end: &str, item: u8, kind: &str, title: &str| MeetingInput {
            date: date.into(),
            start: start.into(),
            end: end.into(),
            room: None,
            agenda_item: Some(item),
            kind: s(kind),
            title: title.into(),
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

    let letter = store.create_statement(sid, &StatementInput {
        title: "Enough is Enough: Council should urgently launch investigations into violence against protesters in Palestine".into(),
        kind: s("joint-written"),
        agenda_item: Some(7),
        text: s(GAZA_LETTER),
        status: s("submitted"),
        situation_ids: vec![palestine.id.to_string()],
        ..Default::default()
    })?;
    store.add_signatories(letter.id, SIGNATORIES)?;
    store.create_statement(sid, &StatementInput {
        title: "Item 4 general debate: Burundi, Eritrea and Syria".into(),
        kind: s("oral"),
        meeting_id: Some(gd4.id.to_string()),
        speaker: s("Salma El Hosseiny"),
        text: s("Mr President,\n\nThe Commission of Inquiry on Burundi documents continuing grave violations, including against human rights defenders. We urge the Council to ensure the Commission can continue its work, and Burundi to cooperate fully with it.\n\nIn Eritrea, no meaningful progress has been made. In Syria, accountability remains the first demand of victims and their families.\n\nWe call on all States to protect those who cooperate with the UN from intimidation and reprisals.\n\nThank you."),
        situation_ids: vec![burundi.id.to_string(), syria.id.to_string()],
        key_issue_ids: vec![reprisals.id.to_string()],
        ..Default::default()
    })?;
    store.create_statement(sid, &StatementInput {
        title: "Censorship in the twenty-first century: the case of China".into(),
        kind: s("oral"),
        meeting_id: Some(foe.id.to_string()),
        status: s("idea"),
        text: s("Thank the Special Rapporteur; raise online censorship and the detention of defenders and lawyers in China."),
        ..Default::default()
    })?;

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
        description: s("Human rights are universal, and sport is no exception. The High Commissioner hosts a public dialogue with the IOC president on sport's potential positive impacts and how to hold the sector accountable when it fails to live by its ideals."),
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
        description: s("Launch of the report “Strengthening the UN Human Rights Council from the Ground Up”, with defenders from every region."),
        status: s("room-requested"),
        ..Default::default()
    })?;

    store.create_note(sid, &NoteInput {
        body: "SR on freedom of expression presented the report on content regulation. Several States stressed online censorship; follow up with partners on the China examples.".into(),
        meeting_id: Some(foe.id.to_string()),
        taken_at: s("2018-06-19T16:10:00+02:00"),
        ..Default::default()
    })?;
    store.create_note(sid, &NoteInput {
        body: "Burundi delegation did not engage with the Commission. Defenders in exile worried about reprisals — do **not** name them in any statement.".into(),
        meeting_id: Some(coi_burundi.id.to_string()),
        key_issue_id: Some(reprisals.id.to_string()),
        taken_at: s("2018-06-27T10:25:00+02:00"),
        ..Default::default()
    })?;
    store.create_note(sid, &NoteInput {
        body: "Core group on SOGI confirmed; check co-sponsors of the renewal resolution before the vote.".into(),
        key_issue_id: Some(sogi.id.to_string()),
        taken_at: s("2018-06-20T11:40:00+02:00"),
        ..Default::default()
    })?;
    Ok(sid)
}
