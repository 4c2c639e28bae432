// An informal consultation's time in words: hours known, a start alone, neither; with its day, or to be announced.
import { describe, expect, it } from "vitest";
import { consultationHours, consultationWhen } from "./consultations";

describe("a consultation's time in words", () => {
  it("says its hours and its day as far as they are known", () => {
    expect(consultationHours({ start: "13:00:00", end: "14:00:00" })).toBe("13:00–14:00");
    expect(consultationHours({ start: "13:00:00", end: null })).toBe("From 13:00");
    expect(consultationHours({ start: null, end: null })).toBe("Time to be confirmed");
    expect(consultationWhen({ date: "2018-06-21", start: "13:00:00", end: "14:00:00" })).toBe("21 June 2018, 13:00–14:00");
    expect(consultationWhen({ date: "2018-06-21", start: null, end: null })).toBe("21 June 2018, time to be confirmed");
    expect(consultationWhen({ date: "2018-06-21", start: "13:00:00", end: null })).toBe("21 June 2018, from 13:00");
    expect(consultationWhen({ date: null, start: "13:00:00", end: null })).toBe("Date to be announced");
  });
});
