// The generated choice lists reach the window with the core's keys and labels, and labelOf reads them.
import { describe, expect, it } from "vitest";
import { MEETING_KINDS, SEARCH_KINDS, SECTIONS, STATEMENT_KINDS } from "./bindings/choices";
import { labelOf } from "./choices";

describe("choices", () => {
  it("names a choice by the core's label, and a key it does not know by the key", () => {
    expect(labelOf(MEETING_KINDS, "general-debate")).toBe("General debate");
    expect(labelOf(SECTIONS, "programme")).toBe("Programme of work");
    expect(labelOf(MEETING_KINDS, "tea-break" as never)).toBe("tea-break");
  });

  it("carries what the window shows of a choice beside its label", () => {
    expect(STATEMENT_KINDS.find((k) => k.key === "joint-written")).toEqual({
      key: "joint-written",
      label: "Joint written statement",
      short: "Joint written",
      written: true,
      joint: true,
    });
    expect(SEARCH_KINDS.map((k) => k.plural)).toContain("Key issues");
  });
});
