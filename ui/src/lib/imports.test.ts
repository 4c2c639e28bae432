// The words an import's report is told in.
import { describe, expect, it } from "vitest";
import type { ImportReport, Session } from "./bindings";
import { describeImport } from "./imports";

const session = { label: "38", kind: "regular", name: "HRC38" } as Session;
const report = (r: Partial<ImportReport>): ImportReport => ({ session, added: 0, updated: 0, unchanged: 0, merged_organisations: 0, conflicts: [], ...r });

describe("describeImport", () => {
  it("says what was added and updated", () => {
    expect(describeImport(report({ added: 128 }))).toBe("Imported HRC38: 128 items added, 0 items updated.");
  });
  it("says when nothing was new", () => {
    expect(describeImport(report({ unchanged: 128 }))).toBe("Imported HRC38: nothing new; everything in the file was already here.");
  });
  it("says a copy of a session already here came in under its own name", () => {
    const copy = { ...session, label: "40", name: "HRC40" };
    expect(describeImport(report({ session: copy, added: 12 }), "HRC38")).toBe("Imported a copy of HRC38 as HRC40: 12 items added, 0 items updated.");
  });
  it("names what conflicted and was kept", () => {
    const text = describeImport(report({ updated: 2, conflicts: [{ table: "notes", id: "n1", what: "edited in B" }] }));
    expect(text).toContain("1 item changed both here and in the file was kept as it is here: “edited in B”.");
  });
});
