// How dates read in the UI: "18 June – 6 July 2018", and where a session stands ("Day 3 of 19").
// Plain dates stay plain dates (no time zone shift); the core decides what "today" is in Geneva.
import type { SessionTiming } from "./bindings";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
const FULL = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A `YYYY-MM-DD` date as a UTC midnight, so formatting never moves it to another day. */
function plainDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

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
