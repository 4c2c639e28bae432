// How the Today screen reads: "ends in 1 h 20 min", "starts in 20 min", "Mon 2 Jul, 12:00", the day
// of the session, and which session "today" is about (the one running, or the one chosen if it runs too).
// Every figure comes from the core's Today; this file only words it.
import { today as todayCommand } from "./api";
import type { MeetingWhen, Session, SessionTiming, SideEvent, TimedMeeting, Today } from "./bindings";
import { hours } from "./meeting-time";
import { genevaClock } from "./note-links";
import { hhmm } from "./time";

/** 20 → "20 min", 60 → "1 h", 80 → "1 h 20 min"; never less than a minute. */
export function minutesText(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A running meeting's end: "ends in 2 h 30 min" ("time to be confirmed" while its time is not known). */
export function endsIn(m: TimedMeeting): string {
  return m.ends_in_minutes === null ? TIME_TO_BE_CONFIRMED : `ends in ${minutesText(m.ends_in_minutes)}`;
}

/** When the next meeting starts: "starts in 20 min" today, else its day and time ("Mon 2 Jul, 12:00"); "time to
 *  be confirmed" when the core does not know it yet. */
export function startsWhen(m: TimedMeeting, date: string): string {
  const { date: day, start } = m.meeting;
  if (day === date) return m.starts_in_minutes === null ? TIME_TO_BE_CONFIRMED : `starts in ${minutesText(m.starts_in_minutes)}`;
  if (day === null) return "date to be announced";
  return `${dayName(day, "short")}, ${start === null ? TIME_TO_BE_CONFIRMED : hhmm(start)}`;
}

const TIME_TO_BE_CONFIRMED = "time to be confirmed";

/** "12:00–15:00", or "Time to be confirmed" for a meeting whose time is not known yet. */
export function slot(m: Pick<MeetingWhen, "start" | "end">): string {
  return hours(m) ?? "Time to be confirmed";
}

/** Where a meeting stands, as its badge says. */
export const STATE_LABELS: Record<TimedMeeting["state"], string> = {
  ended: "Ended",
  running: "Now",
  upcoming: "Upcoming",
};

/** Where a side event stands against now: "in 20 min", "now", "ended", or "" when it is later than
 * two hours away (its time says enough). */
export function sideEventWhen(e: SideEvent, now: string): string {
  const t = Date.parse(now);
  const start = Date.parse(e.starts_at);
  const end = Date.parse(e.ends_at);
  if (t >= end) return "ended";
  if (t >= start) return "now";
  const minutes = Math.ceil((start - t) / 60_000);
  return minutes <= 120 ? `in ${minutesText(minutes)}` : "";
}

/** "Day 10 of 19" while the session runs, from the core's count of its days; "" otherwise. */
export function sessionDay(timing: SessionTiming | null): string {
  return timing?.day_number != null ? `Day ${timing.day_number} of ${timing.total_days}` : "";
}

const DAY_PARTS = {
  long: new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }),
  short: new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }),
};

/** "Monday 2 July" ("Mon 2 Jul" when short) — from the parts, so that every engine's en-GB writes it
 * alike (WebKit's adds a comma after the weekday). */
export function dayName(date: string, length: "long" | "short" = "long"): string {
  const [y, m, d] = date.split("-").map(Number);
  const parts = DAY_PARTS[length].formatToParts(new Date(Date.UTC(y, m - 1, d)));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")}`;
}

/** "Wednesday 27 June 2018". */
export function longDay(date: string): string {
  return `${dayName(date)} ${date.slice(0, 4)}`;
}

/** "Wednesday 27 June 2018, 12:30" — the instant `now` on the Geneva day `date`. */
export function clockLabel(t: Pick<Today, "now" | "date">): string {
  return `${longDay(t.date)}, ${genevaClock(t.now)}`;
}

/** Whether a session's dates include `date`. */
export function runsOn(session: Pick<Session, "start_date" | "end_date">, date: string): boolean {
  return session.start_date <= date && date <= session.end_date;
}

/** Which session the day is about: the chosen one when it runs that day too (two can overlap, a
 * special session during a regular one), else the one the core found running (or none). */
export function sessionOfTheDay(running: Today, chosen: Session | null): string | null {
  if (chosen && chosen.id !== running.session?.id && runsOn(chosen, running.date)) return chosen.id;
  return running.session?.id ?? null;
}

/** The today view at the clock (`at`, null for the real one), for the chosen session when it runs
 * that day, else for the session running (none between sessions). */
export async function loadToday(at: string | null, chosen: Session | null): Promise<Today> {
  const running = await todayCommand(at, null);
  const id = sessionOfTheDay(running, chosen);
  return id === null || id === running.session?.id ? running : todayCommand(at, id);
}
