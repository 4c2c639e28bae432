// The words for an organisation's name and use, and for what merging it into another does.
import { describe, expect, it } from "vitest";
import type { OrganisationSummary } from "./bindings";
import { inUse, mergeSaid, organisationName, organisationUse } from "./organisations";

const base: OrganisationSummary = {
  id: "o",
  name: "Front Line Defenders",
  acronym: "",
  ecosoc_status: "none",
  created_at: "2018-06-01T09:00:00.000Z",
  updated_at: "2018-06-01T09:00:00.000Z",
  statements: 0,
  side_events_organised: 0,
  side_events_cosponsored: 0,
};

describe("organisation words", () => {
  it("names it with its acronym when it has one", () => {
    expect(organisationName(base)).toBe("Front Line Defenders");
    expect(organisationName({ name: "International Service for Human Rights", acronym: "ISHR" })).toBe("International Service for Human Rights (ISHR)");
  });

  it("says what it signs, organises and co-sponsors, leaving out what it does not", () => {
    const cases: [Partial<OrganisationSummary>, string][] = [
      [{}, "Not on any statement or side event"],
      [{ statements: 1 }, "Signs 1 statement"],
      [{ statements: 3, side_events_organised: 1 }, "Signs 3 statements · organises 1 side event"],
      [{ side_events_cosponsored: 2 }, "Co-sponsors 2 side events"],
      [{ statements: 2, side_events_organised: 2, side_events_cosponsored: 1 }, "Signs 2 statements · organises 2 side events · co-sponsors 1 side event"],
    ];
    for (const [counts, words] of cases) {
      expect(organisationUse({ ...base, ...counts })).toBe(words);
      expect(inUse({ ...base, ...counts })).toBe(words !== "Not on any statement or side event");
    }
  });

  it("says what a merge moves, one or many, and that it cannot be undone", () => {
    const into = "International Service for Human Rights (ISHR)";
    const cases: [Partial<OrganisationSummary>, string][] = [
      [{}, "It signs nothing and is on no side event; “Front Line Defenders” is deleted."],
      [{ statements: 1 }, `Its 1 signature moves to ${into}, and “Front Line Defenders” is deleted.`],
      [{ side_events_organised: 1 }, `Its 1 side event moves to ${into}, and`],
      [{ statements: 3, side_events_organised: 1, side_events_cosponsored: 1 }, `Its 3 signatures and 2 side events move to ${into}, and`],
      [{ statements: 1, side_events_cosponsored: 1 }, `Its 1 signature and 1 side event move to ${into}, and`],
    ];
    for (const [counts, said] of cases) {
      const words = mergeSaid({ ...base, ...counts }, into);
      expect(words).toContain(said);
      expect(words).toMatch(/A merge cannot be undone\.$/);
    }
  });
});
