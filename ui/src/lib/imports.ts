// What an import did, in words for the person: added, updated, kept because changed here too.
import type { ImportReport } from "./bindings";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Imported HRC38: 128 items added. 1 item changed both here and in the file was kept as it is here: Note …";
 *  for a copy of a session already here (`copyOf`), "Imported a copy of HRC38 as HRC40: …". */
export function describeImport(r: ImportReport, copyOf?: string): string {
  const parts = [copyOf ? `Imported a copy of ${copyOf} as ${r.session.name}:` : `Imported ${r.session.name}:`];
  if (r.added + r.updated === 0) {
    parts.push("nothing new; everything in the file was already here.");
  } else {
    parts.push(`${count(r.added, "item", "items")} added, ${count(r.updated, "item", "items")} updated.`);
  }
  if (r.merged_organisations > 0) {
    parts.push(`${count(r.merged_organisations, "organisation was", "organisations were")} already here and merged.`);
  }
  if (r.conflicts.length > 0) {
    const what = r.conflicts.map((c) => `“${c.what}”`).join(", ");
    parts.push(`${count(r.conflicts.length, "item", "items")} changed both here and in the file ${r.conflicts.length === 1 ? "was" : "were"} kept as ${r.conflicts.length === 1 ? "it is" : "they are"} here: ${what}.`);
  }
  return parts.join(" ");
}
