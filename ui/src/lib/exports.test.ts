// The Export dialog's choices and suggested file names.
import { describe, expect, it } from "vitest";
import type { Session } from "./bindings";
import { EXPORT_FORMATS, SECTIONS } from "./bindings/choices";
import { suggestedFileName } from "./exports";

const session = { label: "38", kind: "regular", number: 38, name: "HRC38" } as Session;

describe("exports", () => {
  it("offers every format the core writes, notes last among sections", () => {
    expect(EXPORT_FORMATS.map((f) => f.key).sort()).toEqual(["csv-resolutions", "csv-side-events", "csv-statements", "docx", "html", "ics", "json", "md"]);
    expect(SECTIONS.at(-1)?.key).toBe("notes");
  });

  it("suggests a file name by session and content", () => {
    const by = (key: string) => EXPORT_FORMATS.find((f) => f.key === key)!;
    expect(suggestedFileName(session, by("docx"))).toBe("HRC38 overview.docx");
    expect(suggestedFileName(session, by("csv-side-events"))).toBe("HRC38 side events.csv");
    expect(suggestedFileName(session, by("csv-resolutions"))).toBe("HRC38 resolutions.csv");
    expect(suggestedFileName(session, by("json"))).toBe("HRC38 bundle.json");
  });
});
