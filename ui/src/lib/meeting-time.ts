// How a meeting's time, number and status read in the window, as the core words them (meeting.rs
// `time_words`, `numbered`): "Morning 09:00–12:00", "10:00–13:00 (estimated)", "Time to be
// confirmed", "Date to be announced", "7th meeting". Slot hours and labels come from the core's lists.
import type { Meeting, MeetingWhen, SlotHours } from "./bindings";
import { MEETING_SLOTS, MEETING_STATUSES } from "./bindings/choices";
import { DOCUMENT_URL } from "./bindings/reference";
import { labelOf } from "./choices";
import { hhmm, shortDay } from "./time";

/** "09:00–12:00", or null while the time is not known. */
export function hours(w: Pick<MeetingWhen, "start" | "end">): string | null {
  return w.start !== null && w.end !== null ? `${hhmm(w.start)}–${hhmm(w.end)}` : null;
}

/** When on its day, without the date: "Morning 09:00–12:00" (a slot at its hours: the session's `own`, else the
 *  Council's usual ones), "10:00–13:00 (estimated)", "Time to be confirmed"; "Date to be announced" without a date. */
export function timeWords(w: MeetingWhen, own: SlotHours | null = null): string {
  const p = timeParts(w, own);
  return p.words ?? [p.slot, p.hours, p.estimated ? "(estimated)" : null].filter(Boolean).join(" ");
}

/** The parts of `timeWords`, for a screen that keeps each whole on a line: the slot's label when the times are its
 *  hours, the hours, whether they are estimated; or, when there are no hours, the words said instead. */
export type TimeParts = { slot: string | null; hours: string | null; estimated: boolean; words: string | null };

/** `own`: the session's own slot hours (none: the Council's usual ones), which a slot's label goes with. */
export function timeParts(w: MeetingWhen, own: SlotHours | null = null): TimeParts {
  const none = { slot: null, hours: null, estimated: false };
  if (w.date === null) return { ...none, words: "Date to be announced" };
  const h = hours(w);
  if (h === null) return { ...none, words: "Time to be confirmed" };
  const slot = MEETING_SLOTS.find((s) => s.key === w.slot);
  const span = slot && own ? { start: hhmm(own[slot.key].start), end: hhmm(own[slot.key].end) } : slot;
  const atSlot = slot !== undefined && span?.start === hhmm(w.start ?? "") && span?.end === hhmm(w.end ?? "");
  return { slot: atSlot ? slot.label : null, hours: h, estimated: w.estimated, words: null };
}

/** When, with the day: "Wed 20 Jun, Morning 09:00–12:00", "Date to be announced". */
export function dayAndTime(w: MeetingWhen, own: SlotHours | null = null): string {
  return w.date === null ? timeWords(w, own) : `${shortDay(w.date)}, ${timeWords(w, own)}`;
}

/** "Wed 20 Jun, 09:00" — when it starts, as short as it is known ("Wed 20 Jun" without a time). */
export function startsOn(w: Pick<MeetingWhen, "date" | "start">): string {
  if (w.date === null) return "Date to be announced";
  return w.start === null ? shortDay(w.date) : `${shortDay(w.date)}, ${hhmm(w.start)}`;
}

/** "1st meeting", "7th meeting", "22nd meeting", as the Order of the Day writes them. */
export function numbered(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix} meeting`;
}

/** Whether to mark a meeting "(cont'd)" after its title: it continues another and its title does not say so
 *  already (the core's `Meeting::contd_mark`). */
export function showsContd(m: Pick<Meeting, "title" | "continues_id">): boolean {
  const title = m.title.trimEnd().toLowerCase();
  return m.continues_id !== null && !["(cont'd)", "(cont’d)", "(continued)", "(cont.)"].some((s) => title.endsWith(s));
}

/** "Items 3, 4 and 5", "Item 3", or "" for none. */
export function itemsWords(items: readonly number[]): string {
  if (items.length === 0) return "";
  if (items.length === 1) return `Item ${items[0]}`;
  return `Items ${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A meeting's status as the core labels it ("Cancelled"). */
export function statusLabel(m: Pick<Meeting, "status">): string {
  return labelOf(MEETING_STATUSES, m.status);
}

/** Whether it will not take place where it stands (the core's `Meeting::off`). */
export function isOff(m: Pick<Meeting, "status">): boolean {
  return m.status === "cancelled" || m.status === "postponed";
}

/** The UN link of a document symbol (the core's `url_of`). */
export function documentUrl(symbol: string): string {
  return `${DOCUMENT_URL}${symbol}`;
}

/** When a meeting is, as a `MeetingWhen`. */
export function whenOf(m: Meeting): MeetingWhen {
  return { date: m.date, slot: m.slot, start: m.start, end: m.end, starts_at: m.starts_at, ends_at: m.ends_at, estimated: m.estimated };
}
