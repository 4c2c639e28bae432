//! The tables a bundle carries, in the order rows must be written (parents first), and how each
//! row is known: by its `id`, or (join tables) by the row it belongs to.

/// A table of the bundle.
pub(super) struct Table {
    pub name: &'static str,
    /// Every column, as stored.
    pub columns: &'static [&'static str],
    /// For join tables: the column naming the parent row; `None` for tables keyed by `id`.
    pub parent: Option<&'static str>,
}

pub(super) const TABLES: &[Table] = &[
    Table {
        name: "sessions",
        columns: &[
            "id",
            "number",
            "kind",
            "title",
            "start_date",
            "end_date",
            "venue",
            "notes",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "agenda_items",
        columns: &[
            "id",
            "session_id",
            "number",
            "title",
            "notes",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "meetings",
        columns: &[
            "id",
            "session_id",
            "starts_at",
            "ends_at",
            "room",
            "agenda_item",
            "kind",
            "title",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "key_issues",
        columns: &[
            "id",
            "session_id",
            "title",
            "agenda_item",
            "overview",
            "asks",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "situations",
        columns: &[
            "id",
            "session_id",
            "country_code",
            "agenda_item",
            "mechanism",
            "summary",
            "asks",
            "priority",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "organisations",
        columns: &[
            "id",
            "name",
            "name_key",
            "acronym",
            "ecosoc_status",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "statements",
        columns: &[
            "id",
            "session_id",
            "kind",
            "title",
            "agenda_item",
            "meeting_id",
            "speaker",
            "text",
            "limit_seconds",
            "limit_words",
            "status",
            "document_symbol",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "statement_signatories",
        columns: &["statement_id", "organisation_id", "position", "created_at"],
        parent: Some("statement_id"),
    },
    Table {
        name: "side_events",
        columns: &[
            "id",
            "session_id",
            "title",
            "starts_at",
            "ends_at",
            "room",
            "speakers",
            "description",
            "status",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
    Table {
        name: "side_event_organisations",
        columns: &["side_event_id", "organisation_id", "role", "position"],
        parent: Some("side_event_id"),
    },
    Table {
        name: "side_event_states",
        columns: &["side_event_id", "country_code", "position"],
        parent: Some("side_event_id"),
    },
    Table {
        name: "links",
        columns: &["from_id", "to_id", "to_kind"],
        parent: Some("from_id"),
    },
    Table {
        name: "notes",
        columns: &[
            "id",
            "session_id",
            "meeting_id",
            "agenda_item",
            "situation_id",
            "key_issue_id",
            "statement_id",
            "body",
            "taken_at",
            "created_at",
            "updated_at",
            "deleted_at",
        ],
        parent: None,
    },
];

/// The rows of `table` in a bundle.
pub(super) fn rows<'a>(b: &'a super::Bundle, table: &str) -> &'a Vec<super::Row> {
    match table {
        "sessions" => &b.sessions,
        "agenda_items" => &b.agenda_items,
        "meetings" => &b.meetings,
        "key_issues" => &b.key_issues,
        "situations" => &b.situations,
        "organisations" => &b.organisations,
        "statements" => &b.statements,
        "statement_signatories" => &b.statement_signatories,
        "side_events" => &b.side_events,
        "side_event_organisations" => &b.side_event_organisations,
        "side_event_states" => &b.side_event_states,
        "links" => &b.links,
        "notes" => &b.notes,
        other => unreachable!("no bundle table {other}"),
    }
}

/// The rows of `table` in a bundle, to fill.
pub(super) fn rows_mut<'a>(b: &'a mut super::Bundle, table: &str) -> &'a mut Vec<super::Row> {
    match table {
        "sessions" => &mut b.sessions,
        "agenda_items" => &mut b.agenda_items,
        "meetings" => &mut b.meetings,
        "key_issues" => &mut b.key_issues,
        "situations" => &mut b.situations,
        "organisations" => &mut b.organisations,
        "statements" => &mut b.statements,
        "statement_signatories" => &mut b.statement_signatories,
        "side_events" => &mut b.side_events,
        "side_event_organisations" => &mut b.side_event_organisations,
        "side_event_states" => &mut b.side_event_states,
        "links" => &mut b.links,
        "notes" => &mut b.notes,
        other => unreachable!("no bundle table {other}"),
    }
}
