// How the Documents and Mandates screens word a document or a mandate and the records that link it (the core reads
// and links them; this only says them in words and names the screen where each linked record opens).
import type { LinkedRecord, Mandate } from "./bindings";
import type { SessionScreen } from "./router.svelte";

/** The kinds of record that link a document or a mandate, in the core's order, with the screen each opens on. */
export const LINKED_KINDS: readonly { kind: string; heading: string; screen: SessionScreen }[] = [
  { kind: "meeting", heading: "Meetings", screen: "programme" },
  { kind: "situation", heading: "Situations", screen: "situations" },
  { kind: "key-issue", heading: "Key issues", screen: "key-issues" },
  { kind: "statement", heading: "Statements", screen: "statements" },
];

/** The linked records grouped by kind, in the core's order; kinds with none are left out. */
export function linkedGroups(linked: readonly LinkedRecord[]): { heading: string; screen: SessionScreen; records: LinkedRecord[] }[] {
  return LINKED_KINDS.map((k) => ({ heading: k.heading, screen: k.screen, records: linked.filter((l) => l.kind === k.kind) })).filter(
    (g) => g.records.length > 0,
  );
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** "Taken up by 2 meetings · 1 situation", or `none` when nothing links it. */
export function linkedSummary(linked: readonly LinkedRecord[], none: string): string {
  const words: Record<string, [string, string]> = {
    meeting: ["meeting", "meetings"],
    situation: ["situation", "situations"],
    "key-issue": ["key issue", "key issues"],
    statement: ["statement", "statements"],
  };
  const parts = LINKED_KINDS.map((k) => {
    const n = linked.filter((l) => l.kind === k.kind).length;
    return n > 0 ? count(n, ...words[k.kind]) : null;
  }).filter((p): p is string => p !== null);
  return parts.length === 0 ? none : parts.join(" · ");
}

/** A mandate's holders one a line, as the form shows them. */
export function holdersText(m: Pick<Mandate, "holders"> | null): string {
  return m ? m.holders.join("\n") : "";
}

/** The holders typed one a line (blank lines left out; the core tidies and removes repeats). */
export function holdersOf(text: string): string[] {
  return text
    .split("\n")
    .map((h) => h.trim())
    .filter((h) => h !== "");
}

/** The session typed for a mandate's renewal: a number, none when empty, or the field's message when it is not one. */
export function renewalOf(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim().replace(/^hrc\s*/i, "");
  if (t === "") return { ok: true, value: null };
  if (!/^\d+$/.test(t) || Number(t) < 1) return { ok: false, message: "Type the session's number, such as 41." };
  return { ok: true, value: Number(t) };
}
