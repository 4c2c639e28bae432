// The app's clock: the real one ("live"), or a Geneva time set by hand for rehearsal and tests
// (from HRC_CLOCK at start, or the Today screen's clock control). A set time stays where it was set. Every screen
// takes "now" from here: the time set goes to the core with each question (`at`), and today's date in Geneva at
// this clock is the core's answer (`geneva_today`), never worked out in the web view.
import { genevaToday, toApiError } from "./api";
import { latest } from "./latest";

/** While live, how often today's date is asked again (it changes at midnight in Geneva). */
const REFRESH_MS = 30_000;

export class Clock {
  /** The time set by hand (Geneva wall-clock time, as typed), or null for the real clock. */
  at = $state<string | null>(null);
  /** Today's date in Geneva (`YYYY-MM-DD`) at this clock, as the core gives it; null until it has answered. */
  today = $state<string | null>(null);
  #asks = latest();

  /** Whether the clock is set by hand. */
  get isSet(): boolean {
    return this.at !== null;
  }

  /** Sets the clock to a Geneva time ("2018-06-27 12:30"); an empty text goes back to the real clock. The core is
   * asked for the day at once. */
  set(at: string | null): Promise<string | null> {
    const text = at?.trim() ?? "";
    this.at = text === "" ? null : text;
    return this.ask();
  }

  /** Back to the real clock. */
  live(): Promise<string | null> {
    return this.set(null);
  }

  /** Asks the core for today's date at this clock, keeps it in `today` and resolves to it. A time set that the core
   * cannot read (Today says why) gives the real clock's day, as the sessions' phases do; when the core cannot
   * answer at all, `today` is null. */
  async ask(): Promise<string | null> {
    const at = this.at;
    await this.#asks.load(
      () =>
        genevaToday(at).catch((e) => {
          if (at !== null && toApiError(e).field === "at") return genevaToday(null);
          throw e;
        }),
      { answer: (day) => (this.today = day), failure: () => (this.today = null) },
    );
    return this.today;
  }

  /** Keeps `today` current while the clock is live (midnight passes in Geneva); returns what stops it. */
  follow(every: number = REFRESH_MS): () => void {
    const timer = setInterval(() => {
      if (this.at === null) void this.ask();
    }, every);
    return () => clearInterval(timer);
  }
}

/** The app's one clock; App.svelte sets it from `startup().clock`. */
export const clock = new Clock();
