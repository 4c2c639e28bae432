// The app's clock: live or set by hand, and its today, which is the core's answer at that clock (`geneva_today`),
// not a date the web view works out.
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks, fakeCommands, invalid } from "../test/fake-commands";
import { Clock } from "./clock.svelte";

afterEach(() => {
  clearMocks();
  vi.useRealTimers();
});

/** The core's `geneva_today`: the real clock is already 4 December in Geneva; a time it cannot read is refused. */
function core() {
  return fakeCommands({
    geneva_today: ({ at }) => {
      if (at === null) return "2026-12-04";
      if (at === "next Tuesday") throw invalid("at", "not_a_clock_time", '"next Tuesday" is not a date and time');
      return "2018-06-28";
    },
  });
}

describe("the clock", () => {
  it("is live until set, holds a time set by hand, and goes back to live", () => {
    const clock = new Clock();
    expect([clock.at, clock.isSet]).toEqual([null, false]);
    void clock.set(" 2018-06-27 12:30 ");
    expect([clock.at, clock.isSet]).toEqual(["2018-06-27 12:30", true]);
    void clock.set("");
    expect(clock.at).toBeNull();
    void clock.set("2018-06-27 12:30");
    void clock.live();
    expect(clock.at).toBeNull();
  });

  it("takes today from the core at the time set by hand, else at the real clock", async () => {
    const calls = core();
    const clock = new Clock();
    expect(clock.today).toBeNull();
    expect(await clock.ask()).toBe("2026-12-04");
    expect(await clock.set("2018-06-27T23:30:00Z")).toBe("2018-06-28");
    expect(clock.today).toBe("2018-06-28");
    expect(await clock.live()).toBe("2026-12-04");
    expect(calls.map((c) => c.args.at)).toEqual([null, "2018-06-27T23:30:00Z", null]);
  });

  it("keeps the real clock's day when the core cannot read the time set (Today says why)", async () => {
    const calls = core();
    const clock = new Clock();
    expect(await clock.set("next Tuesday")).toBe("2026-12-04");
    expect(calls.map((c) => c.args.at)).toEqual(["next Tuesday", null]);
  });

  it("keeps the latest answer when an earlier one comes back late", async () => {
    let answer: (day: string) => void = () => {};
    fakeCommands({ geneva_today: ({ at }) => (at === null ? new Promise((resolve) => (answer = resolve)) : "2018-06-27") });
    const clock = new Clock();
    const late = clock.live();
    expect(await clock.set("2018-06-27 12:30")).toBe("2018-06-27");
    answer("2026-12-04");
    await late;
    expect(clock.today).toBe("2018-06-27");
  });

  it("asks again while live, not while set by hand, until stopped", async () => {
    vi.useFakeTimers();
    const calls = core();
    const clock = new Clock();
    const stop = clock.follow(1000);
    await vi.advanceTimersByTimeAsync(2500);
    expect(calls).toHaveLength(2);
    await clock.set("2018-06-27 12:30");
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(3);
    stop();
    await clock.live();
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toHaveLength(4);
  });
});
