// How dates read in the UI: "18 June – 6 July 2018", and where a session stands ("Day 3 of 19"); how a date typed in a
// date field is read, day first as in Geneva ("25/06/2018", "25 June 2018"), never month first.
// Plain dates stay plain dates (no time zone shift); the app's clock says what "today" is in Geneva.
import type { SessionTiming } from "./bindings";
import { toDate as plainDate } from "./plain-date";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
const FULL = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "18 June 2018". */
export function formatDate(iso: string): string {
  return FULL.format(plainDate(iso));
}

/** "18 June – 6 July 2018", "18–29 June 2018", "28 December 2018 – 4 January 2019". */
export function formatDateRange(startIso: string, endIso: string): string {
  const start = plainDate(startIso);
  const end = plainDate(endIso);
  if (startIso === endIso) return FULL.format(start);
  if (start.getUTCFullYear() !== end.getUTCFullYear()) return `${FULL.format(start)} – ${FULL.format(end)}`;
  if (start.getUTCMonth() !== end.getUTCMonth()) return `${DAY_MONTH.format(start)} – ${FULL.format(end)}`;
  return `${DAY.format(start)}–${FULL.format(end)}`;
}

function days(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}

/** Where a session stands, in words: "Starts tomorrow", "Day 3 of 19", "Ended 2 days ago";
 * empty for a session that ended long ago (its dates say enough). */
export function describeTiming(t: SessionTiming): string {
  switch (t.phase) {
    case "upcoming":
      if (t.days_to_start === 1) return "Starts tomorrow";
      if (t.days_to_start <= 60) return `Starts in ${days(t.days_to_start)}`;
      return `Starts in ${Math.round(t.days_to_start / 30.4)} months`;
    case "current":
      return `Day ${t.day_number} of ${t.total_days}`;
    case "past":
      if (-t.days_to_end === 1) return "Ended yesterday";
      return -t.days_to_end <= 30 ? `Ended ${days(-t.days_to_end)} ago` : "";
  }
}

const FIELD = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** How a date field shows a date: "25 Jun 2018" (day first, the month in letters, so never read month first). */
export function fieldDate(iso: string): string {
  return FIELD.format(plainDate(iso)).replace("Sept", "Sep");
}

/** Month names a person may type: English in full or in three letters (and "Sept"), French in full. */
const MONTHS: Record<string, number> = {};
[
  ["january", "jan", "janvier"],
  ["february", "feb", "février", "fevrier"],
  ["march", "mar", "mars"],
  ["april", "apr", "avril"],
  ["may", "mai"],
  ["june", "jun", "juin"],
  ["july", "jul", "juillet"],
  ["august", "aug", "août", "aout"],
  ["september", "sep", "sept", "septembre"],
  ["october", "oct", "octobre"],
  ["november", "nov", "novembre"],
  ["december", "dec", "décembre", "decembre"],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const WEEKDAY_PREFIX = /^(mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[a-zé]*\.?,?\s+/i;

/** `YYYY-MM-DD` of a day that exists, or null (31 June, 29 February 2019). */
function isoOf(year: number | undefined, month: number, day: number): string | null {
  if (year === undefined || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A typed year: "18" is 2018. */
function yearOf(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

/** Reads a date typed day first — "25/06/2018", "25.06.2018", "25-6-18", "25062018", "25 June 2018", "25 Jun",
 * "Mon 25 June 2018", or the ISO "2018-06-25" — as `YYYY-MM-DD`; null when it is no date (month first included:
 * "06/25/2018" has no 25th month). Without a year, `year` is taken (the year of the day the field is about); with
 * neither, it is no date. */
export function readDate(typed: string, year?: number): string | null {
  const text = typed.trim().toLowerCase().replace(WEEKDAY_PREFIX, "");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{4}|\d{2}))?\.?$/.exec(text);
  if (m) return isoOf(m[3] ? yearOf(m[3]) : year, Number(m[2]), Number(m[1]));
  m = /^(\d{2})(\d{2})(\d{4}|\d{2})?$/.exec(text);
  if (m) return isoOf(m[3] ? yearOf(m[3]) : year, Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s*(?:of\s+)?([a-zéû]+)\.?,?(?:\s+(\d{4}|\d{2}))?$/.exec(text);
  if (m && MONTHS[m[2]] !== undefined) return isoOf(m[3] ? yearOf(m[3]) : year, MONTHS[m[2]], Number(m[1]));
  return null;
}

/** What a date field says of text it cannot read, naming the field. */
export function dateProblem(field: string, typed: string): string {
  return `${field}: “${typed.trim()}” is not a date. Type the day first, e.g. 25/06/2018 or 25 June 2018.`;
}

/** The day a session's date fields start on: today while the session runs, else (or while today is not known
 * yet) its first day. */
export function firstFieldDay(session: { start_date: string; end_date: string }, today: string | null): string {
  return today !== null && session.start_date <= today && today <= session.end_date ? today : session.start_date;
}
