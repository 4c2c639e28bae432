// The week calendar's arithmetic: a session's Monday–Friday weeks and where events sit in a day.
import { describe, expect, it } from "vitest";
import type { Meeting } from "./bindings";
import { mondayOf, placeDay, placeWeek, sessionWeeks, sittings, weekIndexOf } from "./side-event-calendar";

describe("sessionWeeks", () => {
  it("gives HRC38 (Monday 18 June – Friday 6 July 2018) three Monday-to-Friday weeks", () => {
    const weeks = sessionWeeks("2018-06-18", "2018-07-06");
    expect(weeks.map((w) => w.days.map((d) => d.date))).toEqual([
      ["2018-06-18", "2018-06-19", "2018-06-20", "2018-06-21", "2018-06-22"],
      ["2018-06-25", "2018-06-26", "2018-06-27", "2018-06-28", "2018-06-29"],
      ["2018-07-02", "2018-07-03", "2018-07-04", "2018-07-05", "2018-07-06"],
    ]);
    expect(weeks.map((w) => w.number)).toEqual([1, 2, 3]);
    expect(weeks.flatMap((w) => w.days).every((d) => d.inSession)).toBe(true);
  });

  it("marks the days of a partial week that are outside the session", () => {
    const weeks = sessionWeeks("2018-05-23", "2018-05-24"); // a two-day special session, Wed–Thu
    expect(weeks).toHaveLength(1);
    expect(weeks[0].days.map((d) => d.inSession)).toEqual([false, false, true, true, false]);
  });

  it("finds the week of a date, weekends included", () => {
    const weeks = sessionWeeks("2018-06-18", "2018-07-06");
    expect(mondayOf("2018-06-24")).toBe("2018-06-18"); // a Sunday
    expect(weekIndexOf(weeks, "2018-06-28")).toBe(1);
    expect(weekIndexOf(weeks, "2018-07-09")).toBe(-1);
  });
});

describe("placeDay", () => {
  it("places an event by its time between 08:00 and 20:00", () => {
    const [p] = placeDay([{ date: "2018-06-25", start: "14:00:00", end: "15:30:00" }]);
    expect(p.top).toBe(50); // 6 of 12 hours
    expect(p.height).toBe(12.5); // 1.5 of 12 hours
    expect(p).toMatchObject({ lane: 0, lanes: 1, clipped: false });
  });

  it("puts overlapping events side by side, and a later one back in the full width", () => {
    const placed = placeDay([
      { date: "d", start: "13:00", end: "14:00", id: "a" },
      { date: "d", start: "13:30", end: "15:00", id: "b" },
      { date: "d", start: "16:00", end: "17:00", id: "c" },
    ]);
    const byId = Object.fromEntries(placed.map((p) => [p.item.id, p]));
    expect(byId.a).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.b).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.c).toMatchObject({ lane: 0, lanes: 1 });
  });

  it("cuts an event at the calendar's edges and says so", () => {
    const [p] = placeDay([{ date: "d", start: "19:00", end: "21:00" }]);
    expect(p.clipped).toBe(true);
    expect(p.top + p.height).toBeCloseTo(100);
  });
});

describe("placeWeek", () => {
  it("puts each event in its day's column and sets weekend events apart", () => {
    const [, week2] = sessionWeeks("2018-06-18", "2018-07-06");
    const { days, weekend } = placeWeek(week2, [
      { date: "2018-06-25", start: "13:00", end: "14:30", id: "sport" },
      { date: "2018-06-28", start: "13:30", end: "15:00", id: "ishr" },
      { date: "2018-06-30", start: "10:00", end: "11:00", id: "saturday" },
      { date: "2018-07-02", start: "13:00", end: "14:00", id: "next-week" },
    ]);
    expect(days.map((d) => d.map((p) => p.item.id))).toEqual([["sport"], [], [], ["ishr"], []]);
    expect(weekend.map((e) => e.id)).toEqual(["saturday"]);
  });
});

describe("sittings", () => {
  const meeting = (id: string, fields: Partial<Meeting>): Meeting =>
    ({ id, title: id, date: "2018-06-20", start: "09:00:00", end: "12:00:00", status: "scheduled", number: null, ...fields }) as Meeting;

  it("draws the meetings of one day and the same hours as one sitting, in time order, and leaves out those it cannot place", () => {
    const drawn = sittings([
      meeting("GD item 4", { date: "2018-06-27", start: "12:00:00", end: "15:00:00" }),
      meeting("ID executions", { number: 7 }),
      meeting("ID expression", { number: 7 }),
      meeting("ID Burundi", { date: "2018-06-27" }),
      meeting("Cancelled", { date: "2018-06-27", status: "cancelled" }),
      meeting("Postponed", { status: "postponed" }),
      meeting("Time to be confirmed", { start: null, end: null }),
      meeting("To be announced", { date: null, start: null, end: null }),
    ]);
    expect(drawn.map((s) => [s.date, s.start, s.titles, s.number])).toEqual([
      ["2018-06-20", "09:00:00", ["ID executions", "ID expression"], 7],
      ["2018-06-27", "09:00:00", ["ID Burundi"], null],
      ["2018-06-27", "12:00:00", ["GD item 4"], null],
    ]);
    expect(drawn[0].ids).toEqual(["ID executions", "ID expression"]);
  });
});
