// Deliver mode's countdown against a statement's speaking-time limit: start, pause, reset and what the clock reads
// ("1:30", "0:12" in the last 15 s, "+0:07 over"), as pure functions of a timer and a time passed in (no clock inside).
import { mmss } from "./time";

/** A clock in milliseconds that only moves forward (`performance.now()` in the app, a number in tests). */
export type Clock = () => number;

/** The app's clock: immune to the computer's time being changed while someone speaks. */
export const monotonic: Clock = () => performance.now();

/** A stopwatch: when it was last started (null when paused or never started) and the time run before that. */
export type Timer = { readonly startedAt: number | null; readonly bankedMs: number };

/** In the last this many seconds the clock turns to its warning colour. */
export const WARNING_SECONDS = 15;

/** A timer that has not run. */
export const idle = (): Timer => ({ startedAt: null, bankedMs: 0 });

export const isRunning = (t: Timer): boolean => t.startedAt !== null;

/** Has run at all (running, or paused with time on it). */
export const hasRun = (t: Timer): boolean => t.startedAt !== null || t.bankedMs > 0;

/** How long it has run, in milliseconds, at `now`. */
export function elapsedMs(t: Timer, now: number): number {
  return t.bankedMs + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt));
}

/** Starts (or goes on) at `now`; a running timer is left as it is. */
export function start(t: Timer, now: number): Timer {
  return t.startedAt === null ? { startedAt: now, bankedMs: t.bankedMs } : t;
}

/** Pauses at `now`, keeping the time run; a paused timer is left as it is. */
export function pause(t: Timer, now: number): Timer {
  return t.startedAt === null ? t : { startedAt: null, bankedMs: elapsedMs(t, now) };
}

/** Start when paused, pause when running (the Space bar). */
export function toggle(t: Timer, now: number): Timer {
  return isRunning(t) ? pause(t, now) : start(t, now);
}

/** Back to the full limit, paused. */
export const reset = (): Timer => idle();

/** The clock's tone: calm, the last 15 seconds (0:15 to 0:00), or past the limit. */
export type Tone = "calm" | "warning" | "over";

/** What the clock shows. */
export type Reading = {
  /** "1:30", "0:07", "+0:07" (over), or the time spoken when there is no limit ("0:42"). */
  clock: string;
  /** The clock in words for a screen reader and for the eye: "1 min 30 s left", "7 s over", "42 s spoken". */
  words: string;
  tone: Tone;
  /** Whole seconds left (counted up, as a countdown shows them), or null without a limit. */
  remaining: number | null;
  /** Whole seconds past the limit (0 until a full second has passed). */
  over: number;
};

/** 72 → "1 min 12 s", 45 → "45 s", 120 → "2 min". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const min = Math.floor(s / 60);
  const sec = s % 60;
  if (min === 0) return `${sec} s`;
  return sec === 0 ? `${min} min` : `${min} min ${sec} s`;
}

/**
 * What the clock shows after `elapsed` ms against a limit of `limitSeconds` (null: no limit, the clock counts up).
 * Before the limit it counts down in whole seconds rounded up (a full 90 s limit shows 1:30 until a second has
 * gone); at the limit it shows 0:00, and from a full second past it "+0:01", "+0:02"…
 */
export function reading(limitSeconds: number | null, elapsed: number): Reading {
  if (limitSeconds === null) {
    const spoken = Math.floor(elapsed / 1000);
    return { clock: mmss(spoken), words: `${duration(spoken)} spoken`, tone: "calm", remaining: null, over: 0 };
  }
  const leftMs = limitSeconds * 1000 - elapsed;
  if (leftMs > 0) {
    const remaining = Math.ceil(leftMs / 1000);
    return {
      clock: mmss(remaining),
      words: `${duration(remaining)} left`,
      tone: remaining <= WARNING_SECONDS ? "warning" : "calm",
      remaining,
      over: 0,
    };
  }
  const over = Math.floor(-leftMs / 1000);
  if (over === 0) return { clock: "0:00", words: "Time is up", tone: "warning", remaining: 0, over: 0 };
  return { clock: `+${mmss(over)}`, words: `${duration(over)} over`, tone: "over", remaining: 0, over };
}

/** How much of the limit has gone, 0–1 (for a bar), or 0 without a limit. */
export function used(limitSeconds: number | null, elapsed: number): number {
  if (limitSeconds === null || limitSeconds <= 0) return 0;
  return Math.min(1, Math.max(0, elapsed / (limitSeconds * 1000)));
}

/**
 * What to say aloud when the clock crosses a milestone between two readings: the last 15 seconds, time up,
 * and the limit passed. Null otherwise, so that a screen reader is not read every second.
 */
export function milestone(before: Reading, after: Reading): string | null {
  if (before.remaining !== null && after.remaining !== null) {
    if (before.tone !== "over" && after.tone === "over") return "Over the limit";
    if (before.remaining > 0 && after.remaining === 0) return "Time is up";
    if (before.remaining > WARNING_SECONDS && after.remaining <= WARNING_SECONDS) return `${duration(after.remaining)} left`;
  }
  return null;
}
