// Notes' links and times: the meeting fills in its agenda item, chips name what a note is linked
// to, times and days are Geneva's, and a saved note takes its place in the newest-first list.
import { describe, expect, it } from "vitest";
import { aMeeting } from "../test/meeting-data";
import type { Meeting, Note } from "./bindings";
import { resolution } from "../test/resolution-data";
import { genevaClock, genevaDay, linkChips, linksOf, noLinks, noteInput, notesByDay, upsertNote, withMeeting } from "./note-links";

const STAMP = "2018-06-01T00:00:00.000Z";

const gd4: Meeting = aMeeting(
  { id: "m4", session_id: "s38", agenda_items: [4], kind: "general-debate", title: "General debate on item 4", created_at: STAMP, updated_at: STAMP },
  "2018-06-27",
  "15:00",
  "18:00",
);

function note(id: string, takenAt: string, fields: Partial<Note> = {}): Note {
  return {
    id,
    session_id: "s38",
    meeting_id: null,
    agenda_item: null,
    situation_id: null,
    key_issue_id: null,
    statement_id: null,
    resolution_id: null,
    body: "",
    taken_at: takenAt,
    created_at: takenAt,
    updated_at: takenAt,
    sources: [],
    confidential: false,
    ...fields,
  };
}

describe("note links", () => {
  it("fills in the meeting's agenda item when a meeting is chosen, and keeps the item when it is unlinked", () => {
    const linked = withMeeting(noLinks(), "m4", [gd4]);
    expect(linked).toMatchObject({ meetingId: "m4", agendaItem: 4 });
    expect(withMeeting(linked, null, [gd4])).toMatchObject({ meetingId: null, agendaItem: 4 });
    expect(noteInput("text", linked)).toEqual({
      body: "text",
      meeting_id: "m4",
      agenda_item: 4,
      situation_id: null,
      key_issue_id: null,
      statement_id: null,
      resolution_id: null,
      taken_at: null,
      sources: [],
      confidential: false,
    });
    const report = { title: "Report", url: "https://undocs.org/A/HRC/38/44" };
    expect(noteInput("text", linked, "2018-06-20 10:15", [report])).toMatchObject({ taken_at: "2018-06-20 10:15", sources: [report] });
  });

  it("names what a note is linked to", () => {
    const n = note("n1", STAMP, { meeting_id: "m4", agenda_item: 4, key_issue_id: "gone" });
    expect(linkChips(n, { meetings: [gd4], situations: [], keyIssues: [], statements: [] })).toEqual([
      { kind: "Meeting", label: "Wed 27 Jun, 15:00 · General debate on item 4" },
      { kind: "Agenda", label: "Item 4 · Situations that require the Council's attention" },
    ]);
  });

  it("names the text a note is about by its symbol and title, and sends it to the core", () => {
    const text = resolution({ id: "t1", title: "Civil society space", draft_symbol: "A/HRC/38/L.17" });
    const n = note("n1", STAMP, { resolution_id: "t1" });
    const context = { meetings: [], situations: [], keyIssues: [], statements: [] };
    expect(linkChips(n, { ...context, texts: [text] })).toEqual([{ kind: "Text", label: "A/HRC/38/L.17 Civil society space" }]);
    expect(linkChips(n, context)).toEqual([]);
    expect(linksOf(n).resolutionId).toBe("t1");
    expect(noteInput("x", linksOf(n)).resolution_id).toBe("t1");
  });

  it("reads instants in Geneva time, summer and winter", () => {
    expect(genevaClock("2018-06-19T14:10:00.000Z")).toBe("16:10");
    expect(genevaClock("2018-03-01T08:05:00.000Z")).toBe("09:05");
    expect(genevaDay("2018-06-19T22:30:00.000Z")).toBe("2018-06-20"); // half past midnight in Geneva
  });

  it("groups notes by Geneva day and puts a saved note in its place, newest first", () => {
    const a = note("a", "2018-06-27T08:25:00.000Z");
    const b = note("b", "2018-06-20T09:40:00.000Z");
    const c = note("c", "2018-06-19T14:10:00.000Z");
    expect(notesByDay([a, b, c]).map((d) => [d.day, d.notes.map((n) => n.id)])).toEqual([
      ["2018-06-27", ["a"]],
      ["2018-06-20", ["b"]],
      ["2018-06-19", ["c"]],
    ]);
    const newer = note("d", "2018-06-20T10:00:00.000Z", { body: "new" });
    expect(upsertNote([a, b, c], newer).map((n) => n.id)).toEqual(["a", "d", "b", "c"]);
    const edited = { ...b, body: "edited" };
    expect(upsertNote([a, b, c], edited)).toEqual([a, edited, c]);
  });
});
