// The "Taken at" field's day and time: an instant shown in Geneva time, the app's clock, and what the core is sent.
import { describe, expect, it } from "vitest";
import { clockWallTime, typedWallTime, wallTime } from "./taken-at";

describe("taken at", () => {
  it("shows an instant in Geneva time, summer and winter", () => {
    expect(wallTime("2018-06-20T08:15:00.000Z")).toEqual({ date: "2018-06-20", time: "10:15" });
    expect(wallTime("2018-02-26T23:30:00.000Z")).toEqual({ date: "2018-02-27", time: "00:30" });
  });
  it("takes now from the app's clock: the time set by hand, else the real one", () => {
    expect(clockWallTime("2018-06-27 12:30")).toEqual({ date: "2018-06-27", time: "12:30" });
    expect(clockWallTime(null, new Date("2018-06-27T10:30:00Z"))).toEqual({ date: "2018-06-27", time: "12:30" });
    expect(clockWallTime("next Tuesday", new Date("2018-06-27T10:30:00Z"))).toEqual({ date: "2018-06-27", time: "12:30" });
  });
  it("sends Geneva wall time, as hrc note add --at takes it", () => {
    expect(typedWallTime({ date: "2018-06-20", time: " 10:15 " })).toBe("2018-06-20 10:15");
  });
});
