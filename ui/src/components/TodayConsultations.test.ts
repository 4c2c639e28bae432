// Today's informal consultations: shown only on a day that has some, each with its hours, room, text and convenor, a
// flag for what it clashes with (a meeting that matters to me and why, my side event), and opened by a press.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Consultation, ConsultationClash } from "../lib/bindings";
import TodayConsultations from "./TodayConsultations.svelte";

const AT = "2018-06-01T09:00:00.000Z";
const L10: Consultation = {
  id: "c1",
  resolution_id: "r1",
  session_id: "s38",
  resolution_title: "Civil society space",
  draft_symbol: "A/HRC/38/L.10",
  date: "2018-06-21",
  start: "13:00:00",
  end: "14:00:00",
  room: "Room XXII",
  convenor: "Chile, Ireland, Japan, Sierra Leone, Tunisia",
  notes: "",
  created_at: AT,
  updated_at: AT,
};
const CLASH: ConsultationClash = {
  consultation_id: "c1",
  consultation_title: "Informal consultation on A/HRC/38/L.10",
  consultation_time: "Thu 21 June, 13:00–14:00",
  meetings: [
    {
      meeting_id: "m1",
      meeting_title: "General debate on item 3",
      meeting_time: "Thu 21 June, midday (12:00–15:00)",
      reasons: [{ kind: "speaking", record_id: "st1", name: "Reprisals", words: "my statement “Reprisals” is due", short: "my statement" }],
    },
  ],
  side_events: [{ side_event_id: "se1", side_event_title: "Defenders at risk", side_event_time: "Thu 21 June, 13:00–14:30" }],
};

describe("TodayConsultations", () => {
  it("says each of today's consultations with what it clashes with, and opens its text", async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(TodayConsultations, { consultations: [L10, { ...L10, id: "c2", start: null, end: null, room: null, convenor: "" }], clashes: [CLASH], onOpen });
    const card = screen.getByRole("region", { name: "Informal consultations today" });
    const [first, second] = within(card).getAllByRole("listitem");
    expect(first).toHaveTextContent("13:00–14:00 · Room XXII");
    expect(first).toHaveTextContent("A/HRC/38/L.10 · Civil society space");
    expect(first).toHaveTextContent("Convened by Chile, Ireland, Japan, Sierra Leone, Tunisia");
    expect(first).toHaveTextContent("Clashes with General debate on item 3, Thu 21 June, midday (12:00–15:00): my statement “Reprisals” is due");
    expect(first).toHaveTextContent("Clashes with my side event Defenders at risk, Thu 21 June, 13:00–14:30");
    expect(second).toHaveTextContent("Time to be confirmed · Room not yet known");
    expect(second).not.toHaveTextContent("Clashes");
    await user.click(within(first).getByRole("button"));
    expect(onOpen).toHaveBeenCalledWith("r1");
  });

  it("shows nothing on a day without consultations", () => {
    render(TodayConsultations, { consultations: [], onOpen: () => {} });
    expect(screen.queryByRole("region")).not.toBeInTheDocument();
  });
});
