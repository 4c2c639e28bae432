// The window's title names the screen and the session shown.
import { describe, expect, it } from "vitest";
import { windowTitle } from "./window-title";

describe("windowTitle", () => {
  it("names the screen, then the session, then the app", () => {
    expect(windowTitle("statements", { name: "HRC38" })).toBe("Statements — HRC38 — HRC Planner");
    expect(windowTitle("key-issues", { name: "HRC S-28" })).toBe("Key issues — HRC S-28 — HRC Planner");
  });

  it("names the screen alone where no session is shown", () => {
    expect(windowTitle("today", { name: "HRC38" })).toBe("Today — HRC Planner");
    expect(windowTitle("settings", null)).toBe("Settings — HRC Planner");
    expect(windowTitle("organisations", { name: "HRC38" })).toBe("Organisations — HRC Planner");
    // A session screen with no session selected shows the sessions list.
    expect(windowTitle("overview", null)).toBe("Sessions — HRC Planner");
  });
});
