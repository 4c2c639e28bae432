// When a note was taken, as the note editor's "Taken at" field shows and sends it: a Geneva day and time, sent as
// Geneva wall time ("2018-06-20 10:15"), which the core reads as `hrc note add --at` does.
import { genevaClock, genevaDay } from "./note-links";

/** A Geneva day (`YYYY-MM-DD`) and time (`HH:MM`), as the field holds them. */
export type WallTime = { date: string; time: string };

/** An instant's Geneva day and time. */
export function wallTime(instant: string): WallTime {
  return { date: genevaDay(instant), time: genevaClock(instant) };
}

/** Now at the app's clock: the Geneva time set by hand ("2018-06-27 12:30"), else `now` in Geneva. */
export function clockWallTime(at: string | null, now: Date = new Date()): WallTime {
  const wall = at === null ? null : /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/.exec(at.trim());
  return wall ? { date: wall[1], time: wall[2] } : wallTime(now.toISOString());
}

/** What the core is sent: "2018-06-20 10:15". */
export function typedWallTime(w: WallTime): string {
  return `${w.date} ${w.time.trim()}`;
}
