// The day's programme on Today: a meeting whose time is to be confirmed is listed after the timed ones with those
// words, its items named; each opens on the Programme.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { aMeeting } from "../test/meeting-data";
import TodayProgramme from "./TodayProgramme.svelte";

describe("TodayProgramme", () => {
  it("says when a meeting's time is to be confirmed, and names the items", async () => {
    const timed = aMeeting({ id: "m1", title: "Clustered ID (cont'd)", agenda_items: [3], room: null, slot: "morning" });
    const untimed = aMeeting({ id: "m2", title: "Action on draft proposals (cont'd)", agenda_items: [3, 4, 5] }, "2018-06-20", null, null);
    const onOpen = vi.fn();
    render(TodayProgramme, {
      meetings: [
        { meeting: timed, state: "running", starts_in_minutes: -90, ends_in_minutes: 90 },
        { meeting: untimed, state: "upcoming", starts_in_minutes: null, ends_in_minutes: null },
      ],
      onOpen,
    });
    const [first, second] = screen.getAllByRole("button");
    expect(first).toHaveTextContent("09:00–12:00");
    expect(first).toHaveTextContent("Item 3");
    expect(first).not.toHaveTextContent("Room");
    expect(second).toHaveTextContent("Time to be confirmed");
    expect(second).toHaveTextContent("Items 3, 4 and 5 · Room XX");
    await userEvent.setup().click(second);
    expect(onOpen).toHaveBeenCalledWith("m2");
  });

  it("marks a meeting the latest import changed with what changed, and no other", () => {
    const changed = aMeeting({ id: "m1", title: "Clustered ID with the SR on executions", agenda_items: [3], slot: "morning" });
    const kept = aMeeting({ id: "m2", title: "Clustered ID with the SR on migrants", agenda_items: [3], slot: "afternoon" });
    render(TodayProgramme, {
      meetings: [
        { meeting: changed, state: "ended", starts_in_minutes: -300, ends_in_minutes: -120 },
        { meeting: kept, state: "upcoming", starts_in_minutes: 60, ends_in_minutes: 240 },
      ],
      marks: [{ record_id: "m1", change: "changed", detail: "typed by hand before; now kept in step with the programme" }],
      onOpen: vi.fn(),
    });
    const [first, second] = screen.getAllByRole("listitem");
    expect(first).toHaveTextContent("Changed by the latest import typed by hand before; now kept in step with the programme");
    expect(second).not.toHaveTextContent("latest import");
  });
});
