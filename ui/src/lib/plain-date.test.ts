// Plain dates move by calendar days and months, never by a time zone or a daylight-saving change.
import { describe, expect, it } from "vitest";
import { addDays, addMonths, toDate, toIso, weekdayIndex } from "./plain-date";

describe("plain dates", () => {
  it("read and write as the same day", () => {
    expect(toDate("2018-06-25").toISOString()).toBe("2018-06-25T00:00:00.000Z");
    expect(toIso(toDate("2018-06-25"))).toBe("2018-06-25");
  });

  it.each([
    ["2018-06-30", 1, "2018-07-01"],
    ["2019-01-01", -1, "2018-12-31"],
    ["2018-12-31", 1, "2019-01-01"],
    ["2020-02-28", 1, "2020-02-29"],
    ["2019-02-28", 1, "2019-03-01"],
    ["2020-03-01", -1, "2020-02-29"],
    // Over the spring and autumn clock changes in Geneva: still whole days.
    ["2018-03-24", 1, "2018-03-25"],
    ["2018-03-25", 1, "2018-03-26"],
    ["2018-10-27", 2, "2018-10-29"],
    ["2018-06-18", 0, "2018-06-18"],
    ["2018-06-18", 18, "2018-07-06"],
    ["2018-07-06", -18, "2018-06-18"],
    ["2018-01-01", 365, "2019-01-01"],
    ["2020-01-01", 366, "2021-01-01"],
  ])("%s moved by %i days is %s", (iso, days, moved) => {
    expect(addDays(iso, days)).toBe(moved);
  });

  it.each([
    ["2018-06-25", 1, "2018-07-25"],
    ["2018-01-31", 1, "2018-02-28"],
    ["2020-01-31", 1, "2020-02-29"],
    ["2018-03-31", -1, "2018-02-28"],
    ["2018-12-15", 1, "2019-01-15"],
    ["2019-01-15", -1, "2018-12-15"],
    ["2018-06-25", 12, "2019-06-25"],
    ["2020-02-29", -12, "2019-02-28"],
  ])("%s moved by %i months is %s", (iso, months, moved) => {
    expect(addMonths(iso, months)).toBe(moved);
  });

  it("numbers the weekdays from Monday", () => {
    expect(weekdayIndex("2018-06-18")).toBe(0); // Monday
    expect(weekdayIndex("2018-06-22")).toBe(4); // Friday
    expect(weekdayIndex("2018-06-24")).toBe(6); // Sunday
  });
});
