// Deliver mode's countdown on a fake clock: start, pause, reset, the last 15 seconds and the time over the limit.
import { describe, expect, it } from "vitest";
import { duration, elapsedMs, hasRun, idle, isRunning, milestone, pause, reading, reset, start, toggle, used, type Timer } from "./countdown";

/** A fake clock: each action is applied at the time given with it, on a timer that has not run. */
function run(steps: [number, (t: Timer, now: number) => Timer][]): Timer {
  return steps.reduce((t, [now, action]) => action(t, now), idle());
}

describe("the countdown timer", () => {
  it("counts only while running: start, pause, start again", () => {
    const t = run([
      [1_000, start],
      [11_000, pause], // 10 s spoken
      [50_000, start], // a long pause does not count
      [55_500, (t) => t],
    ]);
    expect(isRunning(t)).toBe(true);
    expect(elapsedMs(t, 55_500)).toBe(15_500);
    expect(elapsedMs(t, 60_000)).toBe(20_000);
    expect(elapsedMs(pause(t, 60_000), 90_000)).toBe(20_000);
  });

  it("toggles between running and paused; starting twice or pausing twice changes nothing", () => {
    let t = toggle(idle(), 0);
    expect(isRunning(t)).toBe(true);
    expect(start(t, 5_000)).toBe(t);
    t = toggle(t, 4_000);
    expect(isRunning(t)).toBe(false);
    expect(pause(t, 9_000)).toBe(t);
    expect(elapsedMs(t, 9_000)).toBe(4_000);
  });

  it("resets to the full limit, paused", () => {
    const t = run([
      [0, start],
      [30_000, pause],
    ]);
    expect(hasRun(t)).toBe(true);
    expect(hasRun(idle())).toBe(false);
    const r = reset();
    expect(isRunning(r)).toBe(false);
    expect(elapsedMs(r, 99_000)).toBe(0);
    expect(reading(90, elapsedMs(r, 99_000)).clock).toBe("1:30");
  });

  it("never runs backwards if the clock does", () => {
    expect(elapsedMs(start(idle(), 10_000), 9_000)).toBe(0);
  });
});

describe("what the clock reads", () => {
  it.each([
    // elapsed ms, clock, tone, words
    [0, "1:30", "calm", "1 min 30 s left"],
    [999, "1:30", "calm", "1 min 30 s left"],
    [1_000, "1:29", "calm", "1 min 29 s left"],
    [74_999, "0:16", "calm", "16 s left"],
    [75_000, "0:15", "warning", "15 s left"],
    [89_001, "0:01", "warning", "1 s left"],
    [90_000, "0:00", "warning", "Time is up"],
    [90_999, "0:00", "warning", "Time is up"],
    [91_000, "+0:01", "over", "1 s over"],
    [97_400, "+0:07", "over", "7 s over"],
    [155_000, "+1:05", "over", "1 min 5 s over"],
  ])("after %i ms of a 90 s limit: %s (%s)", (elapsed, clock, tone, words) => {
    expect(reading(90, elapsed)).toMatchObject({ clock, tone, words });
  });

  it("counts up when there is no limit", () => {
    expect(reading(null, 42_700)).toEqual({ clock: "0:42", words: "42 s spoken", tone: "calm", remaining: null, over: 0 });
  });

  it("fills a bar with the share of the limit used", () => {
    expect(used(90, 45_000)).toBe(0.5);
    expect(used(90, 200_000)).toBe(1);
    expect(used(null, 1_000)).toBe(0);
  });

  it("says the milestones once, not every second", () => {
    const at = (ms: number) => reading(90, ms);
    expect(milestone(at(10_000), at(11_000))).toBeNull();
    expect(milestone(at(74_000), at(75_000))).toBe("15 s left");
    expect(milestone(at(76_000), at(77_000))).toBeNull();
    expect(milestone(at(89_500), at(90_000))).toBe("Time is up");
    expect(milestone(at(90_500), at(91_000))).toBe("Over the limit");
    expect(milestone(at(92_000), at(93_000))).toBeNull();
    // A reset back to the full limit says nothing.
    expect(milestone(at(93_000), at(0))).toBeNull();
  });

  it.each([
    [0, "0 s"],
    [45, "45 s"],
    [72, "1 min 12 s"],
    [120, "2 min"],
  ])("duration(%i) is %s", (s, want) => expect(duration(s)).toBe(want));
});
