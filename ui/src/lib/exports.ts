// The export formats and sections as the Export dialog offers them, and the file name it suggests.
import type { ExportFormat, Section, Session } from "./bindings";
import { sessionName } from "./session-name";

/** `sections`: the person chooses what the file holds, section by section; `notes`: the file can carry
 *  the notes (only when asked for); a format with neither never holds a note. */
export type FormatChoice = { key: ExportFormat; label: string; hint: string; extension: string; sections: boolean; notes: boolean };

export const EXPORT_FORMATS: readonly FormatChoice[] = [
  { key: "docx", label: "Word", hint: "a briefing for colleagues", extension: "docx", sections: true, notes: true },
  { key: "html", label: "Web page", hint: "print-ready, opens in any browser", extension: "html", sections: true, notes: true },
  { key: "md", label: "Markdown", hint: "plain text with headings", extension: "md", sections: true, notes: true },
  { key: "ics", label: "Calendar", hint: "meetings, side events and statements due", extension: "ics", sections: false, notes: false },
  { key: "csv-statements", label: "Statements (CSV)", hint: "for a spreadsheet", extension: "csv", sections: false, notes: false },
  { key: "csv-side-events", label: "Side events (CSV)", hint: "for a spreadsheet", extension: "csv", sections: false, notes: false },
  { key: "json", label: "Full copy (JSON)", hint: "a teammate or a backup can import it", extension: "json", sections: false, notes: true },
];

export const SECTIONS: readonly { key: Section; label: string }[] = [
  { key: "key-issues", label: "Key issues" },
  { key: "situations", label: "Country situations" },
  { key: "programme", label: "Programme of work" },
  { key: "statements", label: "Statements" },
  { key: "side-events", label: "Side events" },
  { key: "notes", label: "Notes" },
];

/** "HRC38 overview.docx", "HRC38 side events.csv". */
export function suggestedFileName(session: Session, format: FormatChoice): string {
  const what: Partial<Record<ExportFormat, string>> = {
    ics: "calendar",
    "csv-statements": "statements",
    "csv-side-events": "side events",
    json: "bundle",
  };
  return `${sessionName(session).replace(/\s+/g, "")} ${what[format.key] ?? "overview"}.${format.extension}`;
}
