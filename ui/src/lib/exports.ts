// The file name the Export dialog suggests. The formats and sections it offers are the core's (bindings/choices.ts):
// `sections`, the person chooses what the file holds, section by section; `notes`, the file can carry the notes
// (only when asked for); a format with neither never holds a note.
import type { ExportFormat, Session } from "./bindings";
import type { EXPORT_FORMATS } from "./bindings/choices";

export type FormatChoice = (typeof EXPORT_FORMATS)[number];

/** "HRC38 overview.docx", "HRC38 side events.csv". */
export function suggestedFileName(session: Session, format: FormatChoice): string {
  const what: Partial<Record<ExportFormat, string>> = {
    ics: "calendar",
    "csv-statements": "statements",
    "csv-side-events": "side events",
    "csv-resolutions": "resolutions",
    json: "bundle",
  };
  return `${session.name.replace(/\s+/g, "")} ${what[format.key] ?? "overview"}.${format.extension}`;
}
