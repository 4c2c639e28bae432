// The app's clock: the real one ("live"), or a Geneva time set by hand for rehearsal and tests
// (from HRC_CLOCK at start, or the Today screen's clock control). A set time stays where it was set.

/** "2018-06-27T12:30" (a datetime-local field) → "2018-06-27 12:30", as the core reads it. */
export function fromField(value: string): string {
  return value.trim().replace("T", " ");
}

/** "2018-06-27 12:30" → "2018-06-27T12:30", for a datetime-local field; "" when it is not that shape. */
export function toField(at: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(at.trim());
  return match ? `${match[1]}T${match[2]}` : "";
}

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

  /** Back to the real clock. */
  live(): void {
    this.at = null;
  }
}

/** The app's one clock; App.svelte sets it from `startup().clock`. */
export const clock = new Clock();
