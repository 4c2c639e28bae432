// A session's slot hours as the window shows and edits them: its own (the core's `slot_hours`) or the Council's
// usual ones (the core's slot list), "HH:MM" in Geneva.
import type { MeetingSlot, Session, SlotHoursInput } from "./bindings";
import { MEETING_SLOTS } from "./bindings/choices";
import { hhmm } from "./time";

/** Each slot's start and end as typed: "09:00", "12:00". */
export type SlotHoursDraft = Record<MeetingSlot, { start: string; end: string }>;

/** The session's hours for each slot (its own, or the Council's usual ones; the usual ones for a new session). */
export function slotHoursDraft(session: Pick<Session, "slot_hours"> | null): SlotHoursDraft {
  const own = session?.slot_hours ?? null;
  const draft = {} as SlotHoursDraft;
  for (const slot of MEETING_SLOTS) {
    const span = own?.[slot.key];
    draft[slot.key] = span ? { start: hhmm(span.start), end: hhmm(span.end) } : { start: slot.start, end: slot.end };
  }
  return draft;
}

/** What the core reads: each slot's start and end as typed (the core checks them and names the slot). */
export function slotHoursInput(draft: SlotHoursDraft): SlotHoursInput {
  const span = (slot: MeetingSlot) => ({ start: draft[slot].start.trim(), end: draft[slot].end.trim() });
  return { morning: span("morning"), midday: span("midday"), afternoon: span("afternoon") };
}

/** Whether the typed hours are the Council's usual ones. */
export function usualHours(draft: SlotHoursDraft): boolean {
  return MEETING_SLOTS.every((s) => draft[s.key].start.trim() === s.start && draft[s.key].end.trim() === s.end);
}
