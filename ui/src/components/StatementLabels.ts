// How statements read in the UI: kind and status names (the core's, from bindings/choices.ts), "1:12 of 1:30", "727 of 2,000 words", "Over limit by 0:01",
// and meetings as "Tue 19 Jun, 15:00–18:00 · title". Every figure comes from the core's Timing; nothing is counted here.
import type { Meeting, SlotHours, StatementKind, StatementStatus, Timing } from "../lib/bindings";
import { STATEMENT_KINDS as KINDS, STATEMENT_STATUSES as STATUSES } from "../lib/bindings/choices";
import { labelOf } from "../lib/choices";
import { dayAndTime, startsOn } from "../lib/meeting-time";
import { mmss } from "../lib/time";

export const STATEMENT_KINDS = KINDS.map((k) => k.key);
export const STATEMENT_STATUSES = STATUSES.map((s) => s.key);

/** "Oral", "Joint written": the kind's name without "statement", from the core. */
export const kindLabel = (kind: StatementKind): string => KINDS.find((k) => k.key === kind)?.short ?? kind;
export const statusLabel = (status: StatementStatus): string => labelOf(STATUSES, status);

/** Written statements are limited in words, the others in speaking time (the core says which). */
export const isWrittenKind = (kind: StatementKind): boolean => KINDS.some((k) => k.key === kind && k.written);

/** Joint statements are the ones that carry co-signatories (the core says which). */
export const isJointKind = (kind: StatementKind): boolean => KINDS.some((k) => k.key === kind && k.joint);

const NUMBER = new Intl.NumberFormat("en-GB");

/** 2000 → "2,000". */
export const count = (n: number): string => NUMBER.format(n);

/** "1 word", "727 words". */
export const words = (n: number): string => `${count(n)} ${n === 1 ? "word" : "words"}`;

/** "1 signatory", "85 signatories". */
export const signatories = (n: number): string => `${count(n)} ${n === 1 ? "signatory" : "signatories"}`;

/** The length against the limit, as the card shows it: "1:12 of 1:30", "727 of 2,000 words", or just "1:12" / "727 words". */
export function against(t: Timing): string {
  if (t.limit_words !== null) return `${count(t.word_count)} of ${words(t.limit_words)}`;
  if (t.limit_seconds !== null) return `${mmss(t.estimated_seconds)} of ${mmss(t.limit_seconds)}`;
  return `${mmss(t.estimated_seconds)} · ${words(t.word_count)}`;
}

/** By how much the text is over its limit ("0:01", "12 words"), or null when it is not (the core says which). */
export function overBy(t: Timing): string | null {
  if (!t.over_limit) return null;
  if (t.limit_words !== null) return words(Math.max(0, t.word_count - t.limit_words));
  if (t.limit_seconds !== null) return mmss(Math.max(0, t.estimated_seconds - t.limit_seconds));
  return null;
}

/** Over a speaking time, about how many words to cut to fit it, from the core's count ("cut about 23 words");
 *  null within the limit, and over a word limit (where "over by 12 words" says it already). */
export function toCut(t: Timing): string | null {
  if (!t.over_limit || t.limit_words !== null || t.words_to_cut <= 0) return null;
  return `cut about ${words(t.words_to_cut)}`;
}

/** What is left before the limit ("0:18", "1,273 words"), or null without a limit or when over. */
export function toSpare(t: Timing): string | null {
  if (t.over_limit) return null;
  if (t.limit_words !== null) return words(t.limit_words - t.word_count);
  if (t.limit_seconds !== null) return mmss(t.limit_seconds - t.estimated_seconds);
  return null;
}

/** How full the limit is, 0–1 (for a bar; the words say the same). */
export function fill(t: Timing): number {
  const [used, limit] = t.limit_words !== null ? [t.word_count, t.limit_words] : [t.estimated_seconds, t.limit_seconds];
  if (limit === null || limit <= 0) return 0;
  return Math.min(1, used / limit);
}

/** "Tue 19 Jun, Afternoon 15:00–18:00 · Interactive dialogue with the SR on freedom of expression"; a slot is named
 *  when the meeting keeps its hours: the session's own (`own`), else the Council's usual ones. */
export function meetingLabel(m: Meeting, own: SlotHours | null = null): string {
  return `${dayAndTime(m, own)} · ${m.title}`;
}

/** "Tue 19 Jun, 15:00" — when a statement's meeting starts. */
export function meetingWhen(m: Meeting): string {
  return startsOn(m);
}
