// How the Today screen words the core's figures ("ends in 2 h 30 min", "Day 10 of 19") and which session the day
// is about.
import { describe, expect, it } from "vitest";
import { AT_1230, BETWEEN, GD4, GD7, GROUND_UP, HRC38, HRC39, timed } from "../test/today-data";
import { clockLabel, dayName, endsIn, longDay, minutesText, sessionDay, sessionOfTheDay, sideEventWhen, slot, startsWhen } from "./today";

describe("today's words", () => {
  it.each([
    [0, "1 min"],
    [1, "1 min"],
    [20, "20 min"],
    [60, "1 h"],
    [80, "1 h 20 min"],
    [150, "2 h 30 min"],
  ])("minutesText(%i) is %s", (minutes, text) => expect(minutesText(minutes)).toBe(text));

  it("says when the meeting running ends and when the next starts: in minutes today, else its day", () => {
    expect(endsIn(timed(GD4, "running", -30, 80))).toBe("ends in 1 h 20 min");
    expect(startsWhen(timed(GD4, "upcoming", 20, 200), "2018-06-27")).toBe("starts in 20 min");
    expect(startsWhen(timed(GD7, "upcoming", 7170, 7350), "2018-06-27")).toBe("Mon 2 Jul, 12:00");
  });

  it("says so when a meeting's time is not known yet (the core gives no minutes)", () => {
    const untimed = { ...GD4, start: null, end: null, starts_at: null, ends_at: null };
    const t = { meeting: untimed, state: "upcoming" as const, starts_in_minutes: null, ends_in_minutes: null };
    expect(startsWhen(t, "2018-06-27")).toBe("time to be confirmed");
    expect(startsWhen(t, "2018-06-26")).toBe("Wed 27 Jun, time to be confirmed");
    expect(startsWhen({ ...t, meeting: { ...untimed, date: null } }, "2018-06-26")).toBe("date to be announced");
    expect(endsIn(t)).toBe("time to be confirmed");
    expect(slot(untimed)).toBe("Time to be confirmed");
    expect(slot(GD4)).toBe("12:00–15:00");
  });

  it("says how soon a side event starts, from two hours before", () => {
    expect(sideEventWhen(GROUND_UP, "2018-06-27T09:00:00.000Z")).toBe("");
    expect(sideEventWhen(GROUND_UP, "2018-06-27T10:30:00.000Z")).toBe("in 1 h");
    expect(sideEventWhen(GROUND_UP, "2018-06-27T11:10:00.000Z")).toBe("in 20 min");
    expect(sideEventWhen(GROUND_UP, "2018-06-27T12:00:00.000Z")).toBe("now");
    expect(sideEventWhen(GROUND_UP, "2018-06-27T13:00:00.000Z")).toBe("ended");
  });

  it("says the day of the session as the core counts it", () => {
    // The core counts the days (SessionTiming); the window only words them.
    expect(sessionDay(AT_1230.session_timing)).toBe("Day 10 of 19");
    expect(sessionDay({ phase: "current", days_to_start: 0, days_to_end: 18, day_number: 1, total_days: 19 })).toBe("Day 1 of 19");
    expect(sessionDay({ phase: "past", days_to_start: -19, days_to_end: -1, day_number: null, total_days: 19 })).toBe("");
    expect(sessionDay(null)).toBe("");
  });

  it("names days the same way in every engine (no comma after the weekday)", () => {
    expect(dayName("2018-07-02")).toBe("Monday 2 July");
    expect(dayName("2018-07-02", "short")).toBe("Mon 2 Jul");
    expect(longDay("2018-06-27")).toBe("Wednesday 27 June 2018");
  });

  it("names the clock's instant in Geneva", () => {
    expect(clockLabel(AT_1230)).toBe("Wednesday 27 June 2018, 12:30");
  });
});

describe("the session of the day", () => {
  const special = { ...HRC39, id: "s-special", start_date: "2018-06-27", end_date: "2018-06-27" };

  it("is the one running, unless the chosen one runs that day too", () => {
    expect(sessionOfTheDay(AT_1230, null)).toBe(HRC38.id);
    expect(sessionOfTheDay(AT_1230, HRC39)).toBe(HRC38.id);
    expect(sessionOfTheDay(AT_1230, special)).toBe(special.id);
  });

  it("is none between sessions, whatever is chosen", () => {
    expect(sessionOfTheDay(BETWEEN, HRC39)).toBeNull();
    expect(sessionOfTheDay(BETWEEN, null)).toBeNull();
  });
});
