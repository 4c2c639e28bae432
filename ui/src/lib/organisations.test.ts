// The words for an organisation's name and use.
import { describe, expect, it } from "vitest";
import type { OrganisationSummary } from "./bindings";
import { inUse, organisationName, organisationUse } from "./organisations";

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
});
