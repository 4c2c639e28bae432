// Plain dates (`YYYY-MM-DD`, a day without a time or a zone): the one place that turns them into `Date`s and back
// and counts days, months and weekdays on them. A plain date is held as that day's UTC midnight, so formatting it
// (with `timeZone: "UTC"`) or moving it never lands on another day, wherever the machine's clock is set.

/** `YYYY-MM-DD` → that day's UTC midnight. */
export function toDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A UTC midnight → `YYYY-MM-DD`. */
export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `iso` moved by `days` calendar days (negative: back), across months, years and 29 February. */
export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The same day `months` months on (negative: back); the month's last day when it has fewer (31 Jan + 1 → 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return toIso(first);
}

/** Monday 0 … Sunday 6. */
export function weekdayIndex(iso: string): number {
  return (toDate(iso).getUTCDay() + 6) % 7;
}
