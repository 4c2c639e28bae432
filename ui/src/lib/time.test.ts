// Times and durations as the UI writes them.
import { describe, expect, it } from "vitest";
import { genevaDateTime, genevaLongDateTime, hhmm, mmss, shortDay, weekday } from "./time";
import { itemLabel } from "./agenda";

describe("time formats", () => {
  it.each([
    [0, "0:00"],
    [59, "0:59"],
    [90, "1:30"],
    [121, "2:01"],
  ])("mmss(%i) is %s", (s, want) => expect(mmss(s)).toBe(want));

  it("reads Geneva wall-clock and dates", () => {
    expect(hhmm("09:00:00")).toBe("09:00");
    expect(weekday("2018-06-19")).toBe("Tuesday 19 June");
    expect(shortDay("2018-06-19")).toBe("Tue 19 Jun");
    expect(genevaDateTime("2018-06-19T14:10:00.000Z")).toBe("19 Jun 2018, 16:10");
    expect(genevaLongDateTime("2018-06-27T11:12:00.000Z")).toBe("27 June 2018, 13:12");
    expect(genevaLongDateTime("2018-12-03T08:05:00.000Z")).toBe("3 December 2018, 09:05");
  });

  it("labels agenda items", () => {
    expect(itemLabel(4)).toBe("Item 4 · Situations that require the Council's attention");
    expect(itemLabel(null)).toBe("No agenda item");
  });
});
