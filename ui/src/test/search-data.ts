// Test data for the search palette, Search screen and shortcut tests: two sessions and a few search hits.
import type { SearchHit, SessionSummary, SnippetPart } from "../lib/bindings";

function summary(id: string, number: number, kind: "regular" | "special", label: string, start: string, end: string): SessionSummary {
  return {
    session: {
      id,
      number,
      kind,
      label,
      name: kind === "special" ? `HRC ${label}` : `HRC${label}`,
      title: `${label} session of the Human Rights Council`,
      start_date: start,
      end_date: end,
      venue: "Palais des Nations, Geneva",
      notes: "",
      created_at: "2018-05-01T10:00:00.000Z",
      updated_at: "2018-05-01T10:00:00.000Z",
    },
    timing: { phase: "past", days_to_start: -3000, days_to_end: -2982, day_number: null, total_days: 19 },
    statements: 3,
    side_events: 2,
    notes: 3,
  };
}

export const HRC38 = summary("0190a0b0-0000-7000-8000-000000000038", 38, "regular", "38", "2018-06-18", "2018-07-06");
export const HRC_S28 = summary("0190a0b0-0000-7000-8000-0000000000s28", 28, "special", "S-28", "2018-05-18", "2018-05-18");

export function hit(kind: SearchHit["kind"], id: string, title: string, snippet: SnippetPart[], session = HRC38): SearchHit {
  return { kind, id, session_id: session.session.id, session_label: session.session.label, session_name: session.session.name, title, snippet, rank: -1, confidential: false };
}

export const HITS: SearchHit[] = [
  hit("key-issue", "issue-reprisals", "Reprisals", [
    { text: "…The primary duty to prevent and remedy ", hit: false },
    { text: "reprisals", hit: true },
    { text: " lies with States…", hit: false },
  ]),
  hit("statement", "statement-item4", "Item 4 general debate: Burundi, Eritrea and Syria", [
    { text: "…protect those who cooperate with the UN from intimidation and ", hit: false },
    { text: "reprisals", hit: true },
  ]),
  // Marked confidential: its result says so.
  {
    ...hit(
      "note",
      "note-burundi",
      "Burundi delegation did not engage",
      [
        { text: "Defenders in exile worried about ", hit: false },
        { text: "reprisals", hit: true },
        { text: " — do **not** name them.", hit: false },
      ],
      HRC_S28,
    ),
    confidential: true,
  },
];
