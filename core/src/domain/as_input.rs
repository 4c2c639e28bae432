//! Each record as the input that would enter it again: where an edit starts, so that a door
//! that changes only some fields (`hrc statement edit ID --status final`) keeps all the others.
use super::key_issue::{KeyIssue, KeyIssueInput};
use super::meeting::{Meeting, MeetingInput};
use super::note::{Note, NoteInput};
use super::organisation::{Organisation, OrganisationInput};
use super::session::{Session, SessionInput};
use super::side_event::{SideEvent, SideEventInput};
use super::situation::{CountrySituation, SituationInput};
use super::statement::{Statement, StatementInput};
use crate::geneva;

/// An organisation as typed: "Name (ACRONYM)", which the store recognises and reuses.
fn typed(o: &Organisation) -> String {
    if o.acronym.is_empty() {
        o.name.clone()
    } else {
        format!("{} ({})", o.name, o.acronym)
    }
}

impl From<&Organisation> for OrganisationInput {
    fn from(o: &Organisation) -> Self {
        OrganisationInput {
            name: o.name.clone(),
            acronym: Some(o.acronym.clone()),
            ecosoc_status: Some(o.ecosoc_status.key().to_string()),
        }
    }
}

fn ids(v: &[uuid::Uuid]) -> Vec<String> {
    v.iter().map(ToString::to_string).collect()
}

impl From<&Session> for SessionInput {
    fn from(s: &Session) -> Self {
        SessionInput {
            number: s.number.into(),
            kind: Some(s.kind.key().to_string()),
            title: Some(s.title.clone()),
            start_date: s.start_date.to_string(),
            end_date: s.end_date.to_string(),
            venue: Some(s.venue.clone()),
            notes: Some(s.notes.clone()),
            slot_hours: s.slot_hours.as_ref().map(Into::into),
        }
    }
}

impl From<&Meeting> for MeetingInput {
    fn from(m: &Meeting) -> Self {
        let hhmm = |t: Option<chrono::NaiveTime>| {
            t.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
        };
        MeetingInput {
            date: m.date.map(|d| d.to_string()).unwrap_or_default(),
            slot: m.slot.map(|s| s.key().to_string()),
            start: hhmm(m.start),
            end: hhmm(m.end),
            estimated: m.estimated,
            number: m.number,
            agenda_items: m.agenda_items.clone(),
            kind: Some(m.kind.key().to_string()),
            title: m.title.clone(),
            room: m.room.clone(),
            continues_id: m.continues_id,
            cluster_id: m.cluster_id,
            status: Some(m.status.key().to_string()),
            speaking_seconds: m.speaking_seconds,
            member_speaking_seconds: m.member_speaking_seconds,
            list_closes_at: m
                .list_closes_at
                .map(|t| {
                    let (d, t) = crate::geneva::from_utc(t);
                    format!("{d} {}", t.format("%H:%M"))
                })
                .unwrap_or_default(),
            modalities: m.modalities.clone(),
            documents: m.documents.clone(),
            mandates: m.mandates.clone(),
            sources: m.sources.clone(),
        }
    }
}

/// The input that gives back a stored meeting (what an edit of some fields starts from).
pub fn meeting(m: &Meeting) -> MeetingInput {
    MeetingInput::from(m)
}

impl From<&KeyIssue> for KeyIssueInput {
    fn from(k: &KeyIssue) -> Self {
        KeyIssueInput {
            title: k.title.clone(),
            agenda_item: k.agenda_item,
            overview: Some(k.overview.clone()),
            asks: Some(k.asks.clone()),
            sources: k.sources.clone(),
            // Links kept as stored (those to a deleted document too).
            documents: None,
            confidential: k.confidential,
        }
    }
}

impl From<&CountrySituation> for SituationInput {
    fn from(s: &CountrySituation) -> Self {
        SituationInput {
            country: s.country_code.clone(),
            agenda_item: s.agenda_item,
            mechanism: Some(s.mechanism.clone()),
            summary: Some(s.summary.clone()),
            asks: Some(s.asks.clone()),
            priority: Some(s.priority.key().to_string()),
            sources: s.sources.clone(),
            // Links kept as stored (those to a deleted mandate or document too).
            mandates: None,
            documents: None,
            confidential: s.confidential,
        }
    }
}

impl From<&Statement> for StatementInput {
    fn from(s: &Statement) -> Self {
        StatementInput {
            title: s.title.clone(),
            kind: Some(s.kind.key().to_string()),
            agenda_item: s.agenda_item,
            meeting_id: s.meeting_id.map(|m| m.to_string()),
            speaker: Some(s.speaker.clone()),
            text: Some(s.text.clone()),
            limit_seconds: s.limit_seconds,
            limit_words: s.limit_words,
            status: Some(s.status.key().to_string()),
            document_symbol: Some(s.document_symbol.clone()),
            key_issue_ids: ids(&s.key_issue_ids),
            situation_ids: ids(&s.situation_ids),
            // Links kept as stored (those to a deleted document too).
            documents: None,
            confidential: s.confidential,
        }
    }
}

impl From<&SideEvent> for SideEventInput {
    fn from(e: &SideEvent) -> Self {
        SideEventInput {
            title: e.title.clone(),
            date: e.date.to_string(),
            start: e.start.format("%H:%M").to_string(),
            end: e.end.format("%H:%M").to_string(),
            room: Some(e.room.clone()),
            organisers: e.organisers.iter().map(typed).collect(),
            cosponsor_organisations: e.cosponsor_organisations.iter().map(typed).collect(),
            cosponsor_states: e.cosponsor_states.iter().map(|c| c.code.clone()).collect(),
            speakers: e.speakers.clone(),
            description: Some(e.description.clone()),
            status: Some(e.status.key().to_string()),
            key_issue_ids: ids(&e.key_issue_ids),
            situation_ids: ids(&e.situation_ids),
            sources: e.sources.clone(),
        }
    }
}

impl From<&Note> for NoteInput {
    fn from(n: &Note) -> Self {
        NoteInput {
            body: n.body.clone(),
            meeting_id: n.meeting_id.map(|m| m.to_string()),
            agenda_item: n.agenda_item,
            situation_id: n.situation_id.map(|m| m.to_string()),
            key_issue_id: n.key_issue_id.map(|m| m.to_string()),
            statement_id: n.statement_id.map(|m| m.to_string()),
            resolution_id: n.resolution_id.map(|m| m.to_string()),
            taken_at: Some(geneva::stamp(n.taken_at)),
            sources: n.sources.clone(),
            confidential: n.confidential,
        }
    }
}
