// Lays a session's meetings out as the programme screen shows them: weeks of the session, each with
// its days in order and each day's meetings in time order (those whose time is to be confirmed last),
// a cluster's dialogues under its first, and the meetings whose date is to be announced apart.
// Weekends appear only when they hold a meeting.
import type { Meeting } from "./bindings";
import { addDays, toDate, weekdayIndex } from "./plain-date";

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

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** "18–22 June", "29 June – 3 July", "19 June". */
export function dayRange(first: string, last: string): string {
  const a = toDate(first);
  const b = toDate(last);
  if (first === last) return DAY_MONTH.format(a);
  if (a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear()) return `${DAY.format(a)}–${DAY_MONTH.format(b)}`;
  return `${DAY_MONTH.format(a)} – ${DAY_MONTH.format(b)}`;
}

/** Time order: known times first, then by start, end, number and title. */
function byTime(a: Meeting, b: Meeting): number {
  const known = Number(a.start === null) - Number(b.start === null);
  return (
    known ||
    (a.start ?? "").localeCompare(b.start ?? "") ||
    (a.end ?? "").localeCompare(b.end ?? "") ||
    (a.number ?? 0) - (b.number ?? 0) ||
    a.title.localeCompare(b.title)
  );
}

/** A meeting as the programme lists it, with the dialogues clustered with it (when it is a cluster's first). */
export type ProgrammeEntry = { meeting: Meeting; clustered: Meeting[] };

/** A list's meetings with each cluster's dialogues under its first one, when that is in the same list; the
 *  order is kept otherwise. */
export function clustered(meetings: readonly Meeting[]): ProgrammeEntry[] {
  const here = new Set(meetings.map((m) => m.id));
  const under = (m: Meeting) => m.cluster_id !== null && here.has(m.cluster_id);
  return meetings.filter((m) => !under(m)).map((m) => ({ meeting: m, clustered: meetings.filter((x) => x.cluster_id === m.id) }));
}

/** Meetings whose date is still to be announced, by number and title. */
export function toBeAnnounced(meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => m.date === null).sort(byTime);
}

/** The session's weeks from `start` to `end` (plain dates), with `meetings` placed on their days;
 * `today`, when given, is kept even on a weekend so that the person sees where they are. */
export function programmeWeeks(start: string, end: string, meetings: readonly Meeting[], today: string | null = null): ProgrammeWeek[] {
  const onDay = new Map<string, Meeting[]>();
  for (const m of meetings) {
    if (m.date === null || m.date < start || m.date > end) continue;
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
    if (!weekend || dayMeetings.length > 0 || date === today) current.push({ date, meetings: dayMeetings });
  }
  close();
  return weeks;
}

/** Meetings whose day lies outside the session's dates (the session was shortened after they were added). */
export function meetingsOutside(start: string, end: string, meetings: readonly Meeting[]): Meeting[] {
  const outside = meetings.filter((m): m is Meeting & { date: string } => m.date !== null && (m.date < start || m.date > end));
  return outside.sort((a, b) => a.date.localeCompare(b.date) || byTime(a, b));
}

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/** "2018-06-18" → { weekday: "Monday", date: "18 June" }, for a day label on two lines. */
export function dayParts(iso: string): { weekday: string; date: string } {
  const d = toDate(iso);
  return { weekday: WEEKDAY.format(d), date: DAY_MONTH.format(d) };
}

/** A row of the timeline: one day with its meetings, or a run of days (`date` to `last`) without any. */
export type ProgrammeRow = { date: string; last: string; meetings: Meeting[] };

/** A week's days as timeline rows: consecutive days without meetings share one row; `today`, and the days in `busy`
 *  (holding something else, such as an informal consultation), keep their own. */
export function weekRows(days: readonly ProgrammeDay[], today: string | null = null, busy: ReadonlySet<string> = new Set()): ProgrammeRow[] {
  const rows: ProgrammeRow[] = [];
  const open = (date: string) => date === today || busy.has(date);
  for (const day of days) {
    const prev = rows[rows.length - 1];
    const quiet = day.meetings.length === 0 && !open(day.date);
    if (quiet && prev && prev.meetings.length === 0 && !open(prev.date) && addDays(prev.last, 1) === day.date) {
      prev.last = day.date;
    } else {
      rows.push({ date: day.date, last: day.date, meetings: day.meetings });
    }
  }
  return rows;
}

/** "Thursday 21 June", "Tuesday 19 – Friday 22 June", "Monday 29 June – Tuesday 30 June". */
export function daysLabel(first: string, last: string): string {
  const a = dayParts(first);
  const b = dayParts(last);
  if (first === last) return `${a.weekday} ${a.date}`;
  const [dayA, monthA] = a.date.split(" ");
  const [, monthB] = b.date.split(" ");
  if (monthA === monthB && first.slice(0, 4) === last.slice(0, 4)) return `${a.weekday} ${dayA} – ${b.weekday} ${b.date}`;
  return `${a.weekday} ${a.date} – ${b.weekday} ${b.date}`;
}
