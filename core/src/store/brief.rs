//! Gathers a one-page brief on a country situation or a key issue from its session: the
//! meetings, documents, texts, mandates and organisations linked to it, and whom to lobby on its
//! texts still to be acted on where related votes were recorded.
use uuid::Uuid;

use super::Store;
use crate::domain::brief::{is_mine, names, Ally, Brief, BriefMeeting, BriefOn};
use crate::domain::organisation::Organisation;
use crate::domain::resolution::ResolutionStatus;
use crate::domain::statement::StatementStatus;
use crate::error::Result;

/// Adds `item` to `list` unless it is there already (kept in first-seen order).
fn push_new(list: &mut Vec<String>, item: &str) {
    let item = item.trim();
    if !item.is_empty() && !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

/// Counts `org` with us once more, by statement or by side event.
fn count_ally(allies: &mut Vec<Ally>, org: &Organisation, statement: bool) {
    let i = match allies.iter().position(|a| a.name == org.name) {
        Some(i) => i,
        None => {
            allies.push(Ally {
                name: org.name.clone(),
                acronym: org.acronym.clone(),
                statements: 0,
                side_events: 0,
            });
            allies.len() - 1
        }
    };
    if statement {
        allies[i].statements += 1;
    } else {
        allies[i].side_events += 1;
    }
}

impl Store {
    /// The brief on the situation or key issue `id` (`on` says which), its confidential records
    /// left out; refused naming `id` when there is none such (see [`Store::brief_choosing`]).
    pub fn brief(&self, on: BriefOn, id: Uuid) -> Result<Brief> {
        self.brief_choosing(on, id, false)
    }

    /// The brief on the situation or key issue `id`, the records marked confidential (our
    /// statements on it, or itself) only `include_confidential`: a brief on a confidential
    /// subject is refused without it, and changes nothing.
    pub fn brief_choosing(
        &self,
        on: BriefOn,
        id: Uuid,
        include_confidential: bool,
    ) -> Result<Brief> {
        let mut mandates = Vec::new();
        let mut documents = Vec::new();
        let (session_id, title, agenda_item, priority, at_stake, asks) = match on {
            BriefOn::Situation => {
                let s = self.situation(id)?;
                refuse_confidential(s.confidential, include_confidential, "country situation")?;
                for m in &s.mandates {
                    push_new(&mut mandates, m);
                }
                if s.mandates.is_empty() {
                    push_new(&mut mandates, &s.mechanism);
                }
                for d in &s.documents {
                    push_new(&mut documents, d);
                }
                let priority = Some(s.priority);
                (
                    s.session_id,
                    s.country_name,
                    s.agenda_item,
                    priority,
                    s.summary,
                    s.asks,
                )
            }
            BriefOn::KeyIssue => {
                let k = self.key_issue(id)?;
                refuse_confidential(k.confidential, include_confidential, "key issue")?;
                for d in &k.documents {
                    push_new(&mut documents, d);
                }
                (
                    k.session_id,
                    k.title,
                    k.agenda_item,
                    None,
                    k.overview,
                    k.asks,
                )
            }
        };
        let subject_confidential = match on {
            BriefOn::Situation => self.situation(id)?.confidential,
            BriefOn::KeyIssue => self.key_issue(id)?.confidential,
        };
        let mut o = self.overview_with(session_id, false)?;
        if !include_confidential {
            crate::export::confidential::leave_out(&mut o);
        }
        let linked = |issues: &[Uuid], situations: &[Uuid]| match on {
            BriefOn::Situation => situations.contains(&id),
            BriefOn::KeyIssue => issues.contains(&id),
        };
        let statements: Vec<_> = o
            .statements
            .iter()
            .filter(|s| linked(&s.key_issue_ids, &s.situation_ids))
            .filter(|s| s.status != StatementStatus::Withdrawn)
            .collect();
        let side_events: Vec<_> = o
            .side_events
            .iter()
            .filter(|e| linked(&e.key_issue_ids, &e.situation_ids))
            .cloned()
            .collect();
        let texts: Vec<_> = o
            .resolutions
            .iter()
            .filter(|t| linked(&t.key_issue_ids, &t.situation_ids))
            .cloned()
            .collect();
        for t in &texts {
            for m in &t.mandates {
                push_new(&mut mandates, &m.name);
            }
        }

        // The meetings on it: its mandates or documents taken up, or its name in the title; and
        // their continuations (which follow them in the programme).
        let mut on_subject: Vec<Uuid> = Vec::new();
        for m in &o.meetings {
            let about = m.mandates.iter().any(|x| mandates.contains(x))
                || m.documents.iter().any(|d| documents.contains(d))
                || names(&m.title, &title)
                || m.continues_id.is_some_and(|c| on_subject.contains(&c));
            if about {
                on_subject.push(m.id);
            }
        }
        for m in o.meetings.iter().filter(|m| on_subject.contains(&m.id)) {
            for d in &m.documents {
                push_new(&mut documents, d);
            }
        }
        for t in &texts {
            for d in &t.documents {
                push_new(&mut documents, d);
            }
        }
        let meetings: Vec<BriefMeeting> = o
            .meetings
            .iter()
            .filter_map(|m| {
                let ours: Vec<String> = statements
                    .iter()
                    .filter(|s| s.meeting_id == Some(m.id))
                    .map(|s| crate::export::confidential::marked(&s.title, s.confidential))
                    .collect();
                (on_subject.contains(&m.id) || !ours.is_empty()).then(|| BriefMeeting {
                    meeting: m.clone(),
                    our_statements: ours,
                })
            })
            .collect();

        let elsewhere = statements
            .iter()
            .filter(|s| !meetings.iter().any(|m| Some(m.meeting.id) == s.meeting_id))
            .map(|s| (*s).clone())
            .collect();

        // Those with us, leaving out my own organisation; most often with us first.
        let mine = self.settings()?.my_organisation;
        let is_mine = |org: &Organisation| is_mine(org, &mine);
        let mut allies = Vec::new();
        for s in &statements {
            for org in s.signatories.iter().filter(|o| !is_mine(o)) {
                count_ally(&mut allies, org, true);
            }
        }
        for e in &side_events {
            for org in e
                .organisers
                .iter()
                .chain(&e.cosponsor_organisations)
                .filter(|o| !is_mine(o))
            {
                count_ally(&mut allies, org, false);
            }
        }
        allies.sort_by(|a, b| {
            (b.statements + b.side_events)
                .cmp(&(a.statements + a.side_events))
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });

        // Whom to lobby: on its texts still to be acted on, where the members are entered and
        // States' votes on related texts were recorded.
        let mut lobby = Vec::new();
        for t in texts
            .iter()
            .filter(|t| matches!(t.status, ResolutionStatus::Draft | ResolutionStatus::Tabled))
        {
            let list = self.lobby_choosing(t.id, include_confidential)?;
            if list.members_entered && list.related.iter().any(|r| r.lists) {
                lobby.push(list);
            }
        }

        Ok(Brief {
            on,
            subject_id: id,
            title: crate::export::confidential::marked(&title, subject_confidential),
            session: o.session,
            agenda_item,
            priority,
            at_stake,
            asks,
            mandates,
            meetings,
            statements: elsewhere,
            side_events,
            documents,
            texts,
            allies,
            lobby,
            my_organisation: mine,
            confidential: subject_confidential || statements.iter().any(|s| s.confidential),
        })
    }
}

/// Refuses a brief on a subject marked confidential unless confidential records are included.
fn refuse_confidential(confidential: bool, included: bool, what: &str) -> Result<()> {
    if confidential && !included {
        return Err(crate::error::Error::Conflict(format!(
            "confidential: this {what} is marked confidential; a brief on it is made only when \
             confidential items are included (Include confidential items; hrc brief --with-confidential)"
        )));
    }
    Ok(())
}
