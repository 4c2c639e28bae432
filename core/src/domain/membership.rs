//! The members of the Council in a session: each State with its regional group and the days it
//! sat (a State can withdraw, a vacant seat is filled later), read from a paste of one State a
//! line, and the usual seats per group checked as warnings.
use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::reference::find_country;
use crate::reference::regional_groups::{group_of, RegionalGroup};
use crate::Rule;

/// A State's seat on the Council in one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Member {
    pub id: Uuid,
    pub session_id: Uuid,
    pub country_code: String,
    /// The State's name as the UN wrote it during the session.
    pub country_name: String,
    pub group: RegionalGroup,
    /// The first and the last day it sat during the session.
    pub joined: NaiveDate,
    pub left: NaiveDate,
}

/// A member as typed: the State (code or name), its group (else the reference data's), the
/// days it sat (else the session's).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct MemberInput {
    pub country: String,
    pub group: Option<String>,
    pub joined: Option<String>,
    pub left: Option<String>,
}

/// A group with more or fewer members on a day than its usual seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SeatWarning {
    pub group: RegionalGroup,
    pub members: u32,
    pub seats: u32,
}

impl SeatWarning {
    /// "Western European and other States: 6 members, usually 7 seats".
    pub fn message(&self) -> String {
        format!(
            "{}: {} members, usually {} seats",
            self.group.label(),
            self.members,
            self.seats
        )
    }
}

/// The groups whose members sitting on `day` are not their usual seats.
pub fn seat_warnings(members: &[Member], day: NaiveDate) -> Vec<SeatWarning> {
    RegionalGroup::ALL
        .iter()
        .filter_map(|&group| {
            let n = members
                .iter()
                .filter(|m| m.group == group && m.joined <= day && day <= m.left)
                .count() as u32;
            (n != group.seats()).then_some(SeatWarning {
                group,
                members: n,
                seats: group.seats(),
            })
        })
        .collect()
}

/// The members of one regional group in a session, beside its usual seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct GroupMembers {
    pub group: RegionalGroup,
    pub seats: u32,
    pub members: Vec<Member>,
}

/// A group with more or fewer members than its usual seats from one day to another of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SeatWarningSpan {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub group: RegionalGroup,
    pub members: u32,
    pub seats: u32,
    /// "Western European and other States: 6 members, usually 7 seats, from 2018-06-20 to
    /// 2018-07-06" (no days when it holds for the whole session).
    pub message: String,
}

/// The Council's members in a session, by regional group, with the days a group is off its
/// usual seats: warnings, never refusals (a State withdraws, a seat is filled later).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Membership {
    pub session_id: Uuid,
    pub groups: Vec<GroupMembers>,
    pub warnings: Vec<SeatWarningSpan>,
}

/// The members of a session (its days `start` to `end`) by group, with the spans of days on
/// which a group is off its usual seats. No members entered: no warnings (nothing to check).
pub fn membership(
    session_id: Uuid,
    members: &[Member],
    start: NaiveDate,
    end: NaiveDate,
) -> Membership {
    let groups = RegionalGroup::ALL
        .iter()
        .map(|&group| GroupMembers {
            group,
            seats: group.seats(),
            members: members
                .iter()
                .filter(|m| m.group == group)
                .cloned()
                .collect(),
        })
        .collect();
    let warnings = if members.is_empty() {
        Vec::new()
    } else {
        seat_warning_spans(members, start, end)
    };
    Membership {
        session_id,
        groups,
        warnings,
    }
}

/// The spans of days from `start` to `end` on which a group's members are not its usual seats:
/// the composition can change only on a day a member joins or the day after one leaves.
pub fn seat_warning_spans(
    members: &[Member],
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<SeatWarningSpan> {
    let mut days: Vec<NaiveDate> = vec![start];
    for m in members {
        days.push(m.joined);
        days.extend(m.left.succ_opt());
    }
    days.retain(|d| start <= *d && *d <= end);
    days.sort_unstable();
    days.dedup();
    let mut spans: Vec<SeatWarningSpan> = Vec::new();
    for (i, &from) in days.iter().enumerate() {
        let to = days
            .get(i + 1)
            .and_then(|next| next.pred_opt())
            .unwrap_or(end);
        for w in seat_warnings(members, from) {
            let same = spans.iter_mut().rev().find(|s| s.group == w.group);
            match same {
                Some(s) if s.members == w.members && s.to.succ_opt() == Some(from) => s.to = to,
                _ => spans.push(SeatWarningSpan {
                    from,
                    to,
                    group: w.group,
                    members: w.members,
                    seats: w.seats,
                    message: String::new(),
                }),
            }
        }
    }
    for s in &mut spans {
        let days = if s.from == start && s.to == end {
            String::new()
        } else if s.from == s.to {
            format!(", on {}", s.from)
        } else {
            format!(", from {} to {}", s.from, s.to)
        };
        s.message = format!(
            "{}: {} members, usually {} seats{days}",
            s.group.label(),
            s.members,
            s.seats
        );
    }
    spans.sort_by_key(|s| (s.from, s.group as u8));
    spans
}

/// Reads a paste of members, one State a line, as inputs: "Angola", "Angola; African States"
/// (the group after a tab, a semicolon or a bar), or a line naming a group alone ("African
/// States (13)") that gives the group of the lines under it. Bullets and numbering are dropped.
/// A State named twice or a name that is no State or group is refused naming `field`.
pub fn read_member_lines(field: &str, text: &str) -> Result<Vec<MemberInput>> {
    let mut heading: Option<RegionalGroup> = None;
    let mut inputs: Vec<MemberInput> = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    for raw in text.lines() {
        let line = raw
            .trim()
            .trim_start_matches(|c: char| c.is_ascii_digit() || "•-*.)\u{2013} ".contains(c))
            .trim_end_matches(['*', '.', ' ']);
        if line.is_empty() {
            continue;
        }
        let (name, group) = match line.split_once(['\t', ';', '|']) {
            Some((n, g)) => (n.trim(), Some(g.trim())),
            None => (line, None),
        };
        if group.is_none() {
            let bare = name
                .trim_end_matches(|c: char| c.is_ascii_digit() || "() :".contains(c))
                .trim();
            if let Some(g) = RegionalGroup::named(bare) {
                heading = Some(g);
                continue;
            }
        }
        let country = find_country(field, name)?;
        if codes.contains(&country.code) {
            return Err(Error::invalid(
                field,
                Rule::MemberTwice {
                    country: country.name,
                },
            ));
        }
        let group = match group.filter(|g| !g.is_empty()) {
            Some(g) => Some(group_named(field, g)?.key().to_string()),
            None => heading.map(|g| g.key().to_string()),
        };
        codes.push(country.code.clone());
        inputs.push(MemberInput {
            country: country.code,
            group,
            ..MemberInput::default()
        });
    }
    Ok(inputs)
}

/// The group typed (a label, key or short form); refused naming `field`.
pub fn group_named(field: &str, typed: &str) -> Result<RegionalGroup> {
    RegionalGroup::named(typed).ok_or_else(|| {
        Error::invalid(
            field,
            Rule::NotAChoice {
                value: typed.into(),
                choices: RegionalGroup::ALL
                    .iter()
                    .map(|g| g.label().into())
                    .collect(),
            },
        )
    })
}

/// The group of the State `code` when none is typed; a State of no group (the Holy See) cannot
/// sit on the Council, refused naming `field`.
pub fn default_group(field: &str, code: &str, name: &str) -> Result<RegionalGroup> {
    group_of(code).ok_or_else(|| {
        Error::invalid(
            field,
            Rule::NotAChoice {
                value: format!("{name} (no regional group)"),
                choices: RegionalGroup::ALL
                    .iter()
                    .map(|g| g.label().into())
                    .collect(),
            },
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_states_groups_given_and_group_headings() {
        let inputs = read_member_lines(
            "members",
            "African States (13)\n1. Angola\n• Burundi\n\nAsia-Pacific States:\nJapan\n\
             Korea, Republic of\nUnited States of America; Western European and other States\n",
        )
        .unwrap();
        let got: Vec<_> = inputs
            .iter()
            .map(|i| (i.country.as_str(), i.group.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("AGO", Some("african")),
                ("BDI", Some("african")),
                ("JPN", Some("asia-pacific")),
                ("KOR", Some("asia-pacific")),
                ("USA", Some("western-european-other")),
            ]
        );
        assert_eq!(
            read_member_lines("members", "Chile\nChile")
                .unwrap_err()
                .to_string(),
            "members: Chile is already a member of the Council on those days of the session"
        );
        assert_eq!(
            read_member_lines("members", "Chile | Oceania")
                .unwrap_err()
                .field(),
            Some("members")
        );
    }
}
