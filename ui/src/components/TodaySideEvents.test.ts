// Today's side events: one that clashes with a meeting where I deliver a statement is flagged with which and when.
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Clash } from "../lib/bindings";
import { ERITREA, SPORT } from "../test/side-event-data";
import TodaySideEvents from "./TodaySideEvents.svelte";

const CLASH: Clash = {
  side_event_id: ERITREA.id,
  side_event_title: ERITREA.title,
  meeting_id: "m-gd4",
  meeting_title: "General debate on item 4",
  meeting_time: "Wed 27 June, 15:00–18:00",
  reasons: [{ kind: "speaking", record_id: "st1", name: "Item 4 GD", short: "you speak", words: "you speak in it (‘Item 4 GD’)" }],
};

describe("TodaySideEvents", () => {
  it("flags the side event that clashes with a statement I deliver, in the button that opens it", () => {
    const sport = { ...SPORT, date: "2018-06-27" };
    render(TodaySideEvents, { sideEvents: [sport, ERITREA], clashes: [CLASH], now: "2018-06-27T08:00:00Z", onOpen: vi.fn() });
    const eritrea = screen.getByRole("button", { name: /Eritrea: voices/ });
    expect(eritrea).toHaveTextContent("! Clashes with General debate on item 4, Wed 27 June, 15:00–18:00: you speak in it (‘Item 4 GD’)");
    expect(eritrea).toHaveAccessibleName(expect.stringContaining("Clashes with General debate on item 4"));
    expect(screen.getByRole("button", { name: /sport and human rights/ })).not.toHaveTextContent("Clashes");
  });
});
