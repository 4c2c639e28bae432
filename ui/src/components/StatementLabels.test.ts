// How a statement's meeting reads in the editor and deliver mode: the slot named at the session's own hours.
import { describe, expect, it } from "vitest";
import { aMeeting } from "../test/meeting-data";
import { meetingLabel } from "./StatementLabels";

const OWN = {
  morning: { start: "10:00:00", end: "13:00:00" },
  midday: { start: "13:00:00", end: "15:00:00" },
  afternoon: { start: "15:00:00", end: "18:00:00" },
};

describe("a statement's meeting in words", () => {
  it("names the slot at the session's own hours, and not at the Council's usual ones then", () => {
    const late = aMeeting({ id: "m1", title: "ID with the SR on executions", slot: "morning" }, "2018-06-20", "10:00", "13:00");
    expect(meetingLabel(late, OWN)).toBe("Wed 20 Jun, Morning 10:00–13:00 · ID with the SR on executions");
    expect(meetingLabel(late)).toBe("Wed 20 Jun, 10:00–13:00 · ID with the SR on executions");
    const usual = aMeeting({ id: "m2", title: "General debate item 3", slot: "morning" });
    expect(meetingLabel(usual)).toBe("Wed 20 Jun, Morning 09:00–12:00 · General debate item 3");
    expect(meetingLabel(usual, OWN)).toBe("Wed 20 Jun, 09:00–12:00 · General debate item 3");
  });
});
