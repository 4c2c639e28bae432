//! What importing a published programme does, said before it is done (the preview) and after:
//! the meetings and side events it adds, changes, moves and removes, and what of mine each touches.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::choices;

choices!(
    /// The formats a programme is brought in from.
    ProgrammeFormat {
        Calendar = "calendar": "Calendar (iCalendar, such as Sched's all.ics)",
        OrderOfTheDay = "order-of-the-day": "Order of the Day",
        Csv = "csv": "CSV table",
    }
);

choices!(
    /// What an import does to one record.
    ProgrammeChange {
        Added = "added": "Added",
        Changed = "changed": "Changed",
        Moved = "moved": "Moved",
        Removed = "removed": "Removed",
    }
);

choices!(
    /// What a calendar event becomes.
    ProgrammeRuleOutcome {
        Meeting = "meeting": "A meeting",
        SideEvent = "side-event": "A side event",
        Skip = "skip": "Nothing (left out)",
    }
);

choices!(
    /// What of a calendar event a rule looks at.
    ProgrammeRuleField {
        Category = "category": "Category",
        Room = "room": "Room",
        Title = "title": "Title",
    }
);

/// A rule saying what calendar events become: the first that matches decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgrammeRule {
    pub id: Uuid,
    pub position: u32,
    pub matches: ProgrammeRuleField,
    pub pattern: String,
    pub becomes: ProgrammeRuleOutcome,
}

/// One record an import adds, changes, moves or removes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgrammeChangeLine {
    pub change: ProgrammeChange,
    /// `meeting` or `side-event`.
    pub record_kind: String,
    pub record_id: Uuid,
    pub title: String,
    /// When, in words, as it will be: "Wed 20 Jun, morning (09:00–12:00)".
    pub when: String,
    /// What changes, in words: "moved from Tue 19 Jun, afternoon (15:00–18:00)",
    /// "room: Room XX → Room XXIV", "2 documents added".
    pub details: Vec<String>,
    /// What of mine it touches: "my statement “…” is due there", "2 of my notes are on it",
    /// "clashes with my side event “…”".
    pub touches: Vec<String>,
}

/// What an import does, or did: its lines, and how many records it found as they were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgrammeImport {
    /// None for a preview (nothing written).
    pub id: Option<Uuid>,
    pub session_id: Uuid,
    pub format: ProgrammeFormat,
    pub file_name: String,
    /// Records the source still says the same of.
    pub unchanged: u32,
    /// Events the rules leave out.
    pub skipped: u32,
    pub lines: Vec<ProgrammeChangeLine>,
}

impl ProgrammeImport {
    /// How many lines of a kind of change it holds.
    pub fn count(&self, change: ProgrammeChange) -> usize {
        self.lines.iter().filter(|l| l.change == change).count()
    }

    /// Whether it changes nothing.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// What the latest import into a session did to one record, for its mark on the programme and
/// Today ("Moved in the latest import: moved from Wed 20 Jun, morning (09:00–12:00)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProgrammeMark {
    pub record_id: Uuid,
    pub change: ProgrammeChange,
    /// The details in words, joined by "; ".
    pub detail: String,
}
