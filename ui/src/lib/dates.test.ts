// Dates typed in a date field are read day first, as everywhere in the app, and shown with the month in letters.
import { describe, expect, it } from "vitest";
import { dateProblem, fieldDate, readDate, firstFieldDay } from "./dates";

describe("readDate", () => {
  it.each([
    ["25/06/2018", "2018-06-25"],
    ["25.06.2018", "2018-06-25"],
    ["25-06-2018", "2018-06-25"],
    ["25 06 2018", "2018-06-25"],
    ["5/7/2018", "2018-07-05"],
    ["25/06/18", "2018-06-25"],
    ["25062018", "2018-06-25"],
    ["25 June 2018", "2018-06-25"],
    ["25 june 2018", "2018-06-25"],
    ["25 Jun 2018", "2018-06-25"],
    ["25th of June, 2018", "2018-06-25"],
    ["5 Sept 2018", "2018-09-05"],
    ["Mon 25 Jun 2018", "2018-06-25"],
    ["Monday, 25 June 2018", "2018-06-25"],
    ["1er juillet 2018", "2018-07-01"],
    ["2018-06-25", "2018-06-25"],
    ["  25/06/2018  ", "2018-06-25"],
    ["29/02/2020", "2020-02-29"],
  ])("reads %s as %s", (typed, iso) => {
    expect(readDate(typed)).toBe(iso);
  });

  it("takes the year it is given when none is typed (none given: no date)", () => {
    expect(readDate("27 June", 2018)).toBe("2018-06-27");
    expect(readDate("27/06", 2018)).toBe("2018-06-27");
    expect(readDate("27 June")).toBeNull();
  });

  it.each([
    "06/25/2018", // month first: there is no 25th month
    "06192018", // what the old field turned into 12/25/2018
    "31/06/2018",
    "29/02/2019",
    "tomorrow",
    "25 Junes 2018",
    "",
    "2018-13-01",
    "25/06/2018 12:30",
  ])("refuses %j", (typed) => {
    expect(readDate(typed, 2018)).toBeNull();
  });

  it("shows a date day first with the month in letters, which it reads back", () => {
    expect(fieldDate("2018-06-25")).toBe("25 Jun 2018");
    expect(fieldDate("2018-09-05")).toBe("5 Sep 2018");
    for (const iso of ["2018-01-01", "2018-09-30", "2019-12-31"]) expect(readDate(fieldDate(iso))).toBe(iso);
  });

  it("names the field in its error and says how to type a date", () => {
    expect(dateProblem("First day", "06192018 ")).toBe("First day: “06192018” is not a date. Type the day first, e.g. 25/06/2018 or 25 June 2018.");
  });
});

describe("the day a session's fields start on", () => {
  const hrc38 = { start_date: "2018-06-18", end_date: "2018-07-06" };
  it("is today while the session runs, else its first day", () => {
    expect(firstFieldDay(hrc38, "2018-06-27")).toBe("2018-06-27");
    expect(firstFieldDay(hrc38, "2018-07-06")).toBe("2018-07-06");
    expect(firstFieldDay(hrc38, "2018-07-07")).toBe("2018-06-18");
    expect(firstFieldDay(hrc38, "2026-12-03")).toBe("2018-06-18");
  });
});
