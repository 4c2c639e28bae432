//! What reads the informal consultations and the delegations: Today on the session's busiest day
//! of consultations (each with what it clashes with), the Programme's consultations with their
//! clash checks, the Delegations list (all, and found by a typed text) and one delegation.
use anyhow::Result;
use chrono::{Datelike, NaiveDate, NaiveTime};
use hrc_core::domain::session::Session;
use hrc_core::geneva::{day_bounds, stamp, to_utc};
use hrc_core::Store;
use serde_json::json;

use super::baseline;
use super::report::Figure;
use super::sample::Sample;

const EVERY_ACTION: &str = "DESIGN.md: every action answers within 100 ms";

/// The working day of `session` that holds the most consultations with their hours (the first
/// such day on a tie); none when no consultation has its day.
fn busiest_day(store: &Store, session: &Session) -> Result<Option<(NaiveDate, usize)>> {
    let mut days: Vec<(NaiveDate, usize)> = Vec::new();
    for c in store.session_consultations(session.id)? {
        let (Some(date), Some(_)) = (c.date, c.start) else {
            continue;
        };
        if date.weekday().num_days_from_monday() >= 5 {
            continue;
        }
        match days.iter_mut().find(|(d, _)| *d == date) {
            Some((_, n)) => *n += 1,
            None => days.push((date, 1)),
        }
    }
    Ok(days
        .into_iter()
        .max_by_key(|(d, n)| (*n, std::cmp::Reverse(*d))))
}

/// The consultations' figures (group `consultations`).
pub fn consultations(
    store: &Store,
    session: &Session,
    runs: usize,
    floor: &dyn Fn(&str, usize) -> Result<Option<f64>>,
) -> Result<Vec<Figure>> {
    let sid = session.id;
    let key = sid.to_string();
    let mut figures = Vec::new();
    if store.session_consultations(sid)?.is_empty() {
        eprintln!(
            "HRC{} holds no informal consultations: the database was made before the generator wrote them; remove it and run again to have them",
            session.label
        );
    }

    // Today at 10:30 on the day with the most consultations: the day's consultations and their
    // clashes are read with the rest of the day.
    let day = busiest_day(store, session)?
        .map(|(d, _)| d)
        .unwrap_or(session.start_date);
    let now = to_utc(
        "now",
        day,
        NaiveTime::from_hms_opt(10, 30, 0).expect("a time"),
    )?;
    let (mut held, mut clashing) = (0, 0);
    let today = Sample::of(runs * 2, || {
        let t = store.today(now, Some(sid))?;
        held = t.consultations.len();
        clashing = t.consultation_clashes.len();
        Ok(())
    })?;
    let (from, to) = day_bounds(day);
    let today_sql = baseline::today(
        &key,
        &day.to_string(),
        &stamp(now),
        &stamp(from),
        &stamp(to),
    ) + &baseline::consultations(&key, Some(&day.to_string()));
    figures.push(
        Figure::new(
            "today-consultations",
            format!("today view on the busiest day of consultations (Store::today, {day} 10:30)"),
            &today,
            Some((100.0, EVERY_ACTION)),
        )
        .floor(floor(&today_sql, 20)?)
        .detail(json!({ "consultations": held, "clashing": clashing })),
    );

    // The Programme: every consultation of the session on its day, and the clash checks of those
    // with their hours against the meetings that matter to me and my side events.
    let (mut all, mut clashes) = (0, 0);
    let programme = Sample::of(runs, || {
        all = store.session_consultations(sid)?.len();
        clashes = store.consultation_clashes(sid)?.len();
        Ok(())
    })?;
    figures.push(
        Figure::new(
            "programme-consultations",
            "the Programme's consultations with their clash checks (Store::session_consultations and consultation_clashes)",
            &programme,
            Some((100.0, EVERY_ACTION)),
        )
        .floor(floor(&baseline::consultation_clashes(&key), 10)?)
        .detail(json!({ "consultations": all, "clashing": clashes })),
    );
    Ok(figures)
}

/// The delegations' figures (group `delegations`): the list, the list found by a typed text
/// (every record's State, contacts and notes folded and compared) and the record with the
/// longest notes.
pub fn delegations(
    store: &Store,
    runs: usize,
    floor: &dyn Fn(&str, usize) -> Result<Option<f64>>,
) -> Result<Vec<Figure>> {
    let mut figures = Vec::new();
    if store.delegations()?.is_empty() {
        eprintln!("the database holds no delegations: it was made before the generator wrote them; remove it and run again to have them");
    }
    let mut listed = 0;
    let list = Sample::of(runs, || {
        listed = store.find_delegations(None)?.len();
        Ok(())
    })?;
    let all = store.delegations()?;
    let notes_chars: usize = all.iter().map(|d| d.notes.chars().count()).sum();
    figures.push(
        Figure::new(
            "delegations",
            "Delegations list (Store::find_delegations, nothing typed)",
            &list,
            Some((100.0, EVERY_ACTION)),
        )
        .floor(floor(&baseline::delegations(), 10)?)
        .detail(json!({ "delegations": listed, "notes_chars": notes_chars })),
    );
    let mut found = 0;
    let find = Sample::of(runs, || {
        found = store.find_delegations(Some("counsellor"))?.len();
        Ok(())
    })?;
    figures.push(
        Figure::new(
            "delegations-find",
            "Delegations found by a typed text (find_delegations, \"counsellor\")",
            &find,
            Some((100.0, EVERY_ACTION)),
        )
        .floor(floor(&baseline::delegations(), 10)?)
        .detail(json!({ "found": found })),
    );
    let Some(longest) = all.iter().max_by_key(|d| d.notes.len()) else {
        return Ok(figures);
    };
    let one = Sample::of(runs, || Ok(store.delegation(longest.id).map(drop)?))?;
    figures.push(
        Figure::new(
            "delegation",
            "a delegation (Store::delegation, the one with the longest notes)",
            &one,
            Some((100.0, EVERY_ACTION)),
        )
        .floor(floor(&baseline::delegation(&longest.id.to_string()), 20)?)
        .detail(json!({
            "country": longest.country_name,
            "notes_chars": longest.notes.chars().count(),
        })),
    );
    Ok(figures)
}
