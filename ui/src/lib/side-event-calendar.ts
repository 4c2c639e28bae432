// The side events week calendar's arithmetic: the session's weeks (Monday to Friday), where an
// event sits in its day column between 08:00 and 20:00 (side by side when events overlap), and the
// plenary sittings drawn behind the side events.
import type { Meeting } from "./bindings";
import { addDays, toDate, weekdayIndex } from "./plain-date";

/** The hours the calendar shows. */
export const DAY_START_MINUTES = 8 * 60;
export const DAY_END_MINUTES = 20 * 60;

export type CalendarDay = {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Whether the Council sits that day (the date is within the session). */
  inSession: boolean;
};

export type CalendarWeek = {
  /** 1 for the session's first week. */
  number: number;
  /** Monday to Friday. */
  days: CalendarDay[];
};

/** The Monday of the week `iso` falls in. */
export function mondayOf(iso: string): string {
  return addDays(iso, -weekdayIndex(iso));
}

/** Whether `iso` is a Saturday or a Sunday. */
export function isWeekend(iso: string): boolean {
  const day = toDate(iso).getUTCDay();
  return day === 0 || day === 6;
}

/** The weeks a session spans, Monday to Friday each. */
export function sessionWeeks(startDate: string, endDate: string): CalendarWeek[] {
  const weeks: CalendarWeek[] = [];
  const last = mondayOf(endDate);
  for (let monday = mondayOf(startDate); monday <= last; monday = addDays(monday, 7)) {
    const days = [0, 1, 2, 3, 4].map((i) => {
      const date = addDays(monday, i);
      return { date, inSession: date >= startDate && date <= endDate };
    });
    weeks.push({ number: weeks.length + 1, days });
  }
  return weeks;
}

/** The index in `weeks` of the week holding `date` (or -1). */
export function weekIndexOf(weeks: readonly CalendarWeek[], date: string): number {
  const monday = mondayOf(date);
  return weeks.findIndex((w) => w.days[0].date === monday);
}

/** "09:30:00" or "09:30" → 570. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

/** Something with a day and a slot, like a side event. */
export type Slotted = { date: string; start: string; end: string };

/** Where an event sits in its day column: top and height as percentages of 08:00–20:00, and which
 * of `lanes` side-by-side lanes it takes (events that overlap share the width). */
export type Placement<T> = {
  item: T;
  top: number;
  height: number;
  lane: number;
  lanes: number;
  /** It begins before 08:00 or ends after 20:00 (it is cut at the edge). */
  clipped: boolean;
};

const SPAN = DAY_END_MINUTES - DAY_START_MINUTES;

/** Places one day's events in their column. */
export function placeDay<T extends Slotted>(events: readonly T[]): Placement<T>[] {
  const sorted = [...events].sort((a, b) => minutesOf(a.start) - minutesOf(b.start) || minutesOf(b.end) - minutesOf(a.end));
  const placed: Placement<T>[] = [];
  // Groups of events that overlap one another, directly or through a chain, share lanes.
  let group: Placement<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const closeGroup = () => {
    for (const p of group) p.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    const start = minutesOf(item.start);
    const end = Math.max(minutesOf(item.end), start + 1);
    if (start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else {
      laneEnds[lane] = end;
    }
    groupEnd = group.length === 0 ? end : Math.max(groupEnd, end);
    const top = Math.min(Math.max(start - DAY_START_MINUTES, 0), SPAN - 15);
    const bottom = Math.max(Math.min(end - DAY_START_MINUTES, SPAN), top + 15);
    const p: Placement<T> = {
      item,
      top: (top / SPAN) * 100,
      height: ((bottom - top) / SPAN) * 100,
      lane,
      lanes: 1,
      clipped: start < DAY_START_MINUTES || end > DAY_END_MINUTES,
    };
    group.push(p);
    placed.push(p);
  }
  closeGroup();
  return placed;
}

/** A week's events by day (Monday to Friday), each day placed; and the events of the weekend. */
export function placeWeek<T extends Slotted>(week: CalendarWeek, events: readonly T[]): { days: Placement<T>[][]; weekend: T[] } {
  const days = week.days.map((day) => placeDay(events.filter((e) => e.date === day.date)));
  const monday = week.days[0].date;
  const sunday = addDays(monday, 6);
  const weekend = events.filter((e) => e.date > week.days[4].date && e.date <= sunday);
  return { days, weekend };
}

/** The hour marks down the calendar's side: 8, 9, … 20. */
export const HOURS: readonly number[] = Array.from({ length: SPAN / 60 + 1 }, (_, i) => DAY_START_MINUTES / 60 + i);

/** The week to show first: this week while the session runs (`today`, the core's date in Geneva), else the first
 *  week with an event. */
export function firstWeek(weeks: readonly CalendarWeek[], eventDates: readonly string[], today: string): number {
  const current = weekIndexOf(weeks, today);
  if (current !== -1) return current;
  const withEvent = eventDates.map((d) => weekIndexOf(weeks, d)).find((i) => i !== -1);
  return withEvent ?? 0;
}

/** Plenary meetings that sit at the same hours of one day, drawn behind the side events as one block: the
 *  dialogues of a cluster, or debates taken in one slot. */
export type Sitting = Slotted & {
  /** The meetings' ids, in the programme's order. */
  ids: string[];
  /** Their titles, in the same order. */
  titles: string[];
  /** Their meeting number ("7th meeting"), when the programme gives one. */
  number: number | null;
};

/** The plenary meetings that will sit at a known time (not cancelled or postponed), those of one day and the same
 *  hours together, in time order. A meeting whose date or time is not known yet is not drawn. */
export function sittings(meetings: readonly Meeting[]): Sitting[] {
  const byHours = new Map<string, Sitting>();
  for (const m of meetings) {
    if (!m.date || !m.start || !m.end || m.status === "cancelled" || m.status === "postponed") continue;
    const key = `${m.date} ${m.start} ${m.end}`;
    const sitting = byHours.get(key);
    if (sitting) {
      sitting.ids.push(m.id);
      sitting.titles.push(m.title);
      sitting.number ??= m.number;
    } else {
      byHours.set(key, { date: m.date, start: m.start, end: m.end, ids: [m.id], titles: [m.title], number: m.number });
    }
  }
  return [...byHours.values()].sort((a, b) => a.date.localeCompare(b.date) || minutesOf(a.start) - minutesOf(b.start));
}
