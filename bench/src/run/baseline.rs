//! The floor each figure is compared with: the same queries run by the `sqlite3` command-line
//! tool on the same file, so that the cost of the core's layers (row mapping, per-row queries,
//! rendering) shows as a ratio. This SQL mirrors the store's and is only ever handed to the
//! `sqlite3` process; the benchmark reads and writes the database through hrc-core alone.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};

/// What every script starts with: output thrown away, the store's page cache, the schema read.
const NOOP: &str =
    ".output /dev/null\nPRAGMA cache_size = -16384;\nSELECT count(*) FROM sqlite_schema;\n";

/// The `sqlite3` tool.
pub struct Sqlite3 {
    bin: PathBuf,
    pub version: String,
}

impl Sqlite3 {
    /// The `sqlite3` on the PATH, if it runs.
    pub fn find() -> Option<Sqlite3> {
        let out = Command::new("sqlite3").arg("--version").output().ok()?;
        out.status.success().then(|| Sqlite3 {
            bin: PathBuf::from("sqlite3"),
            version: String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_string(),
        })
    }

    /// Whether this `sqlite3` can read the search index of `db`: the index's secure-delete
    /// format (schema 4) needs SQLite 3.44 or newer, and an older tool answers "invalid fts5 file
    /// format"; the figures that read or write the index (search, bundle import, saving notes)
    /// then have no floor.
    pub fn reads_search_index(&self, db: &Path) -> bool {
        self.once(
            db,
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'x';\n",
        )
        .is_ok()
    }

    /// The wall time of one `sqlite3` process running `script` on `db`, in milliseconds.
    fn once(&self, db: &Path, script: &str) -> Result<f64> {
        let started = Instant::now();
        let mut child = Command::new(&self.bin)
            .args(["-batch", "-bail"])
            .arg(db)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .context("starting sqlite3")?;
        child
            .stdin
            .take()
            .expect("piped")
            .write_all(script.as_bytes())?;
        let out = child.wait_with_output()?;
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        if !out.status.success() {
            bail!("sqlite3 failed: {}", String::from_utf8_lossy(&out.stderr));
        }
        Ok(ms)
    }

    /// The median over `processes` runs of `f`.
    fn median(processes: usize, mut f: impl FnMut() -> Result<f64>) -> Result<f64> {
        let mut times = (0..processes).map(|_| f()).collect::<Result<Vec<_>>>()?;
        times.sort_by(f64::total_cmp);
        Ok(times[times.len() / 2])
    }

    /// What `script` costs once on `db`, in milliseconds: a process runs it `repeat` times,
    /// less a process that opens the same file and reads its schema, divided by `repeat`.
    /// The tool gets the store's page cache (16 MiB), so that both read from memory alike.
    pub fn cost(&self, db: &Path, script: &str, repeat: usize) -> Result<f64> {
        let noop = NOOP;
        let work = format!("{noop}{}", script.repeat(repeat));
        self.once(db, &work)?;
        let base = Self::median(7, || self.once(db, noop))?;
        let full = Self::median(5, || self.once(db, &work))?;
        Ok(((full - base) / repeat as f64).max(0.0))
    }

    /// What opening `db` costs: a process that opens it and reads its schema, less one that
    /// opens an in-memory database.
    pub fn open_cost(&self, db: &Path) -> Result<f64> {
        let script = "PRAGMA journal_mode = WAL;\nPRAGMA user_version;\nSELECT count(*) FROM sqlite_schema;\n";
        let base = Self::median(11, || self.once(Path::new(":memory:"), "SELECT 1;\n"))?;
        let full = Self::median(11, || self.once(db, script))?;
        Ok((full - base).max(0.0))
    }

    /// What a write `script` costs on a fresh copy made by `prepare` each time (median of 3).
    pub fn write_cost(&self, prepare: impl Fn() -> Result<PathBuf>, script: &str) -> Result<f64> {
        let noop = NOOP;
        Self::median(3, || {
            let db = prepare()?;
            let base = self.once(&db, noop)?;
            let full = self.once(&db, &format!("{noop}{script}"))?;
            Ok((full - base).max(0.0))
        })
    }
}

/// Quotes text as an SQL string literal.
pub fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The sessions list: every live session with how many statements, side events and notes it holds.
pub fn session_summaries() -> String {
    "SELECT s.*,
        (SELECT count(*) FROM statements WHERE session_id = s.id AND deleted_at IS NULL),
        (SELECT count(*) FROM side_events WHERE session_id = s.id AND deleted_at IS NULL),
        (SELECT count(*) FROM notes WHERE session_id = s.id AND deleted_at IS NULL)
 FROM sessions s WHERE s.deleted_at IS NULL ORDER BY s.start_date DESC, s.number DESC;
"
    .to_string()
}

/// The rows a session's overview reads (the session, agenda, programme with its documents and
/// mandates, issues, situations, statements with links and signatories, side events with
/// organisations, states and links, notes), one set query each.
pub fn overview(session_id: &str) -> String {
    let sid = quote(session_id);
    overview_with(
        session_id,
        &format!("SELECT * FROM notes WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY taken_at DESC, id DESC;"),
    )
}

/// The rows the window's overview reads: [`overview`]'s, with the notes' links, items and times
/// (to count them) instead of the notes, and the live records they may link to.
pub fn overview_counting_notes(session_id: &str) -> String {
    let sid = quote(session_id);
    let live = [
        "meetings",
        "situations",
        "key_issues",
        "statements",
        "resolutions",
    ]
    .map(|t| format!("SELECT id FROM {t} WHERE session_id = {sid} AND deleted_at IS NULL;\n"))
    .concat();
    overview_with(
        session_id,
        &format!(
            "{live}SELECT agenda_item, meeting_id, situation_id, key_issue_id, statement_id, resolution_id, taken_at FROM notes
 WHERE session_id = {sid} AND deleted_at IS NULL;"
        ),
    )
}

/// The overview's rows with `notes`, the query for its notes.
fn overview_with(session_id: &str, notes: &str) -> String {
    let sid = quote(session_id);
    format!(
        "SELECT * FROM sessions WHERE id = {sid} AND deleted_at IS NULL;
SELECT * FROM agenda_items WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY number;
SELECT * FROM meetings WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY starts_at, title;
SELECT l.record_id, d.symbol FROM document_links l JOIN documents d ON d.id = l.document_id AND d.deleted_at IS NULL
 JOIN meetings m ON m.id = l.record_id WHERE m.session_id = {sid} AND m.deleted_at IS NULL ORDER BY l.record_id, l.position;
SELECT l.record_id, x.name FROM mandate_links l JOIN mandates x ON x.id = l.mandate_id AND x.deleted_at IS NULL
 JOIN meetings m ON m.id = l.record_id WHERE m.session_id = {sid} AND m.deleted_at IS NULL ORDER BY l.record_id, l.position;
SELECT * FROM key_issues WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY created_at, id;
SELECT s.*, c.name FROM situations s JOIN countries c ON c.code = s.country_code
 WHERE s.session_id = {sid} AND s.deleted_at IS NULL ORDER BY s.agenda_item IS NULL, s.agenda_item, c.name;
{}SELECT * FROM side_events WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY starts_at, title;
SELECT g.side_event_id, g.role, o.* FROM side_event_organisations g JOIN organisations o ON o.id = g.organisation_id
 JOIN side_events e ON e.id = g.side_event_id WHERE e.session_id = {sid} ORDER BY g.side_event_id, g.role, g.position;
SELECT g.side_event_id, c.* FROM side_event_states g JOIN countries c ON c.code = g.country_code
 JOIN side_events e ON e.id = g.side_event_id WHERE e.session_id = {sid} ORDER BY g.side_event_id, g.position;
SELECT l.* FROM links l JOIN side_events e ON e.id = l.from_id WHERE e.session_id = {sid};
{notes}
{}SELECT * FROM council_members WHERE session_id = {sid} AND deleted_at IS NULL;
",
        statements(session_id),
        resolutions(session_id)
    )
}

/// The rows the resolutions board reads: a session's texts and, each in one query for the
/// session, their sponsors, revisions, links (with mandates' names and documents' symbols),
/// votes, each State's vote and amendments.
pub fn resolutions(session_id: &str) -> String {
    let sid = quote(session_id);
    let live = format!("r.session_id = {sid} AND r.deleted_at IS NULL");
    format!(
        "SELECT r.* FROM resolutions r WHERE {live};
SELECT s.* FROM resolution_sponsors s JOIN resolutions r ON r.id = s.resolution_id WHERE {live}
 ORDER BY s.resolution_id, s.role DESC, s.position;
SELECT v.* FROM resolution_revisions v JOIN resolutions r ON r.id = v.resolution_id WHERE {live}
 ORDER BY v.resolution_id, v.position;
SELECT l.*, m.name, d.symbol FROM resolution_links l JOIN resolutions r ON r.id = l.resolution_id
 LEFT JOIN mandates m ON l.record_kind = 'mandate' AND m.id = l.record_id AND m.deleted_at IS NULL
 LEFT JOIN documents d ON l.record_kind = 'document' AND d.id = l.record_id AND d.deleted_at IS NULL
 WHERE {live} ORDER BY l.resolution_id, l.position;
SELECT v.* FROM votes v JOIN resolutions r ON r.id = v.resolution_id WHERE v.deleted_at IS NULL AND {live};
SELECT sv.* FROM state_votes sv JOIN votes v ON v.id = sv.vote_id AND v.deleted_at IS NULL
 JOIN resolutions r ON r.id = v.resolution_id WHERE {live} ORDER BY sv.vote_id, sv.position;
SELECT a.* FROM amendments a JOIN resolutions r ON r.id = a.resolution_id
 WHERE a.deleted_at IS NULL AND {live} ORDER BY a.created_at, a.symbol;
"
    )
}

/// The rows a session's statement board reads: statements, their links and signatories.
pub fn statements(session_id: &str) -> String {
    let sid = quote(session_id);
    format!(
        "SELECT * FROM statements WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY created_at, id;
SELECT l.* FROM links l JOIN statements s ON s.id = l.from_id WHERE s.session_id = {sid};
SELECT g.statement_id, o.* FROM statement_signatories g JOIN organisations o ON o.id = g.organisation_id
 JOIN statements s ON s.id = g.statement_id WHERE s.session_id = {sid} ORDER BY g.statement_id, g.position;
"
    )
}

/// The store's search: the newest matches in titles (`in_title`, from their own index), then
/// the newest anywhere (`anywhere`), `limit` each, with snippets (the store skips the second
/// query when the first fills the page).
pub fn search(in_title: &str, anywhere: &str, limit: u32) -> String {
    format!(
        "SELECT t.kind, t.entity_id, t.session_id, t.title,
        CASE WHEN length(t.title) <= 20000 THEN snippet(search_titles, 3, char(1), char(2), '…', 16) ELSE '' END,
        '', s.kind, s.number
 FROM search_titles t JOIN sessions s ON s.id = t.session_id AND s.deleted_at IS NULL
 WHERE search_titles MATCH {} ORDER BY t.rowid DESC LIMIT {limit};
SELECT i.kind, i.entity_id, i.session_id,
        CASE WHEN i.title = '' THEN substr(i.body, 1, 200) ELSE i.title END,
        CASE WHEN length(i.title) <= 20000 THEN snippet(search_index, 3, char(1), char(2), '…', 16) ELSE '' END,
        CASE WHEN length(i.body) <= 20000 THEN snippet(search_index, 4, char(1), char(2), '…', 16)
             ELSE substr(i.body, 1, 200) END, s.kind, s.number
 FROM search_index i JOIN sessions s ON s.id = i.session_id AND s.deleted_at IS NULL
 WHERE search_index MATCH {} ORDER BY i.rowid DESC LIMIT {limit};
",
        quote(in_title),
        quote(anywhere)
    )
}

/// The rows the today view reads at an instant: the session running, today's and the current
/// and next meetings, the statements due in today's meetings, today's side events and notes.
pub fn today(session_id: &str, date: &str, now: &str, day_from: &str, day_to: &str) -> String {
    let (sid, date, now, from, to) = (
        quote(session_id),
        quote(date),
        quote(now),
        quote(day_from),
        quote(day_to),
    );
    format!(
        "SELECT * FROM sessions WHERE deleted_at IS NULL AND start_date <= {date} AND end_date >= {date} ORDER BY start_date, number LIMIT 1;
SELECT * FROM meetings WHERE session_id = {sid} AND deleted_at IS NULL AND starts_at < {to} AND ends_at > {from} ORDER BY starts_at, title;
SELECT * FROM meetings WHERE session_id = {sid} AND deleted_at IS NULL AND starts_at <= {now} AND ends_at > {now} ORDER BY starts_at, title;
SELECT * FROM meetings WHERE session_id = {sid} AND deleted_at IS NULL AND starts_at > {now} ORDER BY starts_at, title LIMIT 1;
SELECT s.* FROM statements s WHERE s.deleted_at IS NULL AND s.meeting_id IN
 (SELECT id FROM meetings WHERE session_id = {sid} AND deleted_at IS NULL AND starts_at < {to} AND ends_at > {from})
 ORDER BY (SELECT starts_at FROM meetings m WHERE m.id = s.meeting_id), s.created_at, s.id;
SELECT * FROM side_events WHERE session_id = {sid} AND deleted_at IS NULL AND starts_at < {to} AND ends_at > {from} ORDER BY starts_at, title;
SELECT * FROM notes WHERE session_id = {sid} AND deleted_at IS NULL AND taken_at >= {from} AND taken_at < {to} ORDER BY taken_at DESC, id DESC;
"
    )
}

/// The ids of the records of session `{sid}` that documents are linked to.
macro_rules! documented {
    () => {
        "SELECT id FROM {db}meetings WHERE session_id = {sid} UNION ALL SELECT id FROM {db}situations WHERE session_id = {sid}
         UNION ALL SELECT id FROM {db}key_issues WHERE session_id = {sid} UNION ALL SELECT id FROM {db}statements WHERE session_id = {sid}"
    };
}

/// The ids of the records of session `{sid}` that mandates are linked to.
macro_rules! mandated {
    () => {
        "SELECT id FROM {db}meetings WHERE session_id = {sid} UNION ALL SELECT id FROM {db}situations WHERE session_id = {sid}"
    };
}

/// The tables of a bundle, parents first, with the rows of each that belong to session `?`.
const BUNDLE: &[(&str, &str)] = &[
    ("sessions", "id = {sid}"),
    ("agenda_items", "session_id = {sid}"),
    ("session_speaking_rules", "session_id = {sid}"),
    ("meetings", "session_id = {sid}"),
    ("key_issues", "session_id = {sid}"),
    ("situations", "session_id = {sid}"),
    ("organisations", "id IN (SELECT organisation_id FROM {db}statement_signatories WHERE statement_id IN (SELECT id FROM {db}statements WHERE session_id = {sid})
      UNION SELECT organisation_id FROM {db}side_event_organisations WHERE side_event_id IN (SELECT id FROM {db}side_events WHERE session_id = {sid}))"),
    ("documents", concat!("id IN (SELECT document_id FROM {db}document_links WHERE record_id IN (", documented!(), "))")),
    ("mandates", concat!("id IN (SELECT mandate_id FROM {db}mandate_links WHERE record_id IN (", mandated!(), "))")),
    // The session's texts: notes may be about one (schema 12).
    ("resolutions", "session_id = {sid}"),
    ("statements", "session_id = {sid}"),
    ("statement_signatories", "statement_id IN (SELECT id FROM {db}statements WHERE session_id = {sid})"),
    ("side_events", "session_id = {sid}"),
    ("side_event_organisations", "side_event_id IN (SELECT id FROM {db}side_events WHERE session_id = {sid})"),
    ("side_event_states", "side_event_id IN (SELECT id FROM {db}side_events WHERE session_id = {sid})"),
    ("links", "from_id IN (SELECT id FROM {db}statements WHERE session_id = {sid} UNION SELECT id FROM {db}side_events WHERE session_id = {sid})"),
    ("notes", "session_id = {sid}"),
    ("document_links", concat!("record_id IN (", documented!(), ")")),
    ("mandate_links", concat!("record_id IN (", mandated!(), ")")),
    ("sources", "CASE record_kind WHEN 'note' THEN EXISTS (SELECT 1 FROM {db}notes r WHERE r.id = record_id AND r.session_id = {sid})
      WHEN 'meeting' THEN EXISTS (SELECT 1 FROM {db}meetings r WHERE r.id = record_id AND r.session_id = {sid})
      WHEN 'situation' THEN EXISTS (SELECT 1 FROM {db}situations r WHERE r.id = record_id AND r.session_id = {sid})
      WHEN 'key-issue' THEN EXISTS (SELECT 1 FROM {db}key_issues r WHERE r.id = record_id AND r.session_id = {sid})
      WHEN 'side-event' THEN EXISTS (SELECT 1 FROM {db}side_events r WHERE r.id = record_id AND r.session_id = {sid}) ELSE 0 END"),
];

fn bundle_scope(scope: &str, session_id: &str, db: &str) -> String {
    scope
        .replace("{sid}", &quote(session_id))
        .replace("{db}", db)
}

/// Reads every row of a session's bundle, tombstones included.
pub fn bundle_export(session_id: &str) -> String {
    BUNDLE
        .iter()
        .map(|(table, scope)| {
            format!(
                "SELECT * FROM {table} WHERE {};\n",
                bundle_scope(scope, session_id, "")
            )
        })
        .collect()
}

/// Copies every row of a session's bundle from the database `source` into the (empty) open
/// one, in one transaction.
pub fn bundle_import(source: &Path, session_id: &str) -> String {
    let mut sql = format!(
        "PRAGMA foreign_keys = ON;\nATTACH {} AS src;\nBEGIN;\n",
        quote(&source.display().to_string())
    );
    for (table, scope) in BUNDLE {
        sql.push_str(&format!(
            "INSERT INTO main.{table} SELECT * FROM src.{table} WHERE {};\n",
            bundle_scope(scope, session_id, "src.")
        ));
    }
    sql.push_str("COMMIT;\n");
    sql
}

/// Inserts notes one transaction each, as the store does (`synchronous=FULL`); each row is
/// the SQL literals of the notes' columns from `id` to `created_at`.
pub fn insert_notes(rows: &[Vec<String>]) -> String {
    let mut sql = String::from("PRAGMA synchronous = FULL;\nPRAGMA foreign_keys = ON;\n");
    for values in rows {
        sql.push_str(&format!(
            "INSERT INTO notes (id, session_id, meeting_id, agenda_item, situation_id, key_issue_id, statement_id, body, taken_at, created_at, updated_at)
 VALUES ({}, {});\n",
            values.join(", "),
            values[9]
        ));
    }
    sql
}

/// An optional text as an SQL literal.
pub fn literal(value: Option<&str>) -> String {
    value.map_or_else(|| "NULL".to_string(), quote)
}

/// The rows a text's page reads: the text, its sponsors, revisions, links, votes with each
/// State's vote, amendments, and its session's members (for the vote by regional group).
pub fn resolution(text_id: &str, session_id: &str) -> String {
    let id = quote(text_id);
    let sid = quote(session_id);
    format!(
        "SELECT * FROM resolutions WHERE id = {id} AND deleted_at IS NULL;
SELECT * FROM resolution_sponsors WHERE resolution_id = {id} ORDER BY role DESC, position;
SELECT * FROM resolution_revisions WHERE resolution_id = {id} ORDER BY position;
SELECT l.*, m.name, d.symbol FROM resolution_links l
 LEFT JOIN mandates m ON l.record_kind = 'mandate' AND m.id = l.record_id AND m.deleted_at IS NULL
 LEFT JOIN documents d ON l.record_kind = 'document' AND d.id = l.record_id AND d.deleted_at IS NULL
 WHERE l.resolution_id = {id} ORDER BY l.position;
SELECT * FROM amendments WHERE resolution_id = {id} AND deleted_at IS NULL ORDER BY created_at, symbol;
SELECT * FROM votes WHERE resolution_id = {id} AND deleted_at IS NULL;
SELECT sv.* FROM state_votes sv JOIN votes v ON v.id = sv.vote_id
 WHERE v.resolution_id = {id} AND v.deleted_at IS NULL ORDER BY sv.vote_id, sv.position;
SELECT * FROM council_members WHERE session_id = {sid} AND deleted_at IS NULL;
"
    )
}

/// The consultations on the live texts of a session (of one day when `date` is given), with
/// their texts' titles and symbols.
pub fn consultations(session_id: &str, date: Option<&str>) -> String {
    let sid = quote(session_id);
    let on = date.map_or(String::new(), |d| format!(" AND c.date = {}", quote(d)));
    format!(
        "SELECT c.*, r.title, r.draft_symbol FROM consultations c JOIN resolutions r ON r.id = c.resolution_id
 WHERE r.session_id = {sid} AND c.deleted_at IS NULL AND r.deleted_at IS NULL{on}
 ORDER BY c.date IS NULL, c.date, c.start_time IS NULL, c.start_time, c.id;
"
    )
}

/// The rows the clash checks of a session's consultations read: its consultations, its
/// high-priority situations and key issues with their documents and mandates, its meetings with
/// my statements in them and their documents and mandates, and its side events.
pub fn consultation_clashes(session_id: &str) -> String {
    let sid = quote(session_id);
    consultations(session_id, None)
        + &format!(
            "SELECT * FROM situations WHERE session_id = {sid} AND deleted_at IS NULL AND priority = 'high';
SELECT * FROM key_issues WHERE session_id = {sid} AND deleted_at IS NULL;
SELECT * FROM document_links WHERE record_id IN (SELECT id FROM situations WHERE session_id = {sid} UNION ALL SELECT id FROM key_issues WHERE session_id = {sid} UNION ALL SELECT id FROM meetings WHERE session_id = {sid});
SELECT * FROM mandate_links WHERE record_id IN (SELECT id FROM situations WHERE session_id = {sid} UNION ALL SELECT id FROM meetings WHERE session_id = {sid});
SELECT * FROM meetings WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY starts_at, title;
SELECT id, meeting_id, status FROM statements WHERE session_id = {sid} AND deleted_at IS NULL AND meeting_id IS NOT NULL;
SELECT * FROM side_events WHERE session_id = {sid} AND deleted_at IS NULL ORDER BY starts_at, title;
"
        )
}

/// Every live delegation.
pub fn delegations() -> String {
    "SELECT * FROM delegations WHERE deleted_at IS NULL;\n".into()
}

/// One delegation.
pub fn delegation(id: &str) -> String {
    format!(
        "SELECT * FROM delegations WHERE id = {} AND deleted_at IS NULL;\n",
        quote(id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_quoted() {
        assert_eq!(quote("L'Association"), "'L''Association'");
        assert!(bundle_import(Path::new("/tmp/a'b.db"), "x").contains("'/tmp/a''b.db'"));
    }
}
