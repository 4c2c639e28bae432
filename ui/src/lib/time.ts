// How times and durations read in the UI: "09:00", "1:30", "Tuesday 19 June".
// Meetings and side events come from the core in Geneva wall-clock time ("09:00:00").
import { toDate } from "./plain-date";

/** "09:00:00" → "09:00". */
export function hhmm(time: string): string {
  return time.slice(0, 5);
}

/** 90 → "1:30" (minutes and seconds). */
export function mmss(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "2018-06-19" → "Tuesday 19 June". */
export function weekday(iso: string): string {
  return WEEKDAY.format(toDate(iso));
}

/** "2018-06-19" → "Tue 19 Jun" — from the parts, so that every engine writes it alike (WebKit's en-GB puts a
 *  comma after the weekday). */
export function shortDay(iso: string): string {
  const parts = SHORT.formatToParts(toDate(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")}`;
}

/** An instant (UTC, RFC 3339) in Geneva: "19 Jun 2018, 16:10". */
export function genevaDateTime(instant: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Zurich",
  }).format(new Date(instant));
}

const LONG_PARTS = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Zurich",
});

/** An instant (UTC, RFC 3339) in Geneva, in full: "27 June 2018, 13:12" (the same in every engine's version of en-GB). */
export function genevaLongDateTime(instant: string): string {
  const parts = LONG_PARTS.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")} ${get("month")} ${get("year")}, ${get("hour")}:${get("minute")}`;
}
