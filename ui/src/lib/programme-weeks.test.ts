// The programme's layout: a session's weeks, their days in order, meetings in time order, weekends only when used.
import { describe, expect, it } from "vitest";
import { aMeeting } from "../test/meeting-data";
import type { Meeting } from "./bindings";
import { clustered, dayRange, daysLabel, meetingsOutside, programmeWeeks, toBeAnnounced, weekRows } from "./programme-weeks";

function meeting(id: string, date: string | null, start: string | null, end: string | null, more: Partial<Meeting> = {}): Meeting {
  return aMeeting({ id, ...more }, date, start, end);
}

describe("programmeWeeks", () => {
  it("splits HRC38 (Monday 18 June – Friday 6 July 2018) into three working weeks", () => {
    const weeks = programmeWeeks("2018-06-18", "2018-07-06", []);
    expect(weeks.map((w) => w.label)).toEqual(["Week 1 · 18–22 June", "Week 2 · 25–29 June", "Week 3 · 2–6 July"]);
    expect(weeks[0].days.map((d) => d.date)).toEqual(["2018-06-18", "2018-06-19", "2018-06-20", "2018-06-21", "2018-06-22"]);
  });

  it("puts meetings on their day in time order, and keeps a weekend only when a meeting is on it", () => {
    const weeks = programmeWeeks("2018-06-18", "2018-07-06", [
      meeting("afternoon", "2018-06-27", "15:00", "18:00"),
      meeting("morning", "2018-06-27", "09:00", "12:00"),
      meeting("saturday", "2018-06-30", "10:00", "12:00"),
    ]);
    const wednesday = weeks[1].days.find((d) => d.date === "2018-06-27");
    expect(wednesday?.meetings.map((m) => m.id)).toEqual(["morning", "afternoon"]);
    expect(weeks[1].days.map((d) => d.date)).toContain("2018-06-30");
    expect(weeks[1].days.map((d) => d.date)).not.toContain("2018-07-01");
    expect(weeks[1].label).toBe("Week 2 · 25–30 June");
  });

  it("keeps today on a weekend, so that the person sees where they are", () => {
    const weeks = programmeWeeks("2018-06-18", "2018-07-06", [], "2018-06-24");
    expect(weeks[0].days.map((d) => d.date)).toContain("2018-06-24");
    expect(weeks[0].label).toBe("Week 1 · 18–24 June");
  });

  it("starts week 1 on the session's first day and names weeks across two months", () => {
    const weeks = programmeWeeks("2019-02-27", "2019-03-08", []);
    expect(weeks.map((w) => w.label)).toEqual(["Week 1 · 27 February – 1 March", "Week 2 · 4–8 March"]);
  });

  it("keeps meetings that lie outside the session's dates apart rather than losing them", () => {
    const stray = meeting("stray", "2018-07-09", "09:00", "12:00");
    const weeks = programmeWeeks("2018-06-18", "2018-07-06", [stray]);
    expect(weeks.flatMap((w) => w.days.flatMap((d) => d.meetings))).toEqual([]);
    expect(meetingsOutside("2018-06-18", "2018-07-06", [stray])).toEqual([stray]);
  });

  it("puts meetings whose time is to be confirmed last on their day, and those to be announced apart", () => {
    const untimed = meeting("untimed", "2018-06-20", null, null);
    const tba = meeting("tba", null, null, null);
    const weeks = programmeWeeks("2018-06-18", "2018-07-06", [untimed, meeting("late", "2018-06-20", "15:00", "18:00"), tba]);
    expect(weeks[0].days[2].meetings.map((m) => m.id)).toEqual(["late", "untimed"]);
    expect(weeks.flatMap((w) => w.days.flatMap((d) => d.meetings)).map((m) => m.id)).not.toContain("tba");
    expect(meetingsOutside("2018-06-18", "2018-07-06", [tba])).toEqual([]);
    expect(toBeAnnounced([untimed, tba])).toEqual([tba]);
  });

  it("hangs a cluster's dialogues under its first when it is in the same list", () => {
    const lead = meeting("lead", "2018-06-20", "09:00", "12:00");
    const second = meeting("second", "2018-06-20", "10:00", "13:00", { cluster_id: "lead" });
    const elsewhere = meeting("elsewhere", "2018-06-21", "09:00", "12:00", { cluster_id: "gone" });
    expect(clustered([lead, second, elsewhere])).toEqual([
      { meeting: lead, clustered: [second] },
      { meeting: elsewhere, clustered: [] },
    ]);
  });

  it("reads a single day and a range", () => {
    expect(dayRange("2018-06-19", "2018-06-19")).toBe("19 June");
    expect(dayRange("2018-06-29", "2018-07-03")).toBe("29 June – 3 July");
  });

  it("gathers days without meetings into one timeline row, keeping today on its own", () => {
    const [week] = programmeWeeks("2018-06-18", "2018-06-22", [meeting("m", "2018-06-19", "09:00", "12:00")]);
    expect(weekRows(week.days).map((r) => [r.date, r.last, r.meetings.length])).toEqual([
      ["2018-06-18", "2018-06-18", 0],
      ["2018-06-19", "2018-06-19", 1],
      ["2018-06-20", "2018-06-22", 0],
    ]);
    expect(weekRows(week.days, "2018-06-21").map((r) => [r.date, r.last])).toEqual([
      ["2018-06-18", "2018-06-18"],
      ["2018-06-19", "2018-06-19"],
      ["2018-06-20", "2018-06-20"],
      ["2018-06-21", "2018-06-21"],
      ["2018-06-22", "2018-06-22"],
    ]);
    // A day holding a consultation keeps its own row too.
    expect(weekRows(week.days, null, new Set(["2018-06-21"])).map((r) => [r.date, r.last])).toEqual([
      ["2018-06-18", "2018-06-18"],
      ["2018-06-19", "2018-06-19"],
      ["2018-06-20", "2018-06-20"],
      ["2018-06-21", "2018-06-21"],
      ["2018-06-22", "2018-06-22"],
    ]);
  });

  it("names a run of days", () => {
    expect(daysLabel("2018-06-21", "2018-06-21")).toBe("Thursday 21 June");
    expect(daysLabel("2018-06-19", "2018-06-22")).toBe("Tuesday 19 – Friday 22 June");
    expect(daysLabel("2018-06-29", "2018-07-02")).toBe("Friday 29 June – Monday 2 July");
  });
});
