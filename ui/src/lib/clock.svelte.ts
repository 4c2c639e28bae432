// The app's clock: the real one ("live"), or a Geneva time set by hand for rehearsal and tests
// (from HRC_CLOCK at start, or the Today screen's clock control). A set time stays where it was set. Every screen
// takes "now" from here (and the core's answers from the time passed with them), never from the machine directly.
import { genevaDay } from "./note-links";

export class Clock {
  /** The time set by hand (Geneva wall-clock time, as typed), or null for the real clock. */
  at = $state<string | null>(null);

  /** Whether the clock is set by hand. */
  get isSet(): boolean {
    return this.at !== null;
  }

  /** Sets the clock to a Geneva time ("2018-06-27 12:30"); an empty text goes back to the real clock. */
  set(at: string | null): void {
    const text = at?.trim() ?? "";
    this.at = text === "" ? null : text;
  }

  /** The clock's Geneva date, `YYYY-MM-DD`: the day of the time set by hand (a Geneva time as typed, or an
   * RFC 3339 instant), else today's in Geneva. `now` stands for the real clock (tests pass one). */
  today(now: Date = new Date()): string {
    const at = this.at;
    const wall = at === null ? null : /^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(:\d{2})?$/.exec(at);
    if (wall) return wall[1];
    const instant = at === null ? now : new Date(at);
    return genevaDay((Number.isNaN(instant.getTime()) ? now : instant).toISOString());
  }

  /** Back to the real clock. */
  live(): void {
    this.at = null;
  }
}

/** The app's one clock; App.svelte sets it from `startup().clock`. */
export const clock = new Clock();
