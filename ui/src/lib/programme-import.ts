// A programme import's report as the window says it: the counts in a sentence, and its lines of one kind of change.
import type { ProgrammeChange, ProgrammeChangeLine, ProgrammeImport, ProgrammeMark } from "./bindings";

/** "2 added, 1 moved, 3 changed, 0 cancelled · 5 unchanged" — "Nothing changes: …" when it changes nothing. */
export function importCounts(r: ProgrammeImport): string {
  const n = (c: ProgrammeChange) => r.lines.filter((l) => l.change === c).length;
  const kept = `${r.unchanged} unchanged`;
  if (r.lines.length === 0) return `Nothing changes: the programme already says this (${kept}).`;
  return `${n("added")} added, ${n("moved")} moved, ${n("changed")} changed, ${n("removed")} cancelled · ${kept}`;
}

/** The lines of one kind of change, in the core's order. */
export const linesOf = (r: ProgrammeImport, change: ProgrammeChange): ProgrammeChangeLine[] => r.lines.filter((l) => l.change === change);

/** The mark a meeting's row shows after the latest import: "Moved in the latest import", with the details. */
export function markWords(m: ProgrammeMark): { label: string; detail: string } {
  const label = {
    added: "Added by the latest import",
    changed: "Changed by the latest import",
    moved: "Moved by the latest import",
    removed: "Cancelled by the latest import",
  }[m.change];
  return { label, detail: m.detail };
}
