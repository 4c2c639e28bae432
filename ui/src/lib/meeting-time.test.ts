// A meeting's time, number and items in words, as the core says them (meeting.rs time_words and numbered).
import { describe, expect, it } from "vitest";
import type { MeetingWhen } from "./bindings";
import { dayAndTime, documentUrl, itemsWords, numbered, showsContd, startsOn, timeParts, timeWords } from "./meeting-time";

const DAY: MeetingWhen = { date: "2018-06-20", slot: null, start: null, end: null, starts_at: null, ends_at: null, estimated: false };

describe("meeting time in words", () => {
  it("says a slot, exact times, an estimate, a time to be confirmed and a date to be announced", () => {
    expect(timeWords({ ...DAY, slot: "morning", start: "09:00:00", end: "12:00:00" })).toBe("Morning 09:00–12:00");
    expect(timeWords({ ...DAY, slot: "morning", start: "10:00:00", end: "13:00:00", estimated: true })).toBe("10:00–13:00 (estimated)");
    expect(timeWords({ ...DAY, start: "15:00:00", end: "18:00:00" })).toBe("15:00–18:00");
    expect(timeWords(DAY)).toBe("Time to be confirmed");
    expect(timeWords({ ...DAY, date: null })).toBe("Date to be announced");
    expect(dayAndTime({ ...DAY, slot: "afternoon", start: "15:00:00", end: "18:00:00" })).toBe("Wed 20 Jun, Afternoon 15:00–18:00");
    expect(startsOn({ date: "2018-06-20", start: "09:00:00" })).toBe("Wed 20 Jun, 09:00");
    expect(startsOn({ date: "2018-06-20", start: null })).toBe("Wed 20 Jun");
  });

  it("names the slot at the session's own hours, not at the Council's usual ones then", () => {
    const own = {
      morning: { start: "10:00:00", end: "13:00:00" },
      midday: { start: "13:00:00", end: "15:00:00" },
      afternoon: { start: "15:00:00", end: "18:00:00" },
    };
    expect(timeParts({ ...DAY, slot: "morning", start: "10:00:00", end: "13:00:00" }, own)).toMatchObject({ slot: "Morning", hours: "10:00–13:00" });
    expect(timeParts({ ...DAY, slot: "morning", start: "09:00:00", end: "12:00:00" }, own)).toMatchObject({ slot: null, hours: "09:00–12:00" });
    expect(timeParts({ ...DAY, slot: "morning", start: "10:00:00", end: "13:00:00" })).toMatchObject({ slot: null });
    expect(dayAndTime({ ...DAY, slot: "morning", start: "10:00:00", end: "13:00:00" }, own)).toBe("Wed 20 Jun, Morning 10:00–13:00");
  });

  it.each([
    [1, "1st meeting"],
    [2, "2nd meeting"],
    [3, "3rd meeting"],
    [7, "7th meeting"],
    [11, "11th meeting"],
    [12, "12th meeting"],
    [21, "21st meeting"],
    [22, "22nd meeting"],
    [113, "113th meeting"],
  ])("numbers %i as the Order of the Day writes it: %s", (n, words) => expect(numbered(n)).toBe(words));

  it("names the items and links a symbol to the UN's documents", () => {
    expect(itemsWords([])).toBe("");
    expect(itemsWords([3])).toBe("Item 3");
    expect(itemsWords([3, 4, 5, 9, 10])).toBe("Items 3, 4, 5, 9 and 10");
    expect(documentUrl("A/HRC/38/44/Add.1")).toBe("https://undocs.org/A/HRC/38/44/Add.1");
  });
});

describe("cont'd", () => {
  it("is marked after the title of a meeting that continues another, unless the title says so already", () => {
    expect(showsContd({ title: "ID with the SR on executions", continues_id: "m1" })).toBe(true);
    expect(showsContd({ title: "ID with the SR on executions", continues_id: null })).toBe(false);
    for (const title of ["Clustered ID (cont'd)", "Clustered ID (Cont’d) ", "Clustered ID (continued)"]) {
      expect(showsContd({ title, continues_id: "m1" })).toBe(false);
    }
  });
});
