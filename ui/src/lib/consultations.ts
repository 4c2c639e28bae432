// How an informal consultation's time reads in the window: "13:00–14:00", "From 13:00", "Time to be confirmed", and
// with its day "21 June 2018, 13:00–14:00" or "Date to be announced".
import type { Consultation } from "./bindings";
import { formatDate } from "./dates";
import { hhmm } from "./time";

/** Its hours: "13:00–14:00", "From 13:00", or "Time to be confirmed". */
export function consultationHours(c: Pick<Consultation, "start" | "end">): string {
  if (c.start === null) return "Time to be confirmed";
  return c.end === null ? `From ${hhmm(c.start)}` : `${hhmm(c.start)}–${hhmm(c.end)}`;
}

/** Its day and hours: "21 June 2018, 13:00–14:00", "21 June 2018, from 13:00", "Date to be announced". */
export function consultationWhen(c: Pick<Consultation, "date" | "start" | "end">): string {
  if (c.date === null) return "Date to be announced";
  return `${formatDate(c.date)}, ${consultationHours(c).toLowerCase()}`;
}
