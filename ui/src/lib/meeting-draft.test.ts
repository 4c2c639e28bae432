// The meeting form's fields from a stored meeting and back to the core's input: the time as a slot, exact times
// (a slot kept when the times differ from its hours) or to be confirmed, and a date to be announced.
import { describe, expect, it } from "vitest";
import { aMeeting } from "../test/meeting-data";
import { genevaTyped, lines, meetingDraft, meetingInput, moveInput, symbols, whenDraft, whenInput } from "./meeting-draft";

describe("meeting draft", () => {
  it("reads a slot at its hours as the slot, other times as exact times keeping the slot", () => {
    const morning = aMeeting({ id: "m", slot: "morning" }, "2018-06-20", "09:00", "12:00");
    expect(whenDraft(morning, "2018-06-18")).toMatchObject({ tba: false, date: "2018-06-20", mode: "morning" });
    expect(whenInput(whenDraft(morning, "2018-06-18"))).toEqual({ date: "2018-06-20", slot: "morning", start: "", end: "", estimated: false });
    const late = aMeeting({ id: "m", slot: "morning", estimated: true }, "2018-06-20", "10:00", "13:00");
    expect(whenInput(whenDraft(late, "2018-06-18"))).toEqual({ date: "2018-06-20", slot: "morning", start: "10:00", end: "13:00", estimated: true });
  });

  it("reads a slot at its session's own hours as the slot, the Council's usual hours then as exact times", () => {
    const own = {
      morning: { start: "10:00:00", end: "13:00:00" },
      midday: { start: "13:00:00", end: "15:00:00" },
      afternoon: { start: "15:00:00", end: "18:00:00" },
    };
    const late = aMeeting({ id: "m", slot: "morning" }, "2018-06-20", "10:00", "13:00");
    expect(whenDraft(late, "2018-06-18", own)).toMatchObject({ mode: "morning", keptSlot: null });
    const usual = aMeeting({ id: "m", slot: "morning" }, "2018-06-20", "09:00", "12:00");
    expect(whenDraft(usual, "2018-06-18", own)).toMatchObject({ mode: "exact", keptSlot: "morning", start: "09:00", end: "12:00" });
  });

  it("reads a time to be confirmed and a date to be announced", () => {
    const untimed = aMeeting({ id: "m" }, "2018-06-21", null, null);
    expect(whenDraft(untimed, "2018-06-18").mode).toBe("tbc");
    expect(whenInput(whenDraft(untimed, "2018-06-18"))).toEqual({ date: "2018-06-21", slot: null, start: "", end: "", estimated: false });
    const tba = aMeeting({ id: "m" }, null, null, null);
    const draft = whenDraft(tba, "2018-06-18");
    expect(draft).toMatchObject({ tba: true, date: "2018-06-18" });
    expect(moveInput(draft)).toEqual({ date: "", slot: null, start: "", end: "", estimated: false, status: null });
  });

  it("gives back what it was given", () => {
    const m = aMeeting({
      id: "m",
      number: 7,
      agenda_items: [3],
      room: null,
      speaking_seconds: 90,
      list_closes_at: "2018-06-19T10:00:00.000Z",
      documents: ["A/HRC/38/44", "A/HRC/38/44/Add.1"],
      mandates: ["Special Rapporteur on extrajudicial, summary or arbitrary executions"],
      sources: [{ title: "OHCHR", url: "https://www.ohchr.org" }],
    });
    const made = meetingInput(meetingDraft(m, "2018-06-18"));
    expect(made.ok && made.input).toMatchObject({
      number: 7,
      agenda_items: [3],
      room: null,
      speaking_seconds: 90,
      member_speaking_seconds: null,
      list_closes_at: "2018-06-19 12:00",
      documents: ["A/HRC/38/44", "A/HRC/38/44/Add.1"],
      mandates: ["Special Rapporteur on extrajudicial, summary or arbitrary executions"],
      sources: [{ title: "OHCHR", url: "https://www.ohchr.org" }],
    });
    expect(genevaTyped("2018-06-19T10:00:00.000Z")).toBe("2018-06-19 12:00");
    expect(lines(" A/HRC/38/44 \n\nA/HRC/38/47\n")).toEqual(["A/HRC/38/44", "A/HRC/38/47"]);
    expect(symbols("A/HRC/38/44, A/HRC/38/44/Add.1; A/HRC/38/NGO/96\nA/HRC/38/47")).toEqual([
      "A/HRC/38/44",
      "A/HRC/38/44/Add.1",
      "A/HRC/38/NGO/96",
      "A/HRC/38/47",
    ]);
    const named = meetingInput({ ...meetingDraft(null, "2018-06-18"), mandates: "Special Rapporteur on extrajudicial, summary or arbitrary executions" });
    expect(named.ok && named.input.mandates).toEqual(["Special Rapporteur on extrajudicial, summary or arbitrary executions"]);
  });

  it("names the field whose text is no number", () => {
    const draft = meetingDraft(null, "2018-06-18");
    expect(meetingInput({ ...draft, number: "seventh" })).toMatchObject({ ok: false, field: "number" });
    expect(meetingInput({ ...draft, memberSpeaking: "3 mins please" })).toMatchObject({ ok: false, field: "member_speaking_seconds" });
  });
});
