// The words of the Documents and Mandates screens: what links a record, grouped and counted; holders one a line; the
// session typed for a mandate's renewal.
import { describe, expect, it } from "vitest";
import type { LinkedRecord } from "./bindings";
import { holdersOf, holdersText, linkedGroups, linkedSummary, renewalOf } from "./library";

const at = (kind: string, id: string): LinkedRecord => ({ kind, id, session_id: "s", title: id, date: null });

describe("library words", () => {
  it("groups what links a record by kind in the core's order, each kind with the screen it opens on", () => {
    const groups = linkedGroups([at("meeting", "m1"), at("statement", "st"), at("meeting", "m2"), at("situation", "bdi")]);
    expect(groups.map((g) => [g.heading, g.screen, g.records.map((r) => r.id)])).toEqual([
      ["Meetings", "programme", ["m1", "m2"]],
      ["Situations", "situations", ["bdi"]],
      ["Statements", "statements", ["st"]],
    ]);
  });

  it("counts what links a record, or says it is linked to nothing", () => {
    expect(linkedSummary([at("meeting", "a"), at("meeting", "b"), at("key-issue", "k")], "none")).toBe("2 meetings · 1 key issue");
    expect(linkedSummary([], "Not taken up")).toBe("Not taken up");
  });

  it("reads holders one a line and writes them back the same way", () => {
    expect(holdersOf(" Doudou Diène \n\nLucy Asuagbor\n")).toEqual(["Doudou Diène", "Lucy Asuagbor"]);
    expect(holdersText({ holders: ["Doudou Diène", "Lucy Asuagbor"] })).toBe("Doudou Diène\nLucy Asuagbor");
    expect(holdersText(null)).toBe("");
  });

  it("reads a renewal session as a number, HRC41 as 41, empty as none, and refuses anything else", () => {
    expect(renewalOf("41")).toEqual({ ok: true, value: 41 });
    expect(renewalOf(" HRC 41 ")).toEqual({ ok: true, value: 41 });
    expect(renewalOf("")).toEqual({ ok: true, value: null });
    expect(renewalOf("0").ok).toBe(false);
    expect(renewalOf("June").ok).toBe(false);
  });
});
