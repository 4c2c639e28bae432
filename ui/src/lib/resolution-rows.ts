// A text's revisions and what it does to mandates as the rows of a form (each with a key of its own, so a row keeps
// its fields while others are added or removed), and the rows back as the core's input; which revision rows the
// core's refusal of `revisions` is about.
import type { MandateLinkInput, Resolution, RevisionInput } from "./bindings";

/** A revision as its row holds it: a symbol (`A/HRC/38/L.10/Rev.1`) or an oral revision, with its day ("" when not known). */
export type RevisionRow = { key: number; oral: boolean; symbol: string; date: string };
/** What the text does to a mandate, as its row holds it: the mandate's name and the effect ("" for none said). */
export type MandateRow = { key: number; name: string; effect: string };

let nextKey = 0;
const key = () => ++nextKey;

export const newRevisionRow = (): RevisionRow => ({ key: key(), oral: false, symbol: "", date: "" });
export const newMandateRow = (): MandateRow => ({ key: key(), name: "", effect: "" });

export function revisionRows(r: Pick<Resolution, "revisions">): RevisionRow[] {
  return r.revisions.map((v) => ({ key: key(), oral: v.oral, symbol: v.oral ? "" : (v.symbol ?? ""), date: v.date ?? "" }));
}

export function mandateRows(r: Pick<Resolution, "mandates">): MandateRow[] {
  return r.mandates.map((m) => ({ key: key(), name: m.name, effect: m.effect ?? "" }));
}

/** The rows as the core takes them: an oral revision carries no symbol; a day left empty is none. */
export function revisionInputs(rows: readonly RevisionRow[]): RevisionInput[] {
  return rows.map((r) => ({ symbol: r.oral || r.symbol.trim() === "" ? null : r.symbol.trim(), oral: r.oral, date: r.date === "" ? null : r.date }));
}

/** The rows as the core takes them, those with no mandate named left out (the core would skip them too). */
export function mandateInputs(rows: readonly MandateRow[]): MandateLinkInput[] {
  return rows.filter((m) => m.name.trim() !== "").map((m) => ({ name: m.name.trim(), effect: m.effect === "" ? null : m.effect }));
}

/** The rows the core's refusal of `revisions` is about: the one whose symbol or day it quotes, else a symbol row left
 * empty, else every symbol row (the keyboard goes to the first). */
export function blamedRevisions(rows: readonly RevisionRow[], message: string | null | undefined): Set<number> {
  if (!message) return new Set();
  const quoted = rows.filter((r) => (!r.oral && r.symbol.trim() !== "" && message.includes(`"${r.symbol.trim()}"`)) || (r.date !== "" && message.includes(`"${r.date}"`)));
  const empty = rows.filter((r) => !r.oral && r.symbol.trim() === "");
  const blamed = quoted.length ? quoted : empty.length ? empty : rows.filter((r) => !r.oral);
  return new Set(blamed.map((r) => r.key));
}
