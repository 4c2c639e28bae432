// Lays a session's meetings out as the programme screen shows them: weeks of the session, each with
// its days in order and each day's meetings in time order. Weekends appear only when they hold a meeting.
import type { Meeting } from "../lib/bindings";

export type ProgrammeDay = {
  /** `YYYY-MM-DD`. */
  date: string;
  meetings: Meeting[];
};

export type ProgrammeWeek = {
  /** 1 for the week the session opens in. */
  number: number;
  /** "Week 1 · 18–22 June". */
  label: string;
  days: ProgrammeDay[];
};

const DAY_MS = 86_400_000;
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

function toDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `iso` moved by `n` days. */
export function addDays(iso: string, n: number): string {
  return toIso(new Date(toDate(iso).getTime() + n * DAY_MS));
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(iso: string): number {
  return (toDate(iso).getUTCDay() + 6) % 7;
}

/** "18–22 June", "29 June – 3 July", "19 June". */
export function dayRange(first: string, last: string): string {
  const a = toDate(first);
  const b = toDate(last);
  if (first === last) return DAY_MONTH.format(a);
  if (a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear()) return `${DAY.format(a)}–${DAY_MONTH.format(b)}`;
  return `${DAY_MONTH.format(a)} – ${DAY_MONTH.format(b)}`;
}

function byTime(a: Meeting, b: Meeting): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.title.localeCompare(b.title);
}

/** The session's weeks from `start` to `end` (plain dates), with `meetings` placed on their days. */
export function programmeWeeks(start: string, end: string, meetings: readonly Meeting[]): ProgrammeWeek[] {
  const onDay = new Map<string, Meeting[]>();
  for (const m of meetings) {
    if (m.date < start || m.date > end) continue;
    onDay.set(m.date, [...(onDay.get(m.date) ?? []), m]);
  }
  const weeks: ProgrammeWeek[] = [];
  let current: ProgrammeDay[] = [];
  const close = () => {
    if (current.length === 0) return;
    const number = weeks.length + 1;
    weeks.push({ number, label: `Week ${number} · ${dayRange(current[0].date, current[current.length - 1].date)}`, days: current });
    current = [];
  };
  // A guard against a runaway loop on bad dates: no session lasts a year.
  for (let date = start, n = 0; date <= end && n < 366; date = addDays(date, 1), n++) {
    if (weekdayIndex(date) === 0 && date !== start) close();
    const dayMeetings = [...(onDay.get(date) ?? [])].sort(byTime);
    const weekend = weekdayIndex(date) >= 5;
    if (!weekend || dayMeetings.length > 0) current.push({ date, meetings: dayMeetings });
  }
  close();
  return weeks;
}

/** Meetings whose day lies outside the session's dates (the session was shortened after they were added). */
export function meetingsOutside(start: string, end: string, meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => m.date < start || m.date > end).sort((a, b) => a.date.localeCompare(b.date) || byTime(a, b));
}

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/** "2018-06-18" → { weekday: "Monday", date: "18 June" }, for a day label on two lines. */
export function dayParts(iso: string): { weekday: string; date: string } {
  const d = toDate(iso);
  return { weekday: WEEKDAY.format(d), date: DAY_MONTH.format(d) };
}
