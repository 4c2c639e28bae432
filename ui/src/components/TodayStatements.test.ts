// My statements today: each says when its meeting starts, or that the meeting's time is to be confirmed.
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { aMeeting } from "../test/meeting-data";
import { statement } from "../test/statement-data";
import TodayStatements from "./TodayStatements.svelte";

describe("TodayStatements", () => {
  it("says when each statement's meeting starts, or that its time is to be confirmed", () => {
    const morning = aMeeting({ id: "m1", title: "Clustered ID (cont'd)", slot: "morning" });
    const untimed = aMeeting({ id: "m2", title: "Panel on women's rights" }, "2018-06-20", null, null);
    render(TodayStatements, {
      statements: [statement({ id: "s1", title: "On reprisals", meeting_id: "m1" }), statement({ id: "s2", title: "On women defenders", meeting_id: "m2" })],
      meetings: [
        { meeting: morning, state: "running", starts_in_minutes: -90, ends_in_minutes: 90 },
        { meeting: untimed, state: "upcoming", starts_in_minutes: null, ends_in_minutes: null },
      ],
      onOpen: vi.fn(),
    });
    const [first, second] = screen.getAllByRole("listitem");
    expect(first).toHaveTextContent("09:00 · Clustered ID (cont'd)");
    expect(second).toHaveTextContent("Time to be confirmed · Panel on women's rights");
  });
});
