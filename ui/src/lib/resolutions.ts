// How the Resolutions screen words a text and the Council's action on it (the core reads, checks and counts them; this
// only says them in words), and the input that saves a text with some of its fields changed.
import type { Resolution, ResolutionInput, Sponsor, Vote, VoteCounts } from "./bindings";
import { AMENDMENT_STATUSES, MANDATE_EFFECTS, REGIONAL_GROUPS, RESOLUTION_KINDS, RESOLUTION_STATUSES } from "./bindings/choices";
import { formatDate } from "./dates";

export const statusLabel = (key: string): string => RESOLUTION_STATUSES.find((s) => s.key === key)?.label ?? key;
export const kindLabel = (key: string): string => RESOLUTION_KINDS.find((k) => k.key === key)?.label ?? key;
export const amendmentStatusLabel = (key: string): string => AMENDMENT_STATUSES.find((s) => s.key === key)?.label ?? key;
export const effectLabel = (key: string): string => MANDATE_EFFECTS.find((e) => e.key === key)?.label ?? key;
export const groupLabel = (key: string | null): string => (key === null ? "In no regional group" : (REGIONAL_GROUPS.find((g) => g.key === key)?.label ?? key));

/** The main sponsors (the core group) and the co-sponsors, each in the core's order. */
export function sponsorsBy(r: Pick<Resolution, "sponsors">): { main: Sponsor[]; co: Sponsor[] } {
  return { main: r.sponsors.filter((s) => s.role === "main"), co: r.sponsors.filter((s) => s.role === "co") };
}

/** "A/HRC/38/L.10/Rev.1 · A/HRC/RES/38/16": the draft's latest symbol and the adopted one, whichever are known. */
export function symbolsLine(r: Pick<Resolution, "draft_symbol" | "adopted_symbol" | "revisions">): string {
  const latest = [...r.revisions].reverse().find((v) => v.symbol)?.symbol ?? r.draft_symbol;
  return [latest, r.adopted_symbol].filter((s): s is string => !!s).join(" · ");
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** "3 main sponsors · 12 co-sponsors", or "No sponsors yet". */
export function sponsorsSummary(r: Pick<Resolution, "sponsors">): string {
  const { main, co } = sponsorsBy(r);
  if (main.length + co.length === 0) return "No sponsors yet";
  return [plural(main.length, "main sponsor", "main sponsors"), plural(co.length, "co-sponsor", "co-sponsors")].join(" · ");
}

/** "26 in favour, 6 against, 14 abstaining". */
export function countsWords(c: VoteCounts): string {
  return `${c.in_favour} in favour, ${c.against} against, ${c.abstaining} abstaining`;
}

/** "Adopted by a recorded vote of 26 to 6, with 14 abstentions, on 6 Jul 2018", or "Adopted without a vote on …". */
export function voteWords(v: Pick<Vote, "outcome" | "counts" | "date">): string {
  const day = formatDate(v.date);
  if (v.outcome === "adopted-without-vote" || v.counts === null) return `Adopted without a vote on ${day}`;
  const c = v.counts;
  const abstentions = c.abstaining === 0 ? "no abstentions" : plural(c.abstaining, "abstention", "abstentions");
  const outcome = v.outcome === "adopted" ? "Adopted" : "Rejected";
  return `${outcome} by a recorded vote of ${c.in_favour} to ${c.against}, with ${abstentions}, on ${day}`;
}

/** A count typed in the Record vote form: a whole number, or the field's message. */
export function countOf(label: string, typed: string): { ok: true; value: number } | { ok: false; message: string } {
  const t = typed.trim();
  if (!/^\d+$/.test(t)) return { ok: false, message: `Type how many voted ${label.toLowerCase()}, such as 26.` };
  return { ok: true, value: Number(t) };
}

/** The States typed one a line (blank lines left out; the core reads each by the country rules). */
export function statesOf(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** A co-sponsor as the input keeps it: its code, with the day it joined ("CHL@2018-07-02"). */
const sponsorInput = (s: Sponsor): string => (s.joined_on ? `${s.country_code}@${s.joined_on}` : s.country_code);

/** The input that saves `r` unchanged (as the core's `Resolution::to_input`): the base of an edit of some fields. */
export function inputOf(r: Resolution): ResolutionInput {
  const { main, co } = sponsorsBy(r);
  return {
    session_id: r.session_id,
    agenda_item: r.agenda_item,
    title: r.title,
    kind: r.kind,
    draft_symbol: r.draft_symbol,
    adopted_symbol: r.adopted_symbol,
    status: r.status,
    action_date: r.action_date,
    action_meeting: r.action_meeting,
    programme_budget: r.programme_budget,
    position: r.position,
    asks: r.asks,
    sponsors: main.map(sponsorInput),
    cosponsors: co.map(sponsorInput),
    revisions: r.revisions.map((v) => ({ symbol: v.symbol, oral: v.oral, date: v.date })),
    mandates: r.mandates.map((m) => ({ name: m.name, effect: m.effect })),
    documents: [...r.documents],
    key_issue_ids: [...r.key_issue_ids],
    situation_ids: [...r.situation_ids],
    statement_ids: [...r.statement_ids],
  };
}

/** A new text of the session, with nothing but what the Add form asks. */
export function newInput(sessionId: string): ResolutionInput {
  return {
    session_id: sessionId,
    agenda_item: null,
    title: "",
    kind: null,
    draft_symbol: null,
    adopted_symbol: null,
    status: null,
    action_date: null,
    action_meeting: null,
    programme_budget: "",
    position: "",
    asks: "",
    sponsors: [],
    cosponsors: [],
    revisions: [],
    mandates: [],
    documents: [],
    key_issue_ids: [],
    situation_ids: [],
    statement_ids: [],
  };
}

